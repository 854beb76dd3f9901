"""False alarms probe sets 162-169 showed on good drafts, each pinned: a check-in before the
decision date with a reason of its own (away without signal, a medical cleared, a question
from the current employer) is fine; a ward sister and a Nigerian pharmacist are greeted by
their titles; the writer's past employer after "I'd changed at" or "we mostly served"."""

from __future__ import annotations

from datetime import datetime

from check_examples_real import letter
from notes_scoring import against

NOTES = {
    "company": "Northgate Health Records",
    "role": "Clinical Coding Officer",
    "interviewers": ["Declan Talbot", "Amaka Okonkwo-Eze"],
    "interviewed_at": "2026-11-18T10:00",
    "topics": ["coding stroke admissions", "the audit of discharge summaries"],
    "decision_by": "2026-12-04",
}
SENT = datetime(2026, 11, 25, 9, 0)  # well before the decision date


_findings = against(NOTES)


def _check_in(body: str) -> str | None:
    return _findings(letter(body), "check_in", SENT).get("timeliness.check_in")


def test_a_check_in_with_a_reason_of_its_own_is_only_a_suggestion():
    assert _check_in("I'll be on a course from 1 to 3 December with patchy email access, so "
                     "I didn't want to miss you if you need anything on coding stroke "
                     "admissions.") == "suggestion"
    assert _check_in("My pre-employment medical came back cleared on Friday; the audit of "
                     "discharge summaries still has me thinking.") == "suggestion"
    assert _check_in("My current ward has asked me to lock in the December rota. Is the 4th "
                     "still the likely date for coding stroke admissions?") == "suggestion"
    # without one, the early check-in still waits
    assert _check_in("Is there any news? I am still keen on coding stroke admissions."
                     ) == "warning"


def test_a_ward_sister_and_a_pharmacist_are_greeted_by_title():
    for greeting in ("Dear Sister Talbot,", "Good morning Pharm. Okonkwo-Eze,"):
        text = (f"{greeting}\n\nThank you for talking me through coding stroke admissions "
                "and the audit of discharge summaries at Northgate Health Records.\n\n"
                "Kind regards,\nAda")
        assert "personalization.greeting_name" not in _findings(text)


def test_a_past_employer_told_in_the_writers_own_past_is_no_other_company():
    for body in ("You asked what I'd actually changed at Marlowe Hair Co. to lift rebooking; "
                 "the same thinking fits the audit of discharge summaries.",
                 "At Greenfield Pharmacy in Wuse 2 we mostly served walk-in customers, so "
                 "coding stroke admissions would be new to me."):
        assert "personalization.other_company" not in _findings(letter(body))


def test_the_last_shift_of_a_bad_pasted_company_is_still_caught():
    body = ("I can't wait to bring my energy to Marlowe Hair Co. and its coding of stroke "
            "admissions.")
    assert "personalization.other_company" in _findings(letter(body))
