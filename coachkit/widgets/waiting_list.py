"""WaitingList: the applications waiting longer than usual, one click to a check-in draft.

The rows come from ``coachkit.outcomes.waiting.waiting_longer`` (or are given); "Write a
check-in" opens the composer below the list on a check-in, with the notes of the
application from the store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as w

from coachkit.model import InterviewNotes
from coachkit.widgets._html import esc, message
from coachkit.widgets.log_event import day_text, open_store

__all__ = ["WaitingList", "check_in_composer"]


def check_in_composer(notes: InterviewNotes) -> w.Widget:
    """Open the follow-up composer on a check-in with these notes."""
    from coachkit.widgets.composer import FollowUpComposer

    return FollowUpComposer(notes, kind="check_in")


def _row_text(row: Any) -> str:
    role = f" · {esc(row.role)}" if row.role else ""
    return (f"<b>{esc(row.company)}</b>{role}: waiting {row.days} days, usually "
            f"{row.usual_days} days; check in on <b>{day_text(row.check_in_on)}</b>")


class WaitingList(w.VBox):
    """Rows of applications waiting longer than usual, each with "Write a check-in"."""

    def __init__(self, apps_or_rows: Any = (),
                 on_check_in: Callable[[Any, w.Widget], None] | None = None, *,
                 store: Any = None, as_of: object = None,
                 waiting_longer: Callable[..., Sequence[Any]] | None = None,
                 composer: Callable[[InterviewNotes], w.Widget] = check_in_composer) -> None:
        self.on_check_in = on_check_in
        self._store = store
        self.as_of = as_of
        self._waiting_longer = waiting_longer
        self.make_composer = composer
        self.rows: tuple[Any, ...] = ()
        self.composer: w.Widget | None = None
        self.summary, self.result = w.HTML(), w.HTML()
        self.summary.add_class("ck-waiting-summary")
        self.list = w.VBox()
        self.composer_box = w.VBox()
        self.composer_box.add_class("ck-waiting-composer")
        super().__init__([self.summary, self.list, self.result, self.composer_box])
        self.add_class("ck-waiting")
        self.show(apps_or_rows)

    def show(self, apps_or_rows: Any) -> None:
        """Show the rows for an application log (``Applications``) or the rows given."""
        try:
            self.rows = tuple(self._rows(apps_or_rows))
        except Exception as error:  # a face never shows a traceback
            self.rows = ()
            self.result.value = message(f"Could not work out the waiting list: {error}",
                                        error=True)
        n = len(self.rows)
        self.summary.value = message(
            "Nothing is waiting longer than usual." if not n else
            f"{n} application{'s are' if n > 1 else ' is'} waiting longer than your usual "
            "time to an answer: a polite check-in is in order.")
        self.list.children = [self._row(row) for row in self.rows]

    def _rows(self, apps_or_rows: Any) -> Sequence[Any]:
        if not hasattr(apps_or_rows, "frame"):
            return apps_or_rows or ()
        if self._waiting_longer is None:
            from coachkit.outcomes.waiting import waiting_longer

            self._waiting_longer = waiting_longer
        return self._waiting_longer(apps_or_rows, as_of=self.as_of)

    def _row(self, row: Any) -> w.HBox:
        button = w.Button(description="Write a check-in", icon="pencil")
        button.add_class("ck-check-in")
        button.on_click(lambda _: self.check_in(row))
        box = w.HBox([w.HTML(_row_text(row)), button])
        box.add_class("ck-waiting-row")
        return box

    def notes_for(self, row: Any) -> InterviewNotes:
        """The interview notes of a row's application, from the store when it has an id."""
        if row.application_id:
            self._store = open_store(self._store)
            return self._store.get(row.application_id).to_notes()
        return InterviewNotes(company=row.company or None, role=row.role or None)

    def check_in(self, row: Any) -> w.Widget | None:
        """Open the composer on a check-in for ``row``, below the list."""
        try:
            composer = self.make_composer(self.notes_for(row))
        except Exception as error:  # shown, never raised
            self.result.value = message(f"Could not open the composer: {error}", error=True)
            return None
        self.result.value = message(f"A check-in for {row.company}, below.", ok=True)
        self.composer = composer
        self.composer_box.children = [composer]
        if self.on_check_in is not None:
            self.on_check_in(row, composer)
        return composer
