"""False alarms probe sets 538-545 showed, each pinned with a guard that the real fault is
still caught:

- a note adding information that sends its own details (a licence, a referee, a corrected
  figure: two sentences with numbers or names) has taken up the interview; a note adding
  nothing specific still gets the topic warning;
- "Thank you again and have a good week," is a sign-off, so the company in the signature
  under it is the writer's own.
"""

from __future__ import annotations

from check_examples_real import letter
from notes_scoring import against

NOTES = {
    "company": "Cloudhaven Tandem Flights",
    "role": "Tandem Paraglider Pilot",
    "interviewers": ["Marta Lewandowska", "Owen Pritchard"],
    "interviewed_at": "2026-11-03T10:00",
    "topics": ["forward launches with nervous passengers", "weather calls on marginal days"],
    "decision_by": "2026-11-13",
}
findings = against(NOTES)


def test_a_note_that_sends_its_own_details_takes_up_the_interview():
    sent = letter("A quick correction to something I told you yesterday. My reserve was last "
                  "repacked on 14 May, by Aerowind Loft in Builth, not in July. I have "
                  "booked it in for another repack next week.")
    assert "personalization.topic" not in findings(sent, kind="additional_info")
    # the same words in a thank-you still miss the interview's topics
    assert findings(sent, kind="thank_you").get("personalization.topic") == "warning"
    # a note adding information with nothing specific in it still misses them
    empty = letter("I just wanted to add that I am still very keen on the job and would "
                   "love to hear from you soon.")
    assert findings(empty, kind="additional_info").get("personalization.topic") == "warning"


def test_a_good_week_wished_in_the_closing_is_a_sign_off():
    text = ("Hello Marta, hello Owen,\n\nThank you for the interview today and for the coffee "
            "on the landing field. I was happy I could show you my forward launch with the "
            "passenger dummy, even with the wind a little across.\n\nThank you again and "
            "have a good week,\nNejc Zupan\nTandem pilot – Soča Air Tandem d.o.o. (until "
            "October 2026)\n")
    found = findings(text)
    assert "personalization.other_company" not in found
    assert "correctness.signoff" not in found
    # another company named in the body, where a pasted letter names it, is still caught
    pasted = text.replace("Thank you for the interview today",
                          "Thank you for the interview at Skyward Tandem Flights today")
    assert findings(pasted).get("personalization.other_company") == "error"
