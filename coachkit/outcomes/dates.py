"""Vectorised parsing of the date formats spreadsheets and trackers write."""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["Factorized", "numeric_date_evidence", "parse_dates", "per_unique"]

_NUMERIC = (r"^(?P<a>\d{1,4})[/.\-](?P<b>\d{1,2})[/.\-](?P<c>\d{2,4})"
            r"(?:[ T,]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<p>[AaPp][Mm])?)?$")
_DAY_MONTH = r"^\s*(?:[A-Za-z~<>.]+\s+)?(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?!\d)"
_TEXT_FORMATS = ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y",
                 "%d-%b-%Y", "%d-%b-%y", "%a, %d %b %Y", "%A, %B %d, %Y", "%b %d, %Y %I:%M %p",
                 "%B %d, %Y %I:%M %p", "%d %b %Y %H:%M", "%b %Y")


class Factorized:
    """``pd.factorize`` of each series asked for, kept for one validation pass."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[pd.Series, np.ndarray, object]] = {}

    def __call__(self, values: pd.Series) -> tuple[np.ndarray, object]:
        hit = self._seen.get(id(values))
        if hit is not None and hit[0] is values:
            return hit[1], hit[2]
        codes, uniques = pd.factorize(values, use_na_sentinel=False)
        self._seen[id(values)] = (values, codes, uniques)
        return codes, uniques


def per_unique(values: pd.Series, fn, cache: Factorized | None = None):
    """Apply ``fn`` (Series -> Series or tuple of Series) to the distinct values only.

    A log repeats the same dates, words and titles many times, so this is much
    faster than string operations over every row, and gives the same result.
    """
    codes, uniques = (cache or Factorized())(values)
    result = fn(pd.Series(uniques, dtype=object))

    def spread(series: pd.Series) -> pd.Series:
        return pd.Series(series.to_numpy()[codes], index=values.index, dtype=series.dtype)

    return tuple(spread(r) for r in result) if isinstance(result, tuple) else spread(result)


def numeric_date_evidence(values: pd.Series, cache: Factorized | None = None
                          ) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Masks of numeric dates that must be day-first, must be month-first, or are ambiguous."""
    return per_unique(values, _evidence, cache)


def _evidence(values: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    values = values.astype(str)
    short_first = values.str.match(r"\d{1,2}[/.\-]")
    parts = values.where(short_first, "").str.extract(_NUMERIC)
    # a date without a year or with a word in front ("before 14/3") is evidence too
    a_text, b_text = parts["a"], parts["b"]
    loose = a_text.isna() & values.str.contains(r"\d[/.]\d", regex=True)
    if loose.any():
        extra = values.where(loose, "").str.extract(_DAY_MONTH)
        a_text, b_text = a_text.fillna(extra["a"]), b_text.fillna(extra["b"])
    short = a_text.str.len().fillna(4) < 4
    a = pd.to_numeric(a_text, errors="coerce")
    b = pd.to_numeric(b_text, errors="coerce")
    dayfirst = short & (a > 12) & (b <= 12)
    monthfirst = short & (b > 12) & (a <= 12)
    ambiguous = short & (a <= 12) & (b <= 12) & (a != b)
    return dayfirst, monthfirst, ambiguous


def parse_dates(values: pd.Series, order: str, cache: Factorized | None = None
                ) -> tuple[pd.Series, set[str]]:
    """Parse text to naive timestamps (NaT where empty or unreadable); order is MDY or DMY.

    Returns the parsed series and the set of format families seen (iso, numeric, text,
    excel) so mixed formats can be reported.
    """
    families: set[str] = set()

    def parse(uniques: pd.Series) -> pd.Series:
        parsed, seen = _parse(uniques.astype(str), order)
        families.update(seen)
        return parsed

    return per_unique(values, parse, cache), families


def _parse(values: pd.Series, order: str) -> tuple[pd.Series, set[str]]:
    result = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    todo = values != ""
    families: set[str] = set()
    if not todo.any():
        return result, families
    iso_like = todo & values.str.match(r"^\d{4}-\d{1,2}-\d{1,2}")
    if iso_like.any():
        parsed = pd.to_datetime(values[iso_like], format="ISO8601", errors="coerce", utc=True)
        parsed = parsed.dt.tz_convert(None)
        result[iso_like] = parsed
        families.add("iso")
        todo &= result.isna()
    if todo.any():
        parts = values[todo].str.extract(_NUMERIC).dropna(subset=["a"])
        if len(parts):
            families.add("numeric")
            a, b, c = (pd.to_numeric(parts[k]) for k in ("a", "b", "c"))
            year_first = parts["a"].str.len() == 4
            if order == "DMY":
                day, month = a.where(~year_first, c), b
            else:
                day, month = b.where(~year_first, c), a.where(~year_first, b)
            year = c.where(~year_first, a)
            year = year.where(year >= 100, year + 2000)
            hour = pd.to_numeric(parts["H"], errors="coerce").fillna(0)
            pm = parts["p"].str.lower() == "pm"
            am = parts["p"].str.lower() == "am"
            hour = hour.where(~(pm & (hour < 12)), hour + 12).where(~(am & (hour == 12)), 0)
            stamp = pd.to_datetime(pd.DataFrame({
                "year": year, "month": month, "day": day, "hour": hour,
                "minute": pd.to_numeric(parts["M"], errors="coerce").fillna(0),
                "second": pd.to_numeric(parts["S"], errors="coerce").fillna(0)}),
                errors="coerce")
            result[stamp.index] = stamp
            todo &= result.isna()
    if todo.any():
        serial = todo & values.str.fullmatch(r"\d{5}(?:\.\d+)?")
        if serial.any():
            days = pd.to_numeric(values[serial])
            ok = days.between(20000, 80000)
            result[days[ok].index] = pd.Timestamp("1899-12-30") + pd.to_timedelta(days[ok], "D")
            if ok.any():
                families.add("excel")
            todo &= result.isna()
    for fmt in _TEXT_FORMATS:
        if not todo.any():
            break
        parsed = pd.to_datetime(values[todo], format=fmt, errors="coerce")
        hit = parsed.notna()
        if hit.any():
            families.add("text")
            result[parsed[hit].index] = parsed[hit]
            todo &= result.isna()
    return result, families
