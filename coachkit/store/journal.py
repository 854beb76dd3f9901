"""DraftJournal: create, save, list, restore and delete drafts in the journal file."""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coachkit.errors import DraftNotFound
from coachkit.store.records import (
    DraftSummary,
    DraftVersion,
    _decode,
    _digest,
    _encode,
    _moment,
    _preview,
    _stamp,
    _utc_now,
)
from coachkit.store.schema import connect, journal_path, transaction

__all__ = ["DraftJournal"]


class DraftJournal:
    """A SQLite journal of drafts and their versions; safe across threads and processes.

    ``path`` defaults to :func:`journal_path`. ``clock`` returns the current time (tests
    inject one). ``read_only=None`` opens the journal read-only when its file or folder
    cannot be written (True: always); then drafts can be read and every write is a
    StoreError saying so (``read_only`` holds why, "" when writable). The journal is a
    context manager; :meth:`close` is idempotent.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        coalesce_seconds: float = 60.0,
        clock: Callable[[], datetime] | None = None,
        read_only: bool | None = None,
    ) -> None:
        self.path = journal_path() if path is None else Path(path)
        self.coalesce_seconds = float(coalesce_seconds)
        self.session = uuid.uuid4().hex
        self._clock = clock or _utc_now
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None
        self._conn, self.read_only = connect(self.path, read_only=read_only)

    # -- plumbing ----------------------------------------------------------------

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """Hold the lock and run one transaction; turn sqlite3 errors into StoreError."""
        with self._lock, transaction(self._conn, self.path, "drafts journal", write=write,
                                     read_only=self.read_only) as conn:
            yield conn

    def _now(self) -> str:
        return _stamp(self._clock())

    @staticmethod
    def _draft_row(conn: sqlite3.Connection, draft_id: str, *,
                   deleted: bool = False) -> tuple[int, str | None]:
        row = conn.execute("SELECT head, deleted_at FROM drafts WHERE id = ?",
                           (draft_id,)).fetchone()
        if row is None or (row[1] is not None) != deleted:
            state = "deleted " if deleted else ""
            raise DraftNotFound(f"No {state}draft with id {draft_id!r} in the journal")
        return row[0], row[1]

    @staticmethod
    def _insert_version(conn: sqlite3.Connection, draft_id: str, version: int, now: str,
                        session: str, label: str, text: str) -> None:
        conn.execute(
            "INSERT INTO versions (draft_id, version, created_at, saved_at, session, label,"
            " digest, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (draft_id, version, now, now, session, label, _digest(text), text))

    @staticmethod
    def _touch(conn: sqlite3.Connection, draft_id: str, head: int, now: str,
               content: dict[str, Any]) -> None:
        title = content.get("title")
        conn.execute(
            "UPDATE drafts SET head = ?, updated_at = ?, preview = ?,"
            " title = coalesce(?, title) WHERE id = ?",
            (head, now, _preview(content), title if isinstance(title, str) else None,
             draft_id))

    # -- the API -----------------------------------------------------------------

    def create(self, kind: str, title: str = "", content: dict[str, Any] | None = None) -> str:
        """Create a draft whose version 1 (labelled "created") holds ``content``; return its id."""
        content = {} if content is None else content
        text = _encode(content)
        draft_id = uuid.uuid4().hex[:12]
        with self._transaction(write=True) as conn:
            now = self._now()
            conn.execute(
                "INSERT INTO drafts (id, kind, title, created_at, updated_at, head, preview)"
                " VALUES (?, ?, ?, ?, ?, 1, ?)",
                (draft_id, kind, title, now, now, _preview(content)))
            self._insert_version(conn, draft_id, 1, now, self.session, "created", text)
        return draft_id

    def save(self, draft_id: str, content: dict[str, Any], *, label: str = "",
             session: str | None = None) -> int:
        """Save ``content`` as the latest version of the draft; return that version's number.

        Unchanged content writes nothing (but a label turns an unchanged autosave into a
        checkpoint). An autosave coalesces into the latest version when that is an
        autosave of the same ``session`` created less than ``coalesce_seconds`` ago.
        A string ``content["title"]`` also becomes the draft's title.
        """
        text = _encode(content)
        digest = _digest(text)
        session = self.session if session is None else session
        with self._transaction(write=True) as conn:
            head = self._draft_row(conn, draft_id)[0]
            created, old_session, old_label, old_digest = conn.execute(
                "SELECT created_at, session, label, digest FROM versions"
                " WHERE draft_id = ? AND version = ?", (draft_id, head)).fetchone()
            now_moment = self._clock()
            now = _stamp(now_moment)
            if old_digest == digest:
                if label and not old_label:
                    conn.execute("UPDATE versions SET label = ? WHERE draft_id = ? AND version = ?",
                                 (label, draft_id, head))
                return head
            age = (now_moment.astimezone(UTC) - _moment(created)).total_seconds()
            if (not label and not old_label and old_session == session
                    and age < self.coalesce_seconds):
                conn.execute(
                    "UPDATE versions SET content = ?, digest = ?, saved_at = ?"
                    " WHERE draft_id = ? AND version = ?",
                    (text, digest, now, draft_id, head))
                version = head
            else:
                version = head + 1
                self._insert_version(conn, draft_id, version, now, session, label, text)
            self._touch(conn, draft_id, version, now, content)
        return version

    def latest(self, draft_id: str) -> DraftVersion:
        """Return the newest version of a draft."""
        with self._transaction(write=False) as conn:
            head = self._draft_row(conn, draft_id)[0]
            return self._read_version(conn, draft_id, head)

    def version(self, draft_id: str, version: int) -> DraftVersion:
        """Return one version of a draft."""
        with self._transaction(write=False) as conn:
            self._draft_row(conn, draft_id)
            return self._read_version(conn, draft_id, version)

    def history(self, draft_id: str) -> list[DraftVersion]:
        """Return every version of a draft, oldest first."""
        with self._transaction(write=False) as conn:
            self._draft_row(conn, draft_id)
            rows = conn.execute(
                "SELECT version, saved_at, content, label FROM versions WHERE draft_id = ?"
                " ORDER BY version", (draft_id,)).fetchall()
        return [DraftVersion(draft_id, v, _moment(at), _decode(self.path, draft_id, v, text),
                             label)
                for v, at, text, label in rows]

    def restore(self, draft_id: str, version: int) -> int:
        """Copy an earlier version as the newest one, labelled "restored from N"; return it.

        History is never rewritten: the versions after ``version`` stay.
        """
        with self._transaction(write=True) as conn:
            head = self._draft_row(conn, draft_id)[0]
            row = conn.execute("SELECT content FROM versions WHERE draft_id = ? AND version = ?",
                               (draft_id, version)).fetchone()
            if row is None:
                raise DraftNotFound(f"Draft {draft_id!r} has no version {version!r}")
            now = self._now()
            self._insert_version(conn, draft_id, head + 1, now, self.session,
                                 f"restored from {version}", row[0])
            content = _decode(self.path, draft_id, version, row[0])
            self._touch(conn, draft_id, head + 1, now, content)
        return head + 1

    def rename(self, draft_id: str, title: str) -> None:
        """Set the title shown in the drafts list."""
        with self._transaction(write=True) as conn:
            self._draft_row(conn, draft_id)
            conn.execute("UPDATE drafts SET title = ?, updated_at = ? WHERE id = ?",
                         (title, self._now(), draft_id))

    def list_drafts(self, kind: str | None = None) -> list[DraftSummary]:
        """Return the drafts not deleted (of one kind, if given), last updated first."""
        query = ("SELECT id, title, kind, created_at, updated_at, head, preview FROM drafts"
                 " WHERE deleted_at IS NULL")
        params: tuple[str, ...] = ()
        if kind is not None:
            query += " AND kind = ?"
            params = (kind,)
        with self._transaction(write=False) as conn:
            rows = conn.execute(query + " ORDER BY updated_at DESC, rowid DESC",
                                params).fetchall()
        return [DraftSummary(i, t, k, _moment(c), _moment(u), n, p)
                for i, t, k, c, u, n, p in rows]

    def delete(self, draft_id: str) -> None:
        """Hide a draft (soft delete); :meth:`undelete` brings it back with its history."""
        with self._transaction(write=True) as conn:
            self._draft_row(conn, draft_id)
            conn.execute("UPDATE drafts SET deleted_at = ? WHERE id = ?",
                         (self._now(), draft_id))

    def undelete(self, draft_id: str) -> None:
        """Bring back a soft-deleted draft."""
        with self._transaction(write=True) as conn:
            self._draft_row(conn, draft_id, deleted=True)
            conn.execute("UPDATE drafts SET deleted_at = NULL WHERE id = ?", (draft_id,))

    def purge(self, draft_id: str) -> None:
        """Erase a soft-deleted draft and all its versions for good."""
        with self._transaction(write=True) as conn:
            self._draft_row(conn, draft_id, deleted=True)
            conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    def close(self) -> None:
        """Close the database connection; later calls raise StoreError."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> DraftJournal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"DraftJournal({str(self.path)!r})"

    def _read_version(self, conn: sqlite3.Connection, draft_id: str,
                      version: int) -> DraftVersion:
        row = conn.execute(
            "SELECT saved_at, content, label FROM versions WHERE draft_id = ? AND version = ?",
            (draft_id, version)).fetchone()
        if row is None:
            raise DraftNotFound(f"Draft {draft_id!r} has no version {version!r}")
        content = _decode(self.path, draft_id, version, row[1])
        return DraftVersion(draft_id, version, _moment(row[0]), content, row[2])


