"""``data/rules.json``: the built-in rules files, parsed. Parsing their YAML (and checking
it for alias bombs, as every rules file is checked) took a tenth of the first score; the
same data read from JSON takes a few milliseconds. Each file's data is kept with the
SHA-256 of the bytes it was parsed from, and used only for those very bytes, so an edited
rules file is simply parsed again: the file only saves time. ``build_patterns`` rewrites
it after the built-in phrase lists change."""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

from coachkit.scoring.collection import collection_paused

__all__ = ["PREBUILT_RULES", "build_prebuilt_rules", "prebuilt_rules_data"]

PREBUILT_RULES = Path(__file__).with_name("data") / "rules.json"


def _digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


@functools.lru_cache(maxsize=1)
@collection_paused
def _stored() -> dict[str, Any]:
    try:
        stored = json.loads(PREBUILT_RULES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def prebuilt_rules_data(name: str, raw: bytes) -> Any | None:
    """The parsed data of the built-in rules file ``name`` whose bytes are ``raw``, when
    the prebuilt file holds it for these bytes; else None (then parse the file)."""
    held = _stored().get(name)
    if not isinstance(held, dict) or held.get("sha256") != _digest(raw):
        return None
    return held.get("data")


def build_prebuilt_rules(files: dict[str, tuple[bytes, Any]]) -> int:
    """Write the prebuilt file from each built-in rules file's name, bytes and parsed
    data; a file whose data JSON cannot carry unchanged is left out (it is parsed).
    Returns how many files it holds."""
    held = {}
    for name, (raw, data) in sorted(files.items()):
        try:
            same = json.loads(json.dumps(data)) == data
        except (TypeError, ValueError):  # a date, say
            same = False
        if same:
            held[name] = {"sha256": _digest(raw), "data": data}
    PREBUILT_RULES.write_text(json.dumps(held, ensure_ascii=False, separators=(",", ":"))
                              + "\n", encoding="utf-8")
    return len(held)
