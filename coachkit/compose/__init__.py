"""The parts of each kind of follow-up, the guidance for each, assembly and export.

Pure core: no widgets here. ``Composition`` is the message being written;
``ComposeSession`` is everything the composer widget shows (draft, journal, clock,
exports; ``coachkit.workshop.WorkshopSession`` adds the workshop), and
``coachkit.compose.render`` the HTML it shows it with.
"""

from coachkit.compose.composition import LIVE_SCORE_LIMIT, Assembly, Composition
from coachkit.compose.export import check_in_reminder, save_new, to_eml, to_text
from coachkit.compose.guide import Guide, Step, guide_for
from coachkit.compose.session import ComposeSession

__all__ = [
    "LIVE_SCORE_LIMIT",
    "Assembly",
    "ComposeSession",
    "Composition",
    "Guide",
    "Step",
    "check_in_reminder",
    "guide_for",
    "save_new",
    "to_eml",
    "to_text",
]
