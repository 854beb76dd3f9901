"""The store as a validated log, kept between reads.

After a change (an event logged, a follow-up recorded), only the changed applications'
rows go through the loader again, with the same header as the whole log, and are
spliced into the previous frame at their places. That is done only when the result is
sure to equal a full reload: the same applications in the same order, the same stage
columns, a clean previous load (no problems: every row kept, nothing to renumber), a
clean load of the changed rows, no two rows alike (the loader counts a repeated row
once), and "today" not earlier than before. Otherwise the whole log is read again.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from coachkit.applog.rows import TextRow, stage_names

if TYPE_CHECKING:
    import pandas as pd

    from coachkit.outcomes import Applications, StatusReading
    from coachkit.problem import Problem

__all__ = ["MAX_SPLICED", "LoadedLog"]

MAX_SPLICED = 200  # more changed applications than this: the whole log is read again
_OUTCOME, _ID = 8, 11  # places in TextRow.cells
# the loader's duplicate key: company, role, applied_on, outcome, response_at, interviewed_at
_KEY = (0, 1, 2, 8, 7, 3)
# the warnings about one row alone that keep the row, in the order the loader lists them
# (future dates column by column); any other problem means a full reload
_ROW_WARNINGS = ("response_before_interview", "future_date", "response_with_no_response")
_DATE_COLUMNS = ("applied_on", "interviewed_at", "follow_up_sent_at", "response_at")


class _Read(NamedTuple):
    """One read of the store: its rows of text, ids, stages, "today" and the result."""

    rows: tuple[TextRow, ...]
    ids: tuple[str, ...]
    keys: tuple[tuple[str, ...], ...] | None  # worked out when first needed
    words: Counter[str]  # how many rows have each outcome word
    stages: tuple[str, ...]
    as_of: pd.Timestamp
    apps: Applications


class LoadedLog:
    """The validated log of one store as last read, updated in place when it can be."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last: _Read | None = None
        self.spliced = False  # whether the last result was spliced (for the tests)

    def applications(self, rows: Sequence[TextRow], as_of: Any, name: str) -> Applications:
        """The rows as the loader reads them, spliced into the last result when safe."""
        from coachkit.applog.exporting import applications_of
        from coachkit.outcomes import as_timestamp

        stamp = as_timestamp(as_of)
        rows = tuple(rows)
        with self._lock:
            last = self._last
        same = last is not None and len(last.rows) == len(rows)
        moved = ([k for k, (old, new) in enumerate(zip(last.rows, rows, strict=True))
                  if old is not new] if same else None)
        read = _Read(rows, tuple(r.cells[_ID] for r in rows), _keys(rows, last, moved),
                     _words(rows, last, moved), tuple(stage_names(rows)), stamp,
                     None)  # type: ignore[arg-type]
        apps = None if last is None else _spliced(last, read, name)
        self.spliced = apps is not None
        if apps is None:
            apps = applications_of(rows, stamp, name)
        with self._lock:
            self._last = read._replace(apps=apps)
        return dataclasses.replace(apps, frame=apps.frame.copy())

    def clear(self) -> None:
        """Forget the last result."""
        with self._lock:
            self._last = None


def _key(row: TextRow, empty: frozenset[str]) -> tuple[str, ...]:
    """The row's duplicate key, folded more than the loader folds it (so never missing a
    pair it would find): spaces, case and the marks it reads as ``empty``."""
    folded = [" ".join(row.cells[i].split()).casefold() for i in _KEY]
    return tuple("" if text in empty else text for text in folded)


def _keys(rows: tuple[TextRow, ...], last: _Read | None,
          moved: list[int] | None) -> tuple[tuple[str, ...], ...] | None:
    """Each row's duplicate key, taken from the last read for the rows ``moved`` leaves
    out (the positions of the rows changed since); None until a splice needs them."""
    from coachkit.outcomes.logstate import EMPTY_MARKS

    if last is None or moved is None:
        return None
    if last.keys is None:
        return tuple(_key(r, EMPTY_MARKS) for r in rows)
    keys = list(last.keys)
    for k in moved:
        keys[k] = _key(rows[k], EMPTY_MARKS)
    return tuple(keys)


