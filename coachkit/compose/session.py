"""ComposeSession: one follow-up being written, everything but the controls.

A session owns the ``Composition``, the drafts journal it is saved to, the draft it
reopened, the clock and the exports. Workshop mode (the exercise and the submissions)
is ``coachkit.workshop.WorkshopSession``, built on this one. A composer widget only
shows a session and forwards what is typed; the same session can be driven from plain
Python (and is, in the tests).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coachkit.compose.composition import Assembly, Composition
from coachkit.compose.export import check_in_reminder, save_new, to_eml, to_text
from coachkit.errors import CoachkitError, InputError
from coachkit.model import Finding, InterviewNotes, Report
from coachkit.notes import load_notes
from coachkit.scoring.fixes import Edit, names_to_keep, plan

if TYPE_CHECKING:
    from coachkit.scoring.rules import Rules
    from coachkit.store import DraftJournal

__all__ = ["AppliedFix", "ComposeSession", "Scoring", "Sent"]


@dataclass(frozen=True)
class Scoring:
    """The outcome of one re-score: ``state`` is "scored", "empty" (nothing written yet),
    "too_long" (live scoring paused) or "failed" (``error`` says why)."""

    state: str
    assembly: Assembly
    report: Report | None = None
    error: str = ""
    by_step: dict[str, list[Finding]] = field(default_factory=dict)
    missing: tuple[str, ...] = ()  # titles of the required steps still empty


@dataclass(frozen=True)
class AppliedFix:
    """A fix applied to one part ("subject" or a step id): its text before and after."""

    where: str
    before: str
    after: str
    finding: Finding


@dataclass(frozen=True)
class Sent:
    """A follow-up as it went out: what the outcome log records (the keyword arguments of
    ``ApplicationStore.record_sent``, which the widget layer calls)."""

    notes: InterviewNotes
    kind: str
    sent_at: datetime
    score: int | None
    verdict: str | None
    draft_id: str | None
    draft_version: int | None


class ComposeSession:
    """One message being written: its composition, journal, clock and exports.

    ``notes`` may be InterviewNotes or the path of a notes file. ``draft`` is "auto"
    (reopen the draft last edited from the same notes file, or for notes given as values
    the same company and role; else start one), None (always start a new draft) or a
    draft id. ``journal`` is a DraftJournal, None or True (the one in the user's
    workspace) or False (keep nothing). ``now`` gives the time for the send-by clock and
    timeliness; ``rules`` replaces the default rules; ``timed=False`` leaves out when the
    message is sent (not judged, no send-by clock). Problems met on the way
    (a broken notes file, a damaged journal) are collected in ``notices``, never raised.
    """

    def __init__(self, notes: InterviewNotes | str | Path | None = None, *,
                 kind: str = "thank_you", sender: str = "",
                 journal: DraftJournal | bool | None = None, draft: str | None = "auto",
                 now: Callable[[], datetime] = datetime.now, rules: Rules | None = None,
                 timed: bool = True) -> None:
        self.now = now
        self.notices: list[str] = []
        self.rules = rules
        self.timed = timed  # False: when the message is sent is not judged
        self.notes_path = ""
        self.draft_id: str | None = None
        self.version: int | None = None
        self.report: Report | None = None
        self.applied_fixes: list[AppliedFix] = []  # newest last: what undo_fix takes back
        self._on_new_draft: list[Callable[[str], None]] = []
        source = ""
        if isinstance(notes, str | Path):
            self.notes_path, source = str(notes), str(Path(notes).expanduser().resolve())
            notes = self._load_notes(notes)
        self.start_notes = notes  # as given, before a draft is reopened
        self.composition = Composition(kind=kind, notes=notes, sender=sender, source=source,
                                       rules=self.rules)
        self.journal = self._open_journal(journal)
        self.reopen(draft)

    # -- opening ----------------------------------------------------------------
    def _load_notes(self, path: str | Path) -> InterviewNotes | None:
        try:
            return load_notes(path)
        except CoachkitError as error:
            self.notices.append(str(error))
            return None

    def _open_journal(self, journal: DraftJournal | bool | None) -> DraftJournal | None:
        if journal is False:
            return None
        if journal in (None, True):
            from coachkit.store import DraftJournal

            try:
                journal = DraftJournal(self.journal_path())
            except CoachkitError as error:
                self.notices.append(f"Drafts are not being saved: {error}")
                return None
        if getattr(journal, "read_only", ""):  # drafts can be opened, not saved
            self.notices.append(f"Drafts are not being saved: the drafts journal "
                                f"{journal.path} is read-only ({journal.read_only})")
        return journal  # type: ignore[return-value]

    def journal_path(self) -> Path | None:
        """Where drafts are kept when no journal is given (None: the user's own journal)."""
        return None

    # -- drafts -----------------------------------------------------------------
    def reopen(self, draft: str | None) -> bool:
        """Reopen a saved draft ("auto": the one matching these notes); False if none."""
        if self.journal is None or draft is None:
            return False
        try:
            draft_id = self.match() if draft == "auto" else draft
            if draft_id is None:
                return False
            saved = self.journal.latest(draft_id)
            composition = Composition.from_content(saved.content)
        except (CoachkitError, KeyError) as error:
            self.notices.append(f"Could not reopen the draft: {error}")
            return False
        self.adopt(composition, draft_id, saved.version)
        when = saved.saved_at.astimezone()
        self.notices.append(f"Reopened your draft “{composition.title}” "
                            f"(version {saved.version}, saved {when:%d %b %H:%M}).")
        return True

    def open_draft(self, draft_id: str) -> bool:
        """Replace the composition with a saved draft; the notices start afresh."""
        self.notices = []
        return self.reopen(draft_id)

    def match(self) -> str | None:
        """Find the latest draft started from the same notes file, or (for notes given as
        values) written for the same company and role."""
        if self.journal is None:
            return None
        source, notes = self.composition.source, self.composition.notes
        key = (notes.company, notes.role) if notes else (None, None)
        for summary in self.journal.list_drafts():
            content = self.journal.latest(summary.id).content
            if source:
                if content.get("source") == source:
                    return summary.id
                continue
            saved = content.get("notes") or {}
            if not content.get("source") and (saved.get("company"), saved.get("role")) == key:
                return summary.id
        return None

    def adopt(self, composition: Composition, draft_id: str | None = None,
              version: int | None = None) -> None:
        """Make ``composition`` the one being written (None: a new, unsaved draft)."""
        composition.rules = self.rules
        self.composition = composition
        self.applied_fixes = []
        self.draft_id, self.version = draft_id, version

    def new_draft(self, notes: InterviewNotes | None) -> None:
        """Start an empty draft of the same kind, sender and source, on ``notes``."""
        c = self.composition
        self.adopt(Composition(kind=c.kind, notes=notes, sender=c.sender, source=c.source))

    def change_kind(self, kind: str) -> None:
        """Write another kind of message from its first step, keeping the shared parts; a
        subject picked from the old kind's suggestions follows the new kind."""
        c = self.composition
        suggested = c.subject in c.subject_suggestions()
        c.kind = kind
        c.step = c.guide.steps[0].id
        if suggested:
            subjects = c.subject_suggestions()
            c.subject = subjects[0] if subjects else ""

    def on_new_draft(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(draft_id)`` when a save starts a new draft in the journal."""
        self._on_new_draft.append(callback)

    def save(self, *, label: str = "") -> int | None:
        """Keep the composition in the journal; the version saved, or None when nothing
        was (no journal, or nothing typed yet). A ``label`` marks the version as a
        checkpoint later typing never overwrites. Journal errors are raised."""
        if self.journal is None:
            return None
        c = self.composition
        content = c.to_content()
        if self.draft_id is None:
            if not any(t.strip() for t in c.parts.values()):
                return None  # nothing typed yet: nothing to keep
            self.draft_id = self.journal.create(c.kind, c.title, content)
            self.version = 1
            for callback in self._on_new_draft:
                callback(self.draft_id)
        else:
            self.version = self.journal.save(self.draft_id, content, label=label)
        return self.version

    def mark_sent(self) -> Sent:
        """Keep the draft as sent (a checkpoint) and say what to record: the kind, now,
        the score and verdict as sent, the draft and its version. Journal errors are
        raised."""
        version = self.save(label="sent")
        report = self.score().report
        c = self.composition
        return Sent(notes=c.notes or InterviewNotes(), kind=c.kind, sent_at=self.now(),
                    score=report.overall if report else None,
                    verdict=(report.verdict or None) if report else None,
                    draft_id=self.draft_id, draft_version=version)

    # -- the clock and the score ------------------------------------------------
    def send_by(self) -> str | None:
        """When to send, as a sentence; None when the exercise does not judge timing."""
        return self.composition.send_clock(self.now()) if self.timed else None

    def score(self) -> Scoring:
        """Assemble and score the composition as if sent now; kept in ``report``."""
        c = self.composition
        assembly = c.assemble(sent_at=self.now() if self.timed else None)
        self.report = None
        if c.too_long():
            return Scoring("too_long", assembly)
        if not assembly.spans:
            return Scoring("empty", assembly)
        try:
            report = c.report(assembly=assembly)
        except Exception as error:  # shown by the face, never a traceback; typing goes on
            return Scoring("failed", assembly, error=str(error))
        self.report = report
        return Scoring("scored", assembly, report, by_step=c.findings_by_step(report, assembly),
                       missing=tuple(s.title for s in c.missing_steps()))

    # -- one-click fixes ----------------------------------------------------------
    def fixes(self) -> list[Finding]:
        """The findings of the last score whose suggestion can be applied now."""
        if self.report is None:
            return []
        text, keep = self.report.text, names_to_keep(self.composition.notes)
        return [f for f in self.report.findings if isinstance(plan(text, f, keep), Edit)]

    def apply_fix(self, finding: int | Finding) -> Scoring:
        """Apply a finding of the last score (or its index) to the part it is in, save the
        draft and re-score; InputError says why when the fix cannot be applied."""
        report = self.report or self.score().report
        if report is None:
            raise InputError("Nothing is scored yet: write a part first.")
        if isinstance(finding, int):
            if not 0 <= finding < len(report.findings):
                raise InputError(f"There is no finding number {finding}.")
            finding = report.findings[finding]
        c = self.composition
        assembly = c.assemble()
        edit = plan(assembly.draft.text, finding, names_to_keep(c.notes))
        if isinstance(edit, str):
            raise InputError(f"Cannot apply this fix: {edit}.")
        where = assembly.step_of(edit.start, edit.end)
        if where is None:
            raise InputError("Cannot apply this fix: it reaches across parts.")
        if where == "subject":
            before, base = c.subject, len("Subject: ")
            current = " ".join(c.subject.split())  # the subject as it is scored
        else:
            before = current = c.text_of(where)
            base = assembly.spans[where][0] - (len(current) - len(current.lstrip("\n")))
        after = current[:edit.start - base] + edit.text + current[edit.end - base:]
        self._set_part(where, after)
        self.applied_fixes.append(AppliedFix(where, before, after, finding))
        return self._keep_and_score()

    def undo_fix(self) -> Scoring:
        """Take back the last fix applied, save and re-score; InputError when there is
        none or its part was edited since."""
        if not self.applied_fixes:
            raise InputError("There is no fix to undo.")
        last = self.applied_fixes[-1]
        c = self.composition
        now = c.subject if last.where == "subject" else c.text_of(last.where)
        if now != last.after:
            self.applied_fixes.clear()
            raise InputError("Cannot undo the fix: that part was edited since.")
        self.applied_fixes.pop()
        self._set_part(last.where, last.before)
        return self._keep_and_score()

    def _set_part(self, where: str, text: str) -> None:
        if where == "subject":
            self.composition.subject = text
        else:
            self.composition.set_text(where, text)

    def _keep_and_score(self) -> Scoring:
        try:
            self.save()
        except CoachkitError as error:  # the fix stays on screen; saving is retried later
            self.notices.append(f"Not saved: {error}")
        return self.score()

    # -- exports ----------------------------------------------------------------
    def file_stem(self) -> str:
        """The start of an export's file name: the kind and the company ("thank-you-acme")."""
        notes = self.composition.notes
        name = (notes.company if notes and notes.company else "follow-up")
        safe = "".join(ch if ch.isalnum() else "-" for ch in name).strip("-").lower()
        return f"{self.composition.kind.replace('_', '-')}-{safe or 'follow-up'}"

    def copy_text(self) -> str:
        """The whole message as plain text, subject line first, ready to paste."""
        return to_text(self.composition.assemble().draft)

    def save_eml(self, folder: str | Path, *, to: str = "") -> Path:
        """Save the message as an .eml draft in ``folder``; never replaces a file."""
        draft = self.composition.assemble().draft
        data = to_eml(draft, to=to, sender=self.composition.sender, when=self.now())
        return save_new(_export_folder(folder) / f"{self.file_stem()}.eml", data)

    def save_ics(self, folder: str | Path) -> tuple[Path, date]:
        """Save a reminder for the first polite check-in day in ``folder``; (path, day)."""
        notes = self.composition.notes
        if notes is None:
            raise InputError("Add the interview notes first.")
        day, data = check_in_reminder(notes, rules=self.rules)
        return save_new(_export_folder(folder) / f"check-in-{day.isoformat()}.ics", data), day


def _export_folder(folder: str | Path) -> Path:
    return Path(str(folder).strip() or ".").expanduser()
