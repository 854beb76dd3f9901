"""Stage histories: one cell listing a row's stages with their dates.

Trackers built on a small script keep a column such as ``Stage History`` holding
``[{'stage': 'Phone Screen', 'date': '2024-11-05'}, ...]``, or a plain list such as
``Phone screen 2024-11-05; Onsite 2024-11-20``. Each item whose name is an interview
stage (by the mapping's ``stages:`` aliases) becomes a stage of the row; items such as
Applied, Rejected or Ghosted are statuses, not interviews, and are skipped.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from coachkit.outcomes.cells import DATE_IN_TEXT, read_date_cells
from coachkit.outcomes.mapping import Mapping, normalize_label

__all__ = ["HISTORY_HEADERS", "place_histories", "read_history"]

HISTORY_HEADERS = frozenset({"stage history", "stages history", "status history", "history",
                             "timeline", "pipeline history", "stages", "progress",
                             "application history", "stage log"})
_DICT_ITEM = re.compile(r"\{[^{}]*\}")
_SEPARATORS = re.compile(r";|->|→|=>|\n|\|\|")
_KEYS = re.compile(r"['\"]?\b(?:stage|status|name|step|date|when|on)\b['\"]?\s*:", re.I)


def place_histories(header: list[str], extras: dict[str, int]) -> dict[str, int]:
    """Take the stage-history columns out of ``extras``: {label: column position}."""
    found = {label: i for label, i in extras.items()
             if normalize_label(header[i]) in HISTORY_HEADERS}
    for label in found:
        del extras[label]
    return found


def _items(cell: str) -> list[tuple[str, str]]:
    """(name, date text) of each item of one history cell."""
    parts = _DICT_ITEM.findall(cell) or _SEPARATORS.split(cell)
    items = []
    for part in parts:
        match = DATE_IN_TEXT.search(part)
        text = part if match is None else part[:match.start()] + " " + part[match.end():]
        name = normalize_label(_KEYS.sub(" ", text))
        if name:
            items.append((name, match.group(0) if match else ""))
    return items


def read_history(values: pd.Series, mapping: Mapping, order: str, as_of: pd.Timestamp
                 ) -> np.ndarray:
    """One tuple of (stage, date or NaT) per row, from its history cell."""
    out = np.empty(len(values), dtype=object)
    out.fill(())
    parsed = {text: _items(text) for text in pd.unique(values) if str(text).strip()}
    texts = sorted({d for items in parsed.values() for _, d in items if d})
    read = read_date_cells(pd.Series(texts, dtype=object), order, as_of).parsed
    dates = dict(zip(texts, read, strict=True))
    for row, cell in enumerate(values):
        stages = [(mapping.stage_for(name), dates.get(d, pd.NaT))
                  for name, d in parsed.get(cell, ())]
        out[row] = tuple((s, d) for s, d in stages if s is not None)
    return out
