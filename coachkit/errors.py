"""The exceptions coachkit raises, in one tree.

    CoachkitError                 base of everything below
    ├── InputError                something the user gave us cannot be used
    │   ├── NotesError            interview notes: bad file, bad field values
    │   ├── DraftError            a draft file that cannot be read as text
    │   ├── RulesError            a rules file (phrase lists, thresholds, switches)
    │   ├── ApplicationsError     an application log (CSV/XLSX) or its column mapping
    │   ├── WorkshopError         an exercise file, a workshop folder or a participant code
    │   └── LimitError            an input over a size, count or depth limit (coachkit.limits)
    └── StoreError                the drafts journal or applications store: unreadable
        │                         file, bad content, locked
        ├── DraftNotFound         no such draft (or version); also a KeyError
        └── ApplicationNotFound   no such application, or an ambiguous id; also a KeyError

Every message names the file, the field (or row and column) and what was
expected, so it can be shown to a user as it is, without a traceback.
"""

from __future__ import annotations

from coachkit.problem import Problem

__all__ = [
    "ApplicationNotFound",
    "ApplicationsError",
    "CoachkitError",
    "DraftError",
    "DraftNotFound",
    "InputError",
    "LimitError",
    "NotesError",
    "RulesError",
    "StoreError",
    "WorkshopError",
]


class CoachkitError(Exception):
    """Base class of every error coachkit raises on purpose."""


class InputError(CoachkitError, ValueError):
    """Input from the user that cannot be used; the message says how to fix it."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


class NotesError(InputError):
    """Interview notes that are missing, malformed or have invalid fields."""


class DraftError(InputError):
    """A draft that cannot be read as text."""


class RulesError(InputError):
    """A rules file (phrase lists, thresholds, check switches) that is malformed."""


class StoreError(CoachkitError):
    """The drafts journal cannot be opened, read or written; the message names the file."""


class DraftNotFound(StoreError, KeyError):
    """No draft (or no such version of it) in the journal; the message names the id."""

    def __str__(self) -> str:
        # KeyError would show the message quoted, as if it were a key
        return str(self.args[0]) if self.args else ""


class ApplicationNotFound(StoreError, KeyError):
    """No application with that id (or a prefix matching several) in the store."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class ApplicationsError(InputError):
    """An application log that cannot be used; ``problems`` holds every fatal ``Problem``."""

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.problems: tuple[Problem, ...] = problems  # row, column, value, reason code


class WorkshopError(InputError):
    """An exercise file, workshop folder or participant code that cannot be used."""


class LimitError(InputError):
    """An input over one of the limits in ``coachkit.limits``; the message names the limit."""
