"""The state shared by the steps of ``validate``: one file's placed columns and cells."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from coachkit.outcomes.collect import Collector
from coachkit.outcomes.dates import Factorized, per_unique
from coachkit.outcomes.mapping import Mapping
from coachkit.outcomes.model import StatusReading
from coachkit.outcomes.reading import RawTable

__all__ = ["DATE_COLUMNS", "EMPTY_MARKS", "Log", "blank_placeholders", "filled_besides"]

DATE_COLUMNS = ("applied_on", "interviewed_at", "follow_up_sent_at", "response_at")
# what trackers write into a cell that has no value (Simplify: N/A, Huntr: -)
EMPTY_MARKS = frozenset({"n/a", "na", "-", "--", "—", "–", "none", "null", "nan", "#n/a"})


@dataclass
class Log:
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
    as_of: pd.Timestamp
    overrides: dict[str, str]  # the user's status readings, normalised word -> reading
    stages: dict[str, int]  # stage name -> column position
    order: str = "MDY"
    readings: tuple[StatusReading, ...] = ()
    status: pd.DataFrame | None = None  # reading, date text of each status cell
    histories: dict[str, int] = field(default_factory=dict)  # stage-history columns


def filled_besides(log: Log, names: tuple[str, ...]) -> np.ndarray:
    """Rows with a value in any column but the canonical ``names`` (a role, a link...)."""
    skip = {log.canonical[n] for n in names if n in log.canonical}
    found = np.zeros(len(log.raw.rows), dtype=bool)
    for i, values in enumerate(log.cols):
        if i in skip:
            continue
        codes, uniques = log.cache(values)  # each distinct cell looked at once
        marks = pd.Series(uniques, dtype=object).astype(str).str.strip().str.lower()
        found |= ((marks != "") & ~marks.isin(EMPTY_MARKS)).to_numpy()[codes]
    return found


def blank_placeholders(values: pd.Series, cache: Factorized) -> pd.Series:
    """Cells holding an 'empty' mark (N/A, -, none...) read as empty."""
    return per_unique(values, lambda u: u.where(~u.str.strip().str.lower().isin(EMPTY_MARKS),
                                                ""), cache)


