"""The composer's workshop panel: the exercise brief, a timer and "Submit to workshop"."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import ipywidgets as w

from coachkit.compose import Composition
from coachkit.errors import CoachkitError
from coachkit.widgets._html import esc, message
from coachkit.workshop import Exercise, WorkshopFolder, check_code

if TYPE_CHECKING:
    from coachkit.widgets.composer import FollowUpComposer

__all__ = ["WorkshopPanel", "open_exercise"]


def open_exercise(workshop: str | Path | WorkshopFolder) -> tuple[Exercise | None, str | None]:
    """The folder's exercise, or None and a message saying what is wrong."""
    folder = workshop if isinstance(workshop, WorkshopFolder) else WorkshopFolder(workshop)
    try:
        return folder.exercise(), None
    except CoachkitError as error:
        return None, f"Workshop not available: {error}"


class WorkshopPanel(w.VBox):
    """Brief, time left, participant code and the submit button of one composer."""

    def __init__(self, composer: FollowUpComposer, workshop: str | Path | WorkshopFolder,
                 exercise: Exercise | None) -> None:
        self.composer = composer
        self.folder = workshop if isinstance(workshop, WorkshopFolder) else \
            WorkshopFolder(workshop)
        self.exercise = exercise
        self.opened = time.monotonic()
        self.brief = w.HTML(self._brief_html())
        self.timer = w.HTML()
        self.code = w.Text(description="Your code", placeholder="e.g. blue-heron-7, not your name",
                           style={"description_width": "initial"})
        self.submit_button = w.Button(description="Submit to workshop", icon="paper-plane",
                                      button_style="primary", layout=w.Layout(width="auto"))
        self.reopen_button = w.Button(description="Reopen my last submission",
                                      icon="history", layout=w.Layout(width="auto"))
        self.result = w.HTML()
        for widget, name in ((self.brief, "ck-workshop-brief"), (self.timer, "ck-timer"),
                             (self.code, "ck-code"), (self.submit_button, "ck-submit"),
                             (self.reopen_button, "ck-reopen"),
                             (self.result, "ck-submit-result")):
            widget.add_class(name)
        self.submit_button.on_click(lambda _: self.submit())
        self.reopen_button.on_click(lambda _: self.reopen())
        disabled = exercise is None
        self.submit_button.disabled = self.reopen_button.disabled = self.code.disabled = disabled
        super().__init__([self.brief, self.timer,
                          w.HBox([self.code, self.submit_button, self.reopen_button]),
                          self.result],
                         layout=w.Layout(border="1px solid #c6dafc", padding="6px 10px",
                                         margin="0 0 8px 0"))
        self.add_class("ck-workshop")
        self.refresh_timer()

    def _brief_html(self) -> str:
        ex = self.exercise
        if ex is None:
            return ""
        rules = []
        if ex.pack.word_band:
            rules.append(f"aim for {ex.pack.word_band[0]}–{ex.pack.word_band[1]} words")
        if ex.pack.avoid:
            phrases = ", ".join(f"“{e['phrase']}”" for e in ex.pack.entries())
            rules.append(f"avoid {phrases}")
        coach = (f'<div class="ck-coach-rules"><b>Your coach asks:</b> {esc("; ".join(rules))}'
                 "</div>" if rules else "")
        return (f'<div><b style="font-size:1.1em">Workshop: {esc(ex.title)}</b></div>'
                f'<div class="ck-brief" style="margin:4px 0">{esc(ex.brief)}</div>{coach}')

    def refresh_timer(self) -> None:
        """Minutes left of the time allowed, counted from when this page opened."""
        if self.exercise is None:
            self.timer.value = ""
            return
        used = (time.monotonic() - self.opened) / 60
        left = self.exercise.minutes - used
        text = (f"Time allowed: {self.exercise.minutes} minutes · about {max(1, round(left))} "
                "left" if left > 0 else
                f"Time allowed: {self.exercise.minutes} minutes · time is up: submit what "
                "you have")
        self.timer.value = f'<div style="color:#555">{esc(text)}</div>'

    def submit(self) -> Path | None:
        """Submit the draft as it is now under the participant's code."""
        composer = self.composer
        composer.flush()
        try:
            code = check_code(self.code.value)
            c = composer.composition
            draft = c.assemble().draft
            path = self.folder.submit(
                code, subject=draft.subject or "", body=draft.body, kind=c.kind,
                sender=c.sender, notes=c.notes, parts=dict(c.parts), report=composer.report)
        except CoachkitError as error:
            self.result.value = message(f"Not submitted: {error}", error=True)
            return None
        revision = int(path.stem.rsplit("-r", 1)[1])
        self.code.value = code
        again = ("" if revision == 1 else f" (submission {revision}; your earlier ones are "
                 "kept)")
        self.result.value = message(
            f"Submitted as {code}{again} at {time.strftime('%H:%M')}. You can keep improving "
            "it and submit again.", ok=True)
        return path

    def reopen(self) -> bool:
        """Fill the composer with this code's newest submission (after a reload)."""
        try:
            code = check_code(self.code.value)
            history = self.folder.history(code)
        except CoachkitError as error:
            self.result.value = message(str(error), error=True)
            return False
        if not history:
            self.result.value = message(f"Nothing submitted under {code} yet.", error=True)
            return False
        last = history[-1]
        current = self.composer.composition
        self.composer.start_from(Composition(kind=current.kind, notes=current.notes,
                                             parts=dict(last.parts), subject=last.subject,
                                             sender=last.sender))
        self.result.value = message(f"Reopened submission {last.revision} of {code}.", ok=True)
        return True
