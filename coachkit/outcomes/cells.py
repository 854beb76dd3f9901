"""Read the date cells the plain parser cannot: words in front, two dates, no year, typos.

Only the cells ``parse_dates`` left unread come here, so a clean log costs nothing.
Each distinct text is looked at once:

- "before 3/4/2026", "~Mar 4", "approx. 2026-03-04?" read as the date given, flagged
  approximate;
- "2026-03-04, 2026-03-10" or "3/4 -> 3/10": the first date is the cell's event, the
  later ones are kept as later stages;
- "3/4", "Mar 4", "4th March": a date without a year, whose year is inferred from the
  neighbouring rows (see ``infer_years``);
- a date only the other day/month order can read (25/03 in a month-first file) is
  read that way;
- anything else ("2026-13-45", "sometime in May") stays unread: the cell is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from coachkit.outcomes.dates import Factorized, parse_dates, per_unique

__all__ = ["DATE_IN_TEXT", "Rescued", "infer_years", "rescue_dates"]

_MONTHS = (r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
DATE_IN_TEXT = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|"
    r"\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?(?!\d)|"
    rf"{_MONTHS}[\s\-]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?[\s\-]+{_MONTHS}(?:,?[\s\-]+\d{{4}})?", re.IGNORECASE)
# "8/82019": the separator before the year left out (a typo), read as 8/8/2019
_GLUED_YEAR = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})((?:19|20)\d{2})$")
_SEPT = re.compile(r"\bsept\b\.?", re.IGNORECASE)  # "Sept 4": strptime knows only "Sep"
_APPROX = re.compile(r"^(?:before|after|around|about|approx(?:imately|\.)?|circa|ca\.|c\.|~|"
                     r"by|early|mid|late|est(?:imated|\.)?|roughly|sometime|prior to|"
                     r"not before|not after|<=?|>=?)\s*", re.IGNORECASE)
_APPROX_END = re.compile(r"\s*(?:\?+|ish|\(approx(?:\.|imately)?\)|approx\.?|\(est\.?\))$",
                         re.IGNORECASE)
_YEARLESS_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})\.?$")
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_PLACEHOLDER_YEAR = 2000  # a leap year, so 29 Feb without a year still reads


@dataclass
class Rescued:
    """What the fallback read from the cells the plain parser left unread (by row)."""

    parsed: pd.Series  # Timestamp or NaT; yearless dates carry the placeholder year
    later: pd.Series  # tuple of later Timestamps per cell (two dates in one cell)
    approximate: pd.Series  # bool
    yearless: pd.Series  # bool: the year is to be inferred
    flipped: pd.Series  # bool: read in the other day/month order


def _core(text: str) -> tuple[str, tuple[str, ...], bool]:
    """The first date in ``text``, the later dates, and whether it is approximate."""
    body = text.strip()
    approx = False
    for pattern in (_APPROX, _APPROX_END):
        stripped = pattern.sub("", body)
        if stripped != body:
            approx, body = True, stripped.strip()
    glued = _GLUED_YEAR.match(body)
    if glued:
        body, approx = glued.expand(r"\1\2\3\2\4"), True
    body = _SEPT.sub("Sep", body)
    found = [m.group(0) for m in DATE_IN_TEXT.finditer(body)]
    if not found:
        return body, (), approx
    return found[0], tuple(found[1:]), approx


def _with_year(core: str) -> str:
    """A yearless date with the placeholder year added ('' when it has a year)."""
    core = _ORDINAL.sub(r"\1", core).strip().rstrip(".,")
    numeric = _YEARLESS_NUMERIC.match(core)
    if numeric:
        return f"{numeric.group(1)}/{numeric.group(2)}/{_PLACEHOLDER_YEAR}"
    if re.fullmatch(rf"{_MONTHS}[\s\-]+\d{{1,2}}|\d{{1,2}}[\s\-]+{_MONTHS}", core,
                    re.IGNORECASE):
        return f"{core.replace('.', '').replace('-', ' ')} {_PLACEHOLDER_YEAR}"
    return ""


def _read(texts: pd.Series, order: str) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Parse ``texts`` in ``order``; failing that, in the other order. (parsed, yearless,
    other order)."""
    placeholder = texts.map(_with_year)
    yearless = placeholder != ""
    parsed, _ = parse_dates(texts.where(~yearless, placeholder), order)
    other = "DMY" if order == "MDY" else "MDY"
    retry = parsed.isna() & (texts != "")
    flipped = pd.Series(False, index=texts.index)
    if retry.any():
        again, _ = parse_dates(texts.where(~yearless, placeholder)[retry], other)
        parsed[retry] = again
        flipped[retry] = again.notna()
    return parsed, yearless & parsed.notna(), flipped


