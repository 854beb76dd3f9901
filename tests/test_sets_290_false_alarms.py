"""False alarms probe sets 290-297 showed that need notes of their own: a two-line thank-you
that takes up a topic of the interview is brief, not empty (a warning, not an error), and a
place the writer names after the role in a subject of their own is no other company, while
the same place in the subject of an email replied to still is."""

from __future__ import annotations

from notes_scoring import severities

WINGS = {
    "company": "Corvane Aerostructures",
    "role": "Summer Engineering Intern",
    "interviewers": ["Mark Ridgeway", "Sunita Bhattacharya"],
    "interviewed_at": "2027-01-21T11:00",
    "topics": ["composite layup on the rocketry team", "the CATIA composites workbench"],
}
CROSSING = {
    "company": "Fenmarsh Rail Infrastructure",
    "role": "Level Crossing Keeper",
    "interviewers": ["Priya Ramaswamy"],
    "interviewed_at": "2026-05-19T13:30",
}
CHECK_IN = ("Subject: {subject}\n\nDear Priya,\n\nI'm writing to ask whether there is any news "
            "about the Level Crossing Keeper post I interviewed for on 19 May.\n\nKind "
            "regards,\nGraham\n")


def test_two_lines_that_take_up_a_topic_are_brief_not_empty():
    text = ("Hi Sunita - thanks again for the interview today, and for the tip about the "
            "CATIA composites workbench. I've already started the tutorials.\n\nBest,\nMaria")
    assert severities(text, WINGS)["concision.length"] == "warning"
    bare = "Hi Sunita - thanks again for the interview today. It was great.\n\nBest,\nMaria"
    assert severities(bare, WINGS)["concision.length"] == "error"


def test_a_site_after_the_role_in_the_writers_own_subject():
    own = CHECK_IN.format(subject="Level Crossing Keeper – Haddle Drove")
    assert "personalization.other_company" not in severities(own, CROSSING, "check_in")
    replied = CHECK_IN.format(subject="Re: Level Crossing Keeper – Haddle Drove")
    assert "personalization.other_company" in severities(replied, CROSSING, "check_in")
