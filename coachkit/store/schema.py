"""The drafts journal's file: where it is, its schema, and opening it safely.

``connect`` opens any coachkit SQLite file described by a ``StoreKind`` (the drafts
journal by default; the applications store too) with the same durability.
"""

from __future__ import annotations

import os
import random
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from coachkit.errors import StoreError
from coachkit.paths import DRAFTS_FILENAME, drafts_journal_path

__all__ = ["FILENAME", "JOURNAL", "StoreKind", "connect", "journal_path", "transaction"]

FILENAME = DRAFTS_FILENAME
SCHEMA_VERSION = 1
APPLICATION_ID = 0x434B4A31  # "CKJ1": marks the file as a coachkit journal
BUSY_TIMEOUT_S = 5.0

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


@dataclass(frozen=True)
class StoreKind:
    """What one kind of coachkit SQLite file is: its name in messages, marker and schema."""

    what: str            # "drafts journal", in every message naming the file
    application_id: int  # PRAGMA application_id: tells our file from any other database
    schema: str          # the CREATE statements, separated by ";"
    version: int         # PRAGMA user_version once the schema is created
    items: str           # what it holds, as in "holds no drafts yet"


JOURNAL = StoreKind("drafts journal", APPLICATION_ID, _SCHEMA, SCHEMA_VERSION, "drafts")


def journal_path(home: str | os.PathLike[str] | None = None) -> Path:
    """Return the journal file in ``home``, ``$COACHKIT_HOME`` or the user data dir.

    Creates the directory if needed.
    """
    path = drafts_journal_path(home)
    directory = path.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create the drafts directory {directory}: {exc}") from exc
    return path


def connect(path: Path, *, read_only: bool | None = None,
            kind: StoreKind = JOURNAL) -> tuple[sqlite3.Connection, str]:
    """Open (creating if new) the ``kind`` of file at ``path``, in WAL mode with its schema.

    Returns the connection and, when it is read-only, why ("" when it can be written).
    ``read_only=None`` opens read-only when the file or its folder cannot be written,
    so drafts can still be listed, shown and exported; True always does.
    """
    _check_kind(path, kind)
    reason = "opened read-only" if read_only else "" if read_only is False else _unwritable(path)
    if reason:
        return _connect_read_only(path, reason, kind), reason
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = _sqlite(path)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"Cannot open the {kind.what} {path}: {exc}") from exc
    try:
        _open_retrying(path, conn, kind)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY" and path.is_file():
            # writable by its mode bits, yet not to SQLite (a read-only mount, say)
            reason = "SQLite cannot write to it"
            return _connect_read_only(path, reason, kind), reason
        raise _open_error(path, exc, kind) from exc
    except BaseException:
        conn.close()
        raise
    return conn, ""


def _sqlite(target: Path | str, *, uri: bool = False) -> sqlite3.Connection:
    return sqlite3.connect(
        target,
        timeout=BUSY_TIMEOUT_S,
        isolation_level=None,  # transactions are explicit (BEGIN IMMEDIATE)
        check_same_thread=False,  # the journal guards it with its own lock
        uri=uri,
    )


def _open_error(path: Path, exc: sqlite3.DatabaseError, kind: StoreKind) -> StoreError:
    if _damaged(exc):
        return StoreError(
            f"{path} is not a readable {kind.what} (not an SQLite database, "
            f"or damaged): {exc}. It was left untouched; move it aside to start afresh.")
    return StoreError(f"Cannot open the {kind.what} {path}: {exc}")


