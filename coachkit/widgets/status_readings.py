"""``StatusReadingsTable``: each status word of a log, its count, and a reading to change.

The loader reads free-text statuses ("Ghosted :(", "in progress") by keywords; this
table shows every distinct word once with how it was read, and a dropdown per word.
Changing one calls ``on_change`` with every choice made so far ({word: reading}); the
dashboard reloads the log with them, so the figures follow.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

import ipywidgets as widgets

from coachkit.outcomes.model import StatusReading
from coachkit.outcomes.statuses import READINGS

__all__ = ["MAX_WORDS", "StatusReadingsTable"]

MAX_WORDS = 60  # words shown; the rest are counted (a mapping file can set them all)
_LABELS = {"offer": "offer", "rejected": "rejected", "no_response": "no answer",
           "pending": "still going", "withdrew": "withdrawn", "not_applied": "never sent",
           "unknown": "unknown (pending)"}


class StatusReadingsTable(widgets.VBox):
    """A table of status words (word, count, reading dropdown, how it was read)."""

    def __init__(self, on_change: Callable[[dict[str, str]], None] | None = None) -> None:
        self.on_change = on_change
        self.choices: dict[str, str] = {}
        self.dropdowns: dict[str, widgets.Dropdown] = {}
        self.title = widgets.HTML()
        self.rows = widgets.VBox()
        super().__init__([self.title, self.rows])
        self.add_class("ck-status-readings")
        self.layout.display = "none"

    def show(self, readings: Sequence[StatusReading]) -> None:
        """Show ``readings`` (as read by the loader), one row per word."""
        self.dropdowns = {}
        self.layout.display = None if readings else "none"
        unknown = sum(r.count for r in readings if r.reading == "unknown")
        note = f"; {unknown} rows not recognised (counted as pending)" if unknown else ""
        self.title.value = (f"<b>Status words</b> ({len(readings)}{note}). Change a reading "
                            "and the figures follow.")
        rows = [self._row(i, r) for i, r in enumerate(readings[:MAX_WORDS])]
        if len(readings) > MAX_WORDS:
            rows.append(widgets.HTML(f"… and {len(readings) - MAX_WORDS} more words: set them "
                                     "in a mapping file (coachkit mapping LOG -o FILE)"))
        self.rows.children = rows

    def _row(self, index: int, reading: StatusReading) -> widgets.HBox:
        word = widgets.HTML(f"<span title='{html.escape(reading.how, quote=True)}'>"
                            f"{html.escape(reading.word)}</span>",
                            layout=widgets.Layout(width="260px"))
        word.add_class("ck-status-word")
        count = widgets.HTML(f"{reading.count}", layout=widgets.Layout(width="60px"))
        choice = widgets.Dropdown(options=[(_LABELS[r], r) for r in READINGS],
                                  value=reading.reading, layout=widgets.Layout(width="170px"))
        choice.add_class("ck-status-choice")
        choice.add_class(f"ck-status-choice-{index}")
        choice.observe(lambda change, w=reading.word: self._changed(w, change["new"]),
                       names="value")
        how = widgets.HTML(f"<small>{html.escape(reading.how)}</small>")
        self.dropdowns[reading.word] = choice
        row = widgets.HBox([word, count, choice, how])
        row.add_class("ck-status-row")
        return row

    def _changed(self, word: str, reading: str) -> None:
        self.choices[word] = reading
        if self.on_change is not None:
            self.on_change(dict(self.choices))

    def choose(self, word: str, reading: str) -> None:
        """Set the reading of ``word`` as a user would (for scripts and tests)."""
        self.dropdowns[word].value = reading
