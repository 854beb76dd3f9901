"""A message being written part by part: assembly, scoring, guidance and storage form.

``Composition`` holds what the user typed in each step. Everything a composer
shows (the assembled email, its score, which step a finding belongs to, the
prompts and example openings, subject suggestions, the send-by clock) is
computed here, so a widget only displays it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from coachkit.compose.guide import (
    Guide,
    Step,
    fill_all,
    guide_for,
    note_fields,
    subject_templates,
)
from coachkit.errors import NotesError
from coachkit.labels import KIND_LABELS
from coachkit.model import Draft, Finding, InterviewNotes, Report
from coachkit.notes import notes_from_dict
from coachkit.scoring.rules import Rules
from coachkit.timing import check_in_after, send_by

__all__ = ["LIVE_SCORE_LIMIT", "Assembly", "Composition"]

LIVE_SCORE_LIMIT = 20_000  # characters; longer drafts are saved but not scored live
MAX_EXAMPLES = 3
MAX_PROMPTS = 3
MAX_SUBJECTS = 4


@dataclass(frozen=True)
class Assembly:
    """The assembled email and where each step's text sits in ``draft.text``."""

    draft: Draft
    spans: dict[str, tuple[int, int]]

    def step_of(self, start: int, end: int) -> str | None:
        """The step whose text holds the span ('subject' for the subject line), or None
        when the span reaches across steps (a finding about the whole message)."""
        if end <= self.draft.body_offset:
            return "subject"
        for step_id, (first, last) in self.spans.items():
            if first <= start and end <= last:
                return step_id
        return None