def _rescue_uniques(uniques: pd.Series, order: str) -> tuple[pd.Series, ...]:
    parts = [_core(str(u)) for u in uniques]
    cores = pd.Series([p[0] for p in parts], dtype=object)
    parsed, yearless, flipped = _read(cores, order)
    later_texts = [t for p in parts for t in p[1]]
    later_parsed: dict[str, pd.Timestamp] = {}
    if later_texts:
        values = pd.Series(list(dict.fromkeys(later_texts)), dtype=object)
        read, _, _ = _read(values, order)
        later_parsed = dict(zip(values, read, strict=True))
    later = pd.Series([tuple(later_parsed[t] for t in p[1] if pd.notna(later_parsed[t]))
                       for p in parts], dtype=object)
    approx = pd.Series([p[2] for p in parts], dtype=bool) & parsed.notna()
    return parsed, later, approx, yearless, flipped


def rescue_dates(values: pd.Series, order: str, cache: Factorized | None = None) -> Rescued:
    """Read what can be read in the date cells ``values`` (the ones the plain parser left)."""
    parsed, later, approx, yearless, flipped = per_unique(
        values, lambda u: _rescue_uniques(u, order), cache)
    return Rescued(parsed, later, approx.astype(bool), yearless.astype(bool),
                   flipped.astype(bool))


def infer_years(month_day: pd.Series, reference: pd.Series, as_of: pd.Timestamp) -> pd.Series:
    """Give each yearless date the year that puts it nearest its ``reference`` date.

    ``month_day`` carries a placeholder year; ``reference`` is the date of a neighbouring
    row (NaT: ``as_of`` is used). Dates after ``as_of`` are avoided when another year fits.
    """
    ref = reference.fillna(as_of)
    best = pd.Series(pd.NaT, index=month_day.index, dtype="datetime64[ns]")
    best_cost = np.full(len(month_day), np.inf)
    for shift in (-1, 0, 1):
        years = ref.dt.year + shift
        candidate = pd.to_datetime(pd.DataFrame({
            "year": years, "month": month_day.dt.month, "day": month_day.dt.day}),
            errors="coerce") + (month_day - month_day.dt.normalize())
        cost = (candidate - ref).abs().dt.days.to_numpy(dtype=float)
        cost = np.where(candidate.to_numpy() > (as_of + pd.Timedelta(days=1)).to_datetime64(),
                        cost + 400, cost)
        cost = np.where(np.isnan(cost), np.inf, cost)
        better = cost < best_cost
        best[better] = candidate[better]
        best_cost = np.where(better, cost, best_cost)
    return best


@dataclass
class DateCells:
    """One column of date cells read: the dates, and what the fallback had to do."""

    parsed: pd.Series
    families: set[str]
    later: pd.Series  # tuple of later dates per cell (empty tuples when none)
    approximate: pd.Series
    yearless: pd.Series
    flipped: pd.Series


def read_date_cells(values: pd.Series, order: str, as_of: pd.Timestamp,
                    cache: Factorized | None = None,
                    reference: pd.Series | None = None, rescue: bool = True) -> DateCells:
    """Read a column of date cells; unread cells go through the fallback (``rescue``).

    A yearless date takes its year from ``reference`` (by default the nearest dated
    row above it, else below it, in the same column).
    """
    parsed, families = parse_dates(values, order, cache)
    none = pd.Series(False, index=values.index)
    failed = ((values != "") & parsed.isna()).to_numpy()
    if not failed.any() or not rescue:
        return DateCells(parsed, families, pd.Series((), dtype=object), none, none, none)
    rescued = rescue_dates(values[failed], order)
    parsed = parsed.copy()
    parsed[failed] = rescued.parsed
    flags = {k: none.copy() for k in ("approximate", "yearless", "flipped")}
    flags["approximate"][failed] = rescued.approximate
    flags["yearless"][failed] = rescued.yearless
    flags["flipped"][failed] = rescued.flipped
    yearless = flags["yearless"].to_numpy()
    if yearless.any():
        if reference is None:
            known = parsed.where(~flags["yearless"])
            reference = known.ffill().fillna(known.bfill())
        parsed[yearless] = infer_years(parsed[yearless], reference[yearless], as_of)
    later = pd.Series([()] * len(values), index=values.index, dtype=object)
    later[failed] = rescued.later
    return DateCells(parsed, families, later, **flags)
