"""The results of outcome analytics: small frozen values that the faces only display.

``Applications`` is a validated log, ``Problem`` one thing wrong in it,
``ResponseTiming`` the Kaplan–Meier wait for an answer, and ``Analysis`` every
statistic with one ``Section`` per chart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from coachkit.outcomes.render import render_loaded
from coachkit.problem import Problem

__all__ = ["MAX_LISTED", "Analysis", "Applications", "Problem", "ResponseTiming", "Section",
           "StatusReading"]

MAX_LISTED = 40  # problems shown in a message; the rest are counted


@dataclass(frozen=True)
class StatusReading:
    """How one distinct status word was read: an OUTCOMES value or "unknown", and why."""

    word: str
    count: int
    reading: str
    how: str


@dataclass(frozen=True)
class Applications:
    """A validated application log: the frame, the problems, how columns were placed.

    ``left_out`` lists the rows and cells that could not be read (row, column, reason);
    ``rows_read`` counts the data rows in the file; ``status_readings`` says how each
    distinct status word was read; ``stage_columns`` maps each stage to its header.
    """

    frame: pd.DataFrame
    source: str
    problems: tuple[Problem, ...] = ()
    columns: dict[str, str] = field(default_factory=dict)  # canonical -> user's header
    extra_columns: tuple[str, ...] = ()
    left_out: tuple[Problem, ...] = ()
    rows_read: int = 0
    status_readings: tuple[StatusReading, ...] = ()
    stage_columns: dict[str, str] = field(default_factory=dict)  # stage -> user's header

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")

    def __len__(self) -> int:
        return len(self.frame)

    def _repr_html_(self) -> str:
        return render_loaded(self)

    def describe(self) -> str:
        """One paragraph: what was loaded and how, then the warnings."""
        lines = [f"{self.source}: {len(self.frame)} applications."]
        if self.left_out:
            rows = len({p.row for p in self.left_out if p.message.endswith("(row left out)")})
            cells = sum(p.message.endswith("(value left out)") for p in self.left_out)
            lines.append(f"Left out as unreadable: {rows} of {self.rows_read} rows and {cells} "
                         "cells (listed below).")
        if self.extra_columns:
            lines.append("Kept as extra columns: " + ", ".join(self.extra_columns) + ".")
        lines += [f"warning: {p}" for p in self.warnings[:MAX_LISTED]]
        if len(self.warnings) > MAX_LISTED:
            lines.append(f"… and {len(self.warnings) - MAX_LISTED} more warnings")
        return "\n".join(lines)


@dataclass(frozen=True)
class ResponseTiming:
    """Kaplan–Meier estimate of the wait for an answer, in days.

    ``curve`` has one row per day with an answer: day, at_risk, answered, waiting
    (the survival estimate: share still without an answer), ci_low, ci_high (95%
    pointwise, log-log) and answered_share = 1 - waiting. ``median`` is NaN when
    fewer than half the applications have been answered (not reached); ``longest``
    is the longest time any application was followed (NaN when there is none).
    """

    curve: pd.DataFrame
    median: float
    median_ci: tuple[float, float]
    n: int
    answered: int
    censored: int
    reply_days: np.ndarray  # observed waits of the answered applications
    as_of: pd.Timestamp
    longest: float = float("nan")  # the longest wait observed, answered or not


@dataclass(frozen=True)
class Section:
    """One chart: its key, title, sentence, the table behind it, and how to draw it.

    The sentence names the applications the chart counts. When ``empty`` is True the
    chart would have nothing to show and the sentence stands in for it.
    """

    key: str
    title: str
    sentence: str
    table: pd.DataFrame
    draw: Callable[[], object] = field(repr=False)
    empty: bool = False  # nothing to draw: the faces show the sentence alone


@dataclass(frozen=True)
class Analysis:
    """The overall figures and one Section per chart, in display order.

    ``headline`` leads with the Kaplan–Meier share answered by day ``silence_days`` and
    the typical wait; ``overall`` and ``rates`` count applications waiting more than
    ``silence_days`` days as no answer.
    """

    n: int
    as_of: pd.Timestamp
    overall: pd.DataFrame
    headline: str
    sections: tuple[Section, ...]
    rates: dict[str, pd.DataFrame]
    silence_days: int = 0  # more days than this without an answer count as no answer
    silence_note: str = ""  # where silence_days came from, in one sentence
    timing: ResponseTiming | None = None

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)
