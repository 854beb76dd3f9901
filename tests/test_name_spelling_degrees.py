"""A degree is no misspelt interviewer's name ("my MSc" to Siobhán Mac Giolla Rí)."""

from __future__ import annotations

from check_examples_real import letter

from coachkit import Draft, notes_from_dict, score

NOTES = {"company": "Moss Trust", "role": "Peatland Technician",
         "interviewers": ["Siobhán Mac Giolla Rí", "Declan Furlong"],
         "interviewed_at": "2026-11-04T10:00"}


def _names(body: str) -> list[str]:
    report = score(Draft.from_text(letter(body)), notes_from_dict(NOTES))
    return [f.text for f in report.findings if f.rule == "personalization.name_spelling"]


def test_a_degree_is_not_a_name():
    assert _names("I've attached a map from my MSc showing the dipwells.") == []


def test_a_misspelt_name_still_is():
    assert _names("Please pass my thanks to Declna for the tour.") == ["Declna"]


def test_a_title_is_not_a_name():
    """ "Mr Achterberg and Ms Mir": "Mr" is one edit from "Mir" and is no slip."""
    notes = {"company": "Senedd", "role": "Reporter",
             "interviewers": ["Tobias Achterberg", "Rukhsana Mir"],
             "interviewed_at": "2026-11-04T10:00"}
    text = ("Dear Mr Achterberg and Ms Mir,\n\nThank you for the transcription test.\n\n"
            "Best regards,\nJordan")
    report = score(Draft.from_text(text), notes_from_dict(notes))
    assert [f.text for f in report.findings if f.rule == "personalization.name_spelling"] == []
