"""What the benchmark scripts share: timing a call, and the draft generator beside the
repository (``shared/tools/draft_corpus.py``)."""

from __future__ import annotations

import argparse
import importlib.util
import os
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = ["DEFAULT_CORPUS_TOOL", "add_corpus_option", "best", "corpus", "load_corpus_tool"]

DEFAULT_CORPUS_TOOL = Path(__file__).resolve().parents[2] / "shared" / "tools" / "draft_corpus.py"


def best(fn: Callable[[], object], repeat: int) -> float:
    """Best wall time of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def add_corpus_option(parser: argparse.ArgumentParser) -> None:
    """The ``--corpus-tool PATH`` option every corpus benchmark takes."""
    parser.add_argument("--corpus-tool", type=Path, metavar="PATH",
                        help="draft generator (default: env COACHKIT_DRAFT_CORPUS, "
                             "else ../shared/tools/draft_corpus.py next to the repository)")


def load_corpus_tool(path: Path) -> ModuleType:
    """Import the draft generator from a file path."""
    spec = importlib.util.spec_from_file_location("draft_corpus", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise SystemExit(f"draft generator not found: {path} (use --corpus-tool PATH)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus(tool: Path | None, n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` generated drafts (dicts with ``text`` and ``kind``) from ``tool``, else the
    generator named by $COACHKIT_DRAFT_CORPUS, else the one beside the repository."""
    path = tool or Path(os.environ.get("COACHKIT_DRAFT_CORPUS") or DEFAULT_CORPUS_TOOL)
    return load_corpus_tool(path).generate(n, seed)
