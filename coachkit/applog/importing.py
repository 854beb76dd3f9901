"""Merging a log file into the store: read it with the lenient loader, spot duplicates,
and add, keep or replace each row as the user chose."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coachkit.applog.changes import FollowUpRecord
from coachkit.applog.fields import OUTCOMES, stored_fields
from coachkit.applog.reading import read_all
from coachkit.applog.records import Duplicate, ImportResult, fold
from coachkit.errors import InputError

__all__ = ["CHOICES", "import_rows", "incoming_rows", "resolve_one"]

CHOICES = ("keep_both", "keep_existing", "replace")
_FIELDS = ("company", "role", "applied_on", "interviewed_at", "channel", "notes", "outcome",
           "response_at", "stages", "source")
Insert = Callable[[sqlite3.Connection, dict[str, Any]], str]
Update = Callable[[sqlite3.Connection, str, dict[str, Any]], None]


def incoming_rows(source: Any, mapping: Any, on_duplicate: str
                  ) -> tuple[list[dict[str, Any]], tuple, str]:
    """Read ``source`` with the loader: its rows as documented-log fields, what was left
    out, and the source label ("import: <file name>")."""
    if on_duplicate not in ("ask", *CHOICES):
        raise InputError(f"on_duplicate: expected ask, {', '.join(CHOICES)}; "
                         f"got {on_duplicate!r}")
    import pandas as pd

    from coachkit.outcomes import load_applications

    if isinstance(source, pd.DataFrame):
        name = "table"
    elif isinstance(source, bytes | bytearray | memoryview):
        name = "upload"
    else:
        name = Path(source).name
    apps = load_applications(source, mapping=mapping, name=name)
    label = f"import: {name}"
    return _rows(apps.frame, label), apps.left_out, label


def _rows(frame: Any, label: str) -> list[dict[str, Any]]:
    """The loaded frame's rows as plain dicts of Python values (column by column)."""
    n = len(frame)

    def column(name: str, kind: str = "text") -> list[Any]:
        if name not in frame:
            return [None] * n
        values = frame[name]
        if kind == "time":
            return [None if v is None or v != v else v
                    for v in values.astype(object).where(values.notna(), None)]
        return [None if v is None or (isinstance(v, float) and v != v) else v
                for v in values.tolist()]

    cols = {name: column(name) for name in ("company", "role", "channel", "notes", "outcome",
                                            "follow_up_kind", "follow_up_score")}
    for name in ("applied_on", "interviewed_at", "follow_up_sent_at", "response_at"):
        cols[name] = [None if v is None else v.to_pydatetime() for v in column(name, "time")]
    cols["stages"] = column("stages")
    rows = []
    for i in range(n):
        row = {name: values[i] for name, values in cols.items()}
        row["applied_on"] = row["applied_on"].date() if row["applied_on"] else None
        row["channel"] = "" if row["channel"] in (None, "unknown") else row["channel"]
        row["outcome"] = row["outcome"] if row["outcome"] in OUTCOMES else "pending"
        row["stages"] = {stage: at.to_pydatetime() for stage, at in row["stages"] or ()
                         if at is not None and at == at}
        row["source"] = label
        rows.append(row)
    return rows


def _key(company: str, role: str, applied_on: Any) -> tuple[str, str, str]:
    return fold(company), fold(role), str(applied_on or "")


def import_rows(conn: sqlite3.Connection, insert: Insert, update: Update,
                rows: list[dict[str, Any]], label: str, on_duplicate: str,
                left_out: tuple) -> ImportResult:
    """Add ``rows`` to the store, settling duplicates by ``on_duplicate``."""
    existing: dict[tuple[str, str, str], str] = {}
    for app_id, company, role, applied in conn.execute(
            "SELECT id, company, role, applied_on FROM applications ORDER BY rowid"):
        existing.setdefault(_key(company, role, applied), app_id)
    added = replaced = skipped = 0
    asked: list[tuple[str, dict[str, Any]]] = []
    for row in rows:
        app_id = existing.get(_key(row["company"] or "", row["role"] or "", row["applied_on"]))
        if app_id is None or on_duplicate == "keep_both":
            _add(conn, insert, row)
            added += 1
        elif on_duplicate == "keep_existing":
            skipped += 1
        elif on_duplicate == "replace":
            _replace(conn, update, app_id, row)
            replaced += 1
        else:
            asked.append((app_id, row))
    duplicates: tuple[Duplicate, ...] = ()
    if asked:
        by_id = {a.id: a for a in read_all(conn)}
        duplicates = tuple(Duplicate(by_id[i], row) for i, row in asked)
    return ImportResult(added, replaced, skipped, duplicates, tuple(left_out))


def resolve_one(conn: sqlite3.Connection, insert: Insert, update: Update,
                duplicate: Duplicate, choice: str) -> str | None:
    """Carry out the user's choice for one duplicate; return the id added or replaced."""
    if choice not in CHOICES:
        raise InputError(f"choice: expected one of {', '.join(CHOICES)}, got {choice!r}")
    if choice == "keep_existing":
        return None
    if choice == "keep_both":
        return _add(conn, insert, duplicate.incoming)
    _replace(conn, update, duplicate.existing.id, duplicate.incoming)
    return duplicate.existing.id


def _values(row: dict[str, Any]) -> dict[str, Any]:
    return stored_fields({name: row.get(name) for name in _FIELDS if name in row})


def _add(conn: sqlite3.Connection, insert: Insert, row: dict[str, Any]) -> str:
    app_id = insert(conn, _values(row))
    _follow_up(conn, app_id, row, new=True)
    return app_id


def _replace(conn: sqlite3.Connection, update: Update, app_id: str,
             row: dict[str, Any]) -> None:
    update(conn, app_id, _values(row))
    _follow_up(conn, app_id, row)


def _follow_up(conn: sqlite3.Connection, app_id: str, row: dict[str, Any], *,
               new: bool = False) -> None:
    """Record the row's follow-up, unless it has no sent time or is stored already."""
    if not row.get("follow_up_sent_at"):
        return
    score = row.get("follow_up_score")
    record = FollowUpRecord.checked(
        row.get("follow_up_kind") or "thank_you", row["follow_up_sent_at"],
        None if score is None else round(float(score)), None, None, None)
    if new or conn.execute("SELECT 1 FROM follow_ups WHERE application_id = ? AND sent_at = ?",
                           (app_id, record.sent_at.isoformat())).fetchone() is None:
        record.insert(conn, app_id)
