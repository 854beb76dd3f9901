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
    """Every problem found so far, and which rows have an error."""

    def __init__(self, rows: pd.Index) -> None:
        self.rows = rows
        self.items: list[Problem] = []
        self.bad_rows = np.zeros(len(rows), dtype=bool)
        self.skip = np.zeros(len(rows), dtype=bool)  # rows left out: no problems reported

    def has_errors(self) -> bool:
        """Whether any problem found so far stops the load."""
        return any(p.severity == "error" for p in self.items)

    def add(self, severity: str, code: str, message: str, row: int | None = None,
            column: str | None = None, value: str | None = None) -> None:
        """Add one problem about the file, a column or a row."""
        self.items.append(Problem(severity, code, message, row, column, value))

    def cells(self, mask: pd.Series | np.ndarray, severity: str, code: str, column: str | None,
              values: pd.Series | None, template: str) -> None:
        """Add one problem per row in mask; template may use {value}."""
        positions = np.flatnonzero(np.asarray(mask, dtype=bool) & ~self.skip)
        if severity == "error":
            self.bad_rows[positions] = True
        for pos in positions:
            value = None if values is None else str(values.iloc[pos])
            shown = value if value is None or len(value) <= 60 else value[:57] + "…"
            self.items.append(Problem(severity, code, template.format(value=shown),
                                      int(self.rows[pos]), column, value))

    def leave_out_bad_rows(self) -> None:
        """Turn each error into a warning that its row is left out."""
        self.items = [Problem("warning", p.code, p.message + " (row left out)", p.row, p.column,
                              p.value) if p.severity == "error" else p for p in self.items]
