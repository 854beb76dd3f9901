"""False alarms probe sets 194-201 showed on good drafts, each pinned: a referee's title and
department before the employer ("Team Leader, Claims Services, X") and the writer's past
told with an irregular verb ("At X we only brought ...") and the agency of someone copied
in ("Jo Reyes at X is copied") are no other company; a measure
after a capital ("Ra 32") is no misspelled name; a greeting by a short form of a name
("Dear Tunde" to Babatunde) names the interviewer; a quotation ending '..."' inside a
sentence ends no sentence; a link without its scheme ("youtu.be/...") and a defanged link
("example[.]com") are no misspelling or placeholder; a check-in before the decision date
that says where the writer can be reached is a suggestion; a greeting to a go-between (an
agency's consultant) who is told of the interviewers by name is a suggestion; trade words
are spelled right."""

from __future__ import annotations

from datetime import datetime

from check_examples_real import letter
from notes_scoring import against, severities

NOTES = {
    "company": "Coolabah Climate Services",
    "role": "Commercial HVAC Service Technician",
    "interviewers": ["Babatunde Adeyemi"],
    "interviewed_at": "2026-11-17T10:30",
    "topics": ["chiller maintenance", "after-hours callouts"],
    "decision_by": "2026-12-04",
}


_findings = against(NOTES)


def test_a_referees_department_and_the_writers_past_are_no_other_company():
    for body in ("The number I gave for my second referee is out of date. Her details are:\n\n"
                 "Priya Sandhu, Team Leader, Claims Services, Harbourline Insurance\n"
                 "Mobile: 0412 555 083\n\nShe knows about my chiller maintenance work.",
                 "I enjoyed the talk about chiller maintenance. At Munster Valve Co. we only "
                 "brought the fitters in once the first parts had failed, and I could see how "
                 "much rework your way saves.",
                 "Attached is my chiller maintenance checklist. Jo Reyes at Keystone Talent "
                 "Partners is copied."):
        found = _findings(letter(body), "additional_info")
        assert "personalization.other_company" not in found, body


def test_a_company_pasted_from_another_letter_is_still_caught():
    body = "I can't wait to bring my chiller maintenance work to Harbourline Insurance."
    assert "personalization.other_company" in _findings(letter(body))


def test_a_short_name_and_a_measure_are_no_wrong_name():
    found = _findings("Dear Tunde,\n\nThank you for today. The chiller maintenance logs I "
                      "keep show a surface finish of Ra 32 on the new seals.\n\nBest "
                      "regards,\nJordan")
    for rule in ("personalization.greeting_name", "personalization.interviewer_named",
                 "personalization.name_spelling"):
        assert rule not in found, rule


def test_someone_else_greeted_is_still_caught():
    found = _findings("Dear Karen,\n\nThank you for today and the talk about chiller "
                      "maintenance.\n\nBest regards,\nJordan")
    assert "personalization.greeting_name" in found


def test_a_quotation_links_and_trade_words_raise_nothing():
    found = _findings(letter(
        'Your "What if the chiller trips at 2 a.m..." question stayed with me. My talk on '
        "after-hours callouts is at youtu.be/q7Fz2LmR8cA, and the phishing sample I logged "
        "was from secure-example[.]com. I also keep an annexe of fishbone notes for each "
        "auditee."), "additional_info")
    for rule in ("correctness.sentence_case", "correctness.spelling",
                 "correctness.placeholder"):
        assert rule not in found, rule


def test_an_early_check_in_that_says_where_to_reach_the_writer_is_a_suggestion():
    body = ("I know the panel hopes to decide by 4 December and I am not writing to hurry it. "
            "I will be travelling to Abeokuta from 1 to 3 December and can be reached on my "
            "mobile if anything about the after-hours callouts is needed.")
    found = _findings(letter(body), "check_in", datetime(2026, 11, 27, 9))
    assert found.get("timeliness.check_in") == "suggestion"


PANEL = {**NOTES, "interviewers": ["Siobhán Ní Bhriain", "Declan Furlong"]}


def test_a_go_between_told_of_the_interviewers_by_name_is_a_suggestion():
    text = ("Hi Aoife,\n\nThanks for setting up the interview at Coolabah. Would you pass on my "
            "thanks to Siobhán and Declan? I enjoyed the talk about chiller maintenance.\n\n"
            "Best wishes,\nJordan")
    assert severities(text, PANEL).get("personalization.greeting_name") == "suggestion"


def test_a_wrong_name_like_an_interviewers_is_still_a_warning():
    text = ("Hi Sinead,\n\nThank you for today and for the talk about chiller maintenance. "
            "Please say thank you to Declan as well.\n\nBest wishes,\nJordan")
    assert severities(text, PANEL).get("personalization.greeting_name") == "warning"
