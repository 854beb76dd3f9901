"""Place the user's columns on the canonical ones, and work out how dates are written."""

from __future__ import annotations

import numpy as np
import pandas as pd

from coachkit.outcomes.collect import Collector
from coachkit.outcomes.dates import Factorized, numeric_date_evidence
from coachkit.outcomes.mapping import Mapping, normalize_label
from coachkit.outcomes.reading import RawTable
from coachkit.outcomes.schema import COLUMNS

__all__ = ["date_order", "place_columns"]


# what a yes/no column holds ("Applied?": yes / no), as opposed to dates
CHECKBOX_YES = frozenset({"yes", "y", "true", "x", "✓", "✔", "1", "done"})
CHECKBOX_NO = frozenset({"no", "n", "false", "0", "not yet"})


_CHECKBOX_MEANS = {"applied_on": "rows marked no are left out as never sent",
                   "interviewed_at": "read as an interview stage without a date"}


def is_checkbox(values: pd.Series) -> bool:
    """Whether most filled cells of a column are yes/no marks, not dates or text."""
    filled = values[values != ""].astype(str).str.strip().str.lower()
    return bool(len(filled)) and filled.isin(CHECKBOX_YES | CHECKBOX_NO).mean() >= 0.8


def _placed_names(raw: RawTable, mapping: Mapping, out: Collector) -> list[str | None]:
    placed = [mapping.column_for(h) if h else None for h in raw.header]
    for i, name in enumerate(placed):  # "Applied?" / "Interview" holding yes/no: no dates
        if name in _CHECKBOX_MEANS and out.lenient and is_checkbox(raw.rows[i]):
            placed[i] = None
            out.add("warning", "checkbox_column", f"'{raw.header[i]}' holds yes/no, not "
                    f"dates: {_CHECKBOX_MEANS[name]}", row=1, column=raw.header[i])
    for i, header in enumerate(raw.header):  # fallback aliases only fill what is left
        name = mapping.column_for(header, weak=True) if header and placed[i] is None else None
        if name is not None and name not in placed:
            placed[i] = name
            what = "dates" if name == "applied_on" else "values"
            out.add("warning", "fallback_column",
                    f"{name} read from '{header}', the closest column there is; check that "
                    f"these {what} mean what you expect", row=1, column=header)
    if out.lenient and "company" not in placed:
        _unnamed_company(raw, placed, out)
    return placed


def _unnamed_company(raw: RawTable, placed: list[str | None], out: Collector) -> None:
    """Read the first column without a header as the company when it holds names (a
    sheet whose first column is the company, its header cell left empty), not numbers."""
    for i, header in enumerate(raw.header):
        if header or placed[i] is not None:
            continue
        values = raw.rows[i][raw.rows[i] != ""]
        if len(values) and not values.str.fullmatch(r"[\d\s.,:/\-]+").mean() > 0.5:
            placed[i] = "company"
            out.add("warning", "unnamed_column",
                    f"column {i + 1} has no header; its names are read as the company",
                    row=1, column=f"column {i + 1}")
        return


def _check_placed(mapping: Mapping, canonical: dict[str, int], extras: dict[str, int],
                  out: Collector) -> None:
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


def _rank(name: str, header: str, mapping: Mapping) -> tuple[int, int]:
    """How strongly a header claims ``name`` (lower wins): a header saying "status" is
    the status a person reads (not "stage" or a free-text "outcome"); otherwise the
    alias declared first ("channel" before "source")."""
    key = normalize_label(header)
    declared = [normalize_label(a) for a in mapping.aliases.get(name, ())]
    index = declared.index(key) if key in declared else len(declared)
    says_status = name == "outcome" and "status" in key.split()
    return (0 if says_status else 1), index


