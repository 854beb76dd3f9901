"""False alarms probe sets 546-553 showed, each pinned with a guard that the real fault is
still caught:

- a tradesman's name alone at the end, over his business's name (with an initial), its
  address and a phone number, is signed: only a closing line is suggested;
- "the Orwell Reach job", a site the notes name, is no other job's title;
- "the opportunity to interview with" names the company written to, so another company
  there is an error, not a name to check.
"""

from __future__ import annotations

from check_examples_real import letter
from notes_scoring import against

NOTES = {
    "company": "Kestrel Marine Structures",
    "role": "Pontoon Fitter",
    "interviewers": ["Gareth Mabey", "Anya Kowalczyk"],
    "interviewed_at": "2026-11-16T09:00",
    "topics": ["fitting finger pontoons on the Orwell Reach Marina replacement",
               "planning work around tide windows"],
    "decision_by": "2026-11-25",
}
findings = against(NOTES)


def test_a_bare_name_over_a_trade_signature_is_signed():
    text = ("Gareth,\n\nThanks for yesterday. The tide-window plan for the Orwell Reach "
            "fingers makes a lot of sense.\n\nDave Okafor\n\nD. Okafor Joinery & Carving\n"
            "Unit 4, Millrace Yard, Tamworth\n07845 113 662\n")
    assert findings(text).get("correctness.signoff") == "suggestion"
    # a note that just stops, with no name, still needs a sign-off
    unsigned = "Gareth,\n\nThanks for yesterday. The tide-window plan makes sense.\n"
    assert findings(unsigned).get("correctness.signoff") == "warning"


def test_a_site_the_notes_name_is_no_other_title():
    site = letter("Good to see the Orwell Reach job in person; I'll book the Level 2 this "
                  "week.")
    assert "personalization.role_title" not in findings(site)
    other = letter("I am excited about the Crane Operations Supervisor role.")
    assert findings(other).get("personalization.role_title") == "warning"


def test_the_company_one_interviewed_with_is_the_addressee():
    pasted = letter("Thank you for the opportunity to interview with Maison Castelet. The "
                    "tide-window planning was the part I enjoyed most.")
    assert findings(pasted, kind="rejection_reply").get(
        "personalization.other_company") == "error"
    # a plain name after "with" elsewhere is only a name to check
    client = letter("I fitted the pontoons with Maison Castelet last spring.")
    assert findings(client).get("personalization.other_company") != "error"
