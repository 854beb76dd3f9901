"""Behaviour around the quiet faults of probe sets 26-33 that examples alone do not show:
how a check-in's timing is judged around the decision date, and what a greeting to
someone else says and costs."""

from __future__ import annotations

from datetime import datetime

from coachkit import Draft, notes_from_dict, score
from samples import GOOD_THANK_YOU, NOTES

FRIDAY_DECISION = {**NOTES, "interviewed_at": "2026-11-04T15:30", "decision_by": "2026-11-13"}
CHECK_IN = ("Dear Dana,\n\nI wanted to check in on the Operations Analyst role at Northwind "
            "Analytics. Is there anything else I can send you?\n\nBest regards,\nJordan")


def _timing(sent: str) -> list[tuple[str, str]]:
    draft = Draft.from_text(CHECK_IN, kind="check_in", sent_at=datetime.fromisoformat(sent))
    report = score(draft, notes_from_dict(FRIDAY_DECISION))
    return [(f.severity, f.message) for f in report.findings
            if f.rule == "timeliness.check_in"]


def test_a_check_in_before_or_on_the_decision_date_is_a_warning():
    (before,) = _timing("2026-11-12T10:00")
    assert before[0] == "warning" and before[1].startswith("Sent before the decision date")
    (on,) = _timing("2026-11-13T16:00")
    assert on[0] == "warning" and on[1].startswith("Sent on the decision date")


def test_the_weekend_after_a_friday_decision_date_is_only_a_suggestion():
    (saturday,) = _timing("2026-11-14T09:30")
    assert saturday[0] == "suggestion"
    assert "2026-11-16" in saturday[1] and "has only just passed" in saturday[1]
    assert _timing("2026-11-16T09:30") == []


def test_a_greeting_to_someone_else_names_the_interviewers_and_caps_at_revise():
    good = GOOD_THANK_YOU.replace("Dear Ms. Whitfield,", "Dear Ms. Martin,")
    assert good != GOOD_THANK_YOU
    assert score(Draft.from_text(GOOD_THANK_YOU), notes_from_dict(NOTES)).verdict == "ready"
    report = score(Draft.from_text(good), notes_from_dict(NOTES))
    (found,) = [f for f in report.findings if f.rule == "personalization.greeting_name"]
    assert found.text == "Martin"
    assert "Dana Whitfield or Sam Ortiz" in found.message
    assert report.overall <= 79 and report.verdict == "revise"
    assert [c.limit for c in report.caps] == [79]
