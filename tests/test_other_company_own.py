"""The company check leaves alone the job applied for and the writer's own workplaces
(named the ways probe sets showed), and still names another company in the job's place."""

from __future__ import annotations

import pytest

from coachkit import Draft, score
from coachkit.notes import notes_from_dict

NOTES = notes_from_dict({
    "company": "Brightwater Veterinary Specialists",
    "role": "Surgical Veterinary Technician",
    "interviewers": ["Kwame Mensah"],
    "interviewed_at": "2026-11-20T10:00",
    "topics": ["autoclave logs", "anaesthesia monitoring"],
})


def _other_companies(body: str, subject: str = "Thank you") -> list[str]:
    text = (f"Subject: {subject}\n\nHi Kwame,\n\nThank you for talking with me about the "
            f"autoclave logs at Brightwater. {body}\n\nBest,\nAlex")
    report = score(Draft.from_text(text, kind="thank_you"), NOTES)
    return [f.text for f in report.findings if f.rule == "personalization.other_company"]


@pytest.mark.parametrize("body, subject", [
    ("I am keen to keep learning.", "Following up – Surgical Veterinary Technician"),
    ("I would enjoy the Surgical Veterinary Technician post.", "Thank you"),
    ("You asked about my attainment at Brightwell HR: it was 112 percent.", "Thank you"),
    ("When you asked about my results at Pellmark, I gave the wrong figure.", "Thank you"),
    ("My post at Vidya Mitra requires a month's notice.", "Thank you"),
    ("At Harlow & Finch we blast-chilled sauces before service.", "Thank you"),
    ("I did flushing visits with the replacement crew at Lakeview for two seasons.",
     "Thank you"),
    ("I hold an OSHA 10-Hour Construction card.", "Thank you"),
])
def test_the_job_and_the_writers_own_places_are_no_other_company(body: str,
                                                                  subject: str) -> None:
    assert _other_companies(body, subject) == []


@pytest.mark.parametrize("body", [
    "I would love to join the team at Lakeview Animal Hospital.",
    "I'm excited about the Surgical Technician role at Northgate Animal Referral Center.",
])
def test_another_company_in_the_jobs_place_is_still_named(body: str) -> None:
    assert _other_companies(body) != []
