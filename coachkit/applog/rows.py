"""Applications as rows of the documented log: text cells first (cheap to keep and to
write as CSV), then the typed frame built column-wise from them."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from coachkit.applog.records import Application, FollowUp

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EXTRA_COLUMNS", "LOG_COLUMNS", "TextRow", "csv_bytes", "frame_of", "stage_names",
           "text_row"]

# the documented log's columns (coachkit.outcomes.COLUMNS, which a test compares)
LOG_COLUMNS = ("company", "role", "applied_on", "interviewed_at", "follow_up_sent_at",
               "follow_up_kind", "follow_up_score", "response_at", "outcome", "channel",
               "notes")
EXTRA_COLUMNS = ("application_id", "draft_id", "draft_version", "follow_up_verdict",
                 "check_ins")
TIME_COLUMNS = ("interviewed_at", "follow_up_sent_at", "response_at")
_WHOLE = ("follow_up_score", "draft_version", "check_ins")


class TextRow(NamedTuple):
    """One application as text: the log and extra columns, and its stages by name."""

    cells: tuple[str, ...]
    stages: dict[str, str]


def _first_follow_up(app: Application) -> FollowUp | None:
    """The first follow-up after the interview (after applying when there was none)."""
    start = app.interviewed_at or (datetime.combine(app.applied_on, datetime.min.time())
                                   if app.applied_on else None)
    return next((f for f in app.follow_ups if start is None or f.sent_at >= start), None)


def _time(moment: datetime | None) -> str:
    return "" if moment is None else moment.isoformat(sep=" ", timespec="seconds")


def _day(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def _whole(number: int | None) -> str:
    return "" if number is None else str(number)


def text_row(app: Application) -> TextRow:
    """The application's row of the log, every cell as text ("" for none)."""
    f = _first_follow_up(app)
    cells = (
        app.company, app.role, _day(app.applied_on), _time(app.interviewed_at),
        _time(f.sent_at) if f else "", f.kind if f else "", _whole(f.score) if f else "",
        _time(app.response_at), app.outcome, app.channel, app.notes,
        app.id, (f.draft_id or "") if f else "", _whole(f.draft_version) if f else "",
        (f.verdict or "") if f else "", str(sum(x.kind == "check_in" for x in app.follow_ups)),
    )
    return TextRow(cells, {name: _time(at) for name, at in app.stages.items()})


def stage_names(rows: Sequence[TextRow]) -> list[str]:
    """Every stage name of the rows, in the order they first appear."""
    return list(dict.fromkeys(name for r in rows for name in r.stages))


def _table(rows: Sequence[TextRow], stages: Sequence[str] | None = None
           ) -> tuple[list[str], list[list[str]]]:
    stages = stage_names(rows) if stages is None else stages
    header = [*LOG_COLUMNS, *EXTRA_COLUMNS, *stages]
    blank = ("",) * len(stages)  # most applications have no stage beyond the interview
    return header, [[*r.cells, *((r.stages.get(s, "") for s in stages) if r.stages
                                 else blank)] for r in rows]


def csv_bytes(rows: Sequence[TextRow], stages: Sequence[str] | None = None) -> bytes:
    """The rows as a CSV file (UTF-8), header first; one column per stage of ``stages``
    (default: those of the rows)."""
    header, table = _table(rows, stages)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(table)
    return buffer.getvalue().encode("utf-8")


def frame_of(rows: Sequence[TextRow]) -> pd.DataFrame:
    """One row per application: the documented log columns in order, then EXTRA_COLUMNS
    and one column per stage (in the order stages first appear); dates as datetimes."""
    import pandas as pd

    header, table = _table(rows)
    frame = pd.DataFrame(table, columns=header, dtype=object)
    for name in header:
        if name == "applied_on":
            frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d", errors="coerce")
        elif name in TIME_COLUMNS or name not in (*LOG_COLUMNS, *EXTRA_COLUMNS):
            frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d %H:%M:%S",
                                         errors="coerce")
        elif name in _WHOLE:
            frame[name] = pd.to_numeric(frame[name].where(frame[name] != "")).astype("Int64")
    return frame
