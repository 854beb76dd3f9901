"""Greetings probe sets 458-465 showed were read as naming someone the notes do not: an
honorific after a name ("Harjit Ji"), "Madame" before one, and a fire service's ranks
("Dear SM Pryce", "Dear GM Rowntree"), and a conductor's "Maestro" (sets 466-473). A name
the notes do not have is still caught."""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Hollins Lane Fire Station",
    "role": "Watch Manager",
    "interviewers": ["Harjit Kaur", "Dawn Pryce", "Abena Rowntree"],
    "interviewed_at": "2026-11-10T10:00",
    "topics": ["incident command", "crew welfare"],
}
findings = against(NOTES)
BODY = "\n\nThank you for Tuesday's interview and the incident command scenario.\n\nLee"


def test_honorifics_and_ranks_beside_the_names_are_no_other_names():
    for greeting in ("Dear Harjit Ji,", "Sat Sri Akal Harjit Ji, Dawn Ji,", "Dear SM Pryce,",
                     "Dear GM Rowntree,", "Dear WM Pryce,", "Good morning Madame Abena,",
                     "Dear Harjit, Maestro Pryce and Abena,"):
        assert "personalization.greeting_name" not in findings(greeting + BODY), greeting


def test_a_name_the_notes_do_not_have_is_still_caught():
    assert "personalization.greeting_name" in findings("Dear SM Pritchard, Harjit Ji and "
                                                       "Gareth," + BODY)
