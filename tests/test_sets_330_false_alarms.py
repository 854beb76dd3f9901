"""What probe sets 330-345 changed beyond phrase entries: a plain name where the employer
goes ("a good fit at Northfield Trade Centre") is a warning, not only a point to check; a
mail system's footer ends the draft like a quoted email; thanks for the arrangements made
read as a note to whoever made them; two famous names in one sentence are platforms."""

from __future__ import annotations

from notes_scoring import severities

from samples import NOTES

THREAD = ("Dear Dana,\n\nThank you for meeting me about the Operations Analyst role at "
          "Northwind Analytics. I enjoyed our talk about the warehouse forecasting model."
          "{more}\n\nBest,\nMarisol Ortega\nOperations Associate | Cedar Ridge Credit Union\n"
          "(303) 555-0148\n\n{footer}")
FOOTER = ("CONFIDENTIALITY NOTICE: This message and any attachments may contain confidential "
          "or privileged information. Lakeshore Bank will never ask for your password by "
          "email.")


def test_a_plain_name_where_the_employer_goes_is_a_warning():
    text = ("Dear Dana,\n\nI'm still very keen on the role and think I'd be a good fit at "
            "Northfield Trade Centre.\n\nThanks,\nHannah")
    assert severities(text, NOTES, "check_in")["personalization.other_company"] == "warning"


def test_a_plain_name_elsewhere_stays_a_point_to_check():
    text = ("Dear Dana,\n\nI'm still very keen on the role; the move to Northfield Trade "
            "Centre went well.\n\nThanks,\nHannah")
    assert severities(text, NOTES, "check_in")["personalization.other_company"] == "suggestion"


def test_a_mail_footer_ends_the_draft():
    found = severities(THREAD.format(more="", footer=FOOTER), NOTES)
    assert not {"personalization.other_company", "tone.shouting", "correctness.signoff"} & set(
        found)


def test_the_body_above_a_footer_is_still_read():
    text = THREAD.format(more=" I'm excited to join Lakeshore Bank.", footer=FOOTER)
    assert severities(text, NOTES)["personalization.other_company"] == "error"


def test_thanks_for_the_arrangements_read_as_a_note_to_whoever_made_them():
    text = ("Dear Lorraine,\n\nThank you for arranging the quiet room and the extra time for "
            "the written task yesterday. It meant I could concentrate on the task.\n\n"
            "Best wishes,\nTamsin")
    found = severities(text, NOTES)
    assert found.get("personalization.greeting_name") == "suggestion"
    assert "personalization.interviewer_named" not in found


def test_one_famous_name_where_the_employer_goes_is_still_an_error():
    text = ("Dear Dana,\n\nI enjoyed our talk about the warehouse forecasting model and would "
            "love to join Spotify.\n\nBest,\nJo")
    assert severities(text, NOTES)["personalization.other_company"] == "error"
