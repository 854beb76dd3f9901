"""InterviewNotesForm: the interview notes as a form that checks itself as you type."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import ipywidgets as w
import yaml

from coachkit.compose.export import save_new
from coachkit.compose.render import render_notes_status
from coachkit.errors import CoachkitError, NotesError
from coachkit.model import InterviewNotes
from coachkit.notes import load_notes, notes_from_dict
from coachkit.widgets._html import message

__all__ = ["InterviewNotesForm", "NotesHolder", "notes_to_yaml"]

class NotesHolder:
    """The notes of a page that never edits them: the form's ``value`` without its widgets."""

    def __init__(self, notes: InterviewNotes | None) -> None:
        self.value = notes

    def on_change(self, callback: Callable[[InterviewNotes | None], None]) -> None:
        """Nothing to call: these notes are never edited."""


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace(",", "\n").splitlines() if line.strip()]


def notes_to_yaml(notes: InterviewNotes) -> str:
    """The notes in the notes-file format (empty fields left out)."""
    data = {k: v for k, v in notes.to_dict().items() if v not in (None, [], "")}
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


class InterviewNotesForm(w.VBox):
    """Company, role, interviewers, interview time, topics, concerns and decision date.

    ``notes`` is the validated ``InterviewNotes`` (None while a field is invalid);
    ``on_change(callback)`` is told about every valid change.
    """

    def __init__(self, notes: InterviewNotes | None = None, *, path: str | Path = "") -> None:
        wide = w.Layout(width="100%")
        style = {"description_width": "110px"}
        self.company = w.Text(description="Company", layout=wide, style=style)
        self.role = w.Text(description="Role", layout=wide, style=style)
        self.interviewers = w.Text(description="Interviewers", layout=wide, style=style,
                                   placeholder="Dana Whitfield, Sam Ortiz")
        self.interviewed_at = w.NaiveDatetimePicker(description="Interviewed at", style=style)
        self.decision_by = w.DatePicker(description="Decision by", style=style)
        self.topics = w.Textarea(description="Topics", layout=w.Layout(width="100%", height="70px"),
                                 style=style, placeholder="one topic per line")
        self.concerns = w.Textarea(description="Concerns", style=style,
                                   layout=w.Layout(width="100%", height="50px"),
                                   placeholder="doubts the interviewers raised, one per line")
        self.status = w.HTML()
        self.path = w.Text(value=str(path), description="Notes file", style=style,
                           layout=w.Layout(width="60%"), placeholder="my_notes.yml")
        self.load_button = w.Button(description="Load", icon="folder-open")
        self.save_button = w.Button(description="Save a copy", icon="save")
        self.file_status = w.HTML()
        for name in ("company", "role", "interviewers", "interviewed_at", "decision_by",
                     "topics", "concerns", "status", "path", "file_status"):
            getattr(self, name).add_class(f"ck-notes-{name.replace('_', '-')}")
        self.load_button.add_class("ck-notes-load")
        self.save_button.add_class("ck-notes-save")
        super().__init__([
            self.company, self.role, self.interviewers,
            w.HBox([self.interviewed_at, self.decision_by]),
            self.topics, self.concerns, self.status,
            w.HBox([self.path, self.load_button, self.save_button]), self.file_status,
        ])
        self.add_class("ck-notes-form")
        self._callbacks: list[Callable[[InterviewNotes | None], None]] = []
        self._filling = False
        self.notes: InterviewNotes | None = None
        self.problems: list[str] = []
        for field in (self.company, self.role, self.interviewers, self.interviewed_at,
                      self.decision_by, self.topics, self.concerns):
            field.observe(self._changed, names="value")
        self.load_button.on_click(lambda _: self.load())
        self.save_button.on_click(lambda _: self.save())
        self.value = notes
        if notes is None and str(path):
            self.load()

    # -- values -----------------------------------------------------------------
    @property
    def value(self) -> InterviewNotes | None:
        return self.notes

    @value.setter
    def value(self, notes: InterviewNotes | None) -> None:
        notes = notes or InterviewNotes()
        self._filling = True
        try:
            self.company.value = notes.company or ""
            self.role.value = notes.role or ""
            self.interviewers.value = ", ".join(notes.interviewers)
            self.interviewed_at.value = (notes.interviewed_at.replace(tzinfo=None)
                                         if notes.interviewed_at else None)
            self.decision_by.value = notes.decision_by
            self.topics.value = "\n".join(notes.topics)
            self.concerns.value = "\n".join(notes.concerns)
        finally:
            self._filling = False
        self._vocabulary = notes.vocabulary
        self._changed()

    def on_change(self, callback: Callable[[InterviewNotes | None], None]) -> None:
        """Call ``callback(notes)`` after each valid change."""
        self._callbacks.append(callback)

    def _raw(self) -> dict[str, object]:
        raw: dict[str, object] = {
            "company": self.company.value, "role": self.role.value,
            "interviewers": _lines(self.interviewers.value),
            "topics": [t.strip() for t in self.topics.value.splitlines() if t.strip()],
            "concerns": [c.strip() for c in self.concerns.value.splitlines() if c.strip()],
            "vocabulary": list(getattr(self, "_vocabulary", ())),
        }
        when = self.interviewed_at.value
        if isinstance(when, datetime):
            raw["interviewed_at"] = when
        day = self.decision_by.value
        if isinstance(day, date):
            raw["decision_by"] = day
        return {k: v for k, v in raw.items() if v not in ("", [])}

    def _changed(self, _change: object = None) -> None:
        if self._filling:
            return
        try:
            notes = notes_from_dict(self._raw(), source="notes")
        except NotesError as error:
            self.notes, self.problems = None, list(error.problems or (str(error),))
        else:
            self.notes, self.problems = notes, []
        self.status.value = render_notes_status(self.notes, self.problems)
        if self.notes is not None:
            for callback in self._callbacks:
                callback(self.notes)

    # -- the notes file -----------------------------------------------------------
    def load(self, path: str | Path | None = None) -> bool:
        """Fill the form from a notes file; show the problem instead if it can't be read."""
        target = Path(path if path is not None else self.path.value.strip()).expanduser()
        if not str(target).strip() or str(target) == ".":
            self.file_status.value = message("Type the path of a notes file first.",
                                             error=True)
            return False
        try:
            notes = load_notes(target)
        except CoachkitError as error:
            self.file_status.value = message(str(error), error=True)
            return False
        self.path.value = str(target)
        self.value = notes
        self.file_status.value = message(f"Loaded {target}.", ok=True)
        return True

    def save(self, path: str | Path | None = None) -> Path | None:
        """Save the notes to a new file; an existing file is never replaced."""
        if self.notes is None:
            self.file_status.value = message("Fix the notes above before saving them.",
                                             error=True)
            return None
        target = Path(path if path is not None else self.path.value.strip() or "my_notes.yml")
        if target.suffix.lower() not in (".yml", ".yaml"):
            target = target.with_suffix(".yml")
        try:
            written = save_new(target, notes_to_yaml(self.notes))
        except CoachkitError as error:
            self.file_status.value = message(str(error), error=True)
            return None
        note = "" if written == target.expanduser() else f" ({target.name} exists and was kept)"
        self.file_status.value = message(f"Saved to {written}{note}.", ok=True)
        return written

