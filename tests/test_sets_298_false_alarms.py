"""A false alarm probe set 304 showed, which needs notes of its own: a note to the recruiter
who arranged the interview greets someone the notes do not name and names no interviewer.
What only a go-between is told ("through another agency", "your client") makes the greeting a
point to check, not a warning, while a greeting to a stranger with none of it stays a
warning."""

from __future__ import annotations

from notes_scoring import notes_from_dict, severities

from coachkit import Draft, score

AGENCY = {
    "company": "Calder Vale Housing Group",
    "role": "HRIS Analyst",
    "interviewers": ["Rosalind Achebe", "Pete Whitlow"],
    "interviewed_at": "2026-10-06T10:00",
    "decision_by": "2026-10-16",
}
NOTE = ("Hi Owen,\n\nI know the decision was due by last Friday, so I wanted to check "
        "whether there's any news on the HRIS Analyst role.{more}\n\nThanks,\nNaomi\n")


def test_a_note_to_the_recruiter():
    found = severities(NOTE.format(more=" I've also had a first interview through another "
                                        "agency, and I'll keep you posted."), AGENCY, "check_in")
    assert found["personalization.greeting_name"] == "suggestion"
    assert "personalization.interviewer_named" not in found


def test_the_point_to_check_says_why():
    text = NOTE.format(more=" Your client may want to know I'm also talking to another agency.")
    report = score(Draft.from_text(text, kind="check_in"), notes_from_dict(AGENCY))
    (finding,) = [f for f in report.findings if f.rule == "personalization.greeting_name"]
    assert finding.severity == "suggestion"
    assert "reads as a note to a recruiter" in finding.message


def test_a_greeting_to_a_stranger_is_still_a_warning():
    found = severities(NOTE.format(more=""), AGENCY, "check_in")
    assert found["personalization.greeting_name"] == "warning"
    assert found["personalization.interviewer_named"] == "warning"
