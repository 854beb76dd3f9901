"""DraftsList: the saved drafts, to reopen, look back through, restore or delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import ipywidgets as w

from coachkit.compose.render import render_version
from coachkit.errors import CoachkitError
from coachkit.widgets._html import message

if TYPE_CHECKING:
    from coachkit.store import DraftJournal
    from coachkit.widgets.composer import FollowUpComposer

__all__ = ["DraftsList"]


class DraftsList(w.VBox):
    """Every draft in the journal, newest first, with its versions.

    Give it the composer (``DraftsList(composer=c)``) and "Open" shows the
    chosen draft there; or pass ``on_open(draft_id)`` yourself.
    """

    def __init__(self, journal: DraftJournal | None = None, *,
                 composer: FollowUpComposer | None = None,
                 on_open: Callable[[str], None] | None = None) -> None:
        if journal is None and composer is not None:
            journal = composer.journal
        if journal is None:
            from coachkit.store import DraftJournal

            journal = DraftJournal()
        self.journal = journal
        self.composer = composer
        self.on_open = on_open or (composer.open_draft if composer is not None else None)
        self.drafts = w.Select(rows=8, layout=w.Layout(width="100%"))
        self.versions = w.Dropdown(description="Version", layout=w.Layout(width="60%"))
        self.version_preview = w.HTML()
        self.refresh_button = w.Button(description="Refresh", icon="refresh")
        self.open_button = w.Button(description="Open", icon="folder-open",
                                    button_style="primary")
        self.restore_button = w.Button(description="Restore this version", icon="undo")
        self.delete_button = w.Button(description="Delete", icon="trash",
                                      button_style="danger")
        self.undo_button = w.Button(description="Undo delete", icon="undo",
                                    layout=w.Layout(display="none"))
        self.message = w.HTML()
        for name in ("drafts", "versions", "version_preview", "refresh_button", "open_button",
                     "restore_button", "delete_button", "undo_button", "message"):
            getattr(self, name).add_class("ck-drafts-" + name.replace("_button", "")
                                          .replace("_", "-"))
        self._deleted: str | None = None
        self.drafts.observe(lambda _: self._show_versions(), names="value")
        self.versions.observe(lambda _: self._show_version(), names="value")
        self.refresh_button.on_click(lambda _: self.refresh())
        self.open_button.on_click(lambda _: self.open_selected())
        self.restore_button.on_click(lambda _: self.restore())
        self.delete_button.on_click(lambda _: self.delete())
        self.undo_button.on_click(lambda _: self.undo_delete())
        super().__init__([
            w.HBox([self.refresh_button, self.open_button, self.delete_button,
                    self.undo_button]),
            self.drafts, w.HBox([self.versions, self.restore_button]),
            self.version_preview, self.message,
        ])
        self.add_class("ck-drafts")
        self.refresh()
        if composer is not None:  # a draft started in the composer shows up here at once
            composer.on_new_draft(lambda _id: self.refresh())

    @property
    def selected(self) -> str | None:
        return self.drafts.value

    def refresh(self) -> None:
        """Read the list of drafts again (another tab may have added some)."""
        try:
            drafts = self.journal.list_drafts()
        except CoachkitError as error:
            self._say(str(error), error=True)
            return
        keep = self.drafts.value
        self.drafts.options = [
            (f"{d.updated_at.astimezone():%d %b %H:%M} · {d.title or 'Untitled'} · "
             f"{d.versions} version{'s' if d.versions != 1 else ''} · {d.preview[:50]}", d.id)
            for d in drafts]
        ids = [d.id for d in drafts]
        self.drafts.value = keep if keep in ids else (ids[0] if ids else None)
        if not ids:
            self._say("No drafts yet: what you write in the composer is saved here.")
        elif "No drafts yet" in self.message.value:
            self.message.value = ""
        self._show_versions()

    def _show_versions(self) -> None:
        draft_id = self.drafts.value
        if draft_id is None:
            self.versions.options = []
            self.version_preview.value = ""
            return
        try:
            history = self.journal.history(draft_id)
        except CoachkitError as error:
            self._say(str(error), error=True)
            return
        self.versions.options = [
            (f"{v.version} · {v.saved_at.astimezone():%d %b %H:%M:%S}"
             + (f" · {v.label}" if v.label else ""), v.version) for v in reversed(history)]
        self.versions.value = history[-1].version if history else None
        self._show_version()

    def _show_version(self) -> None:
        draft_id, number = self.drafts.value, self.versions.value
        if draft_id is None or number is None:
            self.version_preview.value = ""
            return
        try:
            content = self.journal.version(draft_id, number).content
        except CoachkitError as error:
            self._say(str(error), error=True)
            return
        self.version_preview.value = render_version(content)

    # not open(): ipywidgets' Widget.__init__ calls self.open() to open the comm to the
    # browser, and an override there leaves the widget without a model to display
    def open_selected(self) -> None:
        """Show the selected draft in the composer."""
        if self.drafts.value is None or self.on_open is None:
            self._say("Choose a draft first." if self.on_open else "No composer to open it in.",
                      error=True)
            return
        self.on_open(self.drafts.value)
        self._say("Opened in the composer.")

    def restore(self) -> None:
        """Make the chosen earlier version the latest one (history is kept)."""
        draft_id, number = self.drafts.value, self.versions.value
        if draft_id is None or number is None:
            return
        try:
            new = self.journal.restore(draft_id, number)
        except CoachkitError as error:
            self._say(str(error), error=True)
            return
        if self.composer is not None and self.composer.draft_id == draft_id:
            self.composer.open_draft(draft_id)
        self.refresh()
        self._say(f"Version {number} restored as version {new}; nothing was deleted.")

    def delete(self) -> None:
        """Hide the selected draft (it can be brought back with 'Undo delete')."""
        draft_id = self.drafts.value
        if draft_id is None:
            return
        try:
            self.journal.delete(draft_id)
        except CoachkitError as error:
            self._say(str(error), error=True)
            return
        self._deleted = draft_id
        self.undo_button.layout.display = None
        self.refresh()
        self._say("Draft deleted. 'Undo delete' brings it back.")

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        try:
            self.journal.undelete(self._deleted)
        except CoachkitError as error:
            self._say(str(error), error=True)
            return
        self.drafts.value = None
        restored, self._deleted = self._deleted, None
        self.undo_button.layout.display = "none"
        self.refresh()
        self.drafts.value = restored
        self._say("Draft restored.")

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.value = message(text, error=error)
