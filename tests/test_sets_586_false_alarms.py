"""False alarms probe sets 586-593 showed, each pinned with a guard that the real fault is
still caught:

- a Hausa or Filipino form of address before a first name ("Hajiya Hauwa", "Ma'am
  Tess") is a title, not part of a name the notes lack;
- a verb's particle before a day ("the handler we worked on on Tuesday") is only a
  suggestion to check, not a doubled word.
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Borno Water Trust",
    "role": "Hygiene Promoter",
    "interviewers": ["Hauwa Bukar", "Emeka Okafor"],
    "interviewed_at": "2026-11-10T10:00",
    "topics": ["handwashing stations in the camps", "cholera response"],
    "decision_by": "2026-11-20",
}
findings = against(NOTES)


def test_a_hausa_title_before_a_first_name_is_no_stranger():
    text = ("Good evening Hajiya Hauwa and Mr Okafor,\n\nThank you for the interview today. "
            "The cholera response scenario made me think hard about the handwashing "
            "stations in the camps.\n\nKind regards,\nAisha\n")
    assert "personalization.greeting_name" not in findings(text)
    # a name the notes do not hold is still questioned
    stranger = text.replace("Hajiya Hauwa", "Hajiya Zainab")
    assert "personalization.greeting_name" in findings(stranger)


def test_a_particle_before_a_day_is_only_a_suggestion():
    text = ("Dear Hauwa,\n\nAs promised, here is the handwashing station plan we worked on on "
            "Tuesday.\n\nKind regards,\nAisha\n")
    assert findings(text, kind="additional_info").get("correctness.repeated_word") == \
        "suggestion"
    slip = text.replace("worked on on Tuesday", "worked on on the day")
    assert findings(slip, kind="additional_info").get("correctness.repeated_word") == "error"
