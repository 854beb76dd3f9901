"""CohortBoard: the coach's view of a workshop folder while the room writes.

The widget only displays what ``coachkit.workshop`` computes: the cohort and its
teaching moments come from ``Scorer.cohort``, the charts from
``coachkit.workshop.plots`` and the projector view (people and contacts masked)
from ``projector_html``. In a Jupyter kernel it looks at the folder every few
seconds; it scores and draws again only when a file in the folder changed.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path
from typing import Any

import ipywidgets as w

from coachkit.errors import CoachkitError
from coachkit.figures import png_bytes
from coachkit.model import CATEGORIES
from coachkit.widgets._html import message
from coachkit.widgets._live import kernel_loop
from coachkit.widgets._tick import tick_every
from coachkit.workshop.cohort import Cohort, Entry, Scorer
from coachkit.workshop.exercise import Exercise
from coachkit.workshop.folder import Fingerprint, WorkshopFolder
from coachkit.workshop.projector import projector_html
from coachkit.workshop.render import (
    render_board_header,
    render_board_placeholder,
    render_count,
    render_heading,
    render_moments,
    render_problems,
)

__all__ = ["CohortBoard"]

MIN_INTERVAL = 1.0  # seconds: the shortest automatic refresh interval


class CohortBoard(w.VBox):
    """Who has submitted, how the room scores, what most of it should fix, and one
    draft at a time for the projector, masked.

    ``folder`` is a workshop folder (see ``WorkshopFolder``). In a Jupyter kernel the
    board looks at the folder every ``refresh_every`` seconds (None: only when
    *Refresh* is pressed or ``refresh()`` called). ``workers`` limits the processes
    that score a large batch (default: every core).
    """

    def __init__(self, folder: str | Path | WorkshopFolder, *,
                 refresh_every: float | None = 5.0, workers: int | None = None) -> None:
        self.folder = folder if isinstance(folder, WorkshopFolder) else WorkshopFolder(folder)
        self.refresh_every = (max(refresh_every, MIN_INTERVAL)
                              if refresh_every and refresh_every > 0 else None)
        self.scorer = Scorer(self.folder, workers)
        self.cohort: Cohort | None = None
        self.exercise: Exercise | None = None
        self.figures: dict[str, Any] = {}
        self._fingerprint: Fingerprint | None = None
        self._chart_key: object = None
        self._order: list[str] = []  # participant codes, in the order first seen
        self._quiet = False
        self._build()
        self.refresh()
        tick_every(self, _interval, _look_again, loop=kernel_loop)

    # -- layout -----------------------------------------------------------------
    def _build(self) -> None:
        self.header = w.HTML()
        self.count = w.HTML()
        self.refresh_button = w.Button(description="Refresh", icon="refresh",
                                       tooltip="Read the workshop folder again now")
        self.progress = w.IntProgress(min=0, max=1, value=0, bar_style="info")
        self.progress_label = w.Label()
        self.progress_box = w.HBox([self.progress, self.progress_label],
                                   layout=w.Layout(display="none"))
        self.status = w.HTML()
        self.images = {k: w.Image(format="png", layout=w.Layout(max_width="49%"))
                       for k in ("overall", "categories")}
        self.charts = w.HBox(list(self.images.values()))
        self.moments = w.HTML()
        self.pick = w.Dropdown(options=[], description="Show",
                               layout=w.Layout(width="260px"))
        self.prev_button = w.Button(description="Previous", icon="arrow-left")
        self.next_button = w.Button(description="Next", icon="arrow-right")
        self.codes = w.Checkbox(value=False, description="show codes", indent=False,
                                tooltip="Show participant codes in this list (for your "
                                        "screen only, not the projector)")
        self.projector = w.HTML()
        self.problems_list = w.HTML()
        self.problems = w.Accordion([self.problems_list], titles=("Problems",))
        self.problems.selected_index = None

        for name, css in [("count", "count"), ("progress_box", "progress"),
                          ("status", "status"), ("charts", "charts"), ("moments", "moments"),
                          ("pick", "pick"), ("prev_button", "prev"), ("next_button", "next"),
                          ("codes", "codes"), ("projector", "projector"),
                          ("problems", "problems"), ("refresh_button", "refresh")]:
            getattr(self, name).add_class(f"ck-board-{css}")
        self.header.add_class("ck-board-header")
        self.progress.add_class("ck-board-progress-bar")
        self.images["overall"].add_class("ck-board-chart-overall")
        self.images["categories"].add_class("ck-board-chart-categories")

        self.refresh_button.on_click(lambda _: self.refresh(force=True))
        self.pick.observe(self._on_pick, names="index")
        self.codes.observe(lambda _: self._relabel(), names="value")
        self.prev_button.on_click(lambda _: self.show(self._index() - 1))
        self.next_button.on_click(lambda _: self.show(self._index() + 1))

        super().__init__([
            w.HBox([self.header, self.refresh_button],
                   layout=w.Layout(justify_content="space-between", align_items="center")),
            self.count, self.progress_box, self.status,
            _heading("How the room scores"), self.charts,
            _heading("Teaching moments: what most of the room should fix"), self.moments,
            _heading("On the projector"),
            w.HBox([self.pick, self.prev_button, self.next_button, self.codes]),
            self.projector,
            self.problems,
        ])
        self.add_class("ck-board")

    # -- refreshing -------------------------------------------------------------
    def refresh(self, force: bool = False) -> Cohort | None:
        """Read the folder again; score and draw only what changed since the last look
        (``force``: even when no file seems to have changed). Never raises: problems are
        shown in the status line. Returns the cohort on show."""
        try:
            self._refresh(force)
        except CoachkitError as error:
            self._fail(str(error))
        except Exception as error:  # the board never shows a traceback
            self._fail(f"Could not read the workshop folder: {type(error).__name__}: {error}")
        finally:
            self.progress_box.layout.display = "none"
        return self.cohort

    def _refresh(self, force: bool) -> None:
        exercise = self.folder.exercise()
        fingerprint = self.folder.fingerprint()
        if exercise != self.exercise:
            self.exercise = exercise
            self.header.value = render_board_header(exercise)
        now = datetime.now()
        if fingerprint == self._fingerprint and self.cohort is not None and not force:
            self._show_count(self.cohort, now)
            self.status.value = message(f"Up to date (checked {now:%H:%M:%S}).")
            return
        cohort = self.scorer.cohort(progress=self._on_progress)
        self._fingerprint, self.cohort = fingerprint, cohort
        self._show_count(cohort, now)
        self._draw(cohort)
        self.moments.value = render_moments(cohort)
        self._show_problems(cohort)
        self._update_order(cohort)
        self._relabel()
        self.status.value = message(f"Updated at {now:%H:%M:%S}.", ok=True)

    def _fail(self, text: str) -> None:
        self._fingerprint = None  # look again properly once the problem is gone
        self.status.value = message(text, error=True)
        if self.cohort is None:
            self.header.value = render_board_placeholder()
            self.count.value = message("No drafts to show: see the message below.")
            self._project()

    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.progress_box.layout.display = None
        self.progress.max = total
        self.progress.value = min(done, total)
        self.progress_label.value = f"Scoring drafts: {done} of {total}"

    # -- display ----------------------------------------------------------------
    def _show_count(self, cohort: Cohort, now: datetime) -> None:
        self.count.value = render_count(cohort, now)

    def _draw(self, cohort: Cohort) -> None:
        key = (cohort.exercise.id, tuple(
            (e.report.overall, *(e.report.categories.get(c) for c in CATEGORIES))
            for e in cohort.entries))
        if key == self._chart_key:
            return
        from coachkit.workshop.plots import plot_categories, plot_overall

        for name, plot in (("overall", plot_overall), ("categories", plot_categories)):
            fig = plot(cohort)
            self.images[name].value = png_bytes(fig)
            self.figures[name] = fig
        self._chart_key = key

    def _show_problems(self, cohort: Cohort) -> None:
        bad = len(cohort.problems)
        self.problems.set_title(0, f"Problems: {bad} file{'s' * (bad != 1)} skipped" if bad
                                else "Problems: none")
        self.problems_list.value = render_problems(cohort.problems)

    # -- the projector ----------------------------------------------------------
    def _update_order(self, cohort: Cohort) -> None:
        present = {e.participant: e for e in cohort.entries}
        new = sorted((e for p, e in present.items() if p not in self._order),
                     key=lambda e: (e.submission.submitted_at, e.participant))
        self._order = [p for p in self._order if p in present] + [e.participant for e in new]

    def _labels(self) -> list[tuple[str, str]]:
        n = len(self._order)
        return [(f"Draft {i} of {n}" + (f" · {code}" if self.codes.value else ""), code)
                for i, code in enumerate(self._order, 1)]

    def _relabel(self) -> None:
        """New labels for the list, keeping the draft on show (or the first)."""
        current, labels = self.pick.value, self._labels()
        self._quiet = True
        try:
            if list(self.pick.options) != labels:
                self.pick.options = labels
            if current in self._order:
                self.pick.value = current
            elif self._order:
                self.pick.index = 0
        finally:
            self._quiet = False
        self._project()

    def _on_pick(self, _change: Any) -> None:
        if not self._quiet:
            self._project()

    def _index(self) -> int:
        return self.pick.index if self.pick.index is not None else 0

    def show(self, index: int) -> Entry | None:
        """Put draft ``index`` of the list on the projector (0 is "Draft 1"); returns it."""
        if not self._order:
            return self._project()
        self._quiet = True
        try:
            self.pick.index = max(0, min(index, len(self._order) - 1))
        finally:
            self._quiet = False
        return self._project()

    def _project(self) -> Entry | None:
        index, n = self._index(), len(self._order)
        self.prev_button.disabled = n == 0 or index == 0
        self.next_button.disabled = n == 0 or index >= n - 1
        self.pick.disabled = n == 0
        if self.cohort is None or not n:
            self.projector.value = message("No drafts yet: they appear here as participants "
                                           "submit.")
            return None
        entry = self.cohort.entry(self._order[index])
        try:
            self.projector.value = projector_html(self.cohort, entry,
                                                  label=f"Draft {index + 1} of {n}")
        except Exception as error:  # one odd draft must not stop the board
            self.projector.value = message(f"Could not show this draft: "
                                           f"{type(error).__name__}: {error}", error=True)
        return entry

    def close(self) -> None:
        """Stop refreshing and close the widget."""
        self.refresh_every = None
        super().close()


# -- helpers ---------------------------------------------------------------------------
def _heading(text: str) -> w.HTML:
    return w.HTML(render_heading(text))


def _interval(board: CohortBoard) -> float | None:
    return board.refresh_every


def _look_again(board: CohortBoard) -> None:
    """Refresh the board; a failure is shown by refresh itself, and the next look booked."""
    with contextlib.suppress(Exception):
        board.refresh()
