"""False alarms probe sets 594-601 showed, each pinned with a guard that the real fault is
still caught:

- a day or a month ("one Sunday in four", "a meetup in June") is no misspelt name of an
  interviewer called Sanjay or Jun;
- a trade's "copies of my tickets, so here they are for you" hands over certificates,
  not a gift;
- a note to a recruiter that asks whether the panel "gave you any feedback" greets a
  go-between, not a stranger.
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Hollins Court Care Home",
    "role": "Cook",
    "interviewers": ["Maureen Kilbride", "Sanjay Mehta", "Jun Takahashi"],
    "interviewed_at": "2026-11-10T10:00",
    "topics": ["the four-week menu cycle", "texture-modified diets"],
    "decision_by": "2026-11-20",
}
findings = against(NOTES)


def test_days_and_months_are_no_misspelt_names():
    text = ("Dear Mrs Kilbride,\n\nThank you for yesterday. I could work one Sunday in four, "
            "and I have run a four-week menu cycle since June.\n\nKind regards,\nSophie\n")
    assert "personalization.name_spelling" not in findings(text)
    slip = text.replace("Thank you for yesterday.", "Thank you and Sanjey for yesterday.")
    assert findings(slip).get("personalization.name_spelling") == "error"


def test_my_tickets_handed_over_are_no_gift():
    text = ("Dear Mrs Kilbride,\n\nYou asked for copies of my tickets, so here they are for "
            "you to pass on: food hygiene level 3 and allergen awareness.\n\nKind regards,\n"
            "Sophie\n")
    assert "tone.gift" not in findings(text, kind="additional_info")
    gift = text.replace("copies of my tickets, so here they are for you to pass on",
                        "nothing, but I have two concert tickets for you")
    assert findings(gift, kind="additional_info").get("tone.gift") == "error"


def test_a_recruiter_asked_for_the_panels_feedback_is_a_go_between():
    text = ("Hi Chloe,\n\nThanks for ringing me on Monday. Obviously I'm disappointed, but I "
            "understand, and I enjoyed the cooking test.\n\nIf Maureen or Sanjay gave you any "
            "feedback on the menu cycle I'd really appreciate hearing it, as well as any "
            "other roles.\n\nBest wishes,\nSophie\n")
    assert findings(text, kind="rejection_reply").get("personalization.greeting_name") == \
        "suggestion"
    stranger = text.replace("If Maureen or Sanjay gave you any feedback",
                            "If you have any feedback")
    assert findings(stranger, kind="rejection_reply").get(
        "personalization.greeting_name") == "warning"
