"""Workshop mode: exercises, a folder collecting a room's drafts, the cohort and reports."""

from coachkit.workshop.cohort import Cohort, Entry, Scorer, score_submissions
from coachkit.workshop.exercise import Exercise, RulePack, load_exercise
from coachkit.workshop.feedback import Change, top_changes
from coachkit.workshop.folder import (
    Problem,
    Scan,
    Submission,
    WorkshopFolder,
    check_code,
    default_folder,
)
from coachkit.workshop.masking import Masked, Masker
from coachkit.workshop.session import Submitted, WorkshopSession, coach_rules

__all__ = [
    "Change",
    "Cohort",
    "Entry",
    "Exercise",
    "Masked",
    "Masker",
    "Problem",
    "RulePack",
    "Scan",
    "Scorer",
    "Submission",
    "Submitted",
    "WorkshopFolder",
    "WorkshopSession",
    "check_code",
    "coach_rules",
    "default_folder",
    "load_exercise",
    "score_submissions",
    "top_changes",
]