def _check_kind(path: Path, kind: StoreKind) -> None:
    """Refuse anything but a file: SQLite would block forever reading a FIFO."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"Cannot open the {kind.what} {path}: {exc.strerror or exc}"
                         ) from exc
    if stat.S_ISDIR(mode):
        raise StoreError(f"The {kind.what} {path} is a directory, not a file")
    if not stat.S_ISREG(mode):
        what = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else
                "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a special file")
        raise StoreError(f"The {kind.what} {path} is {what}, not a file; it was left "
                         "untouched")


def _unwritable(path: Path) -> str:
    """Why the journal at ``path`` cannot be written, or "" when it can."""
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is not writable"
    folder = path.parent
    # WAL needs to create its -wal and -shm files beside the journal
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        return "its folder is not writable"
    return ""


def _connect_read_only(path: Path, reason: str, kind: StoreKind) -> sqlite3.Connection:
    """Open an existing file for reading only, never writing to the file or folder."""
    if not path.is_file():
        raise StoreError(f"Cannot create the {kind.what} {path}: {reason}")
    uri = "file:" + quote(str(path.absolute()))
    failure: sqlite3.Error | None = None
    # mode=ro needs the WAL's -shm file or the right to create it; immutable needs
    # neither, and is only tried when mode=ro cannot open the file
    for query in ("?mode=ro", "?immutable=1"):
        conn = _sqlite(uri + query, uri=True)
        try:
            user_version = _check_header(path, conn, kind)
        except sqlite3.OperationalError as exc:
            conn.close()
            failure = exc
            continue
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise _open_error(path, exc, kind) from exc
        except BaseException:
            conn.close()
            raise
        if user_version < kind.version:
            conn.close()
            raise StoreError(f"The {kind.what} {path} is read-only ({reason}) and holds "
                             f"no {kind.items} yet")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        return conn
    raise StoreError(f"Cannot open the {kind.what} {path} read-only ({reason}): {failure}")


def _open_retrying(path: Path, conn: sqlite3.Connection, kind: StoreKind) -> None:
    # Switching a new file to WAL can fail at once with "database is locked" while
    # another process opens it too: SQLite does not call the busy handler there.
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            return _open(path, conn, kind)
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.005 + random.random() * 0.02)


def _check_header(path: Path, conn: sqlite3.Connection, kind: StoreKind) -> int:
    """Refuse a foreign or newer database; return the file's schema version."""
    application_id, user_version, objects = _header(conn)
    if objects and application_id != kind.application_id:
        raise StoreError(f"{path} is an SQLite database but not a coachkit {kind.what}; "
                         "it was left untouched")
    if user_version > kind.version:
        raise StoreError(f"The {kind.what} {path} has schema version "
                         f"{user_version}, newer than this coachkit understands "
                         f"({kind.version}); upgrade coachkit")
    return user_version


def _open(path: Path, conn: sqlite3.Connection, kind: StoreKind) -> None:
    # Reading the header first: a file that is not a database fails here, before
    # any pragma could write to it.
    user_version = _check_header(path, conn, kind)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError(f"The {kind.what} {path} cannot use WAL mode "
                         f"(got {mode!r}); is it on a network drive?")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    if user_version < kind.version:
        _create_schema(conn, kind)


def _create_schema(conn: sqlite3.Connection, kind: StoreKind) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        # another process may have created the schema while we waited
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            # one by one: executescript() would commit the transaction
            for statement in kind.schema.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {kind.application_id}")
            conn.execute(f"PRAGMA user_version = {kind.version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


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


def _damaged(exc: sqlite3.DatabaseError) -> bool:
    """Tell a file that is not (or no longer) a database from, say, a permission error."""
    name = getattr(exc, "sqlite_errorname", "")
    return name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or (
        not name and not isinstance(exc, sqlite3.OperationalError))


@contextmanager
def transaction(conn: sqlite3.Connection | None, path: Path, what: str, *, write: bool,
                read_only: str = "") -> Iterator[sqlite3.Connection]:
    """Run one transaction on ``conn`` (the ``what`` at ``path``); the caller holds its lock.

    A write is ``BEGIN IMMEDIATE``, so two writers queue up; any exception rolls back, and
    every sqlite3 error becomes a StoreError naming the file.
    """
    if conn is None:
        raise StoreError(f"The {what} {path} is closed")
    if write and read_only:
        raise StoreError(f"The {what} {path} is read-only ({read_only}): cannot save")
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
        raise StoreError(f"{what.capitalize()} {path}: {exc}") from exc
