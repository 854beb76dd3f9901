"""The applications store: the person's outcome log, kept beside the drafts journal.

    store = ApplicationStore()                      # $COACHKIT_HOME or the user data dir
    app = store.add("Northwind", role="Data Analyst", applied_on="2026-11-02")
    store.log_event(app.id, "interview", "2026-11-12 14:00")
    store.record_sent(notes, kind="thank_you", sent_at=now, score=84, verdict="ready")
    store.log_event(app.id, "rejected", "2026-11-20")
    store.to_applications()                         # for the dashboard and the report
    store.export_csv("my-log.csv", anonymous=True)  # for a coach: no names, no notes

One SQLite file (``applications.sqlite3``) opened like the drafts journal: WAL mode,
``synchronous=FULL``, one ``BEGIN IMMEDIATE`` transaction per write, so a change that
returned survives a killed process or a power cut, and two processes writing queue up.
Every failure is a :class:`~coachkit.errors.StoreError` naming the file; an unknown or
ambiguous id is :class:`~coachkit.errors.ApplicationNotFound`. pandas is imported only
by the methods that build frames or read files.
"""

from coachkit.applog.records import (
    EVENT_KINDS,
    Application,
    Duplicate,
    Event,
    FollowUp,
    ImportResult,
)
from coachkit.applog.store import ApplicationStore
from coachkit.errors import ApplicationNotFound
from coachkit.paths import applications_store_path

__all__ = [
    "EVENT_KINDS",
    "Application",
    "ApplicationNotFound",
    "ApplicationStore",
    "Duplicate",
    "Event",
    "FollowUp",
    "ImportResult",
    "applications_store_path",
]
