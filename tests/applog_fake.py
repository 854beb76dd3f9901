"""A stand-in for ``coachkit.applog.ApplicationStore`` in memory, for the composer's tests.

It has the shapes of the fixed interface (``Application`` and ``FollowUp`` fields, 8 hex
character ids, ``record_sent`` returning both) and keeps every call it was given, so a
test asserts on what the composer recorded. Matching is kept simple: same company and
role (case and spaces ignored), or the draft id of an earlier follow-up.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from coachkit.errors import StoreError
from coachkit.model import InterviewNotes


@dataclass(frozen=True)
class FakeFollowUp:
    id: str
    application_id: str
    kind: str
    sent_at: datetime
    score: int | None
    verdict: str | None
    draft_id: str | None
    draft_version: int | None


@dataclass(frozen=True)
class FakeApplication:
    id: str
    company: str
    role: str = ""
    applied_on: date | None = None
    interviewed_at: datetime | None = None
    interviewers: tuple[str, ...] = ()
    channel: str = ""
    notes: str = ""
    outcome: str = "pending"
    response_at: datetime | None = None
    stages: dict[str, datetime] = field(default_factory=dict)
    source: str = "composer"
    created_at: datetime = datetime(2026, 11, 20)
    updated_at: datetime = datetime(2026, 11, 20)
    follow_ups: tuple[FakeFollowUp, ...] = ()
    events: tuple[Any, ...] = ()


def _same(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").lower().split()) == " ".join((b or "").lower().split())


class FakeStore:
    """Record follow-ups in memory; ``fail`` (a StoreError) is raised by every call."""

    def __init__(self, fail: StoreError | None = None) -> None:
        self.fail = fail
        self.calls: list[dict[str, Any]] = []
        self._apps: dict[str, FakeApplication] = {}
        self._ids = (f"{n:08x}" for n in itertools.count(0x3FA2C1D0))

    def record_sent(self, notes: InterviewNotes, *, kind: str, sent_at: datetime,
                    score: int | None = None, verdict: str | None = None,
                    draft_id: str | None = None, draft_version: int | None = None,
                    company: str | None = None) -> tuple[FakeApplication, FakeFollowUp]:
        if self.fail is not None:
            raise self.fail
        self.calls.append(dict(notes=notes, kind=kind, sent_at=sent_at, score=score,
                               verdict=verdict, draft_id=draft_id,
                               draft_version=draft_version, company=company))
        company = company or notes.company or ""
        app = self._match(company, notes.role or "", draft_id)
        if app is None:
            app = FakeApplication(id=next(self._ids), company=company, role=notes.role or "",
                                  interviewed_at=notes.interviewed_at,
                                  interviewers=notes.interviewers)
        follow_up = FakeFollowUp(next(self._ids), app.id, kind, sent_at, score, verdict,
                                 draft_id, draft_version)
        app = replace(app, follow_ups=(*app.follow_ups, follow_up))
        self._apps[app.id] = app
        return app, follow_up

    def _match(self, company: str, role: str, draft_id: str | None) -> FakeApplication | None:
        for app in self._apps.values():
            if _same(app.company, company) and _same(app.role, role):
                return app
            if draft_id and any(f.draft_id == draft_id for f in app.follow_ups):
                return app
        return None

    def get(self, app_id_or_prefix: str) -> FakeApplication:
        found = [a for i, a in self._apps.items() if i.startswith(app_id_or_prefix)]
        if len(found) != 1:
            raise StoreError(f"no application {app_id_or_prefix}")
        return found[0]

    def list(self) -> list[FakeApplication]:
        return list(reversed(self._apps.values()))
