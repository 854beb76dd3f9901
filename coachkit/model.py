"""Plain value types shared by every part of coachkit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any, Literal

from coachkit.labels import CATEGORIES, KINDS, SEVERITIES

__all__ = [
    "CATEGORIES",
    "KINDS",
    "SEVERITIES",
    "VERDICTS",
    "Cap",
    "Draft",
    "Finding",
    "InterviewNotes",
    "Report",
    "Stats",
]

Kind = Literal["thank_you", "check_in", "rejection_reply", "additional_info"]
Category = Literal["timeliness", "personalization", "concision", "correctness", "tone"]
Severity = Literal["error", "warning", "suggestion"]
# what to do with a draft, best first: send it, change what the findings say, start again
VERDICTS: tuple[str, ...] = ("ready", "revise", "rewrite")


_SUBJECT_PREFIX = "subject:"


@dataclass(frozen=True)
class Draft:
    """A message to score: an optional subject line and a body.

    ``text`` is what the scorer reads and what finding offsets point into: the
    raw subject line (when there is one) followed by the body, exactly as given.
    """

    body: str
    subject: str | None = None
    kind: str = "thank_you"
    sent_at: datetime | None = None
    subject_line: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)} (got {self.kind!r})")
        if self.subject is not None and not self.subject_line:
            object.__setattr__(self, "subject_line", f"Subject: {self.subject}\n\n")

    @classmethod
    def from_text(
        cls, text: str, *, kind: str = "thank_you", sent_at: datetime | None = None
    ) -> Draft:
        """Split raw text into subject and body; a first line ``Subject: ...`` is the subject."""
        first, newline, rest = text.partition("\n")
        probe = first.lstrip("\ufeff").lstrip()
        if probe[: len(_SUBJECT_PREFIX)].lower() == _SUBJECT_PREFIX:
            subject = probe[len(_SUBJECT_PREFIX) :].strip()
            return cls(
                body=rest, subject=subject, kind=kind, sent_at=sent_at,
                subject_line=first + newline,
            )
        return cls(body=text, kind=kind, sent_at=sent_at)

    @cached_property
    def text(self) -> str:
        """The whole message as scored: subject line (if any) then body."""
        return self.subject_line + self.body

    @property
    def body_offset(self) -> int:
        """Offset of the body within ``text``."""
        return len(self.subject_line)


@dataclass(frozen=True)
class InterviewNotes:
    """What the job seeker noted about the interview; every field is optional."""

    company: str | None = None
    role: str | None = None
    interviewers: tuple[str, ...] = ()
    interviewed_at: datetime | None = None
    topics: tuple[str, ...] = ()
    concerns: tuple[str, ...] = ()
    decision_by: date | None = None
    vocabulary: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict in the notes file format."""
        return {
            "company": self.company,
            "role": self.role,
            "interviewers": list(self.interviewers),
            "interviewed_at": self.interviewed_at.isoformat() if self.interviewed_at else None,
            "topics": list(self.topics),
            "concerns": list(self.concerns),
            "decision_by": self.decision_by.isoformat() if self.decision_by else None,
            "vocabulary": list(self.vocabulary),
        }


@dataclass(frozen=True)
class Finding:
    """One thing to fix, anchored to ``text[start:end]``."""

    rule: str
    category: str
    severity: str
    start: int
    end: int
    text: str
    message: str
    suggestion: str | None = None
    why: str | None = None
    # "message": about the whole message (length, sign-off), so views list it rather than
    # underline the span; copied from the check. Not in to_dict: the JSON contract is fixed.
    scope: str = "span"

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form used by the command line."""
        out: dict[str, Any] = {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
        }
        if self.why:
            out["why"] = self.why
        return out


@dataclass(frozen=True)
class Stats:
    """Counts about the body of a draft."""

    words: int
    sentences: int
    reading_grade: float
    questions: int

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form used by the command line."""
        return {
            "words": self.words,
            "sentences": self.sentences,
            "reading_grade": self.reading_grade,
            "questions": self.questions,
        }


@dataclass(frozen=True)
class Cap:
    """A check whose finding holds the overall score at or below ``limit``, and why."""

    check_id: str
    label: str  # what the check found, as a person reads it ("pushy phrasing")
    limit: int
    reason: str  # why a coach holds such a draft back

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form used by the command line (``capped_by``)."""
        return {"check": self.check_id, "label": self.label, "limit": self.limit}


@dataclass(frozen=True)
class Report:
    """The result of scoring one draft.

    ``verdict`` is one of VERDICTS, from the overall score and the policy's bands (empty
    only on a Report made by hand); ``caps`` are the findings that held the overall down.
    """

    overall: int
    categories: dict[str, int | None]
    findings: tuple[Finding, ...]
    stats: Stats
    text: str
    hours_after_interview: float | None = None
    verdict: str = ""
    caps: tuple[Cap, ...] = ()

    def __post_init__(self) -> None:
        if self.verdict and self.verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)} "
                             f"(got {self.verdict!r})")

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of the command-line contract."""
        return {
            "overall": self.overall,
            "verdict": self.verdict,
            "capped_by": [c.to_dict() for c in self.caps],
            "categories": dict(self.categories),
            "findings": [f.to_dict() for f in self.findings],
            "stats": self.stats.to_dict(),
        }

    def by_category(self) -> dict[str, list[Finding]]:
        """Group findings by category, in the canonical category order."""
        groups: dict[str, list[Finding]] = {c: [] for c in CATEGORIES}
        for f in self.findings:
            groups[f.category].append(f)
        return groups

    def _repr_html_(self) -> str:
        from coachkit.render import render_report

        return render_report(self)

    def __str__(self) -> str:
        cats = ", ".join(f"{k} {'-' if v is None else v}" for k, v in self.categories.items())
        verdict = f" {self.verdict}" if self.verdict else ""
        return f"Report(overall {self.overall}{verdict}; {cats}; {len(self.findings)} findings)"

