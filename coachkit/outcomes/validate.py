"""Turn a RawTable into the validated applications frame, collecting every problem.

Row numbers are the user's spreadsheet rows (the header is row 1); columns are
named as in the user's file. With ``errors="raise"`` every error stops the load; with
``errors="lenient"`` (the default) a cell that cannot be read is left out of its row,
a row that cannot be used is left out, and both are listed in ``left_out``, as long as
at least MIN_USABLE_ROWS rows are left; ``errors="skip"`` leaves out every row with an
error. Warnings are reported and the load goes on. ``validate`` runs one step per kind
of check, in the order the problems are listed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coachkit.errors import ApplicationsError
from coachkit.outcomes.collect import Collector, failure, problems_message
from coachkit.outcomes.dates import Factorized, per_unique
from coachkit.outcomes.datestep import parse_date_columns
from coachkit.outcomes.derive import DELAY_BANDS, SCORE_BANDS, STATUSES, derive
from coachkit.outcomes.history import place_histories
from coachkit.outcomes.logstate import (
    DATE_COLUMNS,
    EMPTY_MARKS,
    Log,
    blank_placeholders,
    filled_besides,
)
from coachkit.outcomes.mapping import Mapping, normalize_label
from coachkit.outcomes.model import MAX_LISTED, Applications, Problem
from coachkit.outcomes.placing import CHECKBOX_NO, is_checkbox, place_columns
from coachkit.outcomes.reading import RawTable
from coachkit.outcomes.schema import COLUMNS, OUTCOMES
from coachkit.outcomes.stages import place_stages
from coachkit.outcomes.statuses import read_statuses

# the result types, bands and message helpers stay importable from here, as before
__all__ = ["DELAY_BANDS", "EMPTY_MARKS", "MAX_LISTED", "MIN_USABLE_ROWS", "SCORE_BANDS",
           "STATUSES", "Applications", "Problem", "derive", "problems_message", "validate"]

# a lenient load needs this many usable rows; with fewer, its problems refuse the file
MIN_USABLE_ROWS = 3

def _placed(raw: RawTable, mapping: Mapping, errors: str, as_of: pd.Timestamp,
            overrides: dict[str, str]) -> Log:
    """Place the columns and the stage columns; raise at once when they cannot be placed."""
    out = Collector(raw.rows.index, errors)
    for note in raw.notes:
        out.add("warning", "note", note)
    canonical, extras = place_columns(raw, mapping, out)
    if out.has_errors():
        raise failure(raw.source, out.items)
    cache = Factorized()
    cols = [raw.rows[i] for i in range(raw.rows.shape[1])]
    empty = pd.Series("", index=raw.rows.index)
    get = {c.name: blank_placeholders(cols[canonical[c.name]] if c.name in canonical
                                       else empty, cache) for c in COLUMNS}
    header = {name: raw.header[i] for name, i in canonical.items()}
    stages = place_stages(raw.header, cols, mapping, extras, cache)
    histories = place_histories(raw.header, extras)
    return Log(raw, mapping, out, cache, canonical, extras, header, cols, get, as_of,
                overrides, stages, histories=histories)


def _check_ragged(log: Log) -> None:
    """Rows with more fields than the header: their surplus values are not read (an error
    that loses only those values; strict mode refuses the file)."""
    if not log.raw.ragged:
        return
    fields = pd.Series(log.raw.ragged, dtype="int64").reindex(log.raw.rows.index)
    name = {",": "comma", ";": "semicolon", "\t": "tab"}.get(log.raw.delimiter or ",", "comma")
    log.out.cells(fields.notna(), "error", "extra_fields", None,
                  fields.fillna(0).astype("int64").astype(str),
                  f"has {{value}} fields but the header has {len(log.raw.header)}; a value "
                  f"may contain an unquoted {name} (the values past the last column are not "
                  "read)", loses="cell")


def _check_formulas(log: Log) -> None:
    """Warn about cells that look like formulas: they are kept as text, never evaluated."""
    placed = [(log.header[n], log.canonical[n]) for n in log.canonical]
    for label, i in [*placed, *log.extras.items()]:
        values = log.cols[i]
        formula = per_unique(values, lambda u: u.str.match(r"^=[A-Za-z0-9(+\-\"']"), log.cache)
        if formula.any():
            log.out.cells(formula, "warning", "formula", label, values,
                          "{value} looks like a spreadsheet formula; it is kept as text and "
                          "never evaluated")


def _not_applied(log: Log) -> np.ndarray:
    """Rows whose status says the job was saved, queued or skipped, never applied to."""
    unsent = np.zeros(len(log.raw.rows), dtype=bool)
    if log.status is not None:
        unsent |= log.status["reading"].eq("not_applied").to_numpy(dtype=bool)
    for i in log.extras.values():  # an "Applied?" yes/no column: no means never sent
        if log.mapping.column_for(log.raw.header[i]) == "applied_on" and is_checkbox(
                log.cols[i]):
            unsent |= log.cols[i].str.strip().str.lower().isin(CHECKBOX_NO).to_numpy()
    return unsent


def _name_only(log: Log) -> np.ndarray:
    """Rows holding a company name and nothing else (a lenient load): not applications."""
    if not log.out.lenient or "company" not in log.canonical:
        return np.zeros(len(log.raw.rows), dtype=bool)
    return (log.get["company"] != "").to_numpy() & ~filled_besides(log, ("company",))


def _blank_rows(log: Log) -> np.ndarray:
    """Empty rows between applications (a separator); a lenient load lists them as left
    out, strict mode passes over them as before."""
    blank = ~(log.raw.rows != "").to_numpy().any(axis=1)
    log.out.cells(blank & log.out.lenient, "error", "empty_row", None, None,
                  "the row is empty (a separator between applications?)")
    return blank


def _text_columns(log: Log) -> pd.DataFrame:
    """Start the frame with the row numbers and the text columns; company is required."""
    frame = pd.DataFrame(index=log.raw.rows.index)
    frame["row"] = log.raw.rows.index.to_numpy()
    for name in ("company", "role", "channel", "notes"):
        frame[name] = log.get[name]
    log.out.cells(log.get["company"] == "", "error", "required", log.header["company"], None,
                  "company is empty; every application needs one")
    return frame


def _read_outcomes(log: Log, counted: np.ndarray) -> None:
    """Read the status words (problems are reported later, in column order)."""
    if "outcome" not in log.canonical:
        return
    reading, _how, dated, table = read_statuses(log.get["outcome"], log.mapping, log.overrides,
                                               log.cache, counted)
    log.status = pd.DataFrame({"reading": reading, "date": dated})
    log.readings = table


def _parse_outcomes(log: Log, not_applied: np.ndarray) -> pd.Series:
    """Map the status words to OUTCOMES; blank reads as pending, unknown as pending too
    (a warning in a lenient load, an error in strict mode)."""
    if log.status is None:
        return pd.Series("pending", index=log.raw.rows.index)
    cells, label = log.get["outcome"], log.header["outcome"]
    reading = log.status["reading"]
    blank = cells == ""
    unknown = reading.eq("unknown") & ~blank & ~not_applied
    if log.out.lenient:
        log.out.cells(unknown, "warning", "unknown_outcome", label, cells,
                      "unknown outcome {value!r}; counted as pending (waiting). Choose its "
                      "reading under 'statuses:' in a mapping file or in the dashboard")
    else:
        accepted = ", ".join(OUTCOMES)
        log.out.cells(unknown, "error", "unknown_outcome", label, cells,
                      f"unknown outcome {{value!r}}; expected one of {accepted} or a word from "
                      "the mapping (Ghosted, Offer received, Rejected, Applied, Withdrawn...); "
                      "add your own words under 'outcomes:' in a mapping file")
    log.out.cells(blank, "warning", "blank_outcome", label, None,
                  "outcome is empty; counted as pending (waiting for an answer)")
    return reading.where(~blank & ~reading.eq("unknown"), "pending")


def _parse_follow_up(log: Log, frame: pd.DataFrame) -> None:
    """Read the follow-up kind and its score (0-100, a % sign and a decimal comma allowed)."""
    get, cache = log.get, log.cache
    kind_words = per_unique(get["follow_up_kind"], lambda u: u.map(normalize_label), cache)
    frame["follow_up_kind"] = kind_words.map(log.mapping.follow_up_kinds).fillna(
        get["follow_up_kind"].where(kind_words != "", None))
    score_text = per_unique(get["follow_up_score"], lambda u: u.astype(str).str.replace(
        "%", "", regex=False).str.strip(), cache)
    score = pd.to_numeric(score_text.str.replace(",", ".", regex=False), errors="coerce")
    label = log.header.get("follow_up_score")
    log.out.cells((score_text != "") & score.isna(), "error", "bad_score", label,
                  get["follow_up_score"], "cannot read {value!r} as a score; expected a number "
                  "from 0 to 100", loses="cell")
    log.out.cells((score < 0) | (score > 100), "error", "score_range", label,
                  get["follow_up_score"], "score {value} is outside 0-100", loses="cell")
    frame["follow_up_score"] = score.where(score.between(0, 100))


def _check_order_of_events(log: Log, frame: pd.DataFrame) -> None:
    """Report an interview, follow-up or response dated before the step it follows."""
    applied = frame["applied_on"]
    checks = [
        ("interviewed_at", applied, "interview_before_application",
         "the interview ({value}) is before the application date"),
        ("response_at", applied, "response_before_application",
         "the response ({value}) is before the application date"),
        ("follow_up_sent_at", frame["interviewed_at"], "follow_up_before_interview",
         "the follow-up ({value}) was sent before the interview"),
    ]
    lost = {}
    for name, start, code, template in checks:
        early = frame[name].notna() & start.notna() & (frame[name].dt.normalize()
                                                       < start.dt.normalize())
        log.out.cells(early, "error", code, log.header.get(name), log.get[name], template,
                      loses="cell")
        lost[name] = early
    for name, early in lost.items():  # a lenient load keeps the row without that date
        frame[name] = frame[name].where(~early)
    before_interview = (frame["response_at"] < frame["interviewed_at"]).fillna(False)
    log.out.cells(before_interview, "warning", "response_before_interview",
                  log.header.get("response_at"), log.get["response_at"],
                  "the response ({value}) is before the interview; response_at should be the "
                  "answer after the interview, so its timing is not used")


def _check_future_dates(log: Log, frame: pd.DataFrame, as_of: pd.Timestamp) -> None:
    """Warn about dates after ``as_of`` (any time on that day is fine)."""
    end_of_today = as_of.normalize() + pd.Timedelta(days=1)
    for name in DATE_COLUMNS:
        future = (frame[name] >= end_of_today).fillna(False)
        log.out.cells(future, "warning", "future_date", log.header.get(name), log.get[name],
                      f"{{value}} is in the future (after {as_of:%Y-%m-%d})")


def _check_answer_without_response(log: Log, frame: pd.DataFrame) -> None:
    """Warn when the outcome says no response but a response date is given: the word is
    what the person decided, so the date is not counted as an answer."""
    both = frame["response_at"].notna() & frame["outcome"].eq("no_response")
    log.out.cells(both, "warning", "response_with_no_response", log.header.get("outcome"),
                  log.get["outcome"], "outcome {value!r} says no response but a response "
                  "date is given; the status wins, the date is not counted as an answer")
    frame["response_at"] = frame["response_at"].where(~both)


def _duplicates(log: Log) -> np.ndarray:
    """Rows repeating an earlier one (the same application entered twice); warn about each."""
    key = pd.DataFrame({n: log.get[n] for n in ("company", "role", "applied_on", "outcome",
                                                 "response_at", "interviewed_at")})
    dup = key.duplicated(keep="first").to_numpy()
    if dup.any():
        groups = key.reset_index().groupby(list(key.columns), sort=False,
                                           dropna=False)["index"]
        firsts = groups.transform("first")
        first_rows = pd.Series(firsts.to_numpy(), index=log.raw.rows.index).astype("int64")
        log.out.cells(dup, "warning", "duplicate_row", None, first_rows,
                      "repeats row {value}; counted once")
    return dup


def _report_rows_left_out(log: Log, rows: np.ndarray, code: str, what: str) -> None:
    """One warning for the rows of a kind left out: how many, the first, and ``what``
    they are."""
    if rows.any():
        first = int(log.raw.rows.index[np.flatnonzero(rows)[0]])
        log.out.add("warning", code, f"{int(rows.sum())} rows (such as row {first}) {what}")


def _kept_rows(log: Log, keep: np.ndarray) -> np.ndarray:
    """Raise on errors, or leave out what they lose (``errors="skip"`` or "lenient").

    A lenient load with fewer than MIN_USABLE_ROWS usable rows is refused as in
    strict mode: a handful of readable rows is too little to report on.
    """
    out = log.out
    if not out.has_errors():
        return keep
    usable = int((keep & ~out.bad_rows).sum())
    if out.errors == "raise" or (out.lenient and usable < MIN_USABLE_ROWS):
        error = failure(log.raw.source, out.items)
        if out.errors == "lenient":
            error.args = (f"{error}\nonly {usable} row{'s' if usable != 1 else ''} could be "
                          f"read; a report needs at least {MIN_USABLE_ROWS}",)
        raise error
    bad = out.bad_rows.copy()
    out.settle()
    return keep & ~bad


def _finish(log: Log, frame: pd.DataFrame, keep: np.ndarray) -> Applications:
    """Append the extra columns, keep the rows, derive the groupings."""
    for label, i in log.extras.items():
        name = label if label not in frame.columns else f"{label} (extra)"
        frame[name] = log.cols[i]
    frame = frame[keep].reset_index(drop=True)
    if frame.empty:
        raise ApplicationsError(f"{log.raw.source}: no applications left to analyse after "
                                "leaving out the rows with problems", tuple(log.out.items))
    frame = derive(frame, log.mapping)
    stage_headers = {name: log.raw.header[i] for name, i in log.stages.items()}
    return Applications(frame=frame, source=log.raw.source, problems=tuple(log.out.items),
                        columns=log.header, extra_columns=tuple(log.extras),
                        left_out=tuple(log.out.left_out), rows_read=len(log.raw.rows),
                        status_readings=log.readings, stage_columns=stage_headers)


def validate(raw: RawTable, mapping: Mapping, as_of: pd.Timestamp, *,
             errors: str = "lenient", status_readings: dict[str, str] | None = None
             ) -> Applications:
    """Check every cell and row of ``raw``; leave out or refuse what cannot be read.

    ``status_readings`` ({normalised word: reading}) win over every other reading.
    """
    log = _placed(raw, mapping, errors, as_of, status_readings or {})
    _check_ragged(log)
    _check_formulas(log)
    name_only = _name_only(log)
    _read_outcomes(log, ~name_only)
    blank = _blank_rows(log)
    not_applied = _not_applied(log) | name_only | blank
    log.out.skip = not_applied
    frame = _text_columns(log)
    parse_date_columns(log, frame)
    frame["outcome"] = _parse_outcomes(log, not_applied).fillna("pending")
    _parse_follow_up(log, frame)
    _check_order_of_events(log, frame)
    _check_future_dates(log, frame, as_of)
    _check_answer_without_response(log, frame)
    dup = _duplicates(log)
    _report_rows_left_out(log, not_applied & ~name_only & ~blank, "not_applied",
                          "are saved jobs never applied to (Wishlist, Bookmarked...); they "
                          "are left out")
    _report_rows_left_out(log, name_only, "name_only",
                          "hold only a company name: not applications, left out")
    keep = _kept_rows(log, ~dup & ~not_applied)
    return _finish(log, frame, keep)
