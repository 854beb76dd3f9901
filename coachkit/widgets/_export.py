"""The composer's export pane: copy-ready text, an .eml draft, a check-in reminder, and
"Mark as sent" for the outcome log.

The session writes the files (never over an existing one); the pane holds the folder
and recipient typed, and shows what happened. After the text or the .eml is exported it
asks, once per version of the message, whether to record the follow-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import ipywidgets as w

from coachkit.compose.render import render_message
from coachkit.compose.session import ComposeSession
from coachkit.errors import CoachkitError
from coachkit.widgets.record_sent import RecordSent

if TYPE_CHECKING:
    from coachkit.applog import ApplicationStore

__all__ = ["ExportPane"]


class ExportPane(w.Accordion):
    """Folder, recipient, the three export buttons, the result and the copy box.

    ``before`` runs before an export (a composer saves and scores what was just typed).
    ``applications`` is where sent follow-ups are recorded: an ApplicationStore, None (the
    one beside the drafts journal, opened at the first recording) or False (no recording:
    no "Mark as sent", no question).
    """

    def __init__(self, session: ComposeSession, export_dir: str | Path, *,
                 before: Callable[[], None] = lambda: None,
                 applications: ApplicationStore | bool | None = None) -> None:
        self.session = session
        self._before = before
        self.export_dir = w.Text(value=str(export_dir), description="Save to folder",
                                 style={"description_width": "initial"})
        self.recipient = w.Text(description="To", placeholder="dana@example.com (optional)")
        self.copy_button = w.Button(description="Copy-ready text", icon="clipboard",
                                    layout=w.Layout(width="auto"))
        self.eml_button = w.Button(description="Save .eml", icon="envelope")
        self.ics_button = w.Button(description="Check-in reminder .ics", icon="calendar",
                                   layout=w.Layout(width="auto"))
        self.export_result = w.HTML()
        self.copy_text = w.Textarea(layout=w.Layout(width="100%", height="160px",
                                                    display="none"))
        for name in ("export_dir", "recipient", "copy_button", "eml_button", "ics_button",
                     "export_result", "copy_text"):
            getattr(self, name).add_class("ck-" + name.replace("_", "-"))
        self.copy_button.on_click(lambda _: self.export_text())
        self.eml_button.on_click(lambda _: self.export_eml())
        self.ics_button.on_click(lambda _: self.export_ics())
        buttons = [self.copy_button, self.eml_button, self.ics_button]
        self.mark_sent_button: w.Button | None = None
        self.record_sent: RecordSent | None = None
        if applications is not False:
            store = None if applications is None or applications is True else applications
            self.record_sent = RecordSent(session, store, before=before)
            self.mark_sent_button = w.Button(description="Mark as sent", icon="paper-plane",
                                             layout=w.Layout(width="auto"))
            self.mark_sent_button.add_class("ck-mark-sent-button")
            self.mark_sent_button.on_click(lambda _: self.mark_sent())
            buttons.append(self.mark_sent_button)
        pane = w.VBox([w.HBox([self.export_dir, self.recipient]), w.HBox(buttons),
                       self.export_result,
                       *([self.record_sent] if self.record_sent else []), self.copy_text])
        title = "Send it: copy, .eml, reminder" + (", mark as sent" if self.record_sent else "")
        super().__init__([pane], titles=(title,))

    def export_text(self) -> str:
        """Show the whole message in a box, ready to copy into a mail client."""
        self._before()
        text = self.session.copy_text()
        self.copy_text.value = text
        self.copy_text.layout.display = None
        self.export_result.value = render_message("Select all in the box below and copy it.")
        self._ask()
        return text

    def export_eml(self) -> Path | None:
        """Save the message as an .eml file a mail client opens as a draft."""
        self._before()
        try:
            path = self.session.save_eml(self.export_dir.value, to=self.recipient.value)
        except CoachkitError as error:
            return self._fail(error)
        self.export_result.value = render_message(f"Saved the e-mail to {path}.")
        self._ask()
        return path

    def export_ics(self) -> Path | None:
        """Save a calendar reminder for the first polite check-in day."""
        try:
            path, day = self.session.save_ics(self.export_dir.value)
        except CoachkitError as error:
            return self._fail(error)
        self.export_result.value = render_message(
            f"Saved a reminder for {day:%A} {day.day} {day:%B} to {path}.")
        return path

    def mark_sent(self) -> None:
        """Record the follow-up as sent now in the outcome log (when recording is on)."""
        if self.record_sent is not None:
            self.record_sent.mark_sent()

    def _ask(self) -> None:
        if self.record_sent is not None:
            self.record_sent.ask()

    def _fail(self, error: CoachkitError) -> None:
        self.export_result.value = render_message(str(error), error=True)
