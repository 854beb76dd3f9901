"""The applications store's file: its schema and marker, opened like the drafts journal."""

from __future__ import annotations

from coachkit.store.schema import StoreKind

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "STORE"]

SCHEMA_VERSION = 1
APPLICATION_ID = 0x434B4131  # "CKA1": marks the file as a coachkit applications store

_SCHEMA = """
CREATE TABLE applications (
    id              TEXT PRIMARY KEY,           -- 8 lowercase hex characters
    company         TEXT NOT NULL,
    role            TEXT NOT NULL DEFAULT '',
    applied_on      TEXT,                       -- ISO date
    interviewed_at  TEXT,                       -- ISO local time, no zone
    interviewers    TEXT NOT NULL DEFAULT '[]', -- JSON list of names
    channel         TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    outcome         TEXT NOT NULL DEFAULT 'pending',
    response_at     TEXT,
    stages          TEXT NOT NULL DEFAULT '[]', -- JSON list of [name, ISO time]
    source          TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,              -- UTC
    updated_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 0  -- +1 on every change to it or its records
);
CREATE TABLE follow_ups (
    id              TEXT PRIMARY KEY,
    application_id  TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    sent_at         TEXT NOT NULL,
    score           INTEGER,
    verdict         TEXT,
    draft_id        TEXT,
    draft_version   INTEGER
);
CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    application_id  TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    at              TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX follow_ups_by_application ON follow_ups (application_id, sent_at);
CREATE INDEX follow_ups_by_draft ON follow_ups (draft_id);
CREATE INDEX events_by_application ON events (application_id, at)
"""

STORE = StoreKind("applications store", APPLICATION_ID, _SCHEMA, SCHEMA_VERSION,
                  "applications")
