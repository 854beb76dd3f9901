"""A degree is no misspelt interviewer's name ("my MSc" to Siobhán Mac Giolla Rí), nor is a
title beside a short surname ("Mr" to Mir); a misspelt name still is."""

from __future__ import annotations

from check_examples_real import letter
from notes_scoring import against

NOTES = {"company": "Moss Trust", "role": "Peatland Technician",
         "interviewers": ["Siobhán Mac Giolla Rí", "Declan Furlong"],
         "interviewed_at": "2026-11-04T10:00"}
findings = against(NOTES)
NAME = "personalization.name_spelling"


def test_a_degree_is_not_a_name():
    assert NAME not in findings(letter("I've attached a map from my MSc showing the dipwells."))


def test_a_misspelt_name_still_is():
    assert findings(letter("Please pass my thanks to Declna for the tour."))[NAME] == "error"


def test_a_title_is_not_a_name():
    """ "Mr Achterberg and Ms Mir": "Mr" is one edit from "Mir" and is no slip."""
    senedd = against({"company": "Senedd", "role": "Reporter",
                      "interviewers": ["Tobias Achterberg", "Rukhsana Mir"],
                      "interviewed_at": "2026-11-04T10:00"})
    assert NAME not in senedd("Dear Mr Achterberg and Ms Mir,\n\nThank you for the "
                              "transcription test.\n\nBest regards,\nJordan")