def _settle_claims(raw: RawTable, mapping: Mapping, placed: list[str | None],
                   out: Collector) -> None:
    """A lenient load keeps the strongest of several columns claiming one field; the
    others stay extra columns, with a warning. Strict mode refuses the file, and so does
    a tie (two columns with the same header)."""
    if not out.lenient:
        return
    for name in {n for n in placed if n is not None and placed.count(n) > 1}:
        claims = [i for i, n in enumerate(placed) if n == name]
        ranks = sorted(_rank(name, raw.header[i], mapping) for i in claims)
        if ranks[0] == ranks[1]:
            continue
        best = min(claims, key=lambda i: _rank(name, raw.header[i], mapping))
        for i in claims:
            if i != best:
                placed[i] = None
                out.add("warning", "duplicate_column",
                        f"columns {best + 1} ('{raw.header[best]}') and {i + 1} "
                        f"('{raw.header[i]}') both could hold {name}; '{raw.header[best]}' "
                        f"is read as {name}, '{raw.header[i]}' is kept as an extra column",
                        row=1, column=raw.header[i])


def place_columns(raw: RawTable, mapping: Mapping, out: Collector
                  ) -> tuple[dict[str, int], dict[str, int]]:
    """Map canonical names and extra columns to column positions; report what does not fit."""
    canonical: dict[str, int] = {}
    extras: dict[str, int] = {}
    placed = _placed_names(raw, mapping, out)
    _settle_claims(raw, mapping, placed, out)
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
    _check_placed(mapping, canonical, extras, out)
    return canonical, extras


def _cells(n: int) -> str:
    return f"{n} cell{'s' if n != 1 else ''} only make{'s' if n == 1 else ''} sense"


def date_order(raw: RawTable, mapping: Mapping, columns: dict[str, pd.Series],
               out: Collector, cache: Factorized) -> str:
    """DMY or MDY: from the mapping, else from dates only one order can read.

    When both orders have such dates, strict mode refuses the file; a lenient load
    reads the file in the order more cells need (the others are read their own way).
    """
    if mapping.date_order != "auto":
        return mapping.date_order
    day = month = ambiguous = None
    day_at = month_at = None
    days = months = 0
    for name, values in columns.items():
        d, m, a = numeric_date_evidence(values, cache)
        days, months = days + int(d.sum()), months + int(m.sum())
        if d.any() and day is None:
            day, day_at = name, int(raw.rows.index[int(np.flatnonzero(d.to_numpy())[0])])
        if m.any() and month is None:
            month, month_at = name, int(raw.rows.index[int(np.flatnonzero(m.to_numpy())[0])])
        if a.any():
            ambiguous = name
    if day and month and not out.lenient:
        out.add("error", "mixed_date_order",
                f"dates are written day-first in row {day_at} (column '{day}') and month-first "
                f"in row {month_at} (column '{month}'); use one order (best: 2026-03-25)")
        return "MDY"
    if day or month:
        order = "DMY" if days > months else "MDY"
        if day and month:
            words, few, other = (("day/month", months, "month/day") if order == "DMY"
                                 else ("month/day", days, "day/month"))
            out.add("warning", "date_order",
                    f"dates read as {words}: {_cells(max(days, months))} that way; "
                    f"{_cells(few)} as {other} and {'is' if few == 1 else 'are'} read so "
                    f"(first in row {month_at if order == 'DMY' else day_at}); check them")
        elif order != ("DMY" if raw.delimiter == ";" else "MDY"):  # not the usual order
            words = "day/month" if day else "month/day"
            out.add("warning", "date_order",
                    f"dates read as {words}: {_cells(max(days, months))} that way",
                    column=day or month)
        return order
    guess = "DMY" if raw.delimiter == ";" else "MDY"
    if ambiguous:
        words = "day/month" if guess == "DMY" else "month/day"
        out.add("warning", "ambiguous_dates",
                f"dates such as 03/04/2026 could be day/month or month/day; read as {words}. "
                f"Set 'date_order: {'MDY' if guess == 'DMY' else 'DMY'}' in a mapping file if "
                "that is wrong", column=ambiguous)
    return guess
