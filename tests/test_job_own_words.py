"""False alarms probe sets 154-161 showed on good drafts, each pinned: what the interviewer
asked for answers the topic check in a note adding information; the job's own subject is
no overshare; a course's subject and a past employer in the present perfect are no other
company; the writer's own plan by the end of the month is not pushy; Welsh and Irish
greetings and workshop abbreviations are spelled right."""

from __future__ import annotations

from check_examples_real import letter
from notes_scoring import severities

BEREAVEMENT = {
    "company": "Kilcarran County Council",
    "role": "Bereavement Services Officer",
    "interviewers": ["Siobhan Brennan", "Declan Moloney"],
    "interviewed_at": "2026-11-05T14:00",
    "topics": ["maintaining the burial register", "the weekend on-call rota with funeral "
               "directors"],
    "concerns": ["no direct experience of bereavement work"],
}
CAMPSITE = {
    "company": "Loughside Holiday Parks",
    "role": "Campsite Warden",
    "interviewers": ["Harriet Moss"],
    "interviewed_at": "2026-11-10T10:00",
    "topics": ["the late-arrivals gate code", "chemical toilet disposal points"],
}
GRIEF = ("You asked about my lack of direct bereavement experience, and I won't pretend "
         "otherwise. I would be glad to take my turn on the weekend rota with the funeral "
         "directors.")


def _rules(text: str, notes: dict | None, kind: str = "thank_you") -> set[str]:
    return set(severities(text, notes, kind))


def test_an_answer_to_the_interviewers_request_takes_up_the_interview():
    asked = letter("You asked for copies of my certificates, so here they are: first aid at "
                   "work, and the fire marshal course.")
    assert "personalization.topic" not in _rules(asked, CAMPSITE, "additional_info")
    # a thank-you still takes up a topic; what the writer promised in the interview, sent,
    # is of the interview too (measured on the probes: 37 good notes freed, no bad one)
    assert "personalization.topic" in _rules(asked, CAMPSITE, "thank_you")
    promised = letter("As promised, here are copies of my certificates: first aid at work, and "
                      "the fire marshal course.")
    assert "personalization.topic" not in _rules(promised, CAMPSITE, "additional_info")
    sent = letter("Here are copies of my certificates: first aid at work, and the fire "
                  "marshal course.")
    assert "personalization.topic" in _rules(sent, CAMPSITE, "additional_info")


def test_the_jobs_own_subject_is_no_overshare():
    assert "tone.oversharing" not in _rules(letter(GRIEF), BEREAVEMENT)
    assert "tone.oversharing" in _rules(letter(GRIEF), CAMPSITE)


def test_a_course_subject_and_a_past_employer_are_no_other_company():
    course = letter("As requested, I've attached the booking for the Level 3 Certificate in "
                    "Assessing Vocational Achievement, which starts in January.")
    assert "personalization.other_company" not in _rules(course, CAMPSITE, "additional_info")
    past = letter("At Hennessy's Pharmacy in Athenry I've sold NRT over the counter for four "
                  "years, and the late-arrivals gate code talk made me smile.")
    assert "personalization.other_company" not in _rules(past, CAMPSITE)
    pasted = letter("I would love to bring my energy to Hennessy's Pharmacy in Athenry and "
                    "the late-arrivals gate code.")
    assert "personalization.other_company" in _rules(pasted, CAMPSITE)


def test_the_writers_own_plan_by_the_end_of_the_month_is_not_pushy():
    plan = letter("I have started an SQL course and expect to be writing my own cohort "
                  "queries by the end of the month.")
    assert "tone.pushy" not in _rules(plan, None)
    demand = letter("Please let me know the outcome by the end of the week.")
    assert "tone.pushy" in _rules(demand, None, "check_in")


def test_welsh_and_irish_greetings_and_abbreviations_are_words():
    text = ("Diolch yn fawr for this morning.\n\nOn our malt drink it's 2.4 vol, checked "
            "every 30 mins in the toolroom.\n\nCofion cynnes,\nFfion")
    assert "correctness.spelling" not in _rules(text, None)
