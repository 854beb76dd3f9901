"""``data/patterns.json``, the prebuilt analyses of the built-in phrase patterns (written
by ``build_patterns``), read once for all the modules that use a section of it."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any

from coachkit.scoring.collection import collection_paused

__all__ = ["ANALYSED", "analysed"]

ANALYSED = Path(__file__).with_name("data") / "patterns.json"


@functools.lru_cache(maxsize=1)
@collection_paused
def analysed() -> dict[str, Any]:
    """The file's sections, when it was built by this version of Python (else empty:
    another parser may read a pattern otherwise, so every pattern is parsed again)."""
    try:
        raw = json.loads(ANALYSED.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict) or raw.get("python") != list(sys.version_info[:2]):
        return {}
    return raw
