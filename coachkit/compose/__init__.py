"""The parts of each kind of follow-up, the guidance for each, assembly and export.

Pure core: no widgets here. ``Composition`` is what the composer widget edits.
"""

from coachkit.compose.composition import LIVE_SCORE_LIMIT, Assembly, Composition
from coachkit.compose.export import check_in_reminder, save_new, to_eml, to_text
from coachkit.compose.guide import Guide, Step, guide_for

__all__ = [
    "LIVE_SCORE_LIMIT",
    "Assembly",
    "Composition",
    "Guide",
    "Step",
    "check_in_reminder",
    "guide_for",
    "save_new",
    "to_eml",
    "to_text",
]
