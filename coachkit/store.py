"""The drafts journal: every change to a draft, saved to SQLite, versioned and restorable.

    journal = DraftJournal()                      # $COACHKIT_HOME or the user data dir
    draft_id = journal.create("thank_you", "Northwind")
    journal.save(draft_id, {"body": "Dear Dana, ..."})   # called on every debounced change
    journal.history(draft_id)                     # oldest first
    journal.restore(draft_id, 3)                  # version 3 becomes the newest version

Versions. Autosaves (``label=""``) from one session (one journal object, by default)
are coalesced: a save within ``coalesce_seconds`` of the creation of the latest version,
when that version is an autosave of the same session, rewrites it in place. So the
history keeps about one version per minute of typing per tab, plus every labelled
checkpoint and restore, and one tab never overwrites another tab's version.

Durability. The database runs in WAL mode with ``synchronous=FULL``: when ``save()``
returns, the change is in the write-ahead log and fsynced, so it survives a killed
process, a kernel restart and a power cut. (``NORMAL`` would skip that fsync and could
lose the commits since the last checkpoint on a power cut, though never corrupt the
file. The fsync costs about half a millisecond per save on an SSD, the same as writing
a JSON file with fsync, against one save per half second of typing: cheap enough;
``bench/journal_bench.py`` measures both.) Every write is one ``BEGIN IMMEDIATE``
transaction, so two processes saving the same draft queue up instead of clashing;
a writer waits up to ``BUSY_TIMEOUT_S`` for the other.

Errors: every failure is a :class:`~coachkit.errors.StoreError` naming the file;
an unknown draft id or version is :class:`~coachkit.errors.DraftNotFound` (a
``StoreError`` and a ``KeyError``). A soft-deleted draft counts as unknown everywhere
except :meth:`DraftJournal.undelete` and :meth:`DraftJournal.purge`.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coachkit.errors import DraftNotFound, StoreError

__all__ = [
    "ENV_HOME",
    "FILENAME",
    "DraftJournal",
    "DraftSummary",
    "DraftVersion",
    "journal_path",
]

ENV_HOME = "COACHKIT_HOME"
FILENAME = "drafts.sqlite3"
SCHEMA_VERSION = 1
APPLICATION_ID = 0x434B4A31  # "CKJ1": marks the file as a coachkit journal
BUSY_TIMEOUT_S = 5.0
PREVIEW_CHARS = 80

_SCHEMA = """
CREATE TABLE drafts (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    head        INTEGER NOT NULL,          -- the latest version number
    preview     TEXT NOT NULL DEFAULT '',
    deleted_at  TEXT                       -- NULL unless soft-deleted
);
CREATE TABLE versions (
    draft_id    TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL CHECK (version >= 1),
    created_at  TEXT NOT NULL,             -- when this version was first written
    saved_at    TEXT NOT NULL,             -- when it was last written (coalesced saves)
    session     TEXT NOT NULL,
    label       TEXT NOT NULL DEFAULT '',
    digest      TEXT NOT NULL,             -- sha256 of content, to spot unchanged saves
    content     TEXT NOT NULL,             -- JSON object
    UNIQUE (draft_id, version)
);
CREATE INDEX drafts_by_update ON drafts (updated_at);
"""


def journal_path(home: str | os.PathLike[str] | None = None) -> Path:
    """Return the journal file in ``home``, ``$COACHKIT_HOME`` or the user data dir.

    Creates the directory if needed.
    """
    if home is None:
        home = os.environ.get(ENV_HOME) or None
    if home is None:
        import platformdirs  # only when the default is needed

        home = platformdirs.user_data_dir("coachkit", appauthor=False)
    directory = Path(home).expanduser()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create the drafts directory {directory}: {exc}") from exc
    return directory / FILENAME


@dataclass(frozen=True)
class DraftSummary:
    """One row of the drafts list."""

    id: str
    title: str
    kind: str
    created_at: datetime
    updated_at: datetime
    versions: int
    preview: str  # content["preview"] on one line, cut to PREVIEW_CHARS; "" if absent


@dataclass(frozen=True)
class DraftVersion:
    """One saved version of a draft; ``label`` is "" for autosaves."""

    draft_id: str
    version: int
    saved_at: datetime
    content: dict[str, Any]
    label: str


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    # one fixed format, so that stamps sort as text; naive times are taken as local
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _moment(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def _preview(content: dict[str, Any]) -> str:
    text = content.get("preview")
    return " ".join(text.split())[:PREVIEW_CHARS] if isinstance(text, str) else ""


class DraftJournal:
    """A SQLite journal of drafts and their versions; safe across threads and processes.

    ``path`` defaults to :func:`journal_path`. ``clock`` returns the current time (tests
    inject one). The journal is a context manager; :meth:`close` is idempotent.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        coalesce_seconds: float = 60.0,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.path = journal_path() if path is None else Path(path)
        self.coalesce_seconds = float(coalesce_seconds)
        self.session = uuid.uuid4().hex
        self._clock = clock or _utc_now
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        if self.path.is_dir():
            raise StoreError(f"The drafts journal {self.path} is a directory, not a file")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_S,
                isolation_level=None,  # transactions are explicit (BEGIN IMMEDIATE)
                check_same_thread=False,  # guarded by self._lock instead
            )
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"Cannot open the drafts journal {self.path}: {exc}") from exc
        try:
            self._open_retrying(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if _damaged(exc):
                raise StoreError(
                    f"{self.path} is not a readable drafts journal (not an SQLite database, "
                    f"or damaged): {exc}. It was left untouched; move it aside to start afresh."
                ) from exc
            raise StoreError(f"Cannot open the drafts journal {self.path}: {exc}") from exc
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    def _open_retrying(self, conn: sqlite3.Connection) -> None:
        # Switching a new file to WAL can fail at once with "database is locked" while
        # another process opens it too: SQLite does not call the busy handler there.
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                return self._open(conn)
            except sqlite3.OperationalError as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.005 + random.random() * 0.02)

    def _open(self, conn: sqlite3.Connection) -> None:
        # Reading the header first: a file that is not a database fails here, before
        # any pragma could write to it.
        application_id, user_version, objects = self._header(conn)
        if objects and application_id != APPLICATION_ID:
            raise StoreError(f"{self.path} is an SQLite database but not a coachkit drafts "
                             "journal; it was left untouched")
        if user_version > SCHEMA_VERSION:
            raise StoreError(f"The drafts journal {self.path} has schema version "
                             f"{user_version}, newer than this coachkit understands "
                             f"({SCHEMA_VERSION}); upgrade coachkit")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(f"The drafts journal {self.path} cannot use WAL mode "
                             f"(got {mode!r}); is it on a network drive?")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if user_version < SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")
            try:
                # another process may have created the schema while we waited
                if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
                    # one by one: executescript() would commit the transaction
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            conn.execute(statement)
                    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    @staticmethod
    def _header(conn: sqlite3.Connection) -> tuple[int, int, int]:
        # one read transaction: another process may be creating the schema meanwhile
        conn.execute("BEGIN")
        try:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
            objects = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
        finally:
            conn.execute("COMMIT")
        return application_id, user_version, objects

    # -- plumbing ----------------------------------------------------------------

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """Hold the lock and run one transaction; turn sqlite3 errors into StoreError."""
        with self._lock:
            conn = self._conn
            if conn is None:
                raise StoreError(f"The drafts journal {self.path} is closed")
            try:
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise StoreError(f"Drafts journal {self.path}: {exc}") from exc

    def _now(self) -> str:
        return _stamp(self._clock())

    @staticmethod
    def _encode(content: Any) -> str:
        if not isinstance(content, dict):
            raise StoreError(f"Draft content must be a dict, not {type(content).__name__}")
        try:
            return json.dumps(content, ensure_ascii=False, allow_nan=False,
                              separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            raise StoreError(f"Draft content cannot be saved as JSON: {exc}") from exc

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
        text = self._encode(content)
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
        text = self._encode(content)
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


def _damaged(exc: sqlite3.DatabaseError) -> bool:
    """Tell a file that is not (or no longer) a database from, say, a permission error."""
    name = getattr(exc, "sqlite_errorname", "")
    return name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or (
        not name and not isinstance(exc, sqlite3.OperationalError))


def _decode(path: Path, draft_id: str, version: int, text: str) -> dict[str, Any]:
    try:
        content = json.loads(text)
    except ValueError as exc:
        raise StoreError(f"Drafts journal {path}: version {version} of draft {draft_id!r} "
                         f"is damaged ({exc})") from exc
    return content if isinstance(content, dict) else {}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