def _words(rows: tuple[TextRow, ...], last: _Read | None,
           moved: list[int] | None) -> Counter[str]:
    """How many rows have each outcome word, counted again for the rows ``moved``."""
    if last is None or moved is None:
        return Counter(r.cells[_OUTCOME] for r in rows)
    words = last.words.copy()
    words.subtract(last.rows[k].cells[_OUTCOME] for k in moved)
    words.update(rows[k].cells[_OUTCOME] for k in moved)
    return +words  # without the words no row has any more


def _spliced(last: _Read, read: _Read, name: str) -> Applications | None:
    """The last result with the changed rows read again; None when not sure to equal a
    full reload."""
    before = last.apps
    moved = read.as_of != last.as_of  # future dates may no longer be in the future
    if (read.ids != last.ids or read.stages != last.stages or read.as_of < last.as_of
            or not _row_warnings(before, future=not moved) or before.left_out
            or len(before.frame) != len(read.rows) or read.keys is None
            or len(set(read.keys)) != len(read.keys)):
        return None
    changed = [k for k, (old, new) in enumerate(zip(last.rows, read.rows, strict=True))
               if old is not new and old != new]
    if len(changed) > MAX_SPLICED:
        return None
    readings = _readings(before.status_readings, last.words, read.words)
    if readings is None:
        return None
    frame, problems = before.frame.copy(), before.problems
    if changed:
        part = _part(before, [read.rows[k] for k in changed], read, name)
        if part is None:
            return None
        part.frame["row"] = [k + 2 for k in changed]  # the row numbers of the whole file
        for j, column in enumerate(frame.columns):
            values = part.frame[column]
            if values.dtype != frame.dtypes.iloc[j]:  # whole scores read as integers
                values = values.astype(frame.dtypes.iloc[j])
            frame.iloc[changed, j] = values.to_numpy()
        if not frame.dtypes.equals(before.frame.dtypes):
            return None
        problems = _merged(before.problems, part.problems, changed)
    return dataclasses.replace(before, frame=frame, problems=problems,
                               status_readings=readings)


def _row_warnings(apps: Applications, *, future: bool) -> bool:
    """Whether every problem is a warning about one row alone (future dates allowed only
    when ``future``)."""
    allowed = _ROW_WARNINGS if future else tuple(c for c in _ROW_WARNINGS if c != "future_date")
    return all(p.severity == "warning" and p.code in allowed and p.row is not None
               and (p.code != "future_date" or p.column in _DATE_COLUMNS)
               for p in apps.problems)


def _merged(before: Sequence[Problem], part: Sequence[Problem],
            changed: list[int]) -> tuple[Problem, ...]:
    """The problems of the unchanged rows and those of the changed rows read again
    (renumbered), in the loader's order: by check, then column, then row."""
    rows = {k + 2 for k in changed}
    kept = [p for p in before if p.row not in rows]
    moved = [dataclasses.replace(p, row=changed[p.row - 2] + 2) for p in part]

    def order(p: Problem) -> tuple[int, int, int]:
        column = _DATE_COLUMNS.index(p.column) if p.code == "future_date" else 0
        return _ROW_WARNINGS.index(p.code), column, p.row

    return tuple(sorted([*kept, *moved], key=order))


def _part(before: Applications, rows: list[TextRow], read: _Read,
          name: str) -> Applications | None:
    """The changed rows read by the loader with the whole log's header; None unless they
    load cleanly into the same columns, placed alike."""
    from coachkit.applog.exporting import applications_of
    from coachkit.errors import CoachkitError

    try:
        part = applications_of(rows, read.as_of, name, read.stages)
    except CoachkitError:
        return None
    same = (_row_warnings(part, future=True) and not part.left_out
            and len(part.frame) == len(rows)
            and list(part.frame.columns) == list(before.frame.columns)
            and part.columns == before.columns and part.extra_columns == before.extra_columns
            and part.stage_columns == before.stage_columns)
    return part if same else None


def _readings(previous: tuple[StatusReading, ...], old: Counter[str],
              counts: Counter[str]) -> tuple[StatusReading, ...] | None:
    """How each outcome word was read, counted again; None when a word is new or the
    previous counts are not simply the words' counts."""
    by_word = {r.word: r for r in previous}
    if {w: r.count for w, r in by_word.items()} != dict(old) or "" in old:
        return None
    if not counts.keys() <= by_word.keys():
        return None
    out = [dataclasses.replace(by_word[w], count=n) for w, n in counts.items()]
    out.sort(key=lambda r: (-r.count, r.word.casefold()))
    return tuple(out)
