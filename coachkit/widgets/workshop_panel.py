"""The composer's workshop panel: the exercise brief, a timer and "Submit to workshop".

The panel talks to a ``WorkshopSession``; the composer that shows it passes what must
happen around the session (save what is typed first, show a reopened submission).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import ipywidgets as w

from coachkit.compose import Composition
from coachkit.compose.render import render_brief, render_message, render_timer
from coachkit.errors import CoachkitError
from coachkit.widgets._parts import Parts
from coachkit.widgets._tick import tick_every
from coachkit.workshop.session import WorkshopSession, coach_rules

__all__ = ["WorkshopPanel"]

TIMER_TICK = 20.0  # seconds between updates of the time left (it shows whole minutes)


class WorkshopPanel(w.VBox):
    """Brief, time left, participant code and the submit button of one session.

    ``before`` runs before the draft is submitted (a composer saves what was just
    typed); ``show`` puts a reopened submission on screen as a new draft. ``clock``
    gives the seconds the timer counts (tests pass a fake one); the time left updates
    by itself in a kernel and on a Solara page. ``parts`` makes the panel's widgets (a
    light page's share their layouts and styles).
    """

    def __init__(self, session: WorkshopSession, *, before: Callable[[], None] = lambda: None,
                 show: Callable[[Composition], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 parts: Parts | None = None) -> None:
        parts = parts or Parts()
        self.session = session
        self.exercise = session.exercise
        self._before = before
        self._show = show or session.adopt
        self.clock = clock
        self.opened = clock()
        ex = self.exercise
        disabled = ex is None
        self.brief = parts.html("" if ex is None else render_brief(ex.title, ex.brief,
                                                                   coach_rules(ex)),
                                "ck-workshop-brief")
        self.timer = parts.html(self._time_left(), "ck-timer")
        self.code = parts.make(w.Text, "ck-code", style={"description_width": "initial"},
                               description="Your code", disabled=disabled,
                               placeholder="e.g. blue-heron-7, not your name")
        self.submit_button = parts.make(w.Button, "ck-submit", layout={"width": "auto"},
                                        description="Submit to workshop", icon="paper-plane",
                                        button_style="primary", disabled=disabled)
        self.reopen_button = parts.make(w.Button, "ck-reopen", layout={"width": "auto"},
                                        description="Reopen my last submission",
                                        icon="history", disabled=disabled)
        self.result = parts.html("", "ck-submit-result")
        self.submit_button.on_click(lambda _: self.submit())
        self.reopen_button.on_click(lambda _: self.reopen())
        super().__init__([self.brief, self.timer,
                          parts.make(w.HBox, children=[self.code, self.submit_button,
                                                       self.reopen_button]),
                          self.result],
                         _dom_classes=("ck-workshop",),
                         layout=parts.layout(border="1px solid #c6dafc", padding="6px 10px",
                                             margin="0 0 8px 0"))
        if ex is not None:
            tick_every(self, lambda _: TIMER_TICK, WorkshopPanel.refresh_timer)

    def refresh_timer(self) -> None:
        """Show the minutes left of the time allowed, counted from when this page opened."""
        self.timer.value = self._time_left()

    def _time_left(self) -> str:
        if self.exercise is None:
            return ""
        used = (self.clock() - self.opened) / 60
        return render_timer(self.exercise.minutes, used)

    def submit(self) -> Path | None:
        """Submit the draft as it is now under the participant's code; the file or None."""
        self._before()
        try:
            done = self.session.submit(self.code.value)
        except CoachkitError as error:
            self.result.value = render_message(f"Not submitted: {error}", error=True)
            return None
        self.code.value = done.code
        again = ("" if done.revision == 1 else f" (submission {done.revision}; your earlier "
                 "ones are kept)")
        self.result.value = render_message(
            f"Submitted as {done.code}{again} at {time.strftime('%H:%M')}. You can keep "
            "improving it and submit again.", ok=True)
        return done.path

    def reopen(self) -> bool:
        """Put this code's newest submission on screen (after a reload)."""
        try:
            code, revision, composition = self.session.last_submission(self.code.value)
        except CoachkitError as error:
            self.result.value = render_message(str(error), error=True)
            return False
        self._show(composition)
        self.result.value = render_message(f"Reopened submission {revision} of {code}.",
                                           ok=True)
        return True
