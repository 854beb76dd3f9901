"""False alarms probe sets 202-209 showed on good drafts, each pinned: a course ("Cert IV in
Social Housing") and the writer's past told as a memory ("it reminded me of talking
customers through ... at X") are no other company; a check-in before the decision date with
news of training started or completed is a suggestion; trade words are spelled right. A
firm named "X Settlements" pasted from another letter is caught."""

from __future__ import annotations

from datetime import datetime

from check_examples_real import letter
from notes_scoring import severities

NOTES = {
    "company": "Hollins & Barr Opticians",
    "role": "Optical Assistant",
    "interviewers": ["Cathal Brennan"],
    "interviewed_at": "2026-11-17T10:30",
    "topics": ["pre-screening on the autorefractor", "frame adjustments"],
    "decision_by": "2026-12-04",
}


def test_a_course_and_a_remembered_workplace_are_no_other_company():
    for body in ("I'll be finishing my Cert IV in Social Housing in February, which helps with "
                 "frame adjustments.",
                 "The pre-screening on the autorefractor reminded me of talking customers "
                 "through blood pressure checks at Quay Street Pharmacy."):
        found = severities(letter(body), NOTES)
        assert "personalization.other_company" not in found, body


def test_a_company_pasted_from_another_letter_is_still_caught():
    body = "I can't wait to bring my frame adjustments to Quay Street Pharmacy."
    assert "personalization.other_company" in severities(letter(body), NOTES)


def test_trade_words_are_spelled_right():
    body = ("I rigged the deformers for the frame adjustments demo, and my last client was a "
            "desal plant.")
    assert "correctness.spelling" not in severities(letter(body), NOTES)


def test_a_firm_with_a_settlements_name_pasted_from_another_letter_is_caught():
    body = "I'm sure I could make a real contribution at Coastline Settlements."
    assert "personalization.other_company" in severities(letter(body), NOTES)


def test_an_early_check_in_with_news_of_training_is_a_suggestion():
    for body in ("Since we spoke, I've started the online module on frame adjustments that you "
                 "recommended.",
                 "I have now completed the first two modules of the dispensing course I "
                 "mentioned."):
        found = severities(letter(body), NOTES, "check_in", datetime(2026, 11, 27, 9))
        assert found.get("timeliness.check_in") == "suggestion", body
