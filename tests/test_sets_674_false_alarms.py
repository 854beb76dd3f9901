"""False alarms probe sets 674-681 showed in the company checks, each pinned with a guard
that the real fault is still caught:

- the writer's own employer, told as "where a lot of our influence ...", in a summary
  "written ... for our trustees", and in "most of my grants at";
- "the Institute of Applied Health" is a unit of the university interviewed with.
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "University of Caldermoor",
    "role": "Research Impact Officer",
    "interviewers": ["Fiona Lennox", "Owen Price"],
    "interviewed_at": "2026-11-12T10:00",
    "topics": ["impact case studies for the REF", "evidence of influence on policy"],
    "decision_by": "2026-11-26",
}
findings = against(NOTES)

BODY = ("Dear Fiona,\n\nThank you for yesterday's conversation about impact case studies for "
        "the REF at the University of Caldermoor. {} I would bring the same habit of asking "
        "the right people the right questions.\n\nKind regards,\nHannah Mercer\n")


def test_the_writers_own_employer_told_with_our_and_my():
    for own in ("That is close to a problem I met at the Northfold Policy Institute, where a "
                "lot of our influence was real but undocumented.",
                "I attach a public summary of the Northfold Policy Institute's work, written "
                "as a retrospective for our trustees.",
                "You are quite right that most of my grants at Northfold Policy Institute "
                "have been under £20,000."):
        assert "personalization.other_company" not in findings(BODY.format(own)), own
    pasted = BODY.format("I would be proud to join the Northfold Policy Institute.")
    assert "personalization.other_company" in findings(pasted)


def test_an_institute_of_the_university_is_no_other_company():
    text = BODY.format("Thank you for the tour of the Institute of Applied Health.")
    assert "personalization.other_company" not in findings(text)
    other = BODY.format("Thank you for the tour of Applied Health Partners Ltd.")
    assert "personalization.other_company" in findings(other)
