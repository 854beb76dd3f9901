"""False alarms probe sets 562-569 showed, each pinned with a guard that the real fault is
still caught:

- the writer's own name under a note whose closing the layout did not find ("Hope to hear
  from you." then "Dean Harrow") is no misspelling of an interviewer's;
- a client's email forwarded below on purpose ("their email is below") is no note left to
  oneself.
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Harbour Lights Theatre",
    "role": "Scenic Carpenter",
    "interviewers": ["Declan Fahy", "Marisol Quintero"],
    "interviewed_at": "2026-11-18T10:00",
    "topics": ["building a stair unit in the practical test", "get-ins on touring sets"],
    "decision_by": "2026-11-27",
}
findings = against(NOTES)


def test_the_writers_own_name_is_no_misspelt_interviewer():
    text = ("Hi Declan,\n\nCheers for today. I enjoyed the test, and I should have checked my "
            "riser heights before I glued up the stair unit.\n\nHope to hear from you.\n\n"
            "Dean Harrow\n")
    assert "personalization.name_spelling" not in findings(text)
    # the interviewer's name misspelt in the body is still caught
    slip = text.replace("Cheers for today.", "Cheers for today, and thanks to Marisal for the "
                        "tour.")
    assert findings(slip).get("personalization.name_spelling") == "error"


def test_a_client_email_forwarded_on_purpose_is_no_leftover():
    body = ("Graeme,\n\nAttached as promised: a redacted sample report for the stair unit, "
            "shared with the client's written OK; their email is below.\n\nRegards,\nMorag\n\n"
            "---------- Forwarded message ----------\nFrom: Derek Haines\n\nMorag, fine to "
            "share the redacted version.\n")
    assert "correctness.placeholder" not in findings(body, kind="additional_info")
    # a forwarded message with no word of it above is still flagged
    bare = body.replace(" their email is below.", "")
    assert findings(bare, kind="additional_info").get("correctness.placeholder") == "error"
