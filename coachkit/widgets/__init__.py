"""ipywidgets faces over the core: they render what the core decides.

Importing ``coachkit.widgets`` is cheap; each widget's module (and ipywidgets)
is imported the first time the widget is asked for.
"""

from importlib import import_module
from typing import Any

_WIDGETS = {
    "InterviewNotesForm": "coachkit.widgets.notes_form",
    "FollowUpComposer": "coachkit.widgets.composer",
    "DraftsList": "coachkit.widgets.drafts_list",
    "OutcomesDashboard": "coachkit.widgets.dashboard",
    "CohortBoard": "coachkit.widgets.cohort_board",
}

__all__ = sorted(_WIDGETS)


def __getattr__(name: str) -> Any:
    if name in _WIDGETS:
        return getattr(import_module(_WIDGETS[name]), name)
    raise AttributeError(f"module 'coachkit.widgets' has no attribute {name!r}")
