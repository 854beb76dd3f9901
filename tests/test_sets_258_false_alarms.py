"""A false alarm probe sets 258-265 showed that needs notes of its own: the term a list
item opens with ("4. Margin – whether the funding covered ...") is one letter from an
interviewer's name (Martin) and was read as the name misspelt. The name misspelt in a
sentence is still caught."""

from __future__ import annotations

from check_examples_real import letter
from notes_scoring import severities

NOTES = {
    "company": "Greenway Foodstores",
    "role": "Category Analyst",
    "interviewers": ["Martin Oyelaran", "Hannah Sutcliffe"],
    "interviewed_at": "2026-05-12T10:00",
    "topics": ["promotional uplift", "own-label ranging"],
}


def test_a_term_opening_a_list_item_is_no_misspelt_name():
    body = ("I'd look at three things:\n1. Baseline – the weeks without a deal.\n"
            "2. Margin – whether the supplier funding covered what was given away.")
    assert "personalization.name_spelling" not in severities(letter(body), NOTES,
                                                             "additional_info")


def test_the_name_misspelt_in_a_sentence_is_still_caught():
    body = "Please pass my thanks to Margin for the tour of the depot."
    assert "personalization.name_spelling" in severities(letter(body), NOTES)
