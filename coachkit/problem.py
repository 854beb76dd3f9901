"""``Problem``: one thing wrong in a file the user gave us, with where it is and how bad.

It lives in the base layer so that ``coachkit.errors`` can carry the problems of
a failed load as objects (row, column, value, reason code), not only as text.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Problem"]


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
