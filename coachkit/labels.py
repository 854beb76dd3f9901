"""Every name coachkit shows for a kind of message or a score category, in one table each.

The identifiers themselves (``thank_you``, ``tone``) are the contract; these are the words
people read. Faces, reports and checks take their wording from here.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CATEGORIES", "CATEGORY_LABELS", "KINDS", "KIND_LABELS", "SEVERITIES", "SEVERITY_RANK",
           "KindLabel",
           "category_label", "kind_label"]

KINDS: tuple[str, ...] = ("thank_you", "check_in", "rejection_reply", "additional_info")
CATEGORIES: tuple[str, ...] = ("timeliness", "personalization", "concision", "correctness", "tone")
SEVERITIES: tuple[str, ...] = ("error", "warning", "suggestion")
# each severity's place, gravest first: sorts findings and compares severities
SEVERITY_RANK: dict[str, int] = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class KindLabel:
    """How one kind of message is named: in a title, in a menu, and inside a sentence."""

    short: str  # "Thank-you"
    menu: str  # "Thank-you after an interview"
    phrase: str  # "a thank-you note"


KIND_LABELS: dict[str, KindLabel] = {
    "thank_you": KindLabel("Thank-you", "Thank-you after an interview", "a thank-you note"),
    "check_in": KindLabel("Check-in", "Check-in after silence", "a check-in"),
    "additional_info": KindLabel("Additional information", "Additional information",
                                 "a note adding information"),
    "rejection_reply": KindLabel("Rejection reply", "Reply to a rejection",
                                 "a reply to a rejection"),
}

# "overall" is not a category but is charted and tabled beside them
CATEGORY_LABELS: dict[str, str] = {
    "overall": "Overall", "timeliness": "Timeliness", "personalization": "Personalization",
    "concision": "Concision", "correctness": "Correctness", "tone": "Tone",
}
# where a chart's axis has little room
_SHORT_CATEGORY_LABELS: dict[str, str] = {"personalization": "Personal"}


def kind_label(kind: str) -> KindLabel:
    """The names of a kind of message."""
    return KIND_LABELS[kind]


def category_label(category: str, *, short: bool = False) -> str:
    """The name of a score category (or "overall"); ``short`` for a crowded axis."""
    if short and category in _SHORT_CATEGORY_LABELS:
        return _SHORT_CATEGORY_LABELS[category]
    return CATEGORY_LABELS[category]