@dataclass
class Composition:
    """What the user has written so far, step by step, for one message."""

    kind: str = "thank_you"
    notes: InterviewNotes | None = None
    parts: dict[str, str] = field(default_factory=dict)
    subject: str = ""
    sender: str = ""
    step: str = ""
    source: str = ""  # the notes file the draft was started from, if any
    rules: Rules | None = field(default=None, repr=False, compare=False)  # None: built-in

    def __post_init__(self) -> None:
        guide_for(self.kind)  # validates the kind
        if not self.step or self.step not in self.guide.ids:
            self.step = self.guide.steps[0].id

    # -- guidance ---------------------------------------------------------------
    @property
    def guide(self) -> Guide:
        return guide_for(self.kind)

    def _fields(self) -> dict[str, Any]:
        return note_fields(self.notes, self.sender)

    def prompts(self, step_id: str) -> list[str]:
        """Questions for the step, filled from the notes (generic ones when notes are thin)."""
        return fill_all(self.guide.step(step_id).prompts, self._fields(), MAX_PROMPTS)

    def examples(self, step_id: str) -> list[str]:
        """Two or three example openings for the step, built from the notes."""
        return fill_all(self.guide.step(step_id).examples, self._fields(), MAX_EXAMPLES)

    def subject_suggestions(self) -> list[str]:
        """Subject lines that fit the kind of message and the notes, shortest first."""
        filled = fill_all(subject_templates(self.kind), self._fields(), MAX_SUBJECTS)
        return sorted(filled, key=lambda s: (len(s.split()) > 6, filled.index(s)))

    def send_clock(self, now: datetime) -> str:
        """When to send, as a sentence ('Send within the next 19 hours: ...')."""
        if self.notes is None:
            return "Add the interview date and time to the notes to see when to send."
        if self.kind == "check_in":
            day = check_in_after(self.notes, self.rules)
            if day is None:
                return "Add the interview date or the decision date to see when to check in."
            if now.date() < day:
                return f"Wait: the first polite day to check in is {day:%A} {day.day} {day:%B}."
            return f"Now is a good time to check in (from {day:%A} {day.day} {day:%B})."
        if self.kind == "rejection_reply":
            return "Reply within a day or two of the news, while it is fresh."
        window = send_by(self.notes, self.rules)
        if window is None:
            return "Add the interview date and time to the notes to see when to send."
        return window.describe(now)

    # -- the text ---------------------------------------------------------------
    def text_of(self, step_id: str) -> str:
        return self.parts.get(step_id, "")

    def set_text(self, step_id: str, text: str) -> None:
        self.guide.step(step_id)  # validates the step
        self.parts[step_id] = text

    def missing_steps(self) -> list[Step]:
        """Required steps still empty."""
        return [s for s in self.guide.steps if not s.optional and not self.text_of(s.id).strip()]

    def done_steps(self) -> list[str]:
        return [s.id for s in self.guide.steps if self.text_of(s.id).strip()]

    def assemble(self, *, sent_at: datetime | None = None) -> Assembly:
        """The email as one text: each non-empty step a paragraph, in the guide's order."""
        subject = " ".join(self.subject.split())
        draft_head = Draft(body="", subject=subject or None, kind=self.kind)
        offset = draft_head.body_offset
        chunks: list[str] = []
        spans: dict[str, tuple[int, int]] = {}
        for step in self.guide.steps:
            text = self.text_of(step.id).strip("\n").rstrip()
            if not text.strip():
                continue
            if chunks:
                offset += 2
            spans[step.id] = (offset, offset + len(text))
            chunks.append(text)
            offset += len(text)
        body = "\n\n".join(chunks) + ("\n" if chunks else "")
        draft = Draft(body=body, subject=subject or None, kind=self.kind, sent_at=sent_at)
        return Assembly(draft=draft, spans=spans)

    def too_long(self) -> bool:
        return sum(len(t) for t in self.parts.values()) + len(self.subject) > LIVE_SCORE_LIMIT

    def report(self, now: datetime | None = None, assembly: Assembly | None = None) -> Report:
        """Score the assembled email as if sent at ``now`` (timeliness needs the notes);
        pass ``assembly`` when it was just built with the same ``now``."""
        from coachkit.scoring import score

        return score((assembly or self.assemble(sent_at=now)).draft, self.notes,
                     rules=self.rules)

    def findings_by_step(self, report: Report, assembly: Assembly) -> dict[str, list[Finding]]:
        """Findings grouped by the step (or 'subject') whose text they point into; those
        about the message as a whole (length, sign-off, no topic named…) under 'whole'."""
        groups: dict[str, list[Finding]] = {}
        for finding in report.findings:
            step_id = assembly.step_of(finding.start, finding.end) or "whole"
            if finding.scope == "message" and step_id != "subject":
                step_id = "whole"
            groups.setdefault(step_id, []).append(finding)
        return groups

    # -- identity and storage -----------------------------------------------------
    @property
    def title(self) -> str:
        label = KIND_LABELS[self.kind].short
        if self.notes is None or not (self.notes.company or self.notes.role):
            return label
        where = " · ".join(x for x in (self.notes.company, self.notes.role) if x)
        return f"{label} · {where}"

    def preview(self, limit: int = 80) -> str:
        """The start of the message, on one line, for a list of drafts."""
        text = " ".join(" ".join(self.text_of(s.id).split()) for s in self.guide.steps).strip()
        return text if len(text) <= limit else text[: limit - 1] + "…"

    def to_content(self) -> dict[str, Any]:
        """A JSON-ready dict for the drafts journal."""
        return {
            "kind": self.kind,
            "title": self.title,
            "subject": self.subject,
            "sender": self.sender,
            "step": self.step,
            "parts": dict(self.parts),
            "notes": self.notes.to_dict() if self.notes is not None else None,
            "preview": self.preview(),
            "source": self.source,
        }

    @classmethod
    def from_content(cls, content: dict[str, Any]) -> Composition:
        """Rebuild a composition from the journal; raises NotesError on damaged notes."""
        raw_notes = content.get("notes")
        notes = None
        if raw_notes:
            clean = {k: v for k, v in raw_notes.items() if v not in (None, [], "")}
            notes = notes_from_dict(clean, source="saved draft")
        parts = content.get("parts") or {}
        if not isinstance(parts, dict):
            raise NotesError("saved draft: its parts are damaged")
        return cls(
            kind=str(content.get("kind", "thank_you")),
            notes=notes,
            parts={str(k): str(v) for k, v in parts.items()},
            subject=str(content.get("subject", "")),
            sender=str(content.get("sender", "")),
            step=str(content.get("step", "")),
            source=str(content.get("source", "")),
        )
