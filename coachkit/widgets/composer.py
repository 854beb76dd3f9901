"""FollowUpComposer: write a follow-up part by part, with its score updating as you type.

The widget only displays: the parts, guidance, assembly, score and send-by clock
come from ``coachkit.compose.Composition``; drafts are kept by
``coachkit.store.DraftJournal``.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from coachkit.compose import Composition, check_in_reminder, save_new, to_eml, to_text
from coachkit.compose.composition import LIVE_SCORE_LIMIT
from coachkit.errors import CoachkitError
from coachkit.model import InterviewNotes
from coachkit.notes import load_notes
from coachkit.render import highlight, render_findings, render_scores
from coachkit.widgets._html import esc, message
from coachkit.widgets._live import Throttle, kernel_loop
from coachkit.widgets.notes_form import InterviewNotesForm

if TYPE_CHECKING:
    from coachkit.scoring.rules import Rules
    from coachkit.store import DraftJournal
    from coachkit.widgets.workshop_panel import WorkshopPanel
    from coachkit.workshop import WorkshopFolder

__all__ = ["FollowUpComposer"]

SCORE_INTERVAL = 0.05  # seconds between live re-scores while typing (a re-score takes ~2 ms)
SAVE_INTERVAL = 0.5  # seconds between journal writes while typing
_KIND_OPTIONS = [("Thank-you after an interview", "thank_you"),
                 ("Check-in after silence", "check_in"),
                 ("Additional information", "additional_info"),
                 ("Reply to a rejection", "rejection_reply")]


class FollowUpComposer(w.VBox):
    """A guided editor for one follow-up message, saved to the drafts journal as you type.

    ``notes`` may be InterviewNotes or the path of a notes file. ``draft`` is
    "auto" (reopen the draft last edited from the same notes file, or for notes
    given as values the same company and role; else start one), None (always
    start a new draft) or a draft id. ``journal`` defaults to
    the journal in the user's workspace; pass ``journal=False`` to keep nothing.
    ``clock`` gives "now" for the send-by clock and timeliness.

    ``workshop`` (a workshop folder, or its path) puts the composer in workshop
    mode: the exercise sets the kind, the scenario notes and the coach's rules,
    timing is judged as the exercise says, and a panel submits the draft under
    a participant code.
    """

    def __init__(self, notes: InterviewNotes | str | Path | None = None, *,
                 kind: str = "thank_you", sender: str = "",
                 journal: DraftJournal | bool | None = None, draft: str | None = "auto",
                 clock: Callable[[], datetime] = datetime.now,
                 export_dir: str | Path = ".",
                 workshop: str | Path | WorkshopFolder | None = None) -> None:
        self.clock = clock
        self._rules: Rules | None = None
        self._timed = True
        self.workshop_panel: WorkshopPanel | None = None
        self._on_new_draft: list[Callable[[str], None]] = []
        self._adopting = False
        self._problems: list[str] = []
        notes_path = source = ""
        if isinstance(notes, str | Path):
            notes_path, source = str(notes), str(Path(notes).expanduser().resolve())
            try:
                notes = load_notes(notes)
            except CoachkitError as error:
                self._problems.append(str(error))
                notes = None
        exercise = None
        if workshop is not None:
            from coachkit.widgets.workshop_panel import open_exercise

            exercise, problem = open_exercise(workshop)
            if problem:
                self._problems.append(problem)
            if exercise is not None:
                notes, kind, source = exercise.scenario, exercise.kind, ""
                self._rules = exercise.rules()
                if exercise.sent_at is not None:
                    self.clock = lambda: exercise.sent_at
                else:
                    self._timed = False  # the room writes now; when it is sent is not judged
                if draft == "auto":
                    draft = None  # one server, many participants: never reopen by notes
        self.composition = Composition(kind=kind, notes=notes, sender=sender, source=source,
                                       rules=self._rules)
        if exercise is not None and journal in (None, True):
            # the room's drafts are kept apart from the personal drafts of whoever serves
            # the page (and not on the workshop folder, which may be a network share)
            from coachkit.paths import room_drafts_path
            from coachkit.store import DraftJournal

            try:
                journal = DraftJournal(room_drafts_path(exercise.id))
            except CoachkitError as error:
                self._problems.append(f"Drafts are not being saved: {error}")
                journal = False
        self.journal = self._open_journal(journal)
        self.draft_id: str | None = None
        self.version: int | None = None
        self.report = None
        self._build(notes_path, export_dir)
        if workshop is not None:
            from coachkit.widgets.workshop_panel import WorkshopPanel

            self.workshop_panel = WorkshopPanel(self, workshop, exercise)
            self.children = (self.workshop_panel, *self.children)
            self.kind.disabled = exercise is not None
            # files would be written on the workshop's server, not the participant's computer
            self.export_box.layout.display = "none"
        self._score_throttle = Throttle(self._rescore, SCORE_INTERVAL)
        self._save_throttle = Throttle(self._save, SAVE_INTERVAL, flush_at_exit=True)
        self._reopen(draft)
        self._show_kind()
        self._rescore()
        if self.report is None:
            warm_up()  # load the dictionaries now, not on the first keystroke
        _tick(weakref.ref(self))

    def refresh_clock(self) -> None:
        """Update the send-by clock (the kernel does it every minute by itself)."""
        if self.workshop_panel is not None:
            self.workshop_panel.refresh_timer()
        if not self._timed:
            self.clock_label.value = ('<div class="ck-clock" style="color:#555">When it is '
                                      "sent is not judged in this exercise.</div>")
            return
        self.clock_label.value = (f'<div class="ck-clock" style="font-weight:bold">'
                                  f'{esc(self.composition.send_clock(self.clock()))}</div>')

    # -- layout -----------------------------------------------------------------
    def _build(self, notes_path: str, export_dir: str | Path) -> None:
        c = self.composition
        self.kind = w.Dropdown(options=_KIND_OPTIONS, value=c.kind, description="Message")
        self.sender = w.Text(value=c.sender, description="Your name", placeholder="Alex Morgan")
        self.clock_label = w.HTML()
        self.notes_form = InterviewNotesForm(c.notes, path=notes_path)
        self.notes_box = w.Accordion([self.notes_form], titles=("Interview notes",))
        self.notes_box.selected_index = None if c.notes is not None else 0
        self.steps = w.ToggleButtons(style={"button_width": "auto"})
        self.step_guide = w.HTML()
        self.examples = w.VBox()
        self.step_findings = w.HTML()
        self.editors: dict[str, w.Textarea] = {}
        self.editor_box = w.Box()
        self.back = w.Button(description="Back", icon="arrow-left")
        self.next = w.Button(description="Next", icon="arrow-right")
        self.subject = w.Combobox(description="Subject", ensure_option=False,
                                  placeholder="choose a suggestion or type your own",
                                  layout=w.Layout(width="96%"))
        self.score_panel = w.HTML()
        self.preview = w.HTML()
        self.findings = w.HTML()
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
        self.status = w.HTML()
        self.notice = w.HTML()
        self.new_button = w.Button(description="New draft", icon="file")

        for name in ("kind", "sender", "clock_label", "steps", "step_guide", "examples",
                     "step_findings", "back", "next", "subject", "score_panel", "preview",
                     "findings", "export_dir", "recipient", "copy_button", "eml_button",
                     "ics_button", "export_result", "copy_text", "status", "notice",
                     "new_button"):
            getattr(self, name).add_class("ck-" + name.replace("_", "-"))

        self.kind.observe(self._on_kind, names="value")
        self.sender.observe(self._on_sender, names="value")
        self.steps.observe(self._on_step, names="value")
        self.subject.observe(self._on_edit, names="value")
        self.notes_form.on_change(self._on_notes)
        self.back.on_click(lambda _: self._move(-1))
        self.next.on_click(lambda _: self._move(+1))
        self.copy_button.on_click(lambda _: self.export_text())
        self.eml_button.on_click(lambda _: self.export_eml())
        self.ics_button.on_click(lambda _: self.export_ics())
        self.new_button.on_click(lambda _: self.new_draft())

        left = w.VBox([self.steps, self.step_guide, self.examples, self.editor_box,
                       self.step_findings, w.HBox([self.back, self.next])],
                      layout=w.Layout(width="52%", padding="0 12px 0 0"))
        right = w.VBox([self.score_panel, w.HTML("<b>Preview</b>"), self.preview,
                        self.findings], layout=w.Layout(width="48%"))
        export = w.VBox([w.HBox([self.export_dir, self.recipient]),
                         w.HBox([self.copy_button, self.eml_button, self.ics_button]),
                         self.export_result, self.copy_text])
        self.export_box = w.Accordion([export], titles=("Send it: copy, .eml, reminder",))
        super().__init__([
            w.HBox([self.kind, self.sender, self.new_button]), self.notice, self.clock_label,
            self.notes_box, self.subject, w.HBox([left, right]),
            self.export_box, self.status,
        ])
        self.add_class("ck-composer")

    def _make_editor(self, step_id: str) -> w.Textarea:
        editor = w.Textarea(value=self.composition.text_of(step_id), continuous_update=True,
                            layout=w.Layout(width="100%", height="130px"),
                            placeholder="Write this part here, or start from an example above.")
        editor.add_class("ck-step-text")
        editor.add_class(f"ck-step-{step_id.replace('_', '-')}")
        editor.observe(lambda change, s=step_id: self._on_text(s, change["new"]), names="value")
        return editor

    # -- the journal ------------------------------------------------------------
    def _open_journal(self, journal: DraftJournal | bool | None) -> DraftJournal | None:
        if journal is False:
            return None
        if journal not in (None, True):
            return journal  # type: ignore[return-value]
        from coachkit.store import DraftJournal

        try:
            return DraftJournal()
        except CoachkitError as error:
            self._problems.append(f"Drafts are not being saved: {error}")
            return None

    def _reopen(self, draft: str | None) -> None:
        if self.journal is None or draft is None:
            return
        try:
            draft_id = self._match() if draft == "auto" else draft
            if draft_id is None:
                return
            saved = self.journal.latest(draft_id)
            composition = Composition.from_content(saved.content)
        except (CoachkitError, KeyError) as error:
            self._problems.append(f"Could not reopen the draft: {error}")
            return
        self._adopt(composition, draft_id, saved.version)
        when = saved.saved_at.astimezone()
        self._problems.append(f"Reopened your draft “{composition.title}” "
                              f"(version {saved.version}, saved {when:%d %b %H:%M}).")

    def _match(self) -> str | None:
        """The latest draft started from the same notes file, or (for notes given as
        values) written for the same company and role."""
        assert self.journal is not None
        source, notes = self.composition.source, self.composition.notes
        key = (notes.company, notes.role) if notes else (None, None)
        for summary in self.journal.list_drafts():
            content = self.journal.latest(summary.id).content
            if source:
                if content.get("source") == source:
                    return summary.id
                continue
            saved = content.get("notes") or {}
            if not content.get("source") and (saved.get("company"), saved.get("role")) == key:
                return summary.id
        return None

    def _adopt(self, composition: Composition, draft_id: str | None,
               version: int | None) -> None:
        self._adopting = True
        composition.rules = self._rules
        try:
            self.composition = composition
            self.draft_id, self.version = draft_id, version
            self.editors = {}
            self.notes_form.value = composition.notes
            self.notes_box.selected_index = None if composition.notes is not None else 0
            self.sender.value = composition.sender
            self.subject.value = composition.subject
            self.kind.value = composition.kind
        finally:
            self._adopting = False

    def _save(self) -> None:
        if self.journal is None:
            return
        content = self.composition.to_content()
        try:
            if self.draft_id is None:
                if not any(t.strip() for t in self.composition.parts.values()):
                    return  # nothing typed yet: nothing to keep
                self.draft_id = self.journal.create(self.composition.kind,
                                                    self.composition.title, content)
                self.version = 1
                for callback in self._on_new_draft:
                    callback(self.draft_id)
            else:
                self.version = self.journal.save(self.draft_id, content)
        except Exception as error:  # shown, never raised: typing must go on
            self.status.value = message(f"Not saved: {error}", error=True)
            return
        self.status.value = message(f"Saved {self.clock():%H:%M:%S} · version {self.version}"
                                     " · drafts are kept as you type")

    def on_new_draft(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(draft_id)`` when typing starts a new draft in the journal."""
        self._on_new_draft.append(callback)

    def flush(self) -> None:
        """Score and save now whatever is waiting (the notebook's 'save now')."""
        self._score_throttle.flush()
        self._save_throttle.flush()

    def start_from(self, composition: Composition) -> None:
        """Show ``composition`` as a new draft (what is on screen is saved first); it is
        kept in the journal as soon as it is typed into."""
        self.flush()
        self._adopt(composition, None, None)
        self._show_kind()
        self._rescore()

    def new_draft(self) -> None:
        """Start an empty draft of the same kind with the same notes."""
        self.start_from(Composition(kind=self.composition.kind, notes=self.notes_form.value,
                                    sender=self.composition.sender,
                                    source=self.composition.source))
        self.status.value = message("New draft: it is saved as soon as you type.")

    def open_draft(self, draft_id: str) -> None:
        """Replace what is on screen with a saved draft (the current one is saved first)."""
        self.flush()
        self._problems = []
        self._reopen(draft_id)
        self._show_kind()
        self._rescore()

    # -- events -----------------------------------------------------------------
    def _changed(self) -> None:
        self._score_throttle.poke()
        self._save_throttle.poke()

    def _on_text(self, step_id: str, text: str) -> None:
        if self._adopting:
            return
        self.composition.set_text(step_id, text)
        self._changed()

    def _on_edit(self, _change: Any) -> None:
        if self._adopting:
            return
        self.composition.subject = self.subject.value
        self._changed()

    def _on_sender(self, change: Any) -> None:
        if self._adopting:
            return
        self.composition.sender = change["new"]
        self._show_step()
        self._changed()

    def _on_notes(self, notes: InterviewNotes | None) -> None:
        if self._adopting:
            return
        self.composition.notes = notes
        self._refresh_subjects()
        self._show_step()
        self._changed()

    def _on_kind(self, change: Any) -> None:
        if self._adopting:
            return
        suggested = self.composition.subject in self.composition.subject_suggestions()
        self.composition.kind = change["new"]
        self.composition.step = self.composition.guide.steps[0].id
        self._show_kind()
        if suggested:  # a subject picked from the old kind's list follows the new kind
            self.subject.value = self.subject.options[0] if self.subject.options else ""
        self._changed()

    def _on_step(self, change: Any) -> None:
        if change["new"] is None:
            return
        self.composition.step = change["new"]
        self._show_step()
        self._save_throttle.poke()

    def _move(self, delta: int) -> None:
        ids = self.composition.guide.ids
        index = ids.index(self.composition.step) + delta
        if 0 <= index < len(ids):
            self.steps.value = ids[index]

    def use_example(self, index: int) -> None:
        """Start the current step with example ``index`` (kept after what is typed)."""
        step = self.composition.step
        example = self.composition.examples(step)[index]
        editor = self.editors[step]
        current = editor.value.rstrip()
        editor.value = f"{current}\n{example}" if current else example

    # -- display ----------------------------------------------------------------
    def _show_kind(self) -> None:
        c = self.composition
        for step in c.guide.steps:
            if step.id not in self.editors:
                self.editors[step.id] = self._make_editor(step.id)
        self._set_steps([(self._step_label(s.id), s.id) for s in c.guide.steps])
        self._refresh_subjects()
        self._show_step()

    def _step_label(self, step_id: str) -> str:
        step = self.composition.guide.step(step_id)
        done = "✓ " if self.composition.text_of(step_id).strip() else ""
        return f"{done}{step.title}{' (optional)' if step.optional else ''}"

    def _show_step(self) -> None:
        c = self.composition
        step = c.guide.step(c.step)
        index = c.guide.ids.index(step.id)
        prompts = "".join(f"<li>{esc(p)}</li>" for p in c.prompts(step.id))
        self.step_guide.value = (
            f'<div class="ck-step-head"><b>Step {index + 1} of {len(c.guide.steps)}: '
            f'{esc(step.title)}</b>{" (optional)" if step.optional else ""}</div>'
            f'<div class="ck-why" style="color:#444;margin:4px 0">{esc(step.why)}</div>'
            f'<ul class="ck-prompts" style="margin:4px 0">{prompts}</ul>')
        rows = []
        for i, example in enumerate(c.examples(step.id)):
            button = w.Button(description="Use", tooltip="Start this part with this example",
                              layout=w.Layout(width="auto", min_width="56px", flex="0 0 auto"))
            button.add_class("ck-use-example")
            button.on_click(lambda _, i=i: self.use_example(i))
            text = w.HTML(f'<span class="ck-example">{esc(example)}</span>'.replace("\n", " ⏎ "))
            rows.append(w.HBox([button, text]))
        self.examples.children = ([w.HTML("<i>Example openings:</i>"), *rows] if rows else [])
        self.editor_box.children = [self.editors[step.id]]
        self.back.disabled = index == 0
        self.next.disabled = index == len(c.guide.steps) - 1

    def _refresh_subjects(self) -> None:
        self.subject.options = tuple(self.composition.subject_suggestions())

    def _rescore(self) -> None:
        c = self.composition
        now = self.clock()
        self.refresh_clock()
        self.notice.value = "".join(f'<div style="color:#555">{esc(p)}</div>'
                                    for p in self._problems)
        self._relabel_steps()
        assembly = c.assemble(sent_at=now if self._timed else None)
        if c.too_long():
            self.report = None
            self.score_panel.value = message(
                f"This draft is over {LIVE_SCORE_LIMIT:,} characters, far longer than a "
                "follow-up should be (75–200 words): live scoring is paused until it is "
                "shorter. It is still being saved.", error=True)
            self.preview.value = highlight(assembly.draft.text, [])
            self.findings.value = ""
            self.step_findings.value = ""
            return
        if not assembly.spans:
            self.report = None
            self.score_panel.value = message("Write the first part to see the score.")
            self.preview.value = highlight(assembly.draft.text, [])
            self.findings.value = ""
            self.step_findings.value = ""
            return
        try:
            report = c.report(assembly=assembly)
        except Exception as error:  # shown in the panel, never a traceback; typing goes on
            self.report = None
            self.score_panel.value = message(f"Could not score this draft: {error}", error=True)
            return
        self.report = report
        missing = c.missing_steps()
        todo = ("" if not missing else '<div class="ck-missing" style="color:#555">Still to '
                "write: " + ", ".join(esc(s.title) for s in missing) + "</div>")
        self.score_panel.value = render_scores(report) + todo
        self.preview.value = highlight(report.text, report.findings)
        self.findings.value = render_findings(report.findings)
        mine = c.findings_by_step(report, assembly).get(c.step, [])
        self.step_findings.value = (
            "" if not mine else '<div class="ck-step-findings-list"><b>In this part:</b><ul>'
            + "".join(f"<li>“{esc(f.text[:60])}”: {esc(f.message)}"
                      + (f" → <b>{esc(f.suggestion)}</b>" if f.suggestion else "") + "</li>"
                      for f in mine) + "</ul></div>")

    def _relabel_steps(self) -> None:
        labels = [(self._step_label(s.id), s.id) for s in self.composition.guide.steps]
        if list(self.steps.options) != labels:
            self._set_steps(labels)

    def _set_steps(self, labels: list[tuple[str, str]]) -> None:
        self.steps.unobserve(self._on_step, names="value")
        try:
            self.steps.options = labels
            self.steps.value = self.composition.step
        finally:
            self.steps.observe(self._on_step, names="value")

    # -- export -----------------------------------------------------------------
    def _folder(self) -> Path:
        return Path(self.export_dir.value.strip() or ".").expanduser()

    def _file_stem(self) -> str:
        notes = self.composition.notes
        name = (notes.company if notes and notes.company else "follow-up")
        safe = "".join(ch if ch.isalnum() else "-" for ch in name).strip("-").lower()
        return f"{self.composition.kind.replace('_', '-')}-{safe or 'follow-up'}"

    def export_text(self) -> str:
        """Show the whole message in a box, ready to copy into a mail client."""
        self.flush()
        text = to_text(self.composition.assemble().draft)
        self.copy_text.value = text
        self.copy_text.layout.display = None
        self.export_result.value = message("Select all in the box below and copy it.")
        return text

    def export_eml(self) -> Path | None:
        """Save the message as an .eml file a mail client opens as a draft."""
        self.flush()
        draft = self.composition.assemble().draft
        data = to_eml(draft, to=self.recipient.value, sender=self.composition.sender,
                      when=self.clock())
        return self._write(f"{self._file_stem()}.eml", data, "the e-mail")

    def export_ics(self) -> Path | None:
        """Save a calendar reminder for the first polite check-in day."""
        notes = self.composition.notes
        if notes is None:
            self.export_result.value = message("Add the interview notes first.", error=True)
            return None
        try:
            day, data = check_in_reminder(notes)
        except CoachkitError as error:
            self.export_result.value = message(str(error), error=True)
            return None
        return self._write(f"check-in-{day.isoformat()}.ics", data,
                           f"a reminder for {day:%A} {day.day} {day:%B}")

    def _write(self, name: str, data: bytes, what: str) -> Path | None:
        try:
            path = save_new(self._folder() / name, data)
        except CoachkitError as error:
            self.export_result.value = message(str(error), error=True)
            return None
        self.export_result.value = message(f"Saved {what} to {path}.")
        return path


CLOCK_TICK = 60.0  # seconds between updates of the send-by clock in a kernel


def _tick(ref: weakref.ReferenceType[FollowUpComposer]) -> None:
    """Refresh the clock of a composer still alive, and come back in a minute."""
    composer = ref()
    loop = kernel_loop()
    if composer is None or loop is None:
        return
    composer.refresh_clock()
    loop.call_later(CLOCK_TICK, _tick, ref)


def warm_up() -> None:
    """Score a one-line text so the spelling and syllable tables are loaded."""
    from coachkit.scoring import score

    score("Dear Dana,\n\nThank you.\n\nBest regards,\nAlex")

