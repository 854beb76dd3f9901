"""False alarms probe sets 266-273 showed that need notes of their own: a course whose
name runs on past "and" ("British Gymnastics Safeguarding and Protecting Children course")
shares a word with the employer's name (Kilnbrook Gymnastics Club), and the writer's full
name after the role in the subject ("Part-time Sales Assistant – Derek Hollis", signed
"Derek") sits where the employer's name goes. Another club's name and another shop's name
in those places are still caught. Sets 274-281 added one more: a title written with the
initials of the role's first words ("NOC Technician")."""

from __future__ import annotations

from check_examples_real import letter
from notes_scoring import severities

CLUB = {
    "company": "Kilnbrook Gymnastics Club",
    "role": "Recreational Gymnastics Coach",
    "interviewers": ["Sinead Kavanagh"],
    "interviewed_at": "2026-05-12T10:00",
    "topics": ["warm-ups for under-eights", "spotting on the vault"],
}
SHOP = {
    "company": "Fennimore's Hardware",
    "role": "Part-time Sales Assistant",
    "interviewers": ["Rob Fennimore"],
    "interviewed_at": "2026-05-12T10:00",
}
CHECK_IN = ("Subject: Part-time Sales Assistant – {name}\n\nHi Rob,\n\nI just wanted to check in "
            "on the part-time sales assistant job, as I know you were hoping to decide by the "
            "end of last week. I'm still keen.\n\nAll the best,\nDerek\n")


def test_a_course_named_past_and_is_no_other_company():
    body = ("As requested, I attach my certificates:\n1. British Gymnastics Level 1 coaching\n"
            "2. British Gymnastics Safeguarding and Protecting Children course, September")
    assert "personalization.other_company" not in severities(letter(body), CLUB,
                                                             "additional_info")


def test_another_club_is_still_caught():
    body = "I would love to coach at Ashgrove Gymnastics Club."
    assert "personalization.other_company" in severities(letter(body), CLUB)


def test_the_writers_name_in_the_subject_is_no_other_company():
    text = CHECK_IN.format(name="Derek Hollis")
    assert "personalization.other_company" not in severities(text, SHOP, "check_in")


def test_another_shop_in_the_subject_is_still_caught():
    text = CHECK_IN.format(name="Hollis Timber Merchants")
    assert "personalization.other_company" in severities(text, SHOP, "check_in")


NOC = {
    "company": "Tidewell Fibre",
    "role": "Network Operations Centre Technician (Nights)",
    "interviewers": ["Ewan Baird"],
    "interviewed_at": "2026-05-12T10:00",
}


def test_the_roles_initials_are_its_title():
    # probe sets 274-281: "the NOC Technician role" for Network Operations Centre Technician
    body = "I wanted to ask about the NOC Technician role we discussed."
    assert "personalization.role_title" not in severities(letter(body), NOC, "check_in")
    other = "I wanted to ask about the Service Desk Analyst role we discussed."
    assert "personalization.role_title" in severities(letter(other), NOC, "check_in")
