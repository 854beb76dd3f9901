"""No coachkit widget replaces a method of ipywidgets by accident.

A method named like one of ipywidgets' own (DraftsList once had ``open()``, which
``Widget.__init__`` calls to open the comm) leaves the widget without a model, and
the browser shows "Error displaying widget: model not found" in its place.
"""

from __future__ import annotations

import pytest

import coachkit.widgets
from coachkit.widgets.workshop_panel import WorkshopPanel

# deliberate overrides, each calling the ipywidgets method it replaces
ALLOWED = {("CohortBoard", "close")}
WIDGETS = [getattr(coachkit.widgets, name) for name in coachkit.widgets.__all__] + [WorkshopPanel]


@pytest.mark.parametrize("cls", WIDGETS, ids=lambda c: c.__name__)
def test_no_widget_method_of_ipywidgets_is_replaced(cls: type) -> None:
    ours = {name for klass in cls.__mro__ if klass.__module__.startswith("coachkit.")
            for name, value in vars(klass).items()
            if callable(value) and not name.startswith("__")}
    theirs = {name for klass in cls.__mro__ if klass.__module__.startswith("ipywidgets")
              for name in vars(klass)}
    clashes = {name for name in ours & theirs if (cls.__name__, name) not in ALLOWED}
    assert not clashes, f"{cls.__name__} replaces ipywidgets' {sorted(clashes)}"


def test_the_drafts_list_has_a_model_for_the_browser(tmp_path) -> None:
    from coachkit.store import DraftJournal
    from coachkit.widgets import DraftsList

    drafts = DraftsList(DraftJournal(tmp_path / "drafts.sqlite3"))
    assert drafts.comm is not None and drafts.model_id
    assert "No drafts yet" in drafts.message.value
