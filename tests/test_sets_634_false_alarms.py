"""False alarms probe sets 634-641 showed, each pinned with a guard that the real fault is
still caught:

- a forwarded booking the writer says is below ("The confirmation from the training centre
  is below") is sent on purpose, not left in by mistake;
- a month after a day ("Fri 4 Dec") is a date, not a slip for an interviewer called Dee;
- "below" in a reply points to the message quoted under it;
- a reply that answers the reader by name ("Fair enough Desmond,") is greeted;
- "acting supervisor at Penrose & Co" is the writer's own employer;
- a personal account dealing policy is compliance, not overfamiliarity;
- "I wanted to let you know as soon as possible" is the writer's own haste;
- words of seed banks, tracheostomy care and copied-in readers ("taxa", "trach", "cc")
  are no misspellings.
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Brightwire Home Systems",
    "role": "Smart Home Installer",
    "interviewers": ["Dee Marchetti"],
    "interviewed_at": "2026-11-09T08:00",
    "topics": ["KNX lighting on a barn conversion", "tidying network racks"],
    "decision_by": "2026-11-18",
}
findings = against(NOTES)
FORWARDED = ("\n\n---------- Forwarded message ---------\nFrom: Bookings <bookings@example.org>\n"
             "Date: Tue, 10 Nov 2026 at 09:14\nSubject: Booking confirmed\n\nDear Sam,\n\n"
             "Course dates: Mon 30 Nov - Fri 4 Dec 2026.\n\nKind regards,\nThe Bookings Team\n")


def test_a_forwarded_booking_said_to_be_below_is_no_leftover():
    text = ("Hi Dee,\n\nYou asked for proof that the wiring course is booked. The confirmation "
            "from the training centre is below.\n\nThanks,\nSam Mortimer" + FORWARDED)
    found = findings(text, kind="additional_info")
    assert "correctness.placeholder" not in found
    assert "personalization.name_spelling" not in found  # "4 Dec" is no slip for Dee
    unsaid = text.replace(" The confirmation from the training centre is below.", "")
    assert "correctness.placeholder" in findings(unsaid, kind="additional_info")
    misspelt = text.replace("Hi Dee,", "Hi Dec,")
    assert "personalization.name_spelling" in findings(misspelt, kind="additional_info")


def test_below_points_to_the_message_quoted_under_the_reply():
    text = ("Hi Dee,\n\nJust following up on the installer role. I know the plan below was to "
            "decide by the 18th, so I wondered if there's any news.\n\nThanks,\nSam Mortimer\n\n"
            "-----Original Message-----\nFrom: Dee Marchetti <dee@example.org>\nSent: 9 "
            "November 2026 15:40\nTo: Sam Mortimer\nSubject: Thanks\n\nHi Sam,\nWe hope to "
            "decide by the 18th.\nDee\n")
    assert "correctness.missing_below" not in findings(text, kind="check_in")
    alone = text.split("\n\n-----Original")[0] + "\n"
    assert "correctness.missing_below" in findings(alone, kind="check_in")


def test_a_reply_that_answers_the_reader_by_name_is_greeted():
    text = ("Fair enough Dee, thanks for letting me know and for being straight about it. If "
            "you're ever short of an installer before Christmas, give me a ring.\n\nSam\n")
    assert "correctness.greeting" not in findings(text, kind="rejection_reply")
    unnamed = text.replace("Fair enough Dee, thanks", "Fair enough, thanks")
    assert "correctness.greeting" in findings(unnamed, kind="rejection_reply")


def test_an_acting_post_at_the_writers_employer_is_their_own():
    text = ("Hi Dee,\n\nThank you for meeting me yesterday and for the look at the barn "
            "conversion's KNX lighting. I know my supervisory experience is still fairly "
            "new, so I appreciated the chance to talk through how I handled peak last year "
            "as acting supervisor at Penrose & Co. I'm excited about the chance to do it "
            "properly with a team of my own.\n\nThanks "
            "again,\nSam Mortimer\n")
    assert "personalization.other_company" not in findings(text)
    ahead = text.replace("how I handled peak last year as acting supervisor at "
                         "Penrose & Co.", "how I'd settle in at Penrose & Co.")
    assert ahead != text
    assert "personalization.other_company" in findings(ahead)


def test_a_personal_account_dealing_policy_is_no_overfamiliarity():
    text = ("Dear Dee,\n\nThank you again for yesterday. I hold a few shares in a supplier "
            "you mentioned; if I joined, I'd declare them under your personal account dealing "
            "policy.\n\nKind regards,\nSam Mortimer\n")
    assert "tone.overfamiliar" not in findings(text, kind="additional_info")
    nosy = text.replace("under your personal account dealing policy", "and I loved your "
                        "personal Instagram")
    assert "tone.overfamiliar" in findings(nosy, kind="additional_info")


def test_the_writers_own_haste_is_no_pressure():
    text = ("Dear Dee,\n\nI wanted to let you know as soon as possible that I've accepted "
            "another post, so I'm withdrawing from the installer process. Thank you for the "
            "interview and the tour.\n\nBest wishes,\nSam Mortimer\n")
    assert "tone.pushy" not in findings(text, kind="additional_info")
    pressed = text.replace("I wanted to let you know as soon as possible that I've "
                           "accepted another post, so I'm withdrawing from the installer "
                           "process.", "Please reply as soon as possible.")
    assert "tone.pushy" in findings(pressed, kind="additional_info")


def test_trade_words_are_no_misspellings():
    text = ("Dear Dee,\n\nThank you for the interview. (cc Sam) I have banked seed of forty "
            "taxa and managed trach care on the ward.\n\nKind regards,\nSam Mortimer\n")
    assert "correctness.spelling" not in findings(text)
    slipped = text.replace("banked", "bankd")
    assert "correctness.spelling" in findings(slipped)
