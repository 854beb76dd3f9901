"""Read a CSV whose rows have more fields than its header (a value with an unquoted comma)."""

from __future__ import annotations

import csv
import io

import pandas as pd

__all__ = ["ragged_frame"]


def ragged_frame(text: str, delim: str) -> tuple[pd.DataFrame, dict[int, int]] | None:
    """Rows of unequal length (a value with an unquoted comma), cut to the header's width.

    Returns the frame and {0-based record: fields} of the rows that had values past
    the header; validate reports them (strict mode refuses the file). None when the
    text cannot be split into rows at all (a stray line break inside a field).
    """
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim,
                                  quotechar='"'))
    except csv.Error:
        return None
    first = next((r for r in records if any(c.strip() for c in r)), [])
    width = len(first)
    ragged = {k: len(r) for k, r in enumerate(records)
              if len(r) > width and any(c.strip() for c in r[width:])}
    rows = [(r + [""] * (width - len(r)))[:width] for r in records]
    return pd.DataFrame(rows, dtype=str), ragged
