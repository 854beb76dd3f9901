"""The workshop folder's layout: file names, participant codes, and what reading it yields."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from coachkit.errors import WorkshopError
from coachkit.limits import SUBMISSION_BYTES
from coachkit.model import Draft, InterviewNotes
from coachkit.paths import ENV_WORKSHOP, workshop_folder

__all__ = ["ENV_FOLDER", "FORMAT", "Fingerprint", "Problem", "Scan", "Submission",
           "check_code", "default_folder"]

FORMAT = "coachkit-workshop-submission"
FORMAT_VERSION = 1
EXERCISE_FILE = "exercise.yml"
SUBMISSIONS = "submissions"
MAX_SUBMISSION_BYTES = SUBMISSION_BYTES
STALE_TEMP_SECONDS = 600.0  # seconds after which a temporary file is a left-over, not a write
_CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{1,31}$")
# names Windows cannot give a file or folder (a workshop folder may be on a Windows share)
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
             *(f"lpt{i}" for i in range(10))}
_FILE_RE = re.compile(r"^(?P<code>[a-z0-9][a-z0-9_-]{1,31})-r(?P<rev>\d{4,})\.json$")


Fingerprint = tuple[tuple[Any, ...], ...]
ENV_FOLDER = ENV_WORKSHOP  # the folder the workshop app submits to


def default_folder(exercise_id: str = "") -> Path:
    """``$COACHKIT_WORKSHOP`` if set, else ``workshops/<exercise id>`` in the user's
    coachkit folder (``$COACHKIT_HOME`` or the platform's user data folder)."""
    return workshop_folder(exercise_id)


def check_code(code: str) -> str:
    """The participant code, lower-cased; WorkshopError if it cannot name a folder."""
    clean = (code or "").strip().lower()
    if not _CODE_RE.match(clean) or clean.split(".")[0] in _RESERVED:
        raise WorkshopError(
            f"participant code {code!r}: use 2 to 32 letters, digits, '-' or '_', starting "
            "with a letter or digit, no spaces (for example blue-heron-7). Choose a code, "
            "not your name.")
    return clean


@dataclass(frozen=True)
class Submission:
    """One submitted draft, as read back from the folder."""

    participant: str
    revision: int
    submitted_at: datetime
    kind: str
    subject: str
    body: str
    sender: str = ""
    notes: InterviewNotes | None = None
    parts: dict[str, str] = field(default_factory=dict)
    claimed: dict[str, Any] = field(default_factory=dict)  # the score the composer showed
    path: str = ""

    def draft(self) -> Draft:
        """The submitted message (when it is sent is the exercise's to say)."""
        return Draft(body=self.body, subject=self.subject or None, kind=self.kind)


@dataclass(frozen=True)
class Problem:
    """A file in the folder that was skipped, and why."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Scan:
    """What a workshop folder holds: every readable submission and every problem."""

    submissions: tuple[Submission, ...]
    problems: tuple[Problem, ...]

    @property
    def latest(self) -> tuple[Submission, ...]:
        """Each participant's newest revision, by participant code."""
        newest: dict[str, Submission] = {}
        for sub in self.submissions:
            if sub.participant not in newest or sub.revision > newest[sub.participant].revision:
                newest[sub.participant] = sub
        return tuple(newest[k] for k in sorted(newest))

