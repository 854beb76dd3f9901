"""FollowUpComposer: write a follow-up part by part, with its score updating as you type.

The widget only displays: the draft, its journal, the clock and the exports live in
``coachkit.compose.ComposeSession`` (``composer.session``; in workshop mode a
``coachkit.workshop.WorkshopSession``); the HTML
comes from ``coachkit.compose.render`` and ``coachkit.render``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from coachkit.compose import Composition
from coachkit.compose.render import (
    render_clock,
    render_message,
    render_notices,
    render_saved,
    render_step_findings,
)
from coachkit.compose.session import ComposeSession, Scoring
from coachkit.errors import CoachkitError
from coachkit.labels import KIND_LABELS
from coachkit.model import Finding, InterviewNotes
from coachkit.scoring import warm_up
from coachkit.widgets._export import ExportPane
from coachkit.widgets._live import Throttle, in_virtual_kernel, kernel_loop
from coachkit.widgets._parts import Parts
from coachkit.widgets._score import ScorePane
from coachkit.widgets._steps import StepsPane
from coachkit.widgets._tick import tick_every
from coachkit.widgets.fix_list import FixList
from coachkit.widgets.notes_form import InterviewNotesForm, NotesHolder
from coachkit.widgets.workshop_panel import WorkshopPanel
from coachkit.workshop.session import WorkshopSession

if TYPE_CHECKING:
    from coachkit.applog import ApplicationStore
    from coachkit.store import DraftJournal
    from coachkit.workshop import WorkshopFolder

__all__ = ["FollowUpComposer"]

SCORE_INTERVAL = 0.05  # seconds between live re-scores while typing (a re-score takes ~2 ms)
SAVE_INTERVAL = 0.5  # seconds between journal writes while typing
CLOCK_TICK = 60.0  # seconds between updates of the send-by clock in a kernel
_MENU_ORDER = ("thank_you", "check_in", "additional_info", "rejection_reply")
_STEP_CONTROLS = ("steps", "step_guide", "examples", "step_findings", "editor_box", "back",
                  "next")
_EXPORTS = ("export_dir", "recipient", "copy_button", "eml_button", "ics_button",
            "export_result", "copy_text", "mark_sent_button", "record_sent")


class FollowUpComposer(w.VBox):
    """A guided editor for one follow-up message, saved to the drafts journal as you type.

    ``notes``, ``kind``, ``sender``, ``journal``, ``draft`` and ``workshop`` open a
    ``ComposeSession`` (see it for what each means); ``clock`` is its "now".
    ``export_dir`` is the folder first offered for exports. ``applications`` is where
    "Mark as sent" records the follow-up: an ApplicationStore, None (the person's own,
    beside the drafts journal, opened at the first recording) or False (no recording).
    In workshop mode a panel shows the exercise and submits the draft under a
    participant code, and nothing is recorded unless a store is given.
    ``lightweight`` leaves out the interview-notes form and the export pane (a workshop
    participant's page uses neither, and every widget costs a room's server).
    """

    def __init__(self, notes: InterviewNotes | str | Path | None = None, *,
                 kind: str = "thank_you", sender: str = "",
                 journal: DraftJournal | bool | None = None, draft: str | None = "auto",
                 clock: Callable[[], datetime] = datetime.now,
                 export_dir: str | Path = ".",
                 workshop: str | Path | WorkshopFolder | None = None,
                 applications: ApplicationStore | bool | None = None,
                 lightweight: bool = False) -> None:
        if workshop is None:
            self.session = ComposeSession(notes, kind=kind, sender=sender, journal=journal,
                                          draft=draft, now=clock)
        else:
            self.session = WorkshopSession(workshop, notes=notes, kind=kind, sender=sender,
                                           journal=journal, draft=draft, now=clock)
            if applications is None:  # a workshop's drafts are exercises, not applications
                applications = False
        self._adopting = False
        self._build(export_dir, applications, lightweight)
        self._score_throttle = Throttle(self._rescore, SCORE_INTERVAL)
        self._save_throttle = Throttle(self._save, SAVE_INTERVAL, flush_at_exit=True,
                                       lazy=True)
        self._show_composition()
        self._rescore()
        if self.report is None:
            warm_up()  # load the dictionaries now, not on the first keystroke
        # the clock was just shown by the re-score: the next tick is one interval away
        tick_every(self, lambda _: CLOCK_TICK, FollowUpComposer.refresh_clock, loop=kernel_loop)

    # -- what the session holds, under the names the composer always had ------------
    composition = property(lambda self: self.session.composition,
                           doc="The message being written.")
    journal = property(lambda self: self.session.journal, doc="The drafts journal, or None.")
    draft_id = property(lambda self: self.session.draft_id, doc="The draft's id once saved.")
    version = property(lambda self: self.session.version, doc="The version last saved.")
    report = property(lambda self: self.session.report, doc="The last score, or None.")
    clock = property(lambda self: self.session.now, doc="What gives the time now.")
    editors = property(lambda self: self.steps_pane.editors, doc="One editor per step.")

    def _build(self, export_dir: str | Path, applications: ApplicationStore | bool | None,
               lightweight: bool = False) -> None:
        c, s = self.session.composition, self.session
        # a participant's page: its widgets share their layouts and styles (fewer to send)
        self.parts = parts = Parts(shared=lightweight)
        in_room = isinstance(s, WorkshopSession)
        self.workshop_panel = (WorkshopPanel(s, before=self.flush, show=self.start_from,
                                             parts=parts) if in_room else None)
        self.kind = parts.make(w.Dropdown, "ck-kind", description="Message", value=c.kind,
                               options=[(KIND_LABELS[k].menu, k) for k in _MENU_ORDER],
                               disabled=in_room and s.exercise is not None)
        self.sender = parts.make(w.Text, "ck-sender", value=c.sender, description="Your name",
                                 placeholder="Alex Morgan")
        self.subject = parts.make(w.Combobox, "ck-subject", layout={"width": "96%"},
                                  description="Subject", ensure_option=False,
                                  placeholder="choose a suggestion or type your own",
                                  options=tuple(c.subject_suggestions()), value=c.subject)
        if lightweight:
            self.notes_form, self.notes_box = NotesHolder(s.start_notes), parts.make(w.Box)
        else:
            self.notes_form = InterviewNotesForm(s.start_notes, path=s.notes_path)
            self.notes_box = w.Accordion([self.notes_form], titles=("Interview notes",))
        self.fix_list = FixList(on_apply=self.apply_fix, on_undo=self.undo_fix, parts=parts)
        # a page of a Solara room: one message per re-score, not three
        self.score_pane = ScorePane(combined=in_virtual_kernel(), below=[self.fix_list],
                                    parts=parts)
        self.steps_pane = StepsPane(s, on_text=self._on_text, on_step=self._on_step,
                                    parts=parts)
        self._build_exports(export_dir, applications, lightweight, parts)
        self.new_button = parts.make(w.Button, "ck-new-button", description="New draft",
                                     icon="file")
        self.clock_label = parts.html(render_clock(s.send_by()), "ck-clock-label")
        self.notice = parts.html(render_notices(s.notices), "ck-notice")
        self.status = parts.html("", "ck-status")
        for pane, names in ((self.steps_pane, _STEP_CONTROLS),
                            (self.score_pane, ("score_panel", "preview", "findings"))):
            for name in names:  # the panes' controls, under the composer's names
                setattr(self, name, getattr(pane, name))
        self.use_example = self.steps_pane.use_example
        self.kind.observe(self._on_kind, names="value")
        self.sender.observe(self._on_sender, names="value")
        self.subject.observe(self._on_subject, names="value")
        self.notes_form.on_change(self._on_notes)
        self.new_button.on_click(lambda _: self.new_draft())
        panel = () if self.workshop_panel is None else (self.workshop_panel,)
        super().__init__([
            *panel, parts.make(w.HBox, children=[self.kind, self.sender, self.new_button]),
            self.notice, self.clock_label, self.notes_box, self.subject,
            parts.make(w.HBox, children=[self.steps_pane, self.score_pane]),
            self.export_box, self.status,
        ], _dom_classes=("ck-composer",), layout=parts.layout())

    def _build_exports(self, export_dir: str | Path,
                       applications: ApplicationStore | bool | None, lightweight: bool,
                       parts: Parts) -> None:
        # a workshop's files would be written on its server, not the participant's computer
        hidden = {"display": "none"} if isinstance(self.session, WorkshopSession) else None
        if lightweight:
            self.export_box = parts.make(w.Box, layout=hidden)
            return
        self.export_box = ExportPane(self.session, export_dir, before=self.flush,
                                     applications=applications)
        if hidden:
            self.export_box.layout.display = "none"
        for name in _EXPORTS:
            setattr(self, name, getattr(self.export_box, name))
        self.export_text = self.export_box.export_text
        self.export_eml = self.export_box.export_eml
        self.export_ics = self.export_box.export_ics
        self.mark_sent = self.export_box.mark_sent

    # -- drafts -----------------------------------------------------------------
    def _show_composition(self) -> None:
        """Fill every control from the session's composition, without echoing back."""
        c = self.session.composition
        self._adopting = True
        try:
            self.steps_pane.forget_editors()
            if self.notes_form.value != c.notes:
                self.notes_form.value = c.notes
            self.notes_box.selected_index = None if c.notes is not None else 0
            self.sender.value = c.sender
            self.subject.value = c.subject
            self.kind.value = c.kind
        finally:
            self._adopting = False
        self._show_kind()

    def _save(self) -> None:
        try:
            version = self.session.save()
        except Exception as error:  # shown, never raised: typing must go on
            self.status.value = render_message(f"Not saved: {error}", error=True)
            return
        if version is not None:
            self.status.value = render_saved(version, self.session.now())

    def on_new_draft(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(draft_id)`` when typing starts a new draft in the journal."""
        self.session.on_new_draft(callback)

    def flush(self) -> None:
        """Score and save now whatever is waiting (the notebook's 'save now')."""
        self._score_throttle.flush()
        self._save_throttle.flush()

    def start_from(self, composition: Composition) -> None:
        """Show ``composition`` as a new draft (what is on screen is saved first); it is
        kept in the journal as soon as it is typed into."""
        self.flush()
        self.session.adopt(composition)
        self._show_composition()
        self._rescore()

    def new_draft(self) -> None:
        """Start an empty draft of the same kind with the same notes."""
        self.flush()
        self.session.new_draft(self.notes_form.value)
        self._show_composition()
        self._rescore()
        self.status.value = render_message("New draft: it is saved as soon as you type.")

    def open_draft(self, draft_id: str) -> None:
        """Replace what is on screen with a saved draft (the current one is saved first)."""
        self.flush()
        if self.session.open_draft(draft_id):
            self._show_composition()
        else:
            self._show_kind()
        self._rescore()

    # -- events -----------------------------------------------------------------
    def _changed(self) -> None:
        self._score_throttle.poke()  # the score first: saving may wait on the journal
        self._save_throttle.poke()

    def _on_text(self, step_id: str, text: str) -> None:
        if not self._adopting:
            self.session.composition.set_text(step_id, text)
            self._changed()

    def _on_subject(self, _change: Any) -> None:
        if not self._adopting:
            self.session.composition.subject = self.subject.value
            self._changed()

    def _on_sender(self, change: Any) -> None:
        if not self._adopting:
            self.session.composition.sender = change["new"]
            self.steps_pane.show_step()
            self._changed()

    def _on_notes(self, notes: InterviewNotes | None) -> None:
        if not self._adopting:
            self.session.composition.notes = notes
            self.subject.options = tuple(self.session.composition.subject_suggestions())
            self.steps_pane.show_step()
            self._changed()

    def _on_kind(self, change: Any) -> None:
        if self._adopting:
            return
        self.session.change_kind(change["new"])
        self._show_kind()
        self._adopting = True
        try:
            self.subject.value = self.session.composition.subject
        finally:
            self._adopting = False
        self._changed()

    def _on_step(self, step_id: str) -> None:
        self.session.composition.step = step_id
        self.steps_pane.show_step()
        self._save_throttle.poke()

    # -- one-click fixes ------------------------------------------------------------
    def apply_fix(self, finding: Finding | int) -> None:
        """Apply a finding's suggestion (its Apply button); the score updates at once."""
        self._fix(lambda: self.session.apply_fix(finding))

    def undo_fix(self) -> None:
        """Take back the last fix applied (the Undo button)."""
        self._fix(self.session.undo_fix)

    def _fix(self, action: Callable[[], Scoring]) -> None:
        self.flush()  # what was typed a moment ago is scored and saved first
        try:
            action()
        except CoachkitError as error:  # shown, never raised
            self.status.value = render_message(str(error), error=True)
        c = self.session.composition
        self._adopting = True
        try:
            for step_id, editor in self.steps_pane.editors.items():
                if editor.value != c.text_of(step_id):
                    editor.value = c.text_of(step_id)
            if self.subject.value != c.subject:
                self.subject.value = c.subject
        finally:
            self._adopting = False
        self._rescore()

    # -- display ----------------------------------------------------------------
    def refresh_clock(self) -> None:
        """Update the send-by clock (the kernel does it every minute by itself)."""
        if self.workshop_panel is not None:
            self.workshop_panel.refresh_timer()
        self.clock_label.value = render_clock(self.session.send_by())

    def _show_kind(self) -> None:
        self.subject.options = tuple(self.session.composition.subject_suggestions())
        self.steps_pane.show_kind()

    def _rescore(self) -> None:
        self.refresh_clock()
        self.notice.value = render_notices(self.session.notices)
        self.steps_pane.relabel()
        scoring = self.session.score()
        self.score_pane.show(scoring)
        fixes = self.session.applied_fixes
        self.fix_list.show(self.session.fixes(), fixes[-1].finding if fixes else None)
        if scoring.state != "failed":
            mine = scoring.by_step.get(self.session.composition.step, [])
            self.step_findings.value = render_step_findings(mine)
