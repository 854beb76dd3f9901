"""ApplicationStore: the person's applications, follow-ups and events in one SQLite file."""

from __future__ import annotations

import os
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coachkit.applog import changes
from coachkit.applog.fields import stored_fields
from coachkit.applog.frames import LoadedLog
from coachkit.applog.reading import read_one, resolve_id
from coachkit.applog.records import (
    Application,
    Duplicate,
    Event,
    FollowUp,
    ImportResult,
)
from coachkit.applog.rows import TextRow
from coachkit.applog.schema import STORE
from coachkit.applog.snapshot import Snapshot
from coachkit.errors import InputError, StoreError
from coachkit.model import InterviewNotes
from coachkit.paths import applications_store_path
from coachkit.store.records import _stamp, _utc_now
from coachkit.store.schema import connect, transaction

if TYPE_CHECKING:
    import pandas as pd

    from coachkit.outcomes import Applications

__all__ = ["ApplicationStore"]


class ApplicationStore:
    """The applications store: safe across threads and processes, like the drafts journal.

    ``path`` defaults to :func:`~coachkit.paths.applications_store_path`; ``clock``
    returns the current time (tests inject one); ``read_only`` as for ``DraftJournal``.
    Every write is one ``BEGIN IMMEDIATE`` transaction, fsynced before it returns.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *,
                 clock: Callable[[], datetime] | None = None,
                 read_only: bool | None = None) -> None:
        self.path = applications_store_path() if path is None else Path(path)
        self._clock = clock or _utc_now
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None
        self._snapshot = Snapshot()  # the applications as last read
        self._loaded = LoadedLog()  # the validated log as last read
        self._conn, self.read_only = connect(self.path, read_only=read_only, kind=STORE)

    # -- plumbing ----------------------------------------------------------------

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """Hold the lock and run one transaction; turn sqlite3 errors and values the
        file should never hold into StoreError."""
        with self._lock:
            try:
                with transaction(self._conn, self.path, STORE.what, write=write,
                                 read_only=self.read_only) as conn:
                    yield conn
            except (ValueError, TypeError, KeyError) as exc:
                if isinstance(exc, InputError | StoreError):
                    raise
                raise StoreError(f"Applications store {self.path} holds a damaged value "
                                 f"({exc}); move the file aside to start afresh") from exc

    def _rows(self) -> list[TextRow]:
        """Every application's row of the log as text, newest first."""
        with self._transaction(write=False) as conn:
            apps = self._snapshot.applications(conn)
        with self._lock:
            return self._snapshot.rows(apps)

    def _now(self) -> str:
        return _stamp(self._clock())

    def _insert(self, conn: sqlite3.Connection, values: dict[str, Any]) -> str:
        """Insert one application from stored column values; return its new id."""
        now = self._now()
        row = {"role": "", "channel": "", "notes": "", "outcome": "pending",
               "interviewers": "[]", "stages": "[]", "source": "", **values,
               "created_at": now, "updated_at": values.get("updated_at") or now}
        while True:
            app_id = secrets.token_hex(4)
            with suppress(sqlite3.IntegrityError):
                conn.execute(f"INSERT INTO applications (id, {', '.join(row)}) VALUES "
                             f"(?{', ?' * len(row)})", (app_id, *row.values()))
                return app_id

    def _set(self, conn: sqlite3.Connection, app_id: str, values: dict[str, Any]) -> None:
        values = {**values, "updated_at": values.get("updated_at") or self._now()}
        conn.execute(f"UPDATE applications SET {', '.join(f'{k} = ?' for k in values)},"
                     " revision = revision + 1 WHERE id = ?", (*values.values(), app_id))

    # -- the API -----------------------------------------------------------------

    def add(self, company: str, *, role: str = "", applied_on: date | str | None = None,
            interviewed_at: datetime | str | None = None, interviewers: Any = (),
            channel: str = "", notes: str = "", outcome: str = "pending",
            source: str = "cli") -> Application:
        """Add an application and return it."""
        values = stored_fields({
            "company": company, "role": role, "applied_on": applied_on,
            "interviewed_at": interviewed_at, "interviewers": interviewers,
            "channel": channel, "notes": notes, "outcome": outcome, "source": source})
        with self._transaction(write=True) as conn:
            return read_one(conn, self._insert(conn, values))

    def get(self, app_id_or_prefix: str) -> Application:
        """Return the application whose id is (or starts with) ``app_id_or_prefix``."""
        with self._transaction(write=False) as conn:
            return read_one(conn, resolve_id(conn, app_id_or_prefix))

    def list(self) -> list[Application]:
        """Return every application, newest first (by day applied, then created)."""
        with self._transaction(write=False) as conn:
            return self._snapshot.applications(conn)

    def update(self, app_id: str, **fields: Any) -> Application:
        """Change some fields of an application (any but id, created_at and its records)."""
        values = stored_fields(fields)
        with self._transaction(write=True) as conn:
            app_id = resolve_id(conn, app_id)
            if values:
                self._set(conn, app_id, values)
            return read_one(conn, app_id)

    def find(self, company: str, role: str = "",
             on: date | datetime | None = None) -> list[Application]:
        """Return the applications to the same company and role (case and spaces aside),
        applied or interviewed on the day ``on`` when given; newest first."""
        with self._transaction(write=False) as conn:
            return changes.find(conn, company, role, on)

    def record_follow_up(self, app_id: str, *, kind: str, sent_at: datetime | str,
                         score: int | None = None, verdict: str | None = None,
                         draft_id: str | None = None,
                         draft_version: int | None = None) -> FollowUp:
        """Record a follow-up sent for an application; return it."""
        record = changes.FollowUpRecord.checked(kind, sent_at, score, verdict, draft_id,
                                                draft_version)
        with self._transaction(write=True) as conn:
            app_id = resolve_id(conn, app_id)
            follow_up = record.insert(conn, app_id)
            self._set(conn, app_id, {})
            return follow_up

    def record_sent(self, notes: InterviewNotes, *, kind: str, sent_at: datetime | str,
                    score: int | None = None, verdict: str | None = None,
                    draft_id: str | None = None, draft_version: int | None = None,
                    company: str | None = None) -> tuple[Application, FollowUp]:
        """Record a follow-up written in the composer, on the application it belongs to.

        The application is the one an earlier follow-up of the same draft went to, else
        the one with the notes' company and role (and interview day), else a new one
        (source "composer"); a later check-in so attaches to the same application.
        ``company`` stands in for the notes' company (asked for when they lack it).
        """
        record = changes.FollowUpRecord.checked(kind, sent_at, score, verdict, draft_id,
                                                draft_version)
        name = " ".join((company or notes.company or "").split())
        with self._transaction(write=True) as conn:
            app_id = changes.application_for(conn, notes, name, draft_id)
            if app_id is None:
                if not name:
                    raise InputError("The interview notes name no company: give the "
                                     "company to record this follow-up under")
                app_id = self._insert(conn, changes.from_notes(notes, name))
            else:
                self._set(conn, app_id, changes.filled_from_notes(conn, app_id, notes))
            follow_up = record.insert(conn, app_id)
            return read_one(conn, app_id), follow_up

    def log_event(self, app_id: str, kind: str, on: datetime | date | str,
                  note: str = "") -> Event:
        """Log what happened (one of EVENT_KINDS) and update the application to match.

        answer: the answer time, when there is none after the last step yet;
        interview: the first sets the interview time (an answer before it no longer
        counts as the answer after the last step), a later one adds the stage
        "interview N" (N from 2) and is the answer time when there is none;
        rejected/offer: the outcome, and the answer time as for answer;
        withdrew/no_response: the outcome.
        """
        moment = changes.event_time(kind, on)
        with self._transaction(write=True) as conn:
            app = read_one(conn, resolve_id(conn, app_id))
            self._set(conn, app.id, changes.after_event(app, kind, moment))
            return changes.insert_event(conn, app.id, kind, moment, str(note or ""))

    def import_log(self, source: Any, *, mapping: Any = None,
                   on_duplicate: str = "ask") -> ImportResult:
        """Merge a log (CSV/XLSX path, bytes or DataFrame) read by the lenient loader.

        A row with the company, role and application day of a stored application is a
        duplicate: ``on_duplicate`` "ask" leaves it in ``result.duplicates`` (see
        :meth:`resolve`), "keep_both", "keep_existing" or "replace" decide for all.
        """
        from coachkit.applog.importing import import_rows, incoming_rows

        rows, left_out, label = incoming_rows(source, mapping, on_duplicate)
        with self._transaction(write=True) as conn:
            return import_rows(conn, self._insert, self._set, rows, label, on_duplicate,
                               left_out)

    def resolve(self, duplicate: Duplicate, choice: str) -> Application | None:
        """Settle one duplicate: "keep_both", "keep_existing" or "replace"; return the
        application added or replaced (None when the existing one is kept)."""
        from coachkit.applog.importing import resolve_one

        with self._transaction(write=True) as conn:
            app_id = resolve_one(conn, self._insert, self._set, duplicate, choice)
            return None if app_id is None else read_one(conn, app_id)

    def to_frame(self) -> pd.DataFrame:
        """One row per application: the documented log columns, then the store's extras."""
        from coachkit.applog.rows import frame_of

        return frame_of(self._rows())

    def to_applications(self, *, as_of: date | datetime | str | None = None
                        ) -> Applications:
        """The store as a validated log, for the dashboard, the report and the statistics.

        Read again on the same store object, only the applications changed since are
        read by the loader again (see ``coachkit.applog.frames``); the result is the same.
        """
        return self._loaded.applications(self._rows(), as_of, self.path.name)

    def export_csv(self, path: str | os.PathLike[str], *, anonymous: bool = False) -> Path:
        """Write the store as a documented-log CSV to a new file (never replacing one).

        ``anonymous`` leaves out every company, person and note text (see exporting).
        """
        from coachkit.applog.exporting import write_csv

        return write_csv(self.to_frame(), Path(path), anonymous=anonymous)

    def forget(self, app_id: str) -> None:
        """Erase one application with its follow-ups and events."""
        with self._transaction(write=True) as conn:
            conn.execute("DELETE FROM applications WHERE id = ?", (resolve_id(conn, app_id),))

    def forget_all(self) -> None:
        """Erase the whole store: the file and its -wal and -shm files; closes the store."""
        if self.read_only:
            raise StoreError(f"The applications store {self.path} is read-only "
                             f"({self.read_only}): cannot erase it")
        self.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            target = self.path.with_name(self.path.name + suffix)
            try:
                target.unlink(missing_ok=True)
            except OSError as exc:
                raise StoreError(f"Cannot erase {target}: {exc.strerror or exc}") from exc

    def close(self) -> None:
        """Close the database connection; later calls raise StoreError."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            self._snapshot.clear()
            self._loaded.clear()

    def __enter__(self) -> ApplicationStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ApplicationStore({str(self.path)!r})"
