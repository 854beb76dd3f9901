"""WorkshopSession: a compose session on a workshop's exercise, with submissions.

The exercise fixes the kind, the scenario notes, the coach's rules and the timing; the
participant's drafts go to the room's own journal, and *Submit* hands the draft in to
the workshop folder under a participant code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coachkit.compose.composition import Composition
from coachkit.compose.session import ComposeSession
from coachkit.errors import CoachkitError, InputError
from coachkit.paths import room_drafts_path
from coachkit.store import DraftJournal
from coachkit.workshop.exercise import Exercise
from coachkit.workshop.folder import WorkshopFolder, check_code

__all__ = ["Submitted", "WorkshopSession", "coach_rules"]


@dataclass(frozen=True)
class Submitted:
    """A draft handed in to the workshop: the clean code, the file and its revision."""

    code: str
    path: Path
    revision: int


class WorkshopSession(ComposeSession):
    """A session on ``workshop`` (a folder or its path). A folder that cannot be read
    is a notice; the session then composes as an ordinary one and refuses to submit.
    ``draft`` defaults to None: one server, many participants, so no draft is reopened
    by its notes."""

    def __init__(self, workshop: str | Path | WorkshopFolder, *, sender: str = "",
                 journal: DraftJournal | bool | None = None, draft: str | None = None,
                 now: Callable[[], datetime] = datetime.now,
                 notes: object = None, kind: str = "thank_you") -> None:
        self.workshop = workshop if isinstance(workshop, WorkshopFolder) \
            else WorkshopFolder(workshop)
        early: list[str] = []
        try:
            self.exercise: Exercise | None = self.workshop.exercise()
        except CoachkitError as error:
            early.append(f"Workshop not available: {error}")
            self.exercise = None
        rules, timed = None, True
        if self.exercise is not None:
            ex = self.exercise
            notes, kind, rules = ex.scenario, ex.kind, ex.rules()
            if ex.sent_at is not None:
                sent_at = ex.sent_at
                now = lambda: sent_at  # noqa: E731 - scored as if sent when the exercise says
            else:
                timed = False  # the room writes now; when it is sent is not judged
            if draft == "auto":
                draft = None
        super().__init__(notes, kind=kind, sender=sender, journal=journal,  # type: ignore[arg-type]
                         draft=draft, now=now, rules=rules, timed=timed)
        self.notices[:0] = early

    def journal_path(self) -> Path | None:
        """The room's drafts journal: apart from the personal drafts of whoever serves the
        page, and not in the workshop folder (which may be a network share)."""
        if self.exercise is None:
            return None
        return self.room_journal_path()

    def room_journal_path(self) -> Path:
        """Where this room's drafts are kept (InputError without an exercise)."""
        if self.exercise is None:
            raise InputError("not in workshop mode: there is no room journal")
        return room_drafts_path(self.exercise.id)

    def submit(self, code: str) -> Submitted:
        """Hand in the draft as it is now (with its last score) under ``code``."""
        folder = self._room()
        clean = check_code(code)
        c = self.composition
        draft = c.assemble().draft
        path = folder.submit(clean, subject=draft.subject or "", body=draft.body, kind=c.kind,
                             sender=c.sender, notes=c.notes, parts=dict(c.parts),
                             report=self.report)
        return Submitted(clean, path, int(path.stem.rsplit("-r", 1)[1]))

    def last_submission(self, code: str) -> tuple[str, int, Composition]:
        """The newest submission under ``code`` as a composition to write on:
        (clean code, revision, composition); InputError when there is none."""
        folder = self._room()
        clean = check_code(code)
        history = folder.history(clean)
        if not history:
            raise InputError(f"Nothing submitted under {clean} yet.")
        last, current = history[-1], self.composition
        return clean, last.revision, Composition(
            kind=current.kind, notes=current.notes, parts=dict(last.parts),
            subject=last.subject, sender=last.sender)

    def _room(self) -> WorkshopFolder:
        return self.workshop


def coach_rules(exercise: Exercise) -> list[str]:
    """The coach's extra rules of an exercise, as short phrases for its brief."""
    rules = []
    if exercise.pack.word_band:
        rules.append(f"aim for {exercise.pack.word_band[0]}–{exercise.pack.word_band[1]} words")
    if exercise.pack.avoid:
        phrases = ", ".join(f"“{e['phrase']}”" for e in exercise.pack.entries())
        rules.append(f"avoid {phrases}")
    return rules
