"""What a follow-up or an event changes in the store: the rules behind record_sent and
log_event, as functions of an open transaction."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from coachkit.applog.fields import check_follow_up, stored_fields
from coachkit.applog.reading import read_all, read_one
from coachkit.applog.records import (
    EVENT_KINDS,
    Application,
    Event,
    FollowUp,
    as_datetime,
    fold,
    text_of,
)
from coachkit.errors import InputError
from coachkit.model import InterviewNotes

__all__ = ["FollowUpRecord", "after_event", "application_for", "event_time", "filled_from_notes",
           "find", "from_notes", "insert_event"]


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class FollowUpRecord:
    """A follow-up checked and ready to insert."""

    kind: str
    sent_at: datetime
    score: int | None
    verdict: str | None
    draft_id: str | None
    draft_version: int | None

    @classmethod
    def checked(cls, kind: str, sent_at: object, score: object, verdict: str | None,
                draft_id: str | None, draft_version: object) -> FollowUpRecord:
        """Check every value; InputError names the bad one."""
        number, version = check_follow_up(kind, score, verdict, draft_version)
        moment = _required_time(sent_at, "sent_at", "a follow-up needs the time it was sent")
        return cls(kind, moment, number, verdict, draft_id or None, version)

    def insert(self, conn: sqlite3.Connection, app_id: str) -> FollowUp:
        """Insert the follow-up for ``app_id``; return it."""
        follow_up = FollowUp(_new_id(), app_id, self.kind, self.sent_at, self.score,
                             self.verdict, self.draft_id, self.draft_version)
        conn.execute(
            "INSERT INTO follow_ups (id, application_id, kind, sent_at, score, verdict,"
            " draft_id, draft_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (follow_up.id, app_id, self.kind, text_of(self.sent_at), self.score,
             self.verdict, self.draft_id, self.draft_version))
        return follow_up


def find(conn: sqlite3.Connection, company: str, role: str,
         on: date | datetime | None) -> list[Application]:
    """The applications to ``company`` for ``role`` (folded), on the day ``on`` if given."""
    day = on.date() if isinstance(on, datetime) else on
    key = (fold(company), fold(role))
    # compared in Python: SQLite's lower() folds ASCII letters only
    ids = [i for i, c, r in conn.execute("SELECT id, company, role FROM applications")
           if (fold(c), fold(r)) == key]
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    return [a for a in read_all(conn, f"id IN ({marks})", ids)
            if day is None or a.applied_on == day
            or (a.interviewed_at is not None and a.interviewed_at.date() == day)]


def application_for(conn: sqlite3.Connection, notes: InterviewNotes, company: str,
                    draft_id: str | None) -> str | None:
    """The application a follow-up from ``notes`` belongs to, or None for a new one."""
    if draft_id:
        row = conn.execute("SELECT application_id FROM follow_ups WHERE draft_id = ?"
                           " ORDER BY sent_at DESC LIMIT 1", (draft_id,)).fetchone()
        if row is not None:
            return row[0]
    if not company:
        return None
    role = notes.role or ""
    interviewed = as_datetime(notes.interviewed_at, "interviewed_at")
    if interviewed is not None:
        same_day = find(conn, company, role, interviewed)
        if same_day:
            return same_day[0].id
        # an application added before the interview was known
        undated = [a for a in find(conn, company, role, None) if a.interviewed_at is None]
        return undated[0].id if undated else None
    found = find(conn, company, role, None)
    return found[0].id if found else None


def from_notes(notes: InterviewNotes, company: str) -> dict[str, Any]:
    """The stored fields of a new application made from interview notes."""
    return stored_fields({"company": company, "role": notes.role or "",
                          "interviewed_at": notes.interviewed_at,
                          "interviewers": notes.interviewers, "source": "composer"})


def filled_from_notes(conn: sqlite3.Connection, app_id: str,
                      notes: InterviewNotes) -> dict[str, Any]:
    """The fields of a found application that the notes fill in (only empty ones)."""
    app = read_one(conn, app_id)
    fields: dict[str, Any] = {}
    if app.interviewed_at is None and notes.interviewed_at is not None:
        fields["interviewed_at"] = notes.interviewed_at
    if not app.interviewers and notes.interviewers:
        fields["interviewers"] = notes.interviewers
    if not app.role and notes.role:
        fields["role"] = notes.role
    return stored_fields(fields)


def event_time(kind: str, on: object) -> datetime:
    """Check an event's kind and time; return the time."""
    if kind not in EVENT_KINDS:
        raise InputError(f"event: expected one of {', '.join(EVENT_KINDS)}, got {kind!r}")
    return _required_time(on, "on", "an event needs the day it happened")


def _required_time(value: object, name: str, missing: str) -> datetime:
    """``value`` read as a time; InputError when it cannot be read or is not given."""
    try:
        moment = as_datetime(value, name)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    if moment is None:
        raise InputError(f"{name}: {missing}")
    return moment


def after_event(app: Application, kind: str, on: datetime) -> dict[str, Any]:
    """The stored fields an event changes (see ApplicationStore.log_event)."""
    fields: dict[str, Any] = {}
    if kind == "interview":
        if app.interviewed_at is None:
            # the first interview: an answer before it led to it, and is in the events
            fields["interviewed_at"] = on
            if app.response_at is not None and app.response_at < on:
                fields["response_at"] = None
            return stored_fields(fields)
        numbers = [int(n) for n in (s.removeprefix("interview ") for s in app.stages)
                   if n.isdigit()]
        fields["stages"] = {**app.stages, f"interview {max(numbers, default=1) + 1}": on}
        if app.response_at is None:  # invited again: an answer after the last step
            fields["response_at"] = on
    elif kind in ("answer", "rejected", "offer"):
        step = app.interviewed_at or (datetime.combine(app.applied_on, datetime.min.time())
                                      if app.applied_on else None)
        after_step = step is None or on >= step
        if after_step and (app.response_at is None or (step and app.response_at < step)):
            fields["response_at"] = on
    if kind in ("rejected", "offer", "withdrew", "no_response"):
        fields["outcome"] = kind
    return stored_fields(fields)


def insert_event(conn: sqlite3.Connection, app_id: str, kind: str, on: datetime,
                 note: str) -> Event:
    """Insert one event; return it."""
    event = Event(_new_id(), app_id, kind, on, note)
    conn.execute("INSERT INTO events (id, application_id, kind, at, note) VALUES (?, ?, ?, ?, ?)",
                 (event.id, app_id, kind, text_of(on), note))
    return event
