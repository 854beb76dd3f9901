"""False alarms probe sets 698-705 showed in the company checks, each pinned with a guard
that the real fault is still caught:

- a body the writer sat on, named with a capitalised "Team" ("the Local Runway Safety Team
  at Harbridge Airport"), is no slot for the employer written to;
- a list of the writer's posts ("2. Glenmorie Housing Association, Board Member");
- the writer's own workplace told as "coming from the Carrick Hotel", and another offer
  typed on a phone as "ive been offered a line cook job at Osteria Baldini".
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Northmoor Regional Airport",
    "role": "Chief Executive",
    "interviewers": ["Fiona Reid", "Alasdair Grant"],
    "interviewed_at": "2026-11-10T10:00",
    "topics": ["the airport's Safety Management System", "route development"],
    "decision_by": "2026-11-24",
}
findings = against(NOTES)
OTHER = "personalization.other_company"

BODY = ("Dear Fiona,\n\nThank you for the conversation about route development at Northmoor "
        "Regional Airport.\n\n{}\n\nKind regards,\nMorven Scott\n")


def test_a_team_the_writer_sat_on_is_no_employer_slot():
    text = BODY.format("From 2019 to 2024 I sat on the Local Runway Safety Team at Harbridge "
                       "Airport as the handling agent's representative.")
    # at most the hint a plain name after "at" gets, which costs nothing
    assert findings(text, kind="additional_info").get(OTHER) in (None, "suggestion")
    slip = BODY.format("I would be proud to lead the team at Harbridge Airport.")
    assert findings(slip, kind="additional_info").get(OTHER) == "error"


def test_a_list_of_the_writers_posts():
    text = BODY.format("My other commitments:\n1. Glenmorie Housing Association, Board "
                       "Member. About 12 days a year.\n2. Caledonian Skills Trust, Trustee.")
    assert OTHER not in findings(text, kind="additional_info")
    unlisted = BODY.format("Glenmorie Housing Association would be a fine place to work.")
    assert OTHER in findings(unlisted, kind="additional_info")


def test_coming_from_a_workplace_and_an_offer_typed_on_a_phone():
    for own in ("coming from the Carrick Hotel where it's a brigade of 9, a small airport "
                "team is a change.",
                "just to be upfront, ive been offered a post at Osteria Baldini starting in "
                "december."):
        assert OTHER not in findings(BODY.format(own)), own
    assert OTHER in findings(BODY.format("I'd love to bring that to Osteria Baldini."))
