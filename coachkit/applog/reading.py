"""Reading applications, with their follow-ups and events, out of the store's tables."""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from coachkit.applog.records import (
    Application,
    Event,
    FollowUp,
    day_of,
    decode_names,
    decode_stages,
    moment_of,
)
from coachkit.errors import ApplicationNotFound

__all__ = ["APP_COLUMNS", "NEWEST_FIRST", "read_all", "read_one", "resolve_id"]

APP_COLUMNS = ("id", "company", "role", "applied_on", "interviewed_at", "interviewers",
               "channel", "notes", "outcome", "response_at", "stages", "source",
               "created_at", "updated_at")
_SELECT_APPS = f"SELECT {', '.join(APP_COLUMNS)} FROM applications"
_SELECT_FOLLOW_UPS = ("SELECT id, application_id, kind, sent_at, score, verdict, draft_id,"
                      " draft_version FROM follow_ups")
_SELECT_EVENTS = "SELECT id, application_id, kind, at, note FROM events"
# newest first: by the day applied (the day created when there is none), then created
NEWEST_FIRST = (" ORDER BY coalesce(applied_on, substr(created_at, 1, 10)) DESC,"
                 " created_at DESC, rowid DESC")
_HEX = re.compile(r"[0-9a-f]{1,8}")


def resolve_id(conn: sqlite3.Connection, prefix: str) -> str:
    """The one application id starting with ``prefix``; ApplicationNotFound otherwise."""
    text = str(prefix).strip().lower()
    if not _HEX.fullmatch(text):
        raise ApplicationNotFound(f"No application with id {prefix!r}: ids are 8 letters "
                                  "and digits such as 3f9c2a1b (any unique start will do)")
    rows = conn.execute("SELECT id FROM applications WHERE substr(id, 1, ?) = ? LIMIT 6",
                        (len(text), text)).fetchall()
    if not rows:
        raise ApplicationNotFound(f"No application with id {prefix!r} in the store")
    if len(rows) > 1:
        shown = ", ".join(r[0] for r in rows[:5])
        raise ApplicationNotFound(f"The id {prefix!r} is ambiguous: it starts {shown}"
                                  f"{' …' if len(rows) > 5 else ''}; give more of it")
    return rows[0][0]


def read_one(conn: sqlite3.Connection, app_id: str) -> Application:
    """The application with exactly this id, its follow-ups and events."""
    row = conn.execute(_SELECT_APPS + " WHERE id = ?", (app_id,)).fetchone()
    if row is None:
        raise ApplicationNotFound(f"No application with id {app_id!r} in the store")
    follow_ups = conn.execute(_SELECT_FOLLOW_UPS + " WHERE application_id = ?"
                              " ORDER BY sent_at, rowid", (app_id,)).fetchall()
    events = conn.execute(_SELECT_EVENTS + " WHERE application_id = ? ORDER BY at, rowid",
                          (app_id,)).fetchall()
    return _application(row, [_follow_up(r) for r in follow_ups], [_event(r) for r in events])


def read_all(conn: sqlite3.Connection, where: str = "",
             params: Sequence[object] = ()) -> list[Application]:
    """Every application (or those ``where`` selects), newest first."""
    rows = conn.execute(_SELECT_APPS + (f" WHERE {where}" if where else "") + NEWEST_FIRST,
                        params).fetchall()
    if not rows:
        return []
    follow_ups: dict[str, list[FollowUp]] = defaultdict(list)
    events: dict[str, list[Event]] = defaultdict(list)
    some = f" WHERE application_id IN (SELECT id FROM applications WHERE {where})" if where else ""
    for r in conn.execute(_SELECT_FOLLOW_UPS + some + " ORDER BY sent_at, rowid", params):
        follow_ups[r[1]].append(_follow_up(r))
    for r in conn.execute(_SELECT_EVENTS + some + " ORDER BY at, rowid", params):
        events[r[1]].append(_event(r))
    return [_application(r, follow_ups.get(r[0], ()), events.get(r[0], ())) for r in rows]


def _application(row: Sequence, follow_ups: Sequence[FollowUp],
                 events: Sequence[Event]) -> Application:
    (app_id, company, role, applied, interviewed, names, channel, notes, outcome, response,
     stages, source, created, updated) = row
    return Application(
        id=app_id, company=company, role=role, applied_on=day_of(applied),
        interviewed_at=moment_of(interviewed),
        interviewers=() if names == "[]" else decode_names(names),
        channel=channel, notes=notes, outcome=outcome, response_at=moment_of(response),
        stages={} if stages == "[]" else decode_stages(stages), source=source,
        created_at=datetime.fromisoformat(created), updated_at=datetime.fromisoformat(updated),
        follow_ups=tuple(follow_ups), events=tuple(events))


def _follow_up(row: Sequence) -> FollowUp:
    fid, app_id, kind, sent, score, verdict, draft_id, version = row
    return FollowUp(fid, app_id, kind, datetime.fromisoformat(sent), score, verdict, draft_id,
                    version)


def _event(row: Sequence) -> Event:
    eid, app_id, kind, at, note = row
    return Event(eid, app_id, kind, datetime.fromisoformat(at), note)
