"""Collect the problems of a log while validating it, and word the error of a failed load."""

from __future__ import annotations

import numpy as np
import pandas as pd

from coachkit.errors import ApplicationsError
from coachkit.outcomes.model import MAX_LISTED
from coachkit.problem import Problem

__all__ = ["Collector", "failure", "problems_message"]


def problems_message(source: str, problems: list[Problem] | tuple[Problem, ...]) -> str:
    """The message of a failed load: every error first (up to MAX_LISTED), then a count."""
    errors = [p for p in problems if p.severity == "error"]
    head = (f"{source}: {len(errors)} problem{'s' if len(errors) != 1 else ''} to fix "
            "before the log can be used")
    lines = [head] + [f"  {p}" for p in errors[:MAX_LISTED]]
    if len(errors) > MAX_LISTED:
        lines.append(f"  … and {len(errors) - MAX_LISTED} more")
    return "\n".join(lines)


def failure(source: str, problems: list[Problem]) -> ApplicationsError:
    """The error of a load stopped by ``problems``: the message and every error in it."""
    return ApplicationsError(problems_message(source, problems),
                             tuple(p for p in problems if p.severity == "error"))


class Collector:
    """Every problem found so far, which rows have an error, and what an error loses.

    An error loses its ``row`` (the row cannot be used) or only its ``cell`` (the row
    is kept without the value); ``settle`` turns the errors of a lenient load into
    warnings saying what was left out.
    """

    def __init__(self, rows: pd.Index, errors: str = "raise") -> None:
        self.rows = rows
        self.errors = errors  # raise | skip | lenient
        self.items: list[Problem] = []
        self.bad_rows = np.zeros(len(rows), dtype=bool)
        self.skip = np.zeros(len(rows), dtype=bool)  # rows left out: no problems reported
        self._loses: dict[int, str] = {}  # id of an error Problem -> "row" | "cell"
        self.left_out: list[Problem] = []

    @property
    def lenient(self) -> bool:
        """Whether unreadable cells and rows are left out instead of stopping the load."""
        return self.errors == "lenient"

    def strict_error(self) -> str:
        """The severity of what strict mode refuses but a lenient load only reports."""
        return "warning" if self.lenient else "error"

    def has_errors(self) -> bool:
        """Whether any problem found so far stops the load."""
        return any(p.severity == "error" for p in self.items)

    def add(self, severity: str, code: str, message: str, row: int | None = None,
            column: str | None = None, value: str | None = None) -> None:
        """Add one problem about the file, a column or a row."""
        self.items.append(Problem(severity, code, message, row, column, value))

    def cells(self, mask: pd.Series | np.ndarray, severity: str, code: str, column: str | None,
              values: pd.Series | None, template: str, *, loses: str = "row") -> None:
        """Add one problem per row in mask; template may use {value}.

        An error that ``loses="cell"`` leaves its row usable in a lenient load.
        """
        positions = np.flatnonzero(np.asarray(mask, dtype=bool) & ~self.skip)
        if severity == "error" and (loses == "row" or not self.lenient):
            self.bad_rows[positions] = True
        texts = None if values is None else values.to_numpy()[positions]
        rows = self.rows.to_numpy()[positions]
        for k in range(len(positions)):
            value = None if texts is None else str(texts[k])
            shown = value if value is None or len(value) <= 60 else value[:57] + "…"
            problem = Problem(severity, code, template.format(value=shown),
                              int(rows[k]), column, value)
            if severity == "error":
                self._loses[id(problem)] = loses
            self.items.append(problem)

    def settle(self) -> None:
        """Turn each error into a warning saying whether its row or only its value was
        left out, and list them in ``left_out``."""
        items = []
        for p in self.items:
            if p.severity == "error":
                lost = "row" if self.errors == "skip" else self._loses.get(id(p), "row")
                what = "row left out" if lost == "row" else "value left out"
                p = Problem("warning", p.code, f"{p.message} ({what})", p.row, p.column,
                            p.value)
                self.left_out.append(p)
            items.append(p)
        self.items = items

