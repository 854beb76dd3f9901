"""A false alarm probe set 304 showed, which needs notes of its own: a note to the recruiter
who arranged the interview greets someone the notes do not name and names no interviewer.
What only a go-between is told ("through another agency", "your client") makes the greeting a
point to check, not a warning, while a greeting to a stranger with none of it stays a
warning."""

from __future__ import annotations

from notes_scoring import severities

AGENCY = {
    "company": "Calder Vale Housing Group",
    "role": "HRIS Analyst",
    "interviewers": ["Rosalind Achebe", "Pete Whitlow"],
    "interviewed_at": "2026-10-06T10:00",
    "decision_by": "2026-10-16",
}
NOTE = ("Hi Owen,\n\nI know Calder Vale were hoping to decide by last Friday, so I wanted to "
        "check whether there's any news on the HRIS Analyst role.{more}\n\nThanks,\nNaomi\n")


def test_a_note_to_the_recruiter():
    found = severities(NOTE.format(more=" I've also had a first interview through another "
                                        "agency, and I'll keep you posted."), AGENCY, "check_in")
    assert found["personalization.greeting_name"] == "suggestion"
    assert "personalization.interviewer_named" not in found


def test_a_greeting_to_a_stranger_is_still_a_warning():
    found = severities(NOTE.format(more=""), AGENCY, "check_in")
    assert found["personalization.greeting_name"] == "warning"
    assert found["personalization.interviewer_named"] == "warning"
