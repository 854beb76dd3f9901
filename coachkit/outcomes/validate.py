"""Turn a RawTable into the validated applications frame, collecting every problem.

Row numbers are the user's spreadsheet rows (the header is row 1); columns are
named as in the user's file. Errors stop the load (unless ``errors="skip"``, which
leaves the rows with errors out); warnings are reported and the load goes on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from coachkit.errors import ApplicationsError
from coachkit.outcomes.dates import Factorized, numeric_date_evidence, parse_dates, per_unique
from coachkit.outcomes.mapping import Mapping, normalize_label
from coachkit.outcomes.reading import RawTable
from coachkit.outcomes.schema import COLUMNS, OUTCOMES

__all__ = ["DELAY_BANDS", "SCORE_BANDS", "STATUSES", "Applications", "Problem", "validate"]

DELAY_BANDS = ("<24 h", "24–48 h", "48–72 h", ">72 h", "none")
SCORE_BANDS = ("0–59", "60–79", "80–100", "no score")
STATUSES = ("responded", "silent", "waiting", "withdrew")
MAX_LISTED = 40  # problems shown in a message; the rest are counted
_DATE_COLUMNS = ("applied_on", "interviewed_at", "follow_up_sent_at", "response_at")
_TEXT_COLUMNS = ("company", "role", "follow_up_kind", "channel", "notes")


@dataclass(frozen=True)
class Problem:
    """One problem found in the file: where, what, and how bad."""

    severity: str  # "error" stops the load, "warning" does not
    code: str
    message: str
    row: int | None = None
    column: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        where = ", ".join(filter(None, [f"row {self.row}" if self.row else "",
                                        f"column '{self.column}'" if self.column else ""]))
        return f"{where}: {self.message}" if where else self.message


@dataclass(frozen=True)
class Applications:
    """A validated application log: the frame, the problems, how columns were placed."""

    frame: pd.DataFrame
    source: str
    problems: tuple[Problem, ...] = ()
    columns: dict[str, str] = field(default_factory=dict)  # canonical -> user's header
    extra_columns: tuple[str, ...] = ()

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")

    def __len__(self) -> int:
        return len(self.frame)

    def _repr_html_(self) -> str:
        from coachkit.outcomes.render import render_loaded

        return render_loaded(self)

    def describe(self) -> str:
        """One paragraph: what was loaded and how, then the warnings."""
        lines = [f"{self.source}: {len(self.frame)} applications."]
        if self.extra_columns:
            lines.append("Kept as extra columns: " + ", ".join(self.extra_columns) + ".")
        lines += [f"warning: {p}" for p in self.warnings[:MAX_LISTED]]
        if len(self.warnings) > MAX_LISTED:
            lines.append(f"… and {len(self.warnings) - MAX_LISTED} more warnings")
        return "\n".join(lines)


def problems_message(source: str, problems: list[Problem] | tuple[Problem, ...]) -> str:
    """The message of a failed load: every error first (up to MAX_LISTED), then a count."""
    errors = [p for p in problems if p.severity == "error"]
    head = (f"{source}: {len(errors)} problem{'s' if len(errors) != 1 else ''} to fix "
            "before the log can be used")
    lines = [head] + [f"  {p}" for p in errors[:MAX_LISTED]]
    if len(errors) > MAX_LISTED:
        lines.append(f"  … and {len(errors) - MAX_LISTED} more")
    return "\n".join(lines)


class _Collector:
    def __init__(self, rows: pd.Index) -> None:
        self.rows = rows
        self.items: list[Problem] = []
        self.bad_rows = np.zeros(len(rows), dtype=bool)
        self.skip = np.zeros(len(rows), dtype=bool)  # rows left out: no problems reported

    def add(self, severity: str, code: str, message: str, row: int | None = None,
            column: str | None = None, value: str | None = None) -> None:
        self.items.append(Problem(severity, code, message, row, column, value))

    def cells(self, mask: pd.Series | np.ndarray, severity: str, code: str, column: str | None,
              values: pd.Series | None, template: str) -> None:
        """One problem per row in mask; template may use {value}."""
        positions = np.flatnonzero(np.asarray(mask, dtype=bool) & ~self.skip)
        if severity == "error":
            self.bad_rows[positions] = True
        for pos in positions:
            value = None if values is None else str(values.iloc[pos])
            shown = value if value is None or len(value) <= 60 else value[:57] + "…"
            self.items.append(Problem(severity, code, template.format(value=shown),
                                      int(self.rows[pos]), column, value))


# what trackers write into a cell that has no value (Simplify: N/A, Huntr: -)
EMPTY_MARKS = frozenset({"n/a", "na", "-", "--", "—", "–", "none", "null", "nan", "#n/a"})


def _blank_placeholders(values: pd.Series, cache: Factorized) -> pd.Series:
    """Cells holding an 'empty' mark (N/A, -, none...) read as empty."""
    return per_unique(values, lambda u: u.where(~u.str.strip().str.lower().isin(EMPTY_MARKS),
                                                ""), cache)


def _place_columns(raw: RawTable, mapping: Mapping, out: _Collector
                   ) -> tuple[dict[str, int], dict[str, int]]:
    canonical: dict[str, int] = {}
    extras: dict[str, int] = {}
    placed = [mapping.column_for(h) if h else None for h in raw.header]
    for i, header in enumerate(raw.header):  # fallback aliases only fill what is left
        name = mapping.column_for(header, weak=True) if header and placed[i] is None else None
        if name is not None and name not in placed:
            placed[i] = name
            out.add("warning", "fallback_column",
                    f"{name} read from '{header}', the closest column there is; check that "
                    "these dates mean what you expect", row=1, column=header)
    for i, (header, name) in enumerate(zip(raw.header, placed, strict=True)):
        if name is None:
            label = header or f"column {i + 1}"
            if not raw.rows[i].astype(bool).any() and not header:
                continue
            base, n = label, 2
            while label in extras or label in canonical:
                label, n = f"{base} ({n})", n + 1
            extras[label] = i
        elif name in canonical:
            first = raw.header[canonical[name]]
            out.add("error", "duplicate_column",
                    f"columns {canonical[name] + 1} ('{first}') and {i + 1} ('{header}') both "
                    f"hold {name}; rename or delete one of them", row=1, column=header)
        else:
            canonical[name] = i
    for col in COLUMNS:
        if col.required and col.name not in canonical and col.name != "outcome":
            names = dict.fromkeys(normalize_label(a) for a in mapping.aliases[col.name])
            accepted = ", ".join(f"'{a}'" for a in list(names)[:6])
            out.add("error", "missing_column",
                    f"no column for {col.name} ({col.description.rstrip('.').lower()}); "
                    f"expected a header such as {accepted} (add your own with a mapping file)",
                    row=1)
    if any(p.code == "missing_column" for p in out.items) and extras:
        out.add("error", "unplaced_columns", "could not place the columns "
                + ", ".join(f"'{e}'" for e in extras) + "; map them in a mapping file "
                "(columns: company: [...]) or rename them", row=1)
    if "outcome" not in canonical:
        out.add("warning", "missing_column", "no outcome column (status, stage, result...): "
                "every application is counted as waiting for an answer", row=1)
    return canonical, extras


def _date_order(raw: RawTable, mapping: Mapping, columns: dict[str, pd.Series],
                out: _Collector, cache: Factorized) -> str:
    if mapping.date_order != "auto":
        return mapping.date_order
    day = month = ambiguous = None
    day_at = month_at = None
    for name, values in columns.items():
        d, m, a = numeric_date_evidence(values, cache)
        if d.any() and day is None:
            day, day_at = name, int(raw.rows.index[int(np.flatnonzero(d.to_numpy())[0])])
        if m.any() and month is None:
            month, month_at = name, int(raw.rows.index[int(np.flatnonzero(m.to_numpy())[0])])
        if a.any():
            ambiguous = name
    if day and month:
        out.add("error", "mixed_date_order",
                f"dates are written day-first in row {day_at} (column '{day}') and month-first "
                f"in row {month_at} (column '{month}'); use one order (best: 2026-03-25)")
        return "MDY"
    if day:
        return "DMY"
    if month:
        return "MDY"
    guess = "DMY" if raw.delimiter == ";" else "MDY"
    if ambiguous:
        words = "day/month" if guess == "DMY" else "month/day"
        out.add("warning", "ambiguous_dates",
                f"dates such as 03/04/2026 could be day/month or month/day; read as {words}. "
                f"Set 'date_order: {'MDY' if guess == 'DMY' else 'DMY'}' in a mapping file if "
                "that is wrong", column=ambiguous)
    return guess


def _role_kind(role: pd.Series, mapping: Mapping) -> pd.Series:
    kind = pd.Series("other", index=role.index, dtype=object)
    kind[role == ""] = "unknown"
    open_ = role != ""
    lowered = role.str.casefold().str.replace(r"[\W_]+", " ", regex=True)
    for name, words in mapping.role_kinds:
        pattern = r"\b(?:" + "|".join(re.escape(w) for w in words if w) + r")\b"
        hit = open_ & lowered.str.contains(pattern, regex=True)
        kind[hit] = name
        open_ &= ~hit
    return kind


def validate(raw: RawTable, mapping: Mapping, as_of: pd.Timestamp, *,
             errors: str = "raise") -> Applications:
    """Check every cell and row of ``raw``; raise ApplicationsError listing every error."""
    rows = raw.rows
    out = _Collector(rows.index)
    cache = Factorized()
    for note in raw.notes:
        out.add("warning", "note", note)
    canonical, extras = _place_columns(raw, mapping, out)
    if any(p.severity == "error" for p in out.items):
        raise ApplicationsError(problems_message(raw.source, out.items),
                                tuple(str(p) for p in out.items if p.severity == "error"))
    header = {name: raw.header[i] for name, i in canonical.items()}
    cols = [rows[i] for i in range(rows.shape[1])]  # one Series per column, reused below
    text = {name: cols[i] for name, i in canonical.items()}
    empty = pd.Series("", index=rows.index)
    get = {c.name: _blank_placeholders(text.get(c.name, empty), cache) for c in COLUMNS}

    # formulas are kept as text and never evaluated
    for label, i in [*((header[n], canonical[n]) for n in canonical), *extras.items()]:
        values = cols[i]
        formula = per_unique(values, lambda u: u.str.match(r"^=[A-Za-z0-9(+\-\"']"), cache)
        if formula.any():
            out.cells(formula, "warning", "formula", label, values,
                      "{value} looks like a spreadsheet formula; it is kept as text and never "
                      "evaluated")

    not_applied = np.zeros(len(rows), dtype=bool)
    if "outcome" in canonical:
        not_applied = per_unique(get["outcome"], lambda u: u.map(normalize_label).isin(
            mapping.not_applied), cache).to_numpy(dtype=bool)
    out.skip = not_applied

    frame = pd.DataFrame(index=rows.index)
    frame["row"] = rows.index.to_numpy()
    for name in ("company", "role", "channel", "notes"):
        frame[name] = get[name]
    out.cells(get["company"] == "", "error", "required", header["company"], None,
              "company is empty; every application needs one")

    dates = {n: get[n] for n in _DATE_COLUMNS if n in canonical}
    order = _date_order(raw, mapping, dates, out, cache)
    for name in _DATE_COLUMNS:
        values = get[name]
        parsed, families = parse_dates(values, order, cache)
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
    if "applied_on" in canonical:
        missing = get["applied_on"] == ""
        out.cells(missing, "error", "required", header["applied_on"], None,
                  "applied_on is empty; every application needs the day it was sent")

    # outcome words
    if "outcome" in canonical:
        words = per_unique(get["outcome"], lambda u: u.map(normalize_label), cache)
        outcome = words.map(mapping.outcomes)
        blank = words == ""
        unknown = outcome.isna() & ~blank & ~not_applied
        accepted = ", ".join(OUTCOMES)
        out.cells(unknown, "error", "unknown_outcome", header["outcome"], get["outcome"],
                  f"unknown outcome {{value!r}}; expected one of {accepted} or a word from "
                  "the mapping (Ghosted, Offer received, Rejected, Applied, Withdrawn...); add "
                  "your own words under 'outcomes:' in a mapping file")
        out.cells(blank, "warning", "blank_outcome", header["outcome"], None,
                  "outcome is empty; counted as pending (waiting for an answer)")
        outcome = outcome.where(~blank, "pending")
    else:
        outcome = pd.Series("pending", index=rows.index)
    frame["outcome"] = outcome.fillna("pending")

    # follow-up kind and score
    kind_words = per_unique(get["follow_up_kind"], lambda u: u.map(normalize_label), cache)
    frame["follow_up_kind"] = kind_words.map(mapping.follow_up_kinds).fillna(
        get["follow_up_kind"].where(kind_words != "", None))
    score_text = per_unique(get["follow_up_score"], lambda u: u.astype(str).str.replace(
        "%", "", regex=False).str.strip(), cache)
    score = pd.to_numeric(score_text.str.replace(",", ".", regex=False), errors="coerce")
    label = header.get("follow_up_score")
    out.cells((score_text != "") & score.isna(), "error", "bad_score", label,
              get["follow_up_score"], "cannot read {value!r} as a score; expected a number "
              "from 0 to 100")
    out.cells((score < 0) | (score > 100), "error", "score_range", label,
              get["follow_up_score"], "score {value} is outside 0-100")
    frame["follow_up_score"] = score.where(score.between(0, 100))

    # order of events
    applied = frame["applied_on"]
    checks = [
        ("interviewed_at", applied, "error", "interview_before_application",
         "the interview ({value}) is before the application date"),
        ("response_at", applied, "error", "response_before_application",
         "the response ({value}) is before the application date"),
        ("follow_up_sent_at", frame["interviewed_at"], "error", "follow_up_before_interview",
         "the follow-up ({value}) was sent before the interview"),
    ]
    for name, start, severity, code, template in checks:
        early = frame[name].notna() & start.notna() & (frame[name].dt.normalize()
                                                       < start.dt.normalize())
        out.cells(early, severity, code, header.get(name), get[name], template)
    before_interview = (frame["response_at"] < frame["interviewed_at"]).fillna(False)
    out.cells(before_interview, "warning", "response_before_interview", header.get("response_at"),
              get["response_at"], "the response ({value}) is before the interview; response_at "
              "should be the answer after the interview, so its timing is not used")
    end_of_today = as_of.normalize() + pd.Timedelta(days=1)
    for name in _DATE_COLUMNS:
        future = (frame[name] >= end_of_today).fillna(False)
        out.cells(future, "warning", "future_date", header.get(name), get[name],
                  f"{{value}} is in the future (after {as_of:%Y-%m-%d})")
    answered = frame["response_at"].notna()
    out.cells(answered & frame["outcome"].eq("no_response"), "warning", "response_with_no_response",
              header.get("outcome"), get["outcome"], "outcome {value!r} says no response but a "
              "response date is given; counted as a response")

    # duplicates: the same application entered twice
    key = pd.DataFrame({n: get[n] for n in ("company", "role", "applied_on", "outcome",
                                             "response_at", "interviewed_at")})
    dup = key.duplicated(keep="first").to_numpy()
    if dup.any():
        groups = key.reset_index().groupby(list(key.columns), sort=False,
                                           dropna=False)["index"]
        firsts = groups.transform("first")
        first_rows = pd.Series(firsts.to_numpy(), index=rows.index).astype("int64")
        out.cells(dup, "warning", "duplicate_row", None, first_rows,
                  "repeats row {value}; counted once")

    if not_applied.any():
        out.add("warning", "not_applied", f"{int(not_applied.sum())} rows (such as row "
                f"{int(rows.index[np.flatnonzero(not_applied)[0]])}) are saved jobs never "
                "applied to (Wishlist, Bookmarked...); they are left out")
    keep = ~dup & ~not_applied
    bad = out.bad_rows.copy()
    if bad.any():
        if errors != "skip":
            raise ApplicationsError(problems_message(raw.source, out.items),
                                    tuple(str(p) for p in out.items if p.severity == "error"))
        out.items = [Problem("warning", p.code, p.message + " (row left out)", p.row, p.column,
                             p.value) if p.severity == "error" else p for p in out.items]
        keep &= ~bad
    for label, i in extras.items():
        name = label if label not in frame.columns else f"{label} (extra)"
        frame[name] = cols[i]
    frame = frame[keep].reset_index(drop=True)
    if frame.empty:
        raise ApplicationsError(f"{raw.source}: no applications left to analyse after "
                                "leaving out the rows with problems",
                                tuple(str(p) for p in out.items))
    frame = derive(frame, mapping)
    return Applications(frame=frame, source=raw.source, problems=tuple(out.items),
                        columns=header, extra_columns=tuple(extras))


def derive(frame: pd.DataFrame, mapping: Mapping) -> pd.DataFrame:
    """Add the columns the statistics group by: status, delay band, score band, role kind."""
    outcome = frame["outcome"]
    responded = frame["response_at"].notna() | outcome.isin(["offer", "rejected"])
    status = np.select([responded, outcome.eq("no_response"), outcome.eq("pending")],
                       ["responded", "silent", "waiting"], "withdrew")
    frame["status"] = pd.Categorical(status, categories=STATUSES)
    interviewed = frame["interviewed_at"].notna()
    sent = frame["follow_up_sent_at"].notna()
    hours = (frame["follow_up_sent_at"] - frame["interviewed_at"]).dt.total_seconds() / 3600
    frame["delay_hours"] = hours
    band = np.select([~interviewed, ~sent, hours < 24, hours < 48, hours < 72],
                     [None, "none", "<24 h", "24–48 h", "48–72 h"], ">72 h")
    frame["delay_band"] = pd.Categorical(band, categories=DELAY_BANDS)
    frame["followed_up"] = pd.Categorical(
        np.select([~interviewed, sent], [None, "follow-up sent"], "no follow-up"),
        categories=["follow-up sent", "no follow-up"])
    score = frame["follow_up_score"]
    frame["score_band"] = pd.Categorical(
        np.select([~interviewed | ~sent, score.isna(), score < 60, score < 80],
                  [None, "no score", "0–59", "60–79"], "80–100"), categories=SCORE_BANDS)
    frame["role_kind"] = per_unique(frame["role"], lambda u: _role_kind(u.astype(str), mapping))
    channel = frame["channel"].str.strip()
    frame["channel"] = channel.where(channel != "", "unknown")
    return frame
