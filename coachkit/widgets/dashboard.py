"""``OutcomesDashboard``: filters and charts over an application log.

The widget only wires controls to the core (``coachkit.outcomes``): it filters
through ``filter_applications``, gets statistics, sentences and figures from
``analyse``, and shows load problems as an HTML list, never a traceback. The
chart of the selected tab is drawn at once; the others when their tab is opened.
A chart with nothing to show is hidden and its sentence says why. The silence box
("no answer after N days") starts at the default derived from the whole log.

Without a file it opens on the person's application store (``coachkit.applog``) and adds
the outcome loop: "Log what happened", "Waiting longer than usual" and "What works for
me" (``coachkit.widgets.log_event``, ``waiting_list``, ``what_works``); logging an event
or importing a file re-reads the store and recomputes everything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pandas as pd

from coachkit.errors import CoachkitError
from coachkit.figures import png_bytes
from coachkit.outcomes import Applications, as_timestamp, load_applications
from coachkit.outcomes.analysis import CHARTS, Analysis, analyse
from coachkit.outcomes.render import (
    render_error,
    render_headline,
    render_loaded,
    render_sentence,
)
from coachkit.outcomes.stats import (
    SILENCE_BOUNDS,
    SilenceRule,
    default_silence,
    filter_applications,
)
from coachkit.outcomes.summary import describe_silence
from coachkit.widgets._live import kernel_loop
from coachkit.widgets.log_event import ImportBox, LogEventForm, open_store
from coachkit.widgets.status_readings import StatusReadingsTable
from coachkit.widgets.waiting_list import WaitingList, check_in_composer
from coachkit.widgets.what_works import WhatWorksPanel

__all__ = ["EMPTY_STORE", "OutcomesDashboard", "store_counts"]

_ALL = "all"
EMPTY_STORE = ("Your outcome log is empty. Import the log you keep in a spreadsheet or a "
               "tracker below, or press Mark as sent in the composer (notebook 01) when you "
               "send a follow-up: each one lands here, and so does what you log next.")
SAMPLE_SHOWN = " Meanwhile, the sample log below shows what you will see."
_TITLES = {"delay": "Follow-up delay", "timing": "Time to answer", "reply_days": "Reply days",
           "funnel": "Funnel", "timeline": "Timeline"}


class OutcomesDashboard(widgets.VBox):
    """Load a log, filter it by date, channel and kind of role, choose how many days of
    silence count as no answer, and see every chart."""

    def __init__(self, source: str | Path | None = None, *, as_of: object = None,
                 mapping: str | Path | None = None, charts: tuple[str, ...] = CHARTS,
                 store: Any = None, sample: str | Path | None = None, sections: bool = True,
                 defer: bool | None = None, **parts: Any) -> None:
        self._given_as_of = as_of
        self.as_of = as_timestamp(as_of)
        self.mapping = mapping
        self.charts = charts
        self.apps: Applications | None = None
        self.analysis: Analysis | None = None
        self.figures: dict[str, object] = {}
        self.error: str | None = None
        self._stale: set[str] = set()
        self._quiet = False
        # None: in a kernel, the loop's panels catch up after the counts and headline are
        # sent (outside one, at once); True: only when catch_up() is called; False: at once
        self.defer = defer
        self._pending: dict[str, Callable[[], None]] = {}
        self.status_readings: dict[str, str] = {}  # the user's readings of status words
        self._last: tuple[str | Path | bytes, str] | None = None
        self.readings = StatusReadingsTable(on_change=self._on_readings)

        self.file_row = self._file_controls()
        self.start = widgets.DatePicker(description="From")
        self.end = widgets.DatePicker(description="To")
        self.channel = widgets.Dropdown(description="Channel", options=[_ALL])
        self.role = widgets.Dropdown(description="Role", options=[_ALL])
        for control, name in [(self.start, "ck-start"), (self.end, "ck-end"),
                              (self.channel, "ck-channel"), (self.role, "ck-role")]:
            control.add_class(name)
            control.observe(self._on_filter, names="value")
        self.silence, self.silence_note = self._silence_controls()
        self._silence_rule: SilenceRule | None = None
        self.messages = widgets.HTML()
        self.messages.add_class("ck-messages")
        self.headline = widgets.HTML()
        self.headline.add_class("ck-headline")
        self.images = {k: widgets.Image(format="png") for k in charts}
        self.sentences = {k: widgets.HTML() for k in charts}
        for k in charts:
            self.sentences[k].add_class(f"ck-sentence-{k}")
            self.images[k].add_class(f"ck-chart-{k}")
        self.tabs = widgets.Tab(children=[widgets.VBox([self.images[k], self.sentences[k]])
                                          for k in charts])
        for i, k in enumerate(charts):
            self.tabs.set_title(i, _TITLES.get(k, k))
        self.tabs.observe(lambda _: self._draw_visible(), names="selected_index")
        self._views = (widgets.HBox([self.start, self.end]),
                       widgets.HBox([self.channel, self.role]),
                       widgets.HBox([self.silence, self.silence_note]), self.headline,
                       self.tabs)
        super().__init__([self.file_row, self.messages, self.readings, *self._views])
        self.add_class("ck-dashboard")
        self.store: Any = None
        self.sample: str | Path | None = None
        self.waiting: WaitingList | None = None  # the outcome loop's panels, on the store
        self.what_works: WhatWorksPanel | None = None
        if source is not None:
            self.path.value = str(source)
            self.load(source)
        else:
            self.open_store(store, sample=sample, sections=sections, **parts)

    def _file_controls(self) -> widgets.HBox:
        """The path box with its Load button, and the upload button, in one row."""
        self.path = widgets.Text(placeholder="path to your CSV or XLSX file",
                                 description="File", layout=widgets.Layout(width="420px"))
        self.path.add_class("ck-path")
        self.load_button = widgets.Button(description="Load", button_style="primary")
        self.load_button.add_class("ck-load")
        self.load_button.on_click(lambda _: self.load(self.path.value))
        self.upload = widgets.FileUpload(accept=".csv,.xlsx,.txt", multiple=False,
                                         description="Upload")
        self.upload.observe(self._on_upload, names="value")
        return widgets.HBox([self.path, self.load_button, self.upload])

    def _silence_controls(self) -> tuple[widgets.BoundedIntText, widgets.HTML]:
        """The "no answer after N days" box and the sentence saying where N came from."""
        box = widgets.BoundedIntText(
            value=SILENCE_BOUNDS[0], min=1, max=3650, description="No answer after (days)",
            style={"description_width": "initial"}, layout=widgets.Layout(width="220px"))
        box.add_class("ck-silence")
        box.observe(self._on_filter, names="value")
        note = widgets.HTML()
        note.add_class("ck-silence-note")
        return box, note

    # loading ---------------------------------------------------------------
    def load(self, source: str | Path | bytes, name: str = "upload") -> bool:
        """Load a log; show its problems (never raise); True when it loaded."""
        if isinstance(source, str) and not source.strip():
            self._show_error("Type the path of a CSV or XLSX file first.")
            return False
        try:
            apps = load_applications(source, mapping=self.mapping, as_of=self.as_of,
                                     name=name, status_readings=self.status_readings)
        except CoachkitError as exc:
            self._show_error(str(exc))
            return False
        except Exception as exc:  # a face never shows a traceback
            self._show_error(f"Could not load the file: {type(exc).__name__}: {exc}")
            return False
        self._last = (source, name)
        self.show(apps)
        return True

    def show(self, apps: Applications, *, keep_filters: bool = False,
             chart_later: bool = False) -> None:
        """Show a loaded log: filters from its data (or the current ones kept), every chart
        (the visible one drawn after the headline is sent when ``chart_later``)."""
        keep = keep_filters and self.apps is not None
        self.apps, self.error = apps, None
        self.messages.value = render_loaded(apps)
        self.readings.show(apps.status_readings)
        frame = apps.frame
        self._quiet = True
        try:
            if not keep:
                self.start.value = frame["applied_on"].min().date()
                self.end.value = frame["applied_on"].max().date()
            for control, column in ((self.channel, "channel"), (self.role, "role_kind")):
                chosen = control.value
                control.options = [_ALL, *sorted(frame[column].unique())]
                control.value = chosen if keep and chosen in control.options else _ALL
            self._silence_rule = default_silence(frame, self.as_of)
            if not keep:
                self.silence.value = self._silence_rule.days
        finally:
            self._quiet = False
        self.refresh(chart_later=chart_later)
        if self.waiting is not None and self.what_works is not None:  # the loop follows
            self._later("waiting", lambda: self.waiting.show(apps))
            self._later("what_works", lambda: self.what_works.show(apps))

    def _later(self, name: str, job: Callable[[], None]) -> None:
        """Run ``job`` once the current event is handled (see ``defer``); a later job of
        the same name replaces one not run yet."""
        self._pending[name] = job
        if self.defer is False:
            self.catch_up()
            return
        loop = kernel_loop()  # a kernel's loop, not any library's (a browser driver's)
        if self.defer is None and loop is None:
            self.catch_up()
        elif self.defer is None and len(self._pending) == 1:
            loop.call_soon(self.catch_up)

    def catch_up(self) -> None:
        """Run the panels' updates still pending (the waiting list, "what works")."""
        while self._pending:
            self._pending.pop(next(iter(self._pending)))()

    # the person's store and the outcome loop -------------------------------------
    def open_store(self, store: Any = None, *, sample: str | Path | None = None,
                   sections: bool = True, what_works: Callable[..., Any] | None = None,
                   plot_what_works: Callable[[Any], Any] | None = None,
                   waiting_longer: Callable[..., Any] | None = None,
                   composer: Callable[..., widgets.Widget] = check_in_composer) -> None:
        """Show the application store with its import box and the outcome loop: "Log what
        happened", "Waiting longer than usual" and "What works for me" (inside the
        dashboard unless ``sections`` is False). While the store is empty, show ``sample``."""
        self.sample, self.store_error = sample, None
        try:
            self.store = open_store(store)
        except Exception as exc:  # a damaged or locked store is said; the sample still shows
            self.store, self.store_error = None, f"Could not open your outcome log: {exc}"
        self.empty = widgets.HTML(render_sentence(
            self.store_error or EMPTY_STORE + (SAMPLE_SHOWN if sample is not None else ""),
            "ck-empty-text"))
        self.empty.add_class("ck-empty")
        self.importer = ImportBox(self.store, on_change=lambda: self.reload_store(
            keep_filters=False))
        self.log_form = LogEventForm(self.store, on_logged=lambda _app: self.reload_store(),
                                     load=False)
        self.waiting = WaitingList((), store=self.store, as_of=self.as_of,
                                   waiting_longer=waiting_longer, composer=composer)
        self.what_works = WhatWorksPanel(as_of=self.as_of, what_works=what_works,
                                         plot=plot_what_works)
        self._loop = widgets.VBox(_sections(("Log what happened", self.log_form),
                                            ("Waiting longer than usual", self.waiting),
                                            ("What works for me", self.what_works)))
        self.counts = widgets.HTML()
        self.counts.add_class("ck-store-counts")
        self.children = (self.empty, self.importer, self.file_row, self.messages,
                         self.readings, self.counts, *self._views,
                         *((self._loop,) if sections else ()))
        self.reload_store(keep_filters=False)

    def reload_store(self, *, keep_filters: bool = True) -> bool:
        """Re-read the store and recompute every figure; False when it could not be read."""
        if self._given_as_of is None:  # "now" moves on: a reply logged now is not future
            self.as_of = self.waiting.as_of = self.what_works.as_of = as_timestamp(None)
        try:
            listed = [] if self.store is None else self.store.list()
            empty = not listed
            apps = None if empty else self.store.to_applications(as_of=self.as_of)
        except Exception as exc:  # a face never shows a traceback
            self._show_error(f"Could not read your outcome log: {exc}")
            return False
        # the form's 10,000 options are below the charts: they follow the counts and headline
        self._later("log_form", lambda: self.log_form.refresh(
            listed if self.store is not None else None))
        self.empty.layout.display = self.file_row.layout.display = "none"
        self.counts.layout.display = "none" if empty else None
        if not empty:
            self.counts.value = render_sentence(store_counts(apps), "ck-store-counts-text")
            # after an event, the chart and the panels follow the counts and the headline
            self.show(apps, keep_filters=keep_filters, chart_later=keep_filters)
            if not (apps.left_out or apps.problems):  # else the loader's list says more
                self.messages.value = ""
        else:
            self.empty.layout.display = None
            self.apps = self.analysis = None
            self.messages.value = ""
            if self.sample is not None:
                self.file_row.layout.display = None  # the sample, or any file, to look at
                self.path.value = str(self.sample)
                self.load(self.sample)
        for view in (*self._views, self._loop):
            view.layout.display = "none" if self.apps is None else None
        return True

    def _on_readings(self, choices: dict[str, str]) -> None:
        """Reload the log with the user's readings of its status words."""
        self.status_readings = choices
        if self._last is not None:
            self.load(*self._last)

    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if files:
            item = files[0]
            self.load(bytes(item["content"]), name=item.get("name", "upload"))

    def _show_error(self, message: str) -> None:
        self.error = message
        self.messages.value = render_error(message)

    # filtering and drawing --------------------------------------------------
    def _on_filter(self, _change: dict) -> None:
        if not self._quiet and self.apps is not None:
            self.refresh()

    def filtered(self) -> pd.DataFrame:
        """The applications the filters keep."""
        assert self.apps is not None
        start: date | None = self.start.value
        end: date | None = self.end.value
        return filter_applications(self.apps, start=start, end=end,
                                   channel=self.channel.value, role_kind=self.role.value)

    def refresh(self, *, chart_later: bool = False) -> None:
        """Recompute every statistic and sentence for the filters; redraw the visible chart
        (once the current event is handled when ``chart_later``, see ``defer``)."""
        if self.apps is None:
            return
        self.analysis = analyse(self.filtered(), self.as_of, groupings=("delay_band",),
                                silence_days=self.silence.value)
        self.headline.value = render_headline(self.analysis.n, self.analysis.headline)
        rule = self._silence_rule
        note = (describe_silence(rule) if rule is not None and rule.days == self.silence.value
                else self.analysis.silence_note)
        self.silence_note.value = render_sentence(note, "ck-silence-text")
        for key in self.charts:
            section = self.analysis.section(key)
            self.sentences[key].value = render_sentence(section.sentence)
            # a chart with nothing to show is its sentence alone, not an empty box
            self.images[key].layout.display = "none" if section.empty else None
        self._stale = set(self.charts)
        if chart_later:
            self._later("chart", self._draw_visible)
        else:
            self._draw_visible()

    def _draw_visible(self) -> None:
        index = self.tabs.selected_index or 0
        if self.analysis is None or index >= len(self.charts):
            return
        if not self.analysis.section(self.charts[index]).empty:
            self.draw(self.charts[index])

    def draw(self, key: str) -> object:
        """Draw one chart (if stale) into its tab and return its Figure."""
        if key in self._stale or key not in self.figures:
            assert self.analysis is not None
            fig = self.analysis.section(key).draw()
            self.images[key].value = png_bytes(fig, dpi=80)
            self.figures[key] = fig
            self._stale.discard(key)
        return self.figures[key]

    def sentence(self, key: str) -> str:
        """The current sentence under a chart (plain text)."""
        assert self.analysis is not None
        return self.analysis.section(key).sentence


def store_counts(apps: Applications) -> str:
    """One sentence counting the applications in the store, answered and still waiting."""
    frame = apps.frame
    answered = int(frame["response_at"].notna().sum())
    waiting = int((frame["outcome"] == "pending").sum())
    plural = "" if len(frame) == 1 else "s"
    return (f"Your outcome log: {len(frame)} application{plural}, {answered} answered, "
            f"{waiting} still waiting.")


def _sections(*parts: tuple[str, widgets.Widget]) -> list[widgets.Widget]:
    """Each part under its heading."""
    out: list[widgets.Widget] = []
    for title, part in parts:
        heading = widgets.HTML(f'<h3 style="margin:16px 0 4px">{title}</h3>')
        heading.add_class("ck-section-title")
        out += [heading, part]
    return out
