"""False alarms probe sets 610-617 showed, each pinned with a guard that the real fault is
still caught:

- a note to a recruiter that waits on the employer through them ("Have you heard anything
  yet?", "I know Westmere were hoping to decide by the 20th", "Let me know what they say")
  greets a go-between, not a stranger;
- the greeting's own word is no misspelt name ("Hi Hui Min");
- a booking confirmation the writer says is "forwarded below" is sent on purpose;
- a referee's hospital, on the referee's line, is no other company;
- "Thanks for letting me know Stuart." greets by name without a comma;
- another opening the interviewer mentioned is no wrong role title;
- a rejection reply that answers the interviewer by name need not name the company;
- "you said you'd hopefully know by the 16th" asks, it does not reproach;
- a greeting in another language ("Hej", "Buongiorno") is no name.
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Westmere Aviation Interiors",
    "role": "Aircraft Seat Trimmer",
    "interviewers": ["Hui Min Tan", "Stuart Lyle"],
    "interviewed_at": "2026-11-10T10:00",
    "topics": ["leather dress covers for business-class seats", "flammability testing"],
    "decision_by": "2026-11-20",
}
findings = against(NOTES)


def test_news_awaited_through_a_recruiter_makes_a_go_between():
    for line in ("I know Westmere were hoping to decide by the 20th. Have you heard anything "
                 "yet?",
                 "Westmere hoped to reach a decision by the 20th, so I wondered if there is "
                 "news.",
                 "Let me know what they say when you next speak to them."):
        text = f"Hi Chloe,\n\n{line}\n\nThanks,\nCallum\n"
        assert findings(text, kind="check_in").get("personalization.greeting_name") == \
            "suggestion", line
        assert "personalization.interviewer_named" not in findings(text, kind="check_in")
    stranger = "Hi Chloe,\n\nI wondered whether there is any news on the role yet.\n\nThanks,\n" \
               "Callum\n"
    assert findings(stranger, kind="check_in").get("personalization.greeting_name") == \
        "warning"


def test_the_greetings_own_word_is_no_misspelt_name():
    text = ("Hi Hui Min,\n\nThank you for yesterday. I enjoyed the flammability testing "
            "demonstration at Westmere.\n\nBest,\nLena\n")
    assert "personalization.name_spelling" not in findings(text)
    slip = text.replace("Thank you for yesterday.", "Thank you and Stewart for yesterday.")
    assert findings(slip).get("personalization.name_spelling") == "error"


def test_a_confirmation_forwarded_below_on_purpose_is_no_placeholder():
    text = ("Hi Stuart,\n\nYou mentioned the flammability course, so I've booked it. The "
            "confirmation is forwarded below.\n\nRegards,\nStephen\n\n---------- Forwarded "
            "message ---------\nFrom: Bookings <bookings@example.org>\n\nYour place is "
            "confirmed for 12 January.\n")
    assert "correctness.placeholder" not in findings(text, kind="additional_info")
    stray = text.replace(" The confirmation is forwarded below.", "")
    assert findings(stray, kind="additional_info").get("correctness.placeholder") == "error"


def test_a_referees_hospital_is_no_other_company():
    text = ("Dear Stuart,\n\nAs requested at interview, here are my referees for "
            "Westmere:\n\n1. Mr Daniel Ashcombe, Consultant Orthopaedic Surgeon, Pendlebury "
            "Hospital (via switchboard)\n2. Sister Grace Nwachukwu, Theatre Coordinator, "
            "Pendlebury Hospital (extension 4410)\n\nKind regards,\nShazia\n")
    assert "personalization.other_company" not in findings(text, kind="additional_info")
    pasted = text.replace("here are my referees for Westmere:",
                          "I am keen to join Pendlebury Hospital. My referees:")
    assert "personalization.other_company" in findings(pasted, kind="additional_info")


def test_thanks_for_letting_me_know_and_a_name_is_a_greeting():
    text = ("Thanks for letting me know Stuart. I enjoyed seeing the dress covers, and if "
            "anything comes up on nights please keep me in mind.\n\nLee\n")
    assert "correctness.greeting" not in findings(text, kind="rejection_reply")
    bare = text.replace("Thanks for letting me know Stuart.", "Got your email.")
    assert "correctness.greeting" in findings(bare, kind="rejection_reply")


def test_another_opening_the_interviewer_mentioned_is_no_wrong_title():
    text = ("Dear Hui Min,\n\nThank you for letting me know. If the Cabin Finisher post you "
            "mentioned is advertised in the spring, I'd like to apply.\n\nBest,\nBeth\n")
    assert "personalization.role_title" not in findings(text, kind="rejection_reply")
    wrong = ("Dear Hui Min,\n\nThank you for the interview for the Cabin Finisher position "
             "yesterday.\n\nBest,\nBeth\n")
    assert "personalization.role_title" in findings(wrong)


def test_a_rejection_reply_to_the_interviewer_by_name_need_not_name_the_company():
    text = ("Thanks for letting me know, Stuart. I enjoyed the conversation; would you mind "
            "if I connected with you on LinkedIn?\n")
    assert "personalization.company" not in findings(text, kind="rejection_reply")
    nameless = text.replace(", Stuart.", ".")
    assert "personalization.company" in findings(nameless, kind="rejection_reply")


def test_a_hedged_date_recalled_is_no_reproach():
    text = ("Morning Stuart,\n\nJust checking in on the trimmer job. You said you'd hopefully "
            "know by the 20th. Any news either way?\n\nThanks,\nCraig\n")
    assert "tone.reproach" not in findings(text, kind="check_in")
    sharp = text.replace("You said you'd hopefully know by the 20th.",
                         "You said you'd call me by the 20th and I've heard nothing.")
    assert findings(sharp, kind="check_in").get("tone.reproach") == "error"


def test_a_greeting_in_another_language_is_no_name():
    for hello in ("Hej", "Buongiorno"):
        text = (f"{hello} Stuart,\n\nIs the decision on the trimmer job already made? I only "
                "like to know so I can plan.\n\nThank you,\nChiara\n")
        assert "personalization.greeting_name" not in findings(text, kind="check_in"), hello
