"""A false alarm probe sets 234-241 showed that needs notes of its own: a unit of the
employer named after the role ("the Bioinformatician role in the Single-Cell Genomics
Core") shares a word with the employer's name (Harrowfield Genomics Institute) and was read
as the company's name misremembered. A name that misremembers the company is still
caught."""

from __future__ import annotations

from check_examples_real import letter
from notes_scoring import severities

NOTES = {
    "company": "Harrowfield Genomics Institute",
    "role": "Bioinformatician",
    "interviewers": ["Hannah Reyes"],
    "interviewed_at": "2026-05-12T10:00",
    "topics": ["single-cell pipelines", "QC reports for wet-lab users"],
}


def test_a_unit_of_the_employer_after_the_role_is_no_other_company():
    body = ("I'm writing to check in on the Bioinformatician role in the Single-Cell Genomics "
            "Core.")
    assert "personalization.other_company" not in severities(letter(body), NOTES, "check_in")


def test_the_company_misremembered_is_still_caught():
    body = "I would be glad to build pipelines at Single-Cell Genomics."
    assert "personalization.other_company" in severities(letter(body), NOTES)
