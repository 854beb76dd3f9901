"""LogEventForm: log what happened to an application in one click; ImportBox: merge a file.

Both write to the person's application store (``coachkit.applog.ApplicationStore``), which
is opened the first time it is needed unless one is given. Errors are shown under the
controls, never raised.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

import ipywidgets as w

from coachkit.widgets._html import esc, message

__all__ = ["EVENT_LABELS", "ImportBox", "LogEventForm", "application_label", "day_text",
           "open_store"]

# the outcome buttons, in the order of coachkit.applog.EVENT_KINDS
EVENT_LABELS = {"answer": "an answer", "interview": "an interview", "rejected": "rejected",
                "offer": "an offer", "withdrew": "withdrew", "no_response": "no answer"}
_PAST_DAY_HOUR = time(12)  # a day in the past without an hour: midday, after a morning call


def open_store(store: Any = None) -> Any:
    """Return ``store``, or the person's application store when it is None."""
    if store is not None:
        return store
    from coachkit.applog import ApplicationStore

    return ApplicationStore()


def day_text(day: date) -> str:
    """A day as people write it: 4 Dec 2026."""
    return f"{day.day} {day:%b %Y}"


def application_label(app: Any) -> str:
    """One line naming an application: company · role · applied DATE."""
    parts = [app.company or "(no company)"]
    if app.role:
        parts.append(app.role)
    if app.applied_on:
        parts.append(f"applied {day_text(app.applied_on)}")
    return " · ".join(parts)


class LogEventForm(w.VBox):
    """Choose an application and what happened, then press "Log it"."""

    def __init__(self, store: Any = None, on_logged: Callable[[Any], None] | None = None, *,
                 clock: Callable[[], datetime] = datetime.now, load: bool = True) -> None:
        self._store = store
        self.on_logged = on_logged
        self.clock = clock
        self.application = w.Dropdown(description="Application", options=[],
                                      layout=w.Layout(width="520px"))
        self.kind = w.ToggleButtons(options=[(label, k) for k, label in EVENT_LABELS.items()],
                                    value=None, description="What happened")
        self.on = w.DatePicker(description="On", value=clock().date())
        self.note = w.Textarea(description="Note", placeholder="optional",
                               layout=w.Layout(width="520px", height="48px"))
        self.log_button = w.Button(description="Log it", button_style="primary", icon="check")
        self.log_button.on_click(lambda _: self.log())
        self.result = w.HTML()
        for name, css in (("application", "application"), ("kind", "kind"), ("on", "on"),
                          ("note", "note"), ("log_button", "it"), ("result", "result")):
            getattr(self, name).add_class("ck-log-" + css)
        super().__init__([self.application, self.kind, w.HBox([self.on, self.log_button]),
                          self.note, self.result])
        self.add_class("ck-log-event")
        self._listed: dict[str, tuple[str, bool]] | None = None  # id -> (label, pending)
        self._apps: list[Any] = []  # the applications last listed, to tell what changed
        if load:  # else the owner calls refresh with the list it has read anyway
            self.refresh()

    @property
    def store(self) -> Any:
        """The application store events are logged to (opened on first use)."""
        self._store = open_store(self._store)
        return self._store

    def refresh(self, apps: list[Any] | None = None) -> None:
        """Re-read the applications (or take ``apps``, the store's list): pending ones
        first, the choice kept when it still exists."""
        try:
            apps = self.store.list() if apps is None else apps
        except Exception as error:  # a face never shows a traceback
            self.result.value = message(f"Could not read your outcome log: {error}", error=True)
            return
        listed = self._options_of(apps)
        if self._listed is not None and list(listed.items()) == list(self._listed.items()):
            return  # the same options in the same order: 10,000 of them are slow to resend
        self._listed = listed
        ordered = [i for i, (_, pending) in listed.items() if pending] + \
                  [i for i, (_, pending) in listed.items() if not pending]
        chosen = self.application.value
        self.application.options = [(listed[i][0], i) for i in ordered]
        self.application.value = chosen if chosen in listed else (ordered[0] if ordered
                                                                   else None)
        self.log_button.disabled = not ordered
        if not ordered:
            self.result.value = message("No applications in your outcome log yet: import a "
                                        "file or mark a follow-up as sent first.")

    def _options_of(self, apps: list[Any]) -> dict[str, tuple[str, bool]]:
        """Each application's (label, pending), worked out again only for the changed
        ones (the store hands back the same objects for the others)."""
        last, listed = self._apps, self._listed or {}
        self._apps = list(apps)
        if len(last) == len(apps) and len(listed) == len(apps):
            out = dict(listed)
            for old, new in zip(last, apps, strict=True):
                if old is not new:
                    if old.id != new.id:
                        break  # moved, added or taken away: list them all again
                    out[new.id] = (application_label(new), new.outcome == "pending")
            else:
                return out
        return {a.id: (application_label(a), a.outcome == "pending") for a in apps}

    def _when(self, day: date) -> datetime:
        now = self.clock()
        return now if day == now.date() else datetime.combine(day, _PAST_DAY_HOUR)

    def log(self) -> Any:
        """Log the chosen event; return the application after it, or None (message shown)."""
        app_id, kind, day = self.application.value, self.kind.value, self.on.value
        missing = ("an application" if app_id is None else "what happened" if kind is None
                   else "the day it happened" if day is None else None)
        if missing:
            self.result.value = message(f"Choose {missing} first.", error=True)
            return None
        if day > self.clock().date():
            self.result.value = message("That day is in the future: choose the day it "
                                        "happened.", error=True)
            return None
        try:
            self.store.log_event(app_id, kind, self._when(day), self.note.value.strip())
            app = self.store.get(app_id)
        except Exception as error:  # shown, never raised
            self.result.value = message(f"Not logged: {error}", error=True)
            return None
        self.result.value = message(f"Logged: {EVENT_LABELS[kind]} for "
                                    f"{application_label(app)}, on {day_text(day)}.", ok=True)
        self.note.value = ""
        self.kind.value = None
        self.refresh()
        if self.on_logged is not None:
            self.on_logged(app)
        return app


