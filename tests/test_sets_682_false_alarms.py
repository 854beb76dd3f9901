"""False alarms probe sets 682-689 showed in the company and greeting checks, each pinned
with a guard that the real fault is still caught:

- a company the notes' concerns name ("made redundant by Harrowfield Foods") is the
  writer's own past, as is one on a list of referees ("2. Ahmed Raza, Finance Director at
  Harrowfield Foods Ltd");
- an event booked with a body ("booked onto the Archives Network handling day") is not
  another employer;
- "Cheers Gareth, thanks for letting me know" greets Gareth, not someone called Cheers.
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Cresswell Lane Payroll Services",
    "role": "Payroll Bureau Administrator",
    "interviewers": ["Dev Pattani", "Gareth Lusk"],
    "interviewed_at": "2026-09-15T14:00",
    "topics": ["running 43 client payrolls a month on BrightPay", "RTI submissions"],
    "concerns": ["out of payroll work since being made redundant by Harrowfield Foods"],
    "decision_by": "2026-09-25",
}
findings = against(NOTES)

BODY = ("Hi Dev,\n\nThank you for yesterday's conversation about the 43 client payrolls a "
        "month on BrightPay.\n\n{}\n\nBest wishes,\nLorraine Hale\n")
OTHER = "personalization.other_company"


def test_a_company_the_notes_name_is_no_other_company():
    said = "{} Foods Ltd taught me a great deal about year-end."
    assert OTHER not in findings(BODY.format(said.format("Harrowfield")))
    assert OTHER in findings(BODY.format(said.format("Kestrel")))  # not in the notes


def test_the_employer_of_a_referee_on_a_list():
    refs = ("References:\n1. Ahmed Raza, Finance Director at Kestrel Foods Ltd until 2025\n"
            "2. Sandra Kewley, HR Manager at Pennine Lift Trucks")
    assert OTHER not in findings(BODY.format(refs))
    joining = BODY.format("I would be proud to join Kestrel Foods Ltd next month.")
    assert OTHER in findings(joining)


def test_an_event_booked_with_another_body():
    text = BODY.format("I've booked onto the Archives Network large-format handling day in "
                       "January.")
    assert OTHER not in findings(text)


def test_cheers_before_the_name_greets_the_interviewer():
    text = ("Cheers Gareth, thanks for letting me know and for the honest reason about the "
            "payroll software. If you're ever short, give me a shout.\n\nLorraine\n")
    assert "personalization.greeting_name" not in findings(text, kind="rejection_reply")
    wrong = text.replace("Cheers Gareth", "Cheers Martin")
    assert "personalization.greeting_name" in findings(wrong, kind="rejection_reply")
