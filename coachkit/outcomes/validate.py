"""Turn a RawTable into the validated applications frame, collecting every problem.

Row numbers are the user's spreadsheet rows (the header is row 1); columns are
named as in the user's file. Errors stop the load (unless ``errors="skip"``, which
leaves the rows with errors out); warnings are reported and the load goes on.
``validate`` runs one step per kind of check, in the order the problems are listed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from coachkit.errors import ApplicationsError
from coachkit.outcomes.collect import Collector, failure, problems_message
from coachkit.outcomes.dates import Factorized, parse_dates, per_unique
from coachkit.outcomes.derive import DELAY_BANDS, SCORE_BANDS, STATUSES, derive
from coachkit.outcomes.mapping import Mapping, normalize_label
from coachkit.outcomes.model import MAX_LISTED, Applications, Problem
from coachkit.outcomes.placing import date_order, place_columns
from coachkit.outcomes.reading import RawTable
from coachkit.outcomes.schema import COLUMNS, OUTCOMES

# the result types, bands and message helpers stay importable from here, as before
__all__ = ["DELAY_BANDS", "EMPTY_MARKS", "MAX_LISTED", "SCORE_BANDS", "STATUSES", "Applications",
           "Problem", "derive", "problems_message", "validate"]

_DATE_COLUMNS = ("applied_on", "interviewed_at", "follow_up_sent_at", "response_at")
# what trackers write into a cell that has no value (Simplify: N/A, Huntr: -)
EMPTY_MARKS = frozenset({"n/a", "na", "-", "--", "—", "–", "none", "null", "nan", "#n/a"})


@dataclass
class _Log:
    """The placed columns of one file, shared by the steps of ``validate``."""

    raw: RawTable
    mapping: Mapping
    out: Collector
    cache: Factorized
    canonical: dict[str, int]  # canonical name -> column position
    extras: dict[str, int]  # extra column label -> column position
    header: dict[str, str]  # canonical name -> the user's header
    cols: list[pd.Series]  # one Series per column, reused by every step
    get: dict[str, pd.Series]  # canonical name -> cells, empty marks read as ""


def _blank_placeholders(values: pd.Series, cache: Factorized) -> pd.Series:
    """Cells holding an 'empty' mark (N/A, -, none...) read as empty."""
    return per_unique(values, lambda u: u.where(~u.str.strip().str.lower().isin(EMPTY_MARKS),
                                                ""), cache)


def _placed(raw: RawTable, mapping: Mapping) -> _Log:
    """Place the columns; raise at once when they cannot be placed."""
    out = Collector(raw.rows.index)
    for note in raw.notes:
        out.add("warning", "note", note)
    canonical, extras = place_columns(raw, mapping, out)
    if out.has_errors():
        raise failure(raw.source, out.items)
    cache = Factorized()
    cols = [raw.rows[i] for i in range(raw.rows.shape[1])]
    empty = pd.Series("", index=raw.rows.index)
    get = {c.name: _blank_placeholders(cols[canonical[c.name]] if c.name in canonical
                                       else empty, cache) for c in COLUMNS}
    header = {name: raw.header[i] for name, i in canonical.items()}
    return _Log(raw, mapping, out, cache, canonical, extras, header, cols, get)


def _check_formulas(log: _Log) -> None:
    """Warn about cells that look like formulas: they are kept as text, never evaluated."""
    placed = [(log.header[n], log.canonical[n]) for n in log.canonical]
    for label, i in [*placed, *log.extras.items()]:
        values = log.cols[i]
        formula = per_unique(values, lambda u: u.str.match(r"^=[A-Za-z0-9(+\-\"']"), log.cache)
        if formula.any():
            log.out.cells(formula, "warning", "formula", label, values,
                          "{value} looks like a spreadsheet formula; it is kept as text and "
                          "never evaluated")


def _not_applied(log: _Log) -> np.ndarray:
    """Rows whose outcome says the job was saved but never applied to."""
    if "outcome" not in log.canonical:
        return np.zeros(len(log.raw.rows), dtype=bool)
    return per_unique(log.get["outcome"], lambda u: u.map(normalize_label).isin(
        log.mapping.not_applied), log.cache).to_numpy(dtype=bool)


def _text_columns(log: _Log) -> pd.DataFrame:
    """Start the frame with the row numbers and the text columns; company is required."""
    frame = pd.DataFrame(index=log.raw.rows.index)
    frame["row"] = log.raw.rows.index.to_numpy()
    for name in ("company", "role", "channel", "notes"):
        frame[name] = log.get[name]
    log.out.cells(log.get["company"] == "", "error", "required", log.header["company"], None,
                  "company is empty; every application needs one")
    return frame


def _parse_dates(log: _Log, frame: pd.DataFrame) -> None:
    """Read the four date columns into the frame; report cells that are not dates."""
    get, header, out = log.get, log.header, log.out
    dates = {n: get[n] for n in _DATE_COLUMNS if n in log.canonical}
    order = date_order(log.raw, log.mapping, dates, out, log.cache)
    for name in _DATE_COLUMNS:
        values = get[name]
        parsed, families = parse_dates(values, order, log.cache)
        bad = (values != "") & parsed.isna()
        if bad.any():
            is_formula = values.str.startswith("=").fillna(False)
            out.cells(bad & is_formula, "error", "formula_date", header.get(name), values,
                      "{value} is a formula, not a date; type the date itself (2026-03-25)")
            out.cells(bad & ~is_formula, "error", "bad_date", header.get(name), values,
                      "cannot read {value!r} as a date; expected a date such as 2026-03-25, "
                      "03/25/2026 or 25 Mar 2026")
        frame[name] = parsed.dt.normalize() if name == "applied_on" else parsed
        if len(families) > 1:
            out.add("warning", "mixed_formats",
                    f"dates are written in several formats ({', '.join(sorted(families))}); "
                    "all were read, but check a few", column=header.get(name))
    if "applied_on" in log.canonical:
        out.cells(get["applied_on"] == "", "error", "required", header["applied_on"], None,
                  "applied_on is empty; every application needs the day it was sent")


def _parse_outcomes(log: _Log, not_applied: np.ndarray) -> pd.Series:
    """Map the outcome words to OUTCOMES; blank reads as pending, unknown is an error."""
    if "outcome" not in log.canonical:
        return pd.Series("pending", index=log.raw.rows.index)
    cells, label = log.get["outcome"], log.header["outcome"]
    words = per_unique(cells, lambda u: u.map(normalize_label), log.cache)
    outcome = words.map(log.mapping.outcomes)
    blank = words == ""
    unknown = outcome.isna() & ~blank & ~not_applied
    accepted = ", ".join(OUTCOMES)
    log.out.cells(unknown, "error", "unknown_outcome", label, cells,
                  f"unknown outcome {{value!r}}; expected one of {accepted} or a word from "
                  "the mapping (Ghosted, Offer received, Rejected, Applied, Withdrawn...); add "
                  "your own words under 'outcomes:' in a mapping file")
    log.out.cells(blank, "warning", "blank_outcome", label, None,
                  "outcome is empty; counted as pending (waiting for an answer)")
    return outcome.where(~blank, "pending")


def _parse_follow_up(log: _Log, frame: pd.DataFrame) -> None:
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
                  "from 0 to 100")
    log.out.cells((score < 0) | (score > 100), "error", "score_range", label,
                  get["follow_up_score"], "score {value} is outside 0-100")
    frame["follow_up_score"] = score.where(score.between(0, 100))


def _check_order_of_events(log: _Log, frame: pd.DataFrame) -> None:
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
    for name, start, code, template in checks:
        early = frame[name].notna() & start.notna() & (frame[name].dt.normalize()
                                                       < start.dt.normalize())
        log.out.cells(early, "error", code, log.header.get(name), log.get[name], template)
    before_interview = (frame["response_at"] < frame["interviewed_at"]).fillna(False)
    log.out.cells(before_interview, "warning", "response_before_interview",
                  log.header.get("response_at"), log.get["response_at"],
                  "the response ({value}) is before the interview; response_at should be the "
                  "answer after the interview, so its timing is not used")


def _check_future_dates(log: _Log, frame: pd.DataFrame, as_of: pd.Timestamp) -> None:
    """Warn about dates after ``as_of`` (any time on that day is fine)."""
    end_of_today = as_of.normalize() + pd.Timedelta(days=1)
    for name in _DATE_COLUMNS:
        future = (frame[name] >= end_of_today).fillna(False)
        log.out.cells(future, "warning", "future_date", log.header.get(name), log.get[name],
                      f"{{value}} is in the future (after {as_of:%Y-%m-%d})")


def _check_answer_without_response(log: _Log, frame: pd.DataFrame) -> None:
    """Warn when the outcome says no response but a response date is given."""
    answered = frame["response_at"].notna()
    log.out.cells(answered & frame["outcome"].eq("no_response"), "warning",
                  "response_with_no_response", log.header.get("outcome"), log.get["outcome"],
                  "outcome {value!r} says no response but a response date is given; counted "
                  "as a response")


def _duplicates(log: _Log) -> np.ndarray:
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


def _report_not_applied(log: _Log, not_applied: np.ndarray) -> None:
    """Say how many saved-but-never-applied rows are left out."""
    if not_applied.any():
        first = int(log.raw.rows.index[np.flatnonzero(not_applied)[0]])
        log.out.add("warning", "not_applied", f"{int(not_applied.sum())} rows (such as row "
                    f"{first}) are saved jobs never applied to (Wishlist, Bookmarked...); they "
                    "are left out")


def _kept_rows(log: _Log, keep: np.ndarray, errors: str) -> np.ndarray:
    """Raise on rows with errors, or with ``errors="skip"`` leave them out with a warning."""
    bad = log.out.bad_rows.copy()
    if bad.any():
        if errors != "skip":
            raise failure(log.raw.source, log.out.items)
        log.out.leave_out_bad_rows()
        keep &= ~bad
    return keep


def _finish(log: _Log, frame: pd.DataFrame, keep: np.ndarray) -> Applications:
    """Append the extra columns, keep the rows, derive the groupings."""
    for label, i in log.extras.items():
        name = label if label not in frame.columns else f"{label} (extra)"
        frame[name] = log.cols[i]
    frame = frame[keep].reset_index(drop=True)
    if frame.empty:
        raise ApplicationsError(f"{log.raw.source}: no applications left to analyse after "
                                "leaving out the rows with problems", tuple(log.out.items))
    frame = derive(frame, log.mapping)
    return Applications(frame=frame, source=log.raw.source, problems=tuple(log.out.items),
                        columns=log.header, extra_columns=tuple(log.extras))


def validate(raw: RawTable, mapping: Mapping, as_of: pd.Timestamp, *,
             errors: str = "raise") -> Applications:
    """Check every cell and row of ``raw``; raise ApplicationsError listing every error."""
    log = _placed(raw, mapping)
    _check_formulas(log)
    not_applied = _not_applied(log)
    log.out.skip = not_applied
    frame = _text_columns(log)
    _parse_dates(log, frame)
    frame["outcome"] = _parse_outcomes(log, not_applied).fillna("pending")
    _parse_follow_up(log, frame)
    _check_order_of_events(log, frame)
    _check_future_dates(log, frame, as_of)
    _check_answer_without_response(log, frame)
    dup = _duplicates(log)
    _report_not_applied(log, not_applied)
    keep = _kept_rows(log, ~dup & ~not_applied, errors)
    return _finish(log, frame, keep)
