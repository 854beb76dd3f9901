"""False alarms probe sets 186-193 showed on good drafts, each pinned: a client introduced as
"The client, X," and a referee's workplace after a title with "of" ("Head of Student
Recruitment, X") are no other company; "cert. no." ends no sentence; internal figures
"left out" are no confidence broken; someone "could see the job list on his phone" is not
a complaint about the panel; a check-in before the decision date that says the writer is
away, or brings news of a score, is a suggestion; trade words are spelled right."""

from __future__ import annotations

from datetime import datetime

from check_examples_real import letter
from notes_scoring import against

NOTES = {
    "company": "Harcourt Facilities Group",
    "role": "Facilities Coordinator",
    "interviewers": ["Anil Mehta"],
    "interviewed_at": "2026-11-17T10:30",
    "topics": ["planned maintenance schedules", "contractor response times"],
    "decision_by": "2026-12-04",
}


_findings = against(NOTES)


def test_a_named_client_and_a_referees_workplace_are_no_other_company():
    for body in ("The client, Ikeja Specialist Hospital, approved these planned maintenance "
                 "schedules for portfolio use.",
                 "My second referee is Dr Orla Fennessy, Head of Student Recruitment, Midlands "
                 "Technical College, who knows my planned maintenance schedules."):
        found = _findings(letter(body), "additional_info")
        assert "personalization.other_company" not in found, body


def test_a_company_pasted_from_another_letter_is_still_caught():
    body = "I can't wait to bring my planned maintenance schedules to Northfield Property Services."
    assert "personalization.other_company" in _findings(letter(body))


def test_an_abbreviation_before_a_number_ends_no_sentence():
    body = ("Attached is the permit certificate I mentioned (cert. no. PM-2025-88614), which "
            "covers planned maintenance schedules.")
    assert "correctness.sentence_case" not in _findings(letter(body), "additional_info")


def test_figures_left_out_and_a_phone_in_a_story_are_not_faults():
    found = _findings(letter(
        "I've left out internal figures and kept only the published ones. Once the engineer "
        "could see the job list on his phone, contractor response times fell by a third."),
        "additional_info")
    assert "tone.confidential" not in found
    assert "tone.passive_aggressive" not in found


def test_an_early_check_in_with_a_reason_is_a_suggestion():
    for body in ("I know you hope to decide by the 4th, so I'm not chasing; I'm away on the "
                 "1st and 2nd and would hate to be hard to reach about the planned maintenance "
                 "schedules role.",
                 "Quick one: I scored 88% on the facilities management mock exam, and wondered "
                 "whether the contractor response times notes would still help."):
        found = _findings(letter(body), "check_in", datetime(2026, 11, 27, 9))
        assert found.get("timeliness.check_in") == "suggestion", body


def test_trade_words_are_spelled_right():
    body = ("We did the bank recs weekly, took calls on the site landline and explained regen "
            "braking to clients, all beside planned maintenance schedules.")
    assert "correctness.spelling" not in _findings(letter(body))
