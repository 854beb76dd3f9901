"""Interview stages: columns such as Recruiter call, Phone screen, Coding challenge, On-site.

A stage column holds a date, or a mark (yes, x, ✓) when the stage happened without a
date. Each row gets a ``stages`` tuple of (stage, date or NaT), dated stages first in
the order they happened; the first dated stage fills an empty ``interviewed_at``.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from coachkit.outcomes.cells import DATE_IN_TEXT, read_date_cells
from coachkit.outcomes.dates import Factorized, per_unique
from coachkit.outcomes.mapping import Mapping, normalize_label

__all__ = ["NOT_REACHED", "REACHED", "in_order", "place_stages", "read_stage", "stage_tuples"]

REACHED = frozenset({"yes", "y", "x", "✓", "✔", "✅", "true", "done", "passed", "pass",
                     "completed", "complete", "ok", "scheduled", "booked", "had", "did",
                     "1", "failed", "fail"})
NOT_REACHED = frozenset({"", "no", "n", "false", "0", "not yet", "cancelled", "canceled",
                         "none", "n a", "na", "skipped", "expired", "missed", "declined",
                         "not taken", "not done", "did not take", "didn t take", "ignored",
                         "tbd", "pending", "not scheduled", "no show"})
_COUNT = re.compile(r"^\d{1,2}$")
_SHARE = 0.5  # a stage column: at least half its filled cells are dates or marks


def _looks_like_stage(values: pd.Series, mapping: Mapping, cache: Factorized) -> bool:
    """Whether most filled cells are dates, marks, counts, or name a stage or its tool
    ("CodeSignal" in a Coding Challenge column): not names of people or free text."""
    def kind(uniques: pd.Series) -> pd.Series:
        words = uniques.astype(str).map(normalize_label)
        mark = words.isin(REACHED) | words.isin(NOT_REACHED) | words.str.match(_COUNT)
        named = words.map(lambda w: mapping.stage_for(w) is not None)
        dated = uniques.astype(str).map(lambda t: bool(DATE_IN_TEXT.search(t)))
        return mark | named | dated

    filled = values != ""
    if not filled.any():
        return True  # the header says so, and nobody reached the stage yet
    ok = per_unique(values, kind, cache)
    return bool(ok[filled].mean() >= _SHARE)


def place_stages(header: list[str], cols: list[pd.Series], mapping: Mapping,
                 extras: dict[str, int], cache: Factorized) -> dict[str, int]:
    """Take the stage columns out of ``extras``: {stage name: column position}."""
    stages: dict[str, int] = {}
    for label, i in list(extras.items()):
        stage = mapping.stage_for(header[i]) if header[i] else None
        if stage is None or not _looks_like_stage(cols[i], mapping, cache):
            continue
        name, n = stage, 2
        while name in stages:
            name, n = f"{stage} ({n})", n + 1
        stages[name] = i
        del extras[label]
    return stages


def read_stage(values: pd.Series, order: str, as_of: pd.Timestamp, cache: Factorized
               ) -> tuple[pd.Series, np.ndarray]:
    """The dates of one stage column and which rows reached the stage."""
    words = per_unique(values, lambda u: u.astype(str).map(normalize_label), cache)
    reached = ~words.isin(NOT_REACHED).to_numpy()
    marks = words.isin(REACHED)
    cells = read_date_cells(values.where(~marks, ""), order, as_of, cache=None)
    return cells.parsed.where(pd.Series(reached, index=values.index)), reached


def stage_tuples(stages: dict[str, tuple[pd.Series, np.ndarray]], n: int
                 ) -> np.ndarray:
    """One tuple of (stage, date or NaT) per row, in the order of ``in_order``.

    Rows are grouped by which stages they reached in which order, so the tuples are
    built group by group rather than by sorting every row.
    """
    out = np.empty(n, dtype=object)
    out.fill(())
    names = list(stages)
    if not names:
        return out
    series = [stages[s][0] for s in names]
    reached = np.column_stack([stages[s][1] for s in names])
    dates = np.column_stack([stages[s][0].to_numpy(dtype="datetime64[ns]").view("int64")
                             for s in names])
    dated = dates != np.iinfo(np.int64).min
    keys = np.empty_like(dates)
    upcoming = np.full(n, np.iinfo(np.int64).max)
    for j in range(len(names) - 1, -1, -1):  # an undated stage sorts before the next dated
        upcoming = np.where(dated[:, j] & reached[:, j], dates[:, j], upcoming)
        keys[:, j] = upcoming
    keys = np.where(reached, keys, np.iinfo(np.int64).max)
    order = np.argsort(keys, axis=1, kind="stable")
    ranked = np.take_along_axis(reached, order, axis=1)
    signature = np.where(ranked, order, -1)
    groups, which = np.unique(signature, axis=0, return_inverse=True)
    for g, sig in enumerate(groups):
        cols = [int(j) for j in sig if j >= 0]
        if not cols:
            continue
        rows = np.flatnonzero(which.ravel() == g)
        labels = [names[j] for j in cols]
        boxed = [list(series[j].iloc[rows]) for j in cols]  # Timestamps and NaT at once
        for row, *when in zip(rows, *boxed, strict=True):
            out[row] = tuple(zip(labels, when, strict=True))
    return out


def in_order(items: list[tuple[str, pd.Timestamp]]) -> list[tuple[str, pd.Timestamp]]:
    """Stages by date; an undated one stays just before the next dated stage after it."""
    keys, upcoming = [], pd.Timestamp.max
    for position in range(len(items) - 1, -1, -1):
        date = items[position][1]
        if pd.notna(date):
            upcoming = date
        keys.append((upcoming, position))
    keys.reverse()
    return [item for _, item in sorted(zip(keys, items, strict=True), key=lambda p: p[0])]
