"""A false alarm probe sets 218-225 showed that needs notes of its own: a referee's subject
("Lecturer in Cellular Pathology") shares a word with the employer's name (Harbourside
Pathology Partnership) and was read as the company's name misremembered. A name that
misremembers the company is still caught."""

from __future__ import annotations

from check_examples_real import letter
from notes_scoring import severities

NOTES = {
    "company": "Harbourside Pathology Partnership",
    "role": "Histopathology Laboratory Assistant",
    "interviewers": ["Sanjay Mehta"],
    "interviewed_at": "2026-11-17T10:30",
    "topics": ["cut-up room support", "specimen tracking"],
}


def test_a_lecturers_subject_is_no_other_company():
    body = ("As promised, here are my two referees:\n\n- Dr Ruth Abiodun, Lecturer in Cellular "
            "Pathology, Kessock University (my dissertation supervisor) – 01632 960118")
    assert "personalization.other_company" not in severities(letter(body), NOTES,
                                                             "additional_info")


def test_the_company_misremembered_is_still_caught():
    body = "I would love to help with specimen tracking at Cellular Pathology."
    assert "personalization.other_company" in severities(letter(body), NOTES)
