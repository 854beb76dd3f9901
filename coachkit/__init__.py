"""coachkit: write, score and track the follow-up messages sent after a job interview.

Importing this package is cheap: pandas, matplotlib, ipywidgets, textstat and the
spelling dictionary are loaded only by the parts that use them, when they are used.
"""

from coachkit.errors import CoachkitError, DraftError, InputError, NotesError, RulesError
from coachkit.model import CATEGORIES, KINDS, Draft, Finding, InterviewNotes, Report, Stats
from coachkit.notes import load_notes, notes_from_dict
from coachkit.scoring import load_rules, score
from coachkit.timing import SendWindow, check_in_after, send_by

__version__ = "0.1.0"

__all__ = [
    "CATEGORIES",
    "KINDS",
    "CoachkitError",
    "Draft",
    "DraftError",
    "Finding",
    "InputError",
    "InterviewNotes",
    "NotesError",
    "Report",
    "RulesError",
    "SendWindow",
    "Stats",
    "__version__",
    "check_in_after",
    "load_notes",
    "load_rules",
    "notes_from_dict",
    "score",
    "send_by",
]
