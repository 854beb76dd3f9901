"""WhatWorksPanel: what the person's own log says about their writing; CohortPanel: the
same panel over many anonymous exports, for a coach.

The numbers, sentences and figure come from ``coachkit.outcomes.writing`` (``what_works``
and ``plot_what_works``); the cohort from ``coachkit.outcomes.cohort.combine_logs``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as w

from coachkit.figures import png_bytes
from coachkit.widgets._html import esc, message

__all__ = ["CohortPanel", "WhatWorksPanel", "render_rate_table"]

_TABLES = (("by_delay", "Follow-up delay"), ("by_score", "Score"), ("by_verdict", "Verdict"))


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def render_rate_table(panel: Any) -> str:
    """The panel's rates and waits as a small HTML table: group, n, answered, interval."""
    rows = []
    for attr, title in _TABLES:
        for r in getattr(panel, attr):
            rows.append(f"<tr><td>{esc(title)}</td><td>{esc(r.group)}</td><td>{r.n}</td>"
                        f"<td>{r.answered}</td><td>{_pct(r.rate)} ({_pct(r.low)}–"
                        f"{_pct(r.high)})</td></tr>")
    for r in panel.time_to_answer:
        median = "not reached" if r.median_days is None else f"{r.median_days:g} days"
        interval = ("" if r.low is None or r.high is None
                    else f" ({r.low:g}–{r.high:g})")
        rows.append(f"<tr><td>Time to answer</td><td>{esc(r.group)}</td><td>{r.n}</td>"
                    f"<td>{r.answered}</td><td>median {median}{interval}</td></tr>")
    head = ("<tr><th></th><th>group</th><th>n</th><th>answered</th>"
            "<th>rate or median (95% interval)</th></tr>")
    return f'<table class="ck-what-works-table">{head}{"".join(rows)}</table>'


class WhatWorksPanel(w.VBox):
    """Answer rates by follow-up delay, score and verdict, and time to answer, with their
    n and intervals; or, with too few decided applications, the sentence saying so."""

    def __init__(self, apps: Any = None, *, as_of: object = None,
                 what_works: Callable[..., Any] | None = None,
                 plot: Callable[[Any], Any] | None = None) -> None:
        self.as_of = as_of
        self._what_works = what_works
        self._plot = plot
        self.panel: Any = None
        self.figure: Any = None
        self.text, self.table = w.HTML(), w.HTML()
        self.text.add_class("ck-what-works-text")
        self.image = w.Image(format="png")
        self.image.add_class("ck-what-works-chart")
        super().__init__([self.text, self.image, self.table])
        self.add_class("ck-what-works")
        if apps is not None:
            self.show(apps)

    def _functions(self) -> tuple[Callable[..., Any], Callable[[Any], Any]]:
        if self._what_works is None or self._plot is None:
            from coachkit.outcomes import writing

            self._what_works = self._what_works or writing.what_works
            self._plot = self._plot or writing.plot_what_works
        return self._what_works, self._plot

    def show(self, apps: Any) -> None:
        """Recompute the panel for an application log and show it."""
        try:
            what_works, plot = self._functions()
            panel = what_works(apps, as_of=self.as_of)
        except Exception as error:  # a face never shows a traceback
            self.panel = None
            self.text.value = message(f"Could not work out what works: {error}", error=True)
            self.image.layout.display = self.table.layout.display = "none"
            return
        self.panel = panel
        if panel.too_early:
            self.text.value = message(panel.too_early)
            self.image.layout.display = self.table.layout.display = "none"
            return
        self.figure = plot(panel)
        self.image.value = png_bytes(self.figure, dpi=80)
        items = "".join(f"<li>{esc(s)}</li>" for s in panel.sentences)
        self.text.value = f'<ul class="ck-what-works-sentences">{items}</ul>'
        self.table.value = render_rate_table(panel)
        self.image.layout.display = self.table.layout.display = None

    def sentences(self) -> tuple[str, ...]:
        """What the panel says, as plain sentences."""
        if self.panel is None:
            return ()
        return (self.panel.too_early,) if self.panel.too_early else tuple(self.panel.sentences)


class CohortPanel(w.VBox):
    """The "what works" panel over many participants' anonymous exports combined."""

    def __init__(self, paths: Sequence[Any], *, as_of: object = None,
                 combine: Callable[[list], Any] | None = None,
                 what_works: Callable[..., Any] | None = None,
                 plot: Callable[[Any], Any] | None = None) -> None:
        self.heading = w.HTML()
        self.heading.add_class("ck-cohort-heading")
        self.panel = WhatWorksPanel(as_of=as_of, what_works=what_works, plot=plot)
        self.apps: Any = None
        super().__init__([self.heading, self.panel])
        self.add_class("ck-cohort")
        try:
            if combine is None:
                from coachkit.outcomes.cohort import combine_logs as combine
            self.apps = combine(list(paths))
        except Exception as error:  # shown, never raised
            self.heading.value = message(f"Could not combine the files: {error}", error=True)
            return
        frame = self.apps.frame
        people = frame["participant"].nunique() if "participant" in frame else len(paths)
        self.heading.value = message(f"{people} participants, {len(frame)} applications.")
        self.panel.show(self.apps)
