"""What the applications store hands out, and how its values are stored as text."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from coachkit.model import InterviewNotes
from coachkit.timeparse import parse_date, parse_datetime

__all__ = ["EVENT_KINDS", "Application", "Duplicate", "Event", "FollowUp", "ImportResult"]

EVENT_KINDS = ("answer", "interview", "rejected", "offer", "withdrew", "no_response")


@dataclass(frozen=True)
class FollowUp:
    """One follow-up message sent for an application."""

    id: str
    application_id: str
    kind: str  # thank_you | check_in | additional_info | rejection_reply
    sent_at: datetime
    score: int | None
    verdict: str | None  # ready | revise | rewrite
    draft_id: str | None
    draft_version: int | None


@dataclass(frozen=True)
class Event:
    """Something the company did (or the applicant decided): one of EVENT_KINDS."""

    id: str
    application_id: str
    kind: str
    on: datetime
    note: str


@dataclass(frozen=True)
class Application:
    """One application with its follow-ups and events, oldest first.

    Times of the application (applied, interviewed, sent, answered) are local wall-clock
    times without a zone, as in a log file; ``created_at``/``updated_at`` are UTC.
    """

    id: str
    company: str
    role: str
    applied_on: date | None
    interviewed_at: datetime | None
    interviewers: tuple[str, ...]
    channel: str
    notes: str
    outcome: str
    response_at: datetime | None
    stages: dict[str, datetime]
    source: str
    created_at: datetime
    updated_at: datetime
    follow_ups: tuple[FollowUp, ...] = ()
    events: tuple[Event, ...] = ()

    def to_notes(self) -> InterviewNotes:
        """Return interview notes for a follow-up to this application."""
        return InterviewNotes(company=self.company or None, role=self.role or None,
                              interviewers=self.interviewers,
                              interviewed_at=self.interviewed_at)


@dataclass(frozen=True)
class Duplicate:
    """An imported row that matches an application already in the store."""

    existing: Application
    incoming: dict[str, Any]  # the row as documented-log fields (plus "stages")


@dataclass(frozen=True)
class ImportResult:
    """What an import did; ``duplicates`` are left for the user when asked to choose."""

    added: int
    replaced: int
    skipped: int
    duplicates: tuple[Duplicate, ...]
    left_out: tuple  # the loader's Problems: rows and cells it could not read


# -- values as stored -------------------------------------------------------------


def local_naive(moment: datetime) -> datetime:
    """A datetime as a local wall-clock time without a zone."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def as_datetime(value: object, field: str) -> datetime | None:
    """``value`` (datetime, date, ISO text, None or "") as a local naive datetime."""
    if value is None or value == "" or _missing(value):
        return None
    try:
        return local_naive(parse_datetime(_plain(value)))
    except ValueError as exc:
        raise ValueError(f"{field}: {exc}") from None


def as_date(value: object, field: str) -> date | None:
    """``value`` (date, datetime, ISO text, None or "") as a date."""
    if value is None or value == "" or _missing(value):
        return None
    if isinstance(value, datetime):
        return local_naive(value).date()
    try:
        return parse_date(_plain(value))
    except ValueError as exc:
        raise ValueError(f"{field}: {exc}") from None


def _missing(value: object) -> bool:
    # NaN and pandas' NaT, without importing pandas
    return value != value


def _plain(value: object) -> object:
    # a pandas Timestamp is a datetime already; numpy's datetime64 is not
    to_py = getattr(value, "to_pydatetime", None)
    return to_py() if callable(to_py) else value


def text_of(moment: date | datetime | None) -> str | None:
    """The stored text of a date or time (ISO, sorts as text), None for none."""
    return None if moment is None else moment.isoformat()


def moment_of(text: str | None) -> datetime | None:
    """A stored time back as a datetime."""
    return None if text is None else datetime.fromisoformat(text)


def day_of(text: str | None) -> date | None:
    """A stored date back as a date."""
    return None if text is None else date.fromisoformat(text)


def encode_stages(stages: dict[str, datetime]) -> str:
    """Stages as stored: a JSON list of [name, ISO time], in order."""
    return json.dumps([[name, at.isoformat()] for name, at in stages.items()],
                      ensure_ascii=False)


def decode_stages(text: str) -> dict[str, datetime]:
    """Stored stages back as an ordered dict."""
    return {name: datetime.fromisoformat(at) for name, at in json.loads(text or "[]")}


def encode_names(names: tuple[str, ...]) -> str:
    """Interviewers as stored: a JSON list."""
    return json.dumps(list(names), ensure_ascii=False)


def decode_names(text: str) -> tuple[str, ...]:
    """Stored interviewers back as a tuple."""
    return tuple(json.loads(text or "[]"))


def same_text(a: str, b: str) -> bool:
    """Equal ignoring case and runs of spaces: how company and role are compared."""
    return fold(a) == fold(b)


def fold(text: str) -> str:
    """``text`` as compared: case-folded, spaces collapsed."""
    return " ".join((text or "").split()).casefold()
