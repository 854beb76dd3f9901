"""False alarms probe sets 690-697 showed in the name, company, timing and sign-off checks,
each pinned with a guard that the real fault is still caught:

- notes of an application made "via" an agency: a greeting to someone else is the recruiter
  (a suggestion, not a warning);
- a company the draft shows later to be the writer's own ("when I left Halden") is no other
  company where it is named first; nor is one after "issued by" or a form's "Sponsor:";
- an answer to an offer is not a check-in sent too early;
- "it's Callum Reid." names the writer of a text message;
- a name from the email replied to ("meeting you and Pepper", her dog) is no stranger on
  the panel.
"""

from __future__ import annotations

from datetime import datetime

from notes_scoring import against

NOTES = {
    "company": "Pennock Facilities Group",
    "role": "Controls Engineer",
    "interviewers": ["Lorraine Whitcombe", "Raj Bhandari"],
    "interviewed_at": "2026-10-21T16:00",
    "topics": ["commissioning Trend IQ4 controllers", "reactive callouts"],
    "decision_by": "2026-10-30",
}
findings = against(NOTES)
via_agency = against({**NOTES, "role": "Controls Engineer (via Sterling Vane Recruitment)"})

BODY = ("Hi Lorraine,\n\nThank you for the conversation about commissioning Trend IQ4 "
        "controllers at Pennock Facilities Group.\n\n{}\n\nBest,\nLewis Quinlan\n")
OTHER = "personalization.other_company"


def test_a_greeting_to_the_recruiter_when_the_notes_say_via_an_agency():
    text = ("Hi Kayleigh,\n\nAs requested, attached is the booking confirmation for the "
            "course on commissioning Trend IQ4 controllers. Thanks for passing it on to "
            "Pennock Facilities Group.\n\nBest,\nLewis Quinlan\n")
    assert via_agency(text, kind="additional_info").get("personalization.greeting_name") == (
        "suggestion")
    assert findings(text, kind="additional_info").get("personalization.greeting_name") == (
        "warning")


def test_a_name_the_draft_shows_later_to_be_the_writers_own():
    text = BODY.format("- Sponsor held by: Halden Defence Systems Ltd, Bristol site\n"
                       "- Lapsed: July 2024, when I left Halden Defence Systems Ltd for "
                       "Fernside Retail Group")
    assert OTHER not in findings(text, kind="additional_info")
    pasted = BODY.format("I would be proud to join Halden Defence Systems Ltd.")
    assert OTHER in findings(pasted, kind="additional_info")


def test_a_permit_issuer_and_a_forms_sponsor():
    for line in ("Airside Driving Permit: issued by Lindley Airport Ltd, valid to 2027.",
                 "- Sponsor: Halden Defence Systems Ltd, Bristol site"):
        assert OTHER not in findings(BODY.format(line), kind="additional_info"), line


def test_an_answer_to_an_offer_is_no_early_check_in():
    sent = datetime(2026, 10, 26, 9, 0)  # before the decision date
    text = ("Hi Raj,\n\nHappy to confirm I accept the offer of Controls Engineer, starting on "
            "16 November. Signed copy attached.\n\nBest,\nLewis Quinlan\n")
    assert "timeliness.check_in" not in findings(text, kind="check_in", sent=sent)
    chase = ("Hi Raj,\n\nI wondered whether there was any news yet on the Controls Engineer "
             "role.\n\nBest,\nLewis Quinlan\n")
    assert findings(chase, kind="check_in", sent=sent).get("timeliness.check_in") == "warning"


def test_a_text_that_names_its_writer_needs_no_sign_off():
    text = ("Evening Raj, it's Callum Reid. Thanks for seeing me at 8 this morning and for "
            "the go on the Trend IQ4 controllers, really keen on the job.\n")
    assert "correctness.signoff" not in findings(text)
    unnamed = text.replace("it's Callum Reid. ", "")
    assert "correctness.signoff" in findings(unnamed)


def test_a_name_from_the_email_replied_to_is_no_stranger_on_the_panel():
    reply = ("Hi Lorraine,\n\nThanks for letting me know. I really enjoyed meeting you and "
             "Pepper, and the talk about reactive callouts.\n\nAll the best,\nChloe\n\n"
             "On Fri, 25 Sep 2026 at 16:42, Lorraine Whitcombe wrote:\n"
             "> I was really impressed with how calm you were with Pepper.\n")
    assert "personalization.greeting_name" not in findings(reply, kind="rejection_reply")
    stranger = reply.replace("with Pepper.", "with the dogs.")
    assert "personalization.greeting_name" in findings(stranger, kind="rejection_reply")
