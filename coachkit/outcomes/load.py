"""``load_applications``: read, map and validate an application log in one call."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pandas as pd

from coachkit.errors import ApplicationsError
from coachkit.outcomes.mapping import Mapping, load_mapping
from coachkit.outcomes.model import Applications
from coachkit.outcomes.reading import RawTable, read_bytes, read_table
from coachkit.outcomes.statuses import check_overrides
from coachkit.outcomes.validate import validate

__all__ = ["as_timestamp", "load_applications"]


def as_timestamp(as_of: date | datetime | str | pd.Timestamp | None) -> pd.Timestamp:
    """``as_of`` as a naive Timestamp; None means now (read when called, not at import)."""
    if as_of is None:
        return pd.Timestamp.now().floor("s")
    try:
        stamp = pd.Timestamp(as_of)
    except (ValueError, TypeError):
        raise ApplicationsError(f"as_of: expected a date such as 2026-11-30, got {as_of!r}"
                                ) from None
    return stamp.tz_convert(None) if stamp.tzinfo else stamp


def _frame_table(frame: pd.DataFrame, source: str) -> RawTable:
    def text(value: object) -> str:
        if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
            return ""
        if isinstance(value, pd.Timestamp | datetime):
            return value.isoformat(sep=" ")
        return str(value).strip()

    rows = frame.map(text).astype(str)
    rows.columns = range(frame.shape[1])
    rows.index = pd.RangeIndex(2, len(frame) + 2)
    return RawTable(source=source, header=[str(c) for c in frame.columns], rows=rows)


def load_applications(source: str | Path | pd.DataFrame | bytes, *,
                      mapping: Mapping | str | Path | dict | None = None,
                      sheet: str | None = None,
                      as_of: date | datetime | str | None = None,
                      errors: str = "lenient", name: str = "upload",
                      status_readings: dict[str, str] | None = None) -> Applications:
    """Load an application log (CSV, XLSX or a DataFrame) and validate it.

    ``mapping`` extends the packaged column mapping (a YAML path, a dict or a
    Mapping); ``as_of`` is "today" for dates in the future; bytes (an upload) are
    named ``name`` in messages. ``errors="lenient"`` (the default) leaves out the
    cells and rows that cannot be read and lists them in ``left_out``, as long as
    at least 3 rows are usable; ``errors="raise"`` refuses the file on any error
    and ``errors="skip"`` leaves out every row with an error. ``status_readings``
    ({status word: reading}) overrides how status words are read. Raises
    ApplicationsError listing every problem with its row and column.
    """
    if errors not in ("lenient", "raise", "skip"):
        raise ValueError("errors must be 'lenient', 'raise' or 'skip'")
    try:
        overrides = check_overrides(status_readings)
    except ValueError as exc:
        raise ApplicationsError(f"status_readings: {exc}") from None
    if not isinstance(mapping, Mapping):
        mapping = load_mapping(*(() if mapping is None else (mapping,)))
    if isinstance(source, pd.DataFrame):
        raw = _frame_table(source, "table")
    elif isinstance(source, bytes | bytearray | memoryview):
        raw = read_bytes(bytes(source), name, sheet=sheet)
    else:
        raw = read_table(source, sheet=sheet)
    return validate(raw, mapping, as_timestamp(as_of), errors=errors,
                    status_readings=overrides)
