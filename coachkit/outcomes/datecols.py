"""What a lenient load says about the date cells it had to work at, and the stage column.

One warning per column and kind of fix (approximate dates, dates without a year, dates
read in the other day/month order, cells holding several dates), with the count and
the first row as an example, so a 100,000-row log gets a few lines, not thousands.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coachkit.outcomes.cells import DateCells
from coachkit.outcomes.collect import Collector
from coachkit.outcomes.stages import in_order, stage_tuples

__all__ = ["EVENT_STAGES", "LATER_STAGE", "report_fallbacks", "stages_column"]

# the stage a later date in a two-date cell is, by the column it was found in
LATER_STAGE = {"applied_on": "later event", "interviewed_at": "further interviews",
               "follow_up_sent_at": "further follow-up", "response_at": "later answer"}
# the later dates that are not interviews (a second date in an applied or answer cell)
EVENT_STAGES = frozenset(v for k, v in LATER_STAGE.items() if k != "interviewed_at")


def _first(mask: pd.Series, out: Collector) -> tuple[int, int]:
    positions = np.flatnonzero(mask.to_numpy())
    return len(positions), int(out.rows[positions[0]])


def report_fallbacks(out: Collector, label: str | None, cells: DateCells,
                     values: pd.Series) -> None:
    """Warn once per kind of fix made to the dates of one column."""
    kinds = [
        (cells.approximate, "date_approximate",
         "approximate dates read as the date given and flagged: {n} (such as {value!r}, row "
         "{row})"),
        (cells.yearless, "date_year_inferred",
         "dates without a year given the year of the neighbouring rows: {n} (such as "
         "{value!r}, row {row}, read as {date}); check them"),
        (cells.flipped, "date_other_order",
         "dates only readable in the other day/month order, read that way: {n} (such as "
         "{value!r}, row {row})"),
        (cells.later.map(bool) if len(cells.later) else cells.approximate & False,
         "date_several", "cells holding several dates: {n} (such as {value!r}, row {row}); "
         "the first is read as the date, the later ones as later stages"),
    ]
    for mask, code, template in kinds:
        if not mask.any():
            continue
        n, row = _first(mask, out)
        pos = int(np.flatnonzero(mask.to_numpy())[0])
        date = cells.parsed.iloc[pos]
        text = template.format(n=n, value=str(values.iloc[pos]),
                               row=row, date=f"{date:%Y-%m-%d}" if pd.notna(date) else "?")
        out.add("warning", code, text, column=label)


def stages_column(stages: dict[str, tuple[pd.Series, np.ndarray]],
                  later: dict[str, pd.Series], n: int) -> np.ndarray:
    """The ``stages`` tuples, with the later dates of two-date cells added as stages."""
    column = stage_tuples(stages, n)
    for name, dates in later.items():
        if not len(dates):
            continue
        for row in np.flatnonzero(dates.map(bool).to_numpy()):
            items = list(column[row]) + [(LATER_STAGE[name], d) for d in dates.iloc[row]]
            column[row] = tuple(in_order(items))
    return column
