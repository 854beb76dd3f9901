"""Stand-ins for the application store and the outcome-loop functions, for widget tests.

The store follows the shape of ``coachkit.applog``'s over an in-memory list; the stand-in
functions return the real values of ``coachkit.outcomes.writing`` and ``waiting`` with
counts a test can predict.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from datetime import date, datetime

import pandas as pd

from coachkit.model import InterviewNotes
from coachkit.outcomes import Applications, load_applications
from coachkit.outcomes.waiting import Waiting
from coachkit.outcomes.writing import RateRow, WaitRow, WritingPanel

AS_OF = "2026-11-30"
_IDS = (f"{n:08x}" for n in itertools.count(0xA0000000, 7919))


@dataclass(frozen=True)
class FakeEvent:
    id: str
    application_id: str
    kind: str
    on: datetime
    note: str


@dataclass(frozen=True)
class FakeApp:
    company: str
    role: str = ""
    applied_on: date | None = None
    interviewed_at: datetime | None = None
    interviewers: tuple[str, ...] = ()
    channel: str = "job board"
    notes: str = ""
    outcome: str = "pending"
    response_at: datetime | None = None
    follow_up_sent_at: datetime | None = None
    follow_up_score: int | None = None
    events: tuple[FakeEvent, ...] = ()
    id: str = field(default_factory=lambda: next(_IDS))

    def to_notes(self) -> InterviewNotes:
        return InterviewNotes(company=self.company, role=self.role,
                              interviewers=self.interviewers,
                              interviewed_at=self.interviewed_at)


@dataclass(frozen=True)
class FakeDuplicate:
    existing: FakeApp
    incoming: dict


@dataclass(frozen=True)
class FakeImportResult:
    added: int
    replaced: int
    skipped: int
    duplicates: tuple[FakeDuplicate, ...]
    left_out: tuple = ()


class FakeStore:
    """get/list/log_event/to_applications/import_log/resolve over an in-memory list."""

    def __init__(self, apps: list[FakeApp] | None = None) -> None:
        self.apps = list(apps or [])
        self.logged: list[tuple[str, str, datetime, str]] = []
        self.fail_with: Exception | None = None

    def get(self, app_id: str) -> FakeApp:
        found = [a for a in self.apps if a.id.startswith(app_id)]
        if len(found) != 1:
            raise KeyError(app_id)
        return found[0]

    def list(self) -> list[FakeApp]:
        return sorted(self.apps, key=lambda a: a.applied_on or date.min, reverse=True)

    def _put(self, app: FakeApp) -> None:
        self.apps = [app if a.id == app.id else a for a in self.apps]

    def log_event(self, app_id: str, kind: str, on: datetime, note: str = "") -> FakeEvent:
        if self.fail_with is not None:
            raise self.fail_with
        app = self.get(app_id)
        event = FakeEvent(next(_IDS), app.id, kind, on, note)
        outcome = kind if kind in ("rejected", "offer", "withdrew", "no_response") else None
        response = app.response_at or (on if kind in ("answer", "interview", "rejected",
                                                      "offer") else None)
        self._put(replace(app, outcome=outcome or app.outcome, response_at=response,
                          events=(*app.events, event)))
        self.logged.append((app.id, kind, on, note))
        return event

    def to_frame(self) -> pd.DataFrame:
        rows = [{"company": a.company, "role": a.role, "applied_on": a.applied_on,
                 "interviewed_at": a.interviewed_at, "follow_up_sent_at": a.follow_up_sent_at,
                 "follow_up_kind": "thank_you" if a.follow_up_sent_at else None,
                 "follow_up_score": a.follow_up_score, "response_at": a.response_at,
                 "outcome": a.outcome, "channel": a.channel, "notes": a.notes,
                 "application_id": a.id} for a in self.list()]
        return pd.DataFrame(rows, columns=["company", "role", "applied_on", "interviewed_at",
                                           "follow_up_sent_at", "follow_up_kind",
                                           "follow_up_score", "response_at", "outcome",
                                           "channel", "notes", "application_id"])

    def to_applications(self, *, as_of: object = None) -> Applications:
        return load_applications(self.to_frame(), as_of=as_of, name="your outcome log")

    def import_log(self, source: object, *, mapping: object = None,
                   on_duplicate: str = "ask") -> FakeImportResult:
        incoming = load_applications(source, as_of=AS_OF).frame
        added, duplicates = 0, []
        for row in incoming.to_dict("records"):
            day = row["applied_on"].date()
            same = [a for a in self.apps if (a.company, a.role, a.applied_on)
                    == (row["company"], row["role"], day)]
            if same:
                duplicates.append(FakeDuplicate(same[0], row))
                continue
            self.apps.append(_app_from_row(row))
            added += 1
        return FakeImportResult(added, 0, 0, tuple(duplicates))

    def resolve(self, duplicate: FakeDuplicate, choice: str) -> FakeApp | None:
        if choice == "keep_existing":
            return None
        new = _app_from_row(duplicate.incoming)
        if choice == "replace":
            self.apps = [a for a in self.apps if a.id != duplicate.existing.id]
        self.apps.append(new)
        return new


def _when(value: object) -> datetime | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).to_pydatetime()


def _app_from_row(row: dict) -> FakeApp:
    return FakeApp(company=row["company"], role=row.get("role") or "",
                   applied_on=pd.Timestamp(row["applied_on"]).date(),
                   interviewed_at=_when(row.get("interviewed_at")),
                   outcome=row.get("outcome") or "pending",
                   response_at=_when(row.get("response_at")),
                   channel=row.get("channel") or "job board")


def sample_store(n: int = 25, *, pending: int = 5) -> FakeStore:
    """A store of ``n`` applications: the first ``pending`` still waiting, the rest decided."""
    apps = []
    for i in range(n):
        applied = date(2026, 8, 1) + pd.Timedelta(days=3 * i).to_pytimedelta()
        interview = datetime.combine(applied, datetime.min.time()).replace(hour=14) \
            + pd.Timedelta(days=7).to_pytimedelta()
        waiting = i < pending
        answered = not waiting and i % 2 == 0
        apps.append(FakeApp(
            company=f"Company {i + 1}", role="Data Analyst" if i % 3 else "Backend Developer",
            applied_on=applied, interviewed_at=interview, interviewers=("Dana Reyes",),
            outcome="pending" if waiting else ("rejected" if answered else "no_response"),
            response_at=interview + pd.Timedelta(days=5).to_pytimedelta() if answered else None,
            follow_up_sent_at=interview + pd.Timedelta(hours=20).to_pytimedelta(),
            follow_up_score=70 + i % 30))
    return FakeStore(apps)


# -- the outcome-loop functions, on the real values of coachkit.outcomes.writing and waiting
def fake_what_works(apps: Applications, *, as_of: object = None,
                    silence_days: object = None) -> WritingPanel:
    """Counts from the log: answered and decided, enough from 20 decided."""
    frame = apps.frame
    decided = int((frame["outcome"] != "pending").sum())
    answered = int(frame["response_at"].notna().sum())
    rate = answered / decided if decided else 0.0
    row = RateRow("within 1 day", decided, answered, rate, max(0.0, rate - 0.2),
                  min(1.0, rate + 0.2))
    if decided < 20:
        return WritingPanel(decided, False, (), (), (), (), (),
                            f"Too early to tell: {decided} of 20 decided applications.")
    sentence = f"{answered} of {decided} applications got an answer ({rate:.0%})."
    return WritingPanel(decided, True, (row,), (replace(row, group="80+"),), (), (
        WaitRow("follow-up sent", decided, answered, 5.0, 3.0, 8.0),), (sentence,), None)


def fake_plot(panel: WritingPanel) -> object:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(3, 2))
    fig.add_subplot().bar([r.group for r in panel.by_delay], [r.rate for r in panel.by_delay])
    return fig


def fake_waiting_longer(apps: Applications, *, as_of: object = None) -> tuple[Waiting, ...]:
    """Every pending application, as if all had waited longer than usual."""
    rows = []
    frame = apps.frame
    for i, rec in enumerate(frame.to_dict("records")):
        if rec["outcome"] == "pending":
            since = rec["applied_on"].date()
            rows.append(Waiting(i, rec.get("application_id"), rec["company"], rec["role"],
                                since, 40 + i, 12, date(2026, 12, 2), "most answers came by"))
    return tuple(rows)
