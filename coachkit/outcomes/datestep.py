"""The date step of ``validate``: the four date columns, the stage columns, and the
dates written in statuses, read together so that each can stand in for another.

A lenient load keeps a row without an applied date when a later event is dated (the
first such event stands in for it, flagged approximate); the first dated stage fills
an empty interviewed_at; the date in an answer status fills an empty response_at.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coachkit.outcomes.cells import DateCells, read_date_cells
from coachkit.outcomes.datecols import report_fallbacks, stages_column
from coachkit.outcomes.dates import per_unique
from coachkit.outcomes.history import read_history
from coachkit.outcomes.logstate import DATE_COLUMNS, Log, blank_placeholders, filled_besides
from coachkit.outcomes.placing import date_order
from coachkit.outcomes.stages import in_order, read_stage

__all__ = ["parse_date_columns"]

_ANSWERS = ("rejected", "offer")  # readings whose date in the status is the answer's date


def _read_stages(log: Log) -> dict[str, tuple[pd.Series, np.ndarray]]:
    """Read every stage column: its dates and which rows reached the stage."""
    return {name: read_stage(blank_placeholders(log.cols[i], log.cache), log.order, log.as_of,
                             log.cache) for name, i in log.stages.items()}


def _earliest_event(read: dict[str, DateCells], stages: dict, status_dates: pd.Series
                    ) -> pd.Series:
    """The first dated event after the application in each row (NaT when none)."""
    events = [read[n].parsed for n in ("interviewed_at", "follow_up_sent_at", "response_at")]
    events += [dates for dates, _ in stages.values()] + [status_dates]
    return pd.concat(events, axis=1).min(axis=1)


def _date_problems(log: Log, name: str, cells: DateCells, lost: pd.Series,
                   stood_in: pd.Series | None = None) -> None:
    """Report the unreadable cells of one date column; ``lost`` masks them, and
    ``stood_in`` the applied dates a later event stands in for (only warned about)."""
    values, header = log.get[name], log.header.get(name)
    loses = "row" if name == "applied_on" else "cell"
    is_formula = per_unique(values, lambda u: u.astype(str).str.startswith("="), log.cache)
    formula = "{value} is a formula, not a date; type the date itself (2026-03-25)"
    unread = ("cannot read {value!r} as a date; expected a date such as 2026-03-25, "
              "03/25/2026 or 25 Mar 2026")
    for severity, mask, suffix in (("error", lost, ""),
                                   ("warning", stood_in, "; the first later event is used")):
        if mask is None or not mask.any():
            continue
        log.out.cells(mask & is_formula, severity, "formula_date", header, values,
                      formula + suffix, loses=loses)
        log.out.cells(mask & ~is_formula, severity, "bad_date", header, values,
                      unread + suffix, loses=loses)
    if len(cells.families) > 1:
        log.out.add("warning", "mixed_formats",
                    f"dates are written in several formats ({', '.join(sorted(cells.families))}"
                    "); all were read, but check a few", column=header)
    report_fallbacks(log.out, header, cells, values)


def parse_date_columns(log: Log, frame: pd.DataFrame) -> None:
    """Read the date and stage columns into the frame; report cells that are not dates.

    A lenient load keeps a row without an applied date when a later event is dated:
    the first such event stands in for it, flagged approximate.
    """
    get, out = log.get, log.out
    dates = {n: get[n] for n in DATE_COLUMNS if n in log.canonical}
    log.order = date_order(log.raw, log.mapping, dates, out, log.cache)
    read = {n: read_date_cells(get[n], log.order, log.as_of, log.cache, rescue=out.lenient)
            for n in DATE_COLUMNS}
    stages = _read_stages(log)
    status_dates = _status_dates(log, read["applied_on"].parsed)
    applied = read["applied_on"].parsed
    stand_in = _earliest_event(read, stages, status_dates).where(applied.isna())
    stand_in = stand_in.where(out.lenient & stand_in.notna())
    for name in DATE_COLUMNS:
        cells = read[name]
        lost = (get[name] != "") & cells.parsed.isna()
        if name == "applied_on":
            _date_problems(log, name, cells, lost & stand_in.isna(), lost & stand_in.notna())
        else:
            _date_problems(log, name, cells, lost)
        frame[name] = cells.parsed
        if cells.approximate.any():
            frame[f"{name}_approx"] = cells.approximate.to_numpy()
    if "applied_on" in log.canonical:
        _undated(log, (get["applied_on"] == "") & stand_in.isna())
    _stand_in_applied(log, frame, stand_in)
    frame["applied_on"] = frame["applied_on"].dt.normalize()
    _fill_from_stages(log, frame, stages, {n: read[n].later for n in DATE_COLUMNS})
    answered = status_dates.notna() & frame["response_at"].isna()
    frame.loc[answered, "response_at"] = status_dates[answered]


def _undated(log: Log, empty: pd.Series) -> None:
    """Refuse rows without an applied date; a lenient load keeps those that name the job
    (a role, a link, a channel...: more than a company and a status), undated."""
    label = log.header["applied_on"]
    kept = empty.to_numpy() & log.out.lenient & filled_besides(
        log, ("company", "outcome", "applied_on"))
    log.out.cells(empty.to_numpy() & ~kept, "error", "required", label, None,
                  "applied_on is empty; every application needs the day it was sent")
    counted = kept & ~log.out.skip
    if counted.any():
        rows = log.raw.rows.index[counted]
        log.out.add("warning", "applied_unknown",
                    f"rows without an application date: {int(counted.sum())} (such as row "
                    f"{rows[0]}); they are counted, but left out of the timings", column=label)


def _stand_in_applied(log: Log, frame: pd.DataFrame, stand_in: pd.Series) -> None:
    """Date rows without an applied date by their first later event, and say so."""
    use = stand_in.notna()
    if not use.any():
        return
    frame.loc[use, "applied_on"] = stand_in[use]
    flag = frame.get("applied_on_approx", pd.Series(False, index=frame.index))
    frame["applied_on_approx"] = flag.to_numpy() | use.to_numpy()
    rows = log.raw.rows.index[use.to_numpy()]
    log.out.add("warning", "applied_from_event",
                f"rows without a readable application date: {int(use.sum())} (such as row "
                f"{rows[0]}); the first later event (interview, answer or stage) is used "
                "instead, flagged approximate",
                column=log.header.get("applied_on"))


def _fill_from_stages(log: Log, frame: pd.DataFrame,
                      stages: dict[str, tuple[pd.Series, np.ndarray]],
                      later: dict[str, pd.Series]) -> None:
    """Add the ``stages`` column (stage columns, stage histories, later dates in a cell);
    the first dated interview stage fills an empty interviewed_at."""
    if not stages and not log.histories and not any(
            len(v) and v.map(bool).any() for v in later.values()):
        return
    column = stages_column(stages, later, len(frame))
    dated = [dates for dates, _ in stages.values()]
    for i in log.histories.values():
        history = read_history(blank_placeholders(log.cols[i], log.cache), log.mapping,
                               log.order, log.as_of)
        for row in np.flatnonzero([bool(h) for h in history]):  # tuples stay whole
            column[row] = tuple(in_order([*column[row], *history[row]]))
        dated.append(pd.Series([min((d for _, d in h if pd.notna(d)), default=pd.NaT)
                                for h in history], index=frame.index, dtype="datetime64[ns]"))
    frame["stages"] = column
    if dated:
        first = pd.concat(dated, axis=1).min(axis=1)
        fill = frame["interviewed_at"].isna() & first.notna()
        frame.loc[fill, "interviewed_at"] = first[fill]


def _status_dates(log: Log, applied: pd.Series) -> pd.Series:
    """The dates written in answer statuses ("Rejected (2025-01-24)"), NaT elsewhere."""
    none = pd.Series(pd.NaT, index=applied.index, dtype="datetime64[ns]")
    if log.status is None:
        return none
    texts = log.status["date"].where(log.status["reading"].isin(_ANSWERS), "")
    if not (texts != "").any():
        return none
    cells = read_date_cells(texts, log.order, log.as_of, reference=applied,
                            rescue=log.out.lenient)
    return cells.parsed
