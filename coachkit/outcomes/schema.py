"""The application log's columns: one row per application.

This module is the source of truth; ``data/applications.schema.json`` (a
Frictionless Table Schema) is written from it by
``python -m coachkit.outcomes.schema > data/applications.schema.json`` and a
test checks that the two agree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

__all__ = ["COLUMNS", "FOLLOW_UP_KINDS", "OUTCOMES", "REQUIRED", "Column", "table_schema"]

OUTCOMES = ("offer", "rejected", "no_response", "pending", "withdrew")
FOLLOW_UP_KINDS = ("thank_you", "check_in", "additional_info", "rejection_reply")


@dataclass(frozen=True)
class Column:
    """One column of the log: its name, value type, whether it must be present."""

    name: str
    type: str  # string | date | datetime | number
    required: bool
    description: str
    enum: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None


COLUMNS: tuple[Column, ...] = (
    Column("company", "string", True, "Company applied to."),
    Column("role", "string", False, "Job title as advertised."),
    Column("applied_on", "date", True, "Day the application was sent."),
    Column("interviewed_at", "datetime", False, "Date and time of the (last) interview."),
    Column("follow_up_sent_at", "datetime", False,
           "When the follow-up after the interview was sent; empty if none was sent."),
    Column("follow_up_kind", "string", False, "Kind of follow-up message.",
           enum=FOLLOW_UP_KINDS),
    Column("follow_up_score", "number", False, "coachkit score of the follow-up, 0-100.",
           minimum=0, maximum=100),
    Column("response_at", "datetime", False,
           "When the company first answered after the application (any answer)."),
    Column("outcome", "string", True,
           "Where the application stands; pending while waiting for an answer.",
           enum=OUTCOMES),
    Column("channel", "string", False,
           "How the application was sent: job board, referral, company site, recruiter..."),
    Column("notes", "string", False, "Free text."),
)
REQUIRED = tuple(c.name for c in COLUMNS if c.required)


def table_schema() -> dict:
    """The columns as a Frictionless Table Schema (a plain dict, JSON-ready)."""
    fields = []
    for c in COLUMNS:
        field: dict = {"name": c.name, "type": c.type, "description": c.description}
        constraints: dict = {"required": c.required}
        if c.enum:
            constraints["enum"] = list(c.enum)
        if c.minimum is not None:
            constraints["minimum"] = c.minimum
        if c.maximum is not None:
            constraints["maximum"] = c.maximum
        field["constraints"] = constraints
        fields.append(field)
    return {"fields": fields, "missingValues": [""],
            "description": "coachkit application log: one row per application."}


if __name__ == "__main__":
    print(json.dumps(table_schema(), indent=2))
