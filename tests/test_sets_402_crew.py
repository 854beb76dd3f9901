"""What probe sets 402-417 changed beyond phrase entries: "the crew at" is a slot only the
employer written to fills, as "the team at" is, and "meeting everyone at" one it most
often fills, so another firm named there is a pasted name; the employer itself is not."""

from __future__ import annotations

from notes_scoring import severities

RACING = {
    "company": "Halvorsen Racing",
    "role": "Race Mechanic",
    "interviewers": ["Kieran Doyle"],
    "interviewed_at": "2026-10-06T13:00",
    "topics": ["pit-stop wheel changes", "corner weights and ride-height setup"],
}


def _letter(body: str) -> str:
    return f"Dear Kieran,\n\n{body}\n\nThanks again,\nJess Tallon"


def test_another_firm_after_the_crew_at_is_a_pasted_name():
    text = _letter("I believe my setup experience would make me a strong addition to the crew "
                   "at Corrigan Motorsport.")
    assert severities(text, RACING, "thank_you")["personalization.other_company"] == "error"


def test_the_employer_after_the_crew_at_is_not():
    text = _letter("I believe my setup experience would make me a strong addition to the crew "
                   "at Halvorsen Racing.")
    assert "personalization.other_company" not in severities(text, RACING, "thank_you")


def test_another_firm_after_meeting_everyone_at_is_a_pasted_name():
    text = _letter("I'm disappointed, of course, but I really enjoyed meeting everyone at "
                   "Prairie Crest Seeds.")
    # a warning: the slot may name a site of the employer; it caps the note all the same
    assert severities(text, RACING, "rejection_reply")["personalization.other_company"] \
        == "warning"
    same = _letter("I'm disappointed, of course, but I really enjoyed meeting everyone at "
                   "Halvorsen Racing.")
    assert "personalization.other_company" not in severities(same, RACING, "rejection_reply")
