"""What a store object remembers between reads: the applications as last read, so that
listing again re-reads only those changed since (by their revision), and each one's row
of the log as text, so that the frame and the CSV are rebuilt without re-rendering."""

from __future__ import annotations

import sqlite3

from coachkit.applog.reading import NEWEST_FIRST, read_all
from coachkit.applog.records import Application
from coachkit.applog.rows import TextRow, text_row

__all__ = ["Snapshot"]

_CHUNK = 500  # ids per "IN (...)" query


class Snapshot:
    """The applications of one store as last read, with their rows of text."""

    def __init__(self) -> None:
        self._apps: dict[str, tuple[int, Application]] = {}
        self._rows: dict[str, tuple[Application, TextRow]] = {}
        self._order: list[tuple[str, int]] = []  # (id, revision) newest first, as last read
        self._listed: list[Application] = []

    def applications(self, conn: sqlite3.Connection) -> list[Application]:
        """Every application, newest first; only the changed ones are read again."""
        order = conn.execute("SELECT id, revision FROM applications" + NEWEST_FIRST).fetchall()
        if order == self._order:  # nothing changed since: no dict of 10,000 to rebuild
            return list(self._listed)
        stale = [i for i, rev in order if self._apps.get(i, (None,))[0] != rev]
        if len(stale) > _CHUNK:
            fresh = {a.id: a for a in read_all(conn)}
        else:
            fresh = {a.id: a for a in read_all(conn, f"id IN ({', '.join('?' * len(stale))})",
                                               stale)} if stale else {}
        self._apps = {i: (rev, fresh[i] if i in fresh else self._apps[i][1])
                      for i, rev in order}
        self._order = order
        self._listed = [self._apps[i][1] for i, _ in order]
        return list(self._listed)

    def rows(self, apps: list[Application]) -> list[TextRow]:
        """Each application's row of the log as text (rendered again only when changed)."""
        rows: dict[str, tuple[Application, TextRow]] = {}
        for app in apps:
            kept = self._rows.get(app.id)
            rows[app.id] = kept if kept is not None and kept[0] is app else (app, text_row(app))
        self._rows = rows
        return [rows[a.id][1] for a in apps]

    def clear(self) -> None:
        """Forget everything remembered."""
        self._apps.clear()
        self._rows.clear()
        self._order, self._listed = [], []