_CHOICES = (("Keep both", "keep_both"), ("Keep existing", "keep_existing"),
            ("Replace", "replace"))


class ImportBox(w.VBox):
    """Import a CSV or XLSX log into the store; ask about each duplicate."""

    def __init__(self, store: Any = None, on_change: Callable[[], None] | None = None) -> None:
        self._store = store
        self.on_change = on_change
        self.path = w.Text(placeholder="path to a CSV or XLSX log", description="Import",
                           layout=w.Layout(width="420px"))
        self.import_button = w.Button(description="Import a log file", icon="upload")
        self.import_button.on_click(lambda _: self.import_log(self.path.value.strip()))
        self.upload = w.FileUpload(accept=".csv,.xlsx,.txt", multiple=False,
                                   description="Upload and import")
        self.upload.observe(self._on_upload, names="value")
        self.result = w.HTML()
        self.duplicates = w.VBox()
        for name in ("path", "import_button", "upload", "result", "duplicates"):
            getattr(self, name).add_class("ck-import-" + name.replace("_", "-"))
        super().__init__([w.HBox([self.path, self.import_button, self.upload]), self.result,
                          self.duplicates])
        self.add_class("ck-import")

    def _on_upload(self, change: dict) -> None:
        if change["new"]:
            self.import_log(bytes(change["new"][0]["content"]))

    def import_log(self, source: Any) -> Any:
        """Merge ``source`` into the store; list its duplicates with a choice for each."""
        if not source:
            self.result.value = message("Type the path of a CSV or XLSX file first.",
                                        error=True)
            return None
        try:
            self._store = open_store(self._store)
            result = self._store.import_log(source, on_duplicate="ask")
        except Exception as error:  # shown, never raised
            self.result.value = message(f"Not imported: {error}", error=True)
            return None
        said = f"Added {result.added} applications"
        if result.duplicates:
            said += (f"; {len(result.duplicates)} look like applications already in your "
                     "log: choose for each below")
        if result.left_out:
            said += f"; {len(result.left_out)} rows or cells could not be read"
        self.result.value = message(said + ".", ok=True)
        self.duplicates.children = [self._duplicate_row(d) for d in result.duplicates]
        self._changed()
        return result

    def _duplicate_row(self, duplicate: Any) -> w.HBox:
        old = duplicate.existing
        text = w.HTML(f"<b>{esc(application_label(old))}</b> is already in your log "
                      f"(outcome: {esc(old.outcome)}); the file says "
                      f"{esc(str(duplicate.incoming.get('outcome', '?')))}.")
        buttons = [w.Button(description=label, tooltip=choice) for label, choice in _CHOICES]
        row = w.HBox([text, *buttons])
        row.add_class("ck-duplicate")
        for button, (_label, choice) in zip(buttons, _CHOICES, strict=True):
            button.on_click(lambda _, c=choice: self.resolve(duplicate, c, row))
        return row

    def resolve(self, duplicate: Any, choice: str, row: w.Widget | None = None) -> None:
        """Apply the person's choice for one duplicate and take its row away."""
        try:
            self._store = open_store(self._store)
            self._store.resolve(duplicate, choice)
        except Exception as error:  # shown, never raised
            self.result.value = message(f"Not done: {error}", error=True)
            return
        self.duplicates.children = [r for r in self.duplicates.children if r is not row]
        self._changed()

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()
