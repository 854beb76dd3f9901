"""False alarms probe sets 170-177 showed on good drafts, each pinned: a check-in before the
decision date that says the writer will be hard to reach is fine; another offer told
factually, a professional body's course and a referee's department are no other company;
the trade words of bakers, chocolatiers and antique dealers are spelled right; a short note
that takes up the interview is told it is short, not held back for it."""

from __future__ import annotations

from datetime import datetime

from check_examples_real import letter
from notes_scoring import against

NOTES = {
    "company": "Fitzgerald Keane Solicitors",
    "role": "Legal Cashier",
    "interviewers": ["Róisín Moran"],
    "interviewed_at": "2026-11-17T10:30",
    "topics": ["completion days", "reconciling the client account"],
    "decision_by": "2026-12-04",
}
SENT = datetime(2026, 11, 27, 9, 0)  # well before the decision date


_findings = against(NOTES)


def test_a_check_in_saying_where_to_reach_the_writer_is_only_a_suggestion():
    for body in ("I'll be on a course in Cardiff from 1 to 3 December with limited access "
                 "to email, so my mobile is the best way to reach me about completion days.",
                 "I'm travelling from 1 to 3 December, in case you'd like to reach me then; "
                 "I'm still very keen on reconciling the client account."):
        check = _findings(letter(body), "check_in", SENT).get("timeliness.check_in")
        assert check == "suggestion", body


def test_another_offer_a_professional_body_and_a_referees_department_are_no_other_company():
    for body in ("I've received an offer for an accounts assistant post with Corrib Freight, "
                 "and they have asked for my answer by 10 December.",
                 "I have started the Law Society's online module on the accounts rules, which "
                 "fits completion days.",
                 "My referees for reconciling the client account:\n\nMáire Joyce, Front Office "
                 "Manager, Galway Bay Hotel\nTom Reilly, Operations, Clare Island Ferry Co."):
        assert "personalization.other_company" not in _findings(letter(body)), body


def test_a_company_pasted_from_another_letter_is_still_caught():
    body = "I would love to bring my client account work to Corrib Freight next year."
    assert "personalization.other_company" in _findings(letter(body))


def test_trade_words_are_spelled_right():
    body = ("At the bakery I ran the dough sheeter, tempered ganache for the Christmas range "
            "and catalogued a reeded table leg, all while reconciling the client account.")
    assert "correctness.spelling" not in _findings(letter(body))


def test_a_short_note_that_takes_up_the_interview_is_only_told_it_is_short():
    specific = ("Thanks for this morning. I'm still mulling over our chat about completion "
                "days, and it has made me keener to join the team.")
    generic = ("Thanks for this morning. I enjoyed our chat a great deal, and it has made me "
               "keener than ever to join the team.")
    assert _findings(letter(specific))["concision.length"] == "suggestion"
    assert _findings(letter(generic))["concision.length"] == "warning"
