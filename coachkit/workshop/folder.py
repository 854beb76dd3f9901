"""A workshop folder: the exercise, and one JSON file per submission of each participant.

Layout (a local folder or a shared drive)::

    DIR/exercise.yml                       the exercise the room is doing
    DIR/submissions/<code>/<code>-r0001.json  a participant's first submission
    DIR/submissions/<code>/<code>-r0002.json  ...and a later one; earlier ones stay

Names, codes and the records read back live in ``coachkit.workshop.layout``; writing
a submission atomically in ``submitting``; reading the folder in ``scanning``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coachkit.errors import WorkshopError
from coachkit.model import InterviewNotes, Report
from coachkit.workshop import scanning
from coachkit.workshop.exercise import Exercise, load_exercise
from coachkit.workshop.layout import (  # noqa: F401  (importable from here, as before)
    ENV_FOLDER,
    EXERCISE_FILE,
    FORMAT,
    FORMAT_VERSION,
    MAX_SUBMISSION_BYTES,
    STALE_TEMP_SECONDS,
    SUBMISSIONS,
    Fingerprint,
    Problem,
    Scan,
    Submission,
    check_code,
    default_folder,
)
from coachkit.workshop.submitting import link_next, write_exclusive

__all__ = ["ENV_FOLDER", "FORMAT", "Fingerprint", "Problem", "Scan", "Submission", "WorkshopFolder",
           "check_code", "default_folder"]


class WorkshopFolder:
    """The folder a workshop collects its drafts in."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        self._exercise: tuple[float, Exercise] | None = None

    @classmethod
    def create(cls, path: str | Path, exercise: Exercise | str | Path) -> WorkshopFolder:
        """Set up ``path`` for an exercise (made if missing). A folder already set up for
        the same exercise is reused; one set up for another is refused, never changed."""
        import yaml

        if not isinstance(exercise, Exercise):
            exercise = load_exercise(exercise)
        folder = cls(path)
        target = folder.path / EXERCISE_FILE
        if target.exists():
            current = folder.exercise()
            if current.to_dict() != exercise.to_dict():
                raise WorkshopError(
                    f"{folder.path} is already set up for the exercise “{current.title}” "
                    f"({current.id}); choose an empty folder for “{exercise.title}”")
            return folder
        text = ("# The exercise this workshop folder collects drafts for.\n"
                + yaml.safe_dump(exercise.to_dict(), sort_keys=False, allow_unicode=True))
        try:
            (folder.path / SUBMISSIONS).mkdir(parents=True, exist_ok=True)
            write_exclusive(target, text.encode("utf-8"))
        except FileExistsError:
            return cls.create(path, exercise)  # set up at the same moment by someone else
        except OSError as exc:
            raise WorkshopError(f"{folder.path}: cannot set up the workshop folder "
                                f"({exc.strerror or exc})") from None
        return folder

    def exercise(self) -> Exercise:
        """The folder's exercise (read again when the file changes)."""
        target = self.path / EXERCISE_FILE
        try:
            stamp = target.stat().st_mtime_ns
        except OSError:
            if not self.path.is_dir():
                raise WorkshopError(f"{self.path}: no such workshop folder") from None
            raise WorkshopError(
                f"{self.path}: not a workshop folder (no {EXERCISE_FILE}); set it up with "
                f"`coachkit workshop init {self.path} EXERCISE.yml`") from None
        if self._exercise is None or self._exercise[0] != stamp:
            self._exercise = (stamp, load_exercise(target))
        return self._exercise[1]

    # -- submitting ------------------------------------------------------------------
    def submit(self, code: str, *, subject: str, body: str, kind: str | None = None,
               sender: str = "", notes: InterviewNotes | None = None,
               parts: dict[str, str] | None = None, report: Report | None = None,
               now: datetime | None = None) -> Path:
        """Write one submission atomically under the participant's code; returns its path.
        Earlier submissions of the same code are kept."""
        exercise = self.exercise()
        code = check_code(code)
        if not (subject.strip() or body.strip()):
            raise WorkshopError("nothing to submit yet: write the message first")
        if len(body) + len(subject) > MAX_SUBMISSION_BYTES // 2:
            raise WorkshopError(f"this draft is {len(body) + len(subject):,} characters: far "
                                "too long to submit (a follow-up is a few hundred words)")
        record: dict[str, Any] = {
            "format": FORMAT, "format_version": FORMAT_VERSION,
            "exercise": exercise.id, "participant": code, "revision": 0,
            "submitted_at": (now or datetime.now(UTC)).astimezone().isoformat(),
            "kind": kind or exercise.kind, "subject": subject, "body": body,
            "sender": sender, "parts": dict(parts or {}),
            "notes": notes.to_dict() if notes is not None else None,
            "score": ({"overall": report.overall, "categories": report.categories}
                      if report is not None else None),
        }
        # what scan() would skip must not be accepted (multi-byte or escaped characters)
        size = len(json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
        if size > MAX_SUBMISSION_BYTES - 64:  # room for a longer revision number
            raise WorkshopError(f"this draft takes {size:,} bytes to save: far too long to "
                                "submit (a follow-up is a few hundred words)")
        folder = self.path / SUBMISSIONS / code
        for place in (folder.parent, folder):
            if place.is_symlink():  # scan() skips what is behind a link: never write there
                raise WorkshopError(f"{place}: is a symbolic link; submissions are only "
                                    "written inside the workshop folder itself")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return link_next(folder, code, record)
        except OSError as exc:
            raise WorkshopError(f"{folder}: could not save the submission "
                                f"({exc.strerror or exc}); nothing was lost from the "
                                "composer, try again") from None

    def history(self, code: str) -> list[Submission]:
        """Every submission of one participant, oldest first."""
        code = check_code(code)
        return [s for s in self.scan().submissions if s.participant == code]

    # -- reading ---------------------------------------------------------------------
    def fingerprint(self) -> Fingerprint:
        """What changes whenever a submission, a stray file or the exercise changes
        (names, sizes and modification times), found without reading any file: a cheap
        way to tell whether ``scan()`` would find anything new."""
        return scanning.fingerprint(self.path)

    def scan(self) -> Scan:
        """Read every submission; problems are collected, never raised."""
        return scanning.scan(self.path, self.exercise())
