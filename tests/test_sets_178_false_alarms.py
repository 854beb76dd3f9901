"""False alarms probe sets 178-185 showed on good drafts, each pinned: a client named as an
example, a course "Certificate III in", the writer's own employer ("My employer, X,", "while
I was an assistant at X"), a referee's workplace ("X was duty manager at Y") and public
bodies (the Special Constabulary, the Probation Service) are no other company; British
plurals ("defences") and trade words are spelled right."""

from __future__ import annotations

from check_examples_real import letter
from notes_scoring import against

NOTES = {
    "company": "Eastmoor Probation Delivery Unit",
    "role": "Probation Services Officer",
    "interviewers": ["Sunil Deshpande"],
    "interviewed_at": "2026-11-17T10:30",
    "topics": ["risk assessment interviews", "working with housing providers"],
    "decision_by": "2026-12-04",
}


_findings = against(NOTES)


def test_clients_courses_own_and_referees_employers_and_public_bodies_are_no_other_company():
    for body in ("Attached is a press release I wrote for a client, Okeke Agro Foods, about "
                 "risk assessment interviews.",
                 "I'm two units from finishing my Certificate III in Dog Grooming, which "
                 "touches on working with housing providers.",
                 "My employer, Meridian Housing Trust, asks for four weeks' notice, which "
                 "fits working with housing providers.",
                 "I wrote the checklist while I was an assistant at Midland Regional Hospital; "
                 "it helps with risk assessment interviews.",
                 "Fergal Dunne was duty manager at the Harbour Lights Hotel that night, and he "
                 "can speak to my risk assessment interviews.",
                 "Would joining the Special Constabulary help? I still hope to join the "
                 "Probation Service and keep working with housing providers."):
        assert "personalization.other_company" not in _findings(letter(body)), body


def test_a_company_pasted_from_another_letter_is_still_caught():
    body = "I can't wait to bring my risk assessment interviews to Meridian Housing Trust."
    assert "personalization.other_company" in _findings(letter(body))


def test_british_plurals_and_trade_words_are_spelled_right():
    body = ("My keywork with clients covered cuckooing, flood defences, E. coli exceedances in "
            "a townland's supply and offences against the kindy rules, all part of risk "
            "assessment interviews.")
    assert "correctness.spelling" not in _findings(letter(body))

