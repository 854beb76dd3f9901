"""False alarms probe sets 578-585 showed, each pinned with a guard that the real fault is
still caught:

- code pasted into a message, indented as mail expects, is not prose: its braces are no
  placeholder and its keywords no slips of capitalisation;
- a past job told as "the role at X was a fixed-term cover" and a line of a work history
  ("Jan 2026-present: Helpline adviser, Ashby Vets Group") name the writer's own
  employers, not the wrong company;
- a quoted "urgent" is the word mentioned, not urgency pressed on the reader.
"""

from __future__ import annotations

from notes_scoring import against

from coachkit.scoring.code_blocks import blank_code_blocks

NOTES = {
    "company": "SwiftDrop Parcels",
    "role": "Customer Helpline Agent",
    "interviewers": ["Priya Anand"],
    "interviewed_at": "2026-11-10T10:00",
    "topics": ["redelivery requests", "calls from customers whose parcel is lost"],
    "decision_by": "2026-11-20",
}
findings = against(NOTES)

CODE = ("Hi Priya,\n\nAs promised, the filter I use to find unassigned tickets:\n\n"
        "    $open = Get-Tickets | Where-Object { $_.Owner -eq $null }\n"
        "    $open | Export-Csv open.csv\n\n"
        "It only reads data, so it is safe to try.\n\nBest,\nLeah\n")


def test_pasted_code_is_no_placeholder():
    assert "correctness.placeholder" not in findings(CODE, kind="additional_info")
    # a placeholder left in the prose is still caught
    slip = CODE.replace("It only reads data", "It only reads {DATA SOURCE}")
    assert findings(slip, kind="additional_info").get("correctness.placeholder") == "error"


def test_code_is_blanked_and_every_offset_kept():
    blanked = blank_code_blocks(CODE)
    assert len(blanked) == len(CODE)
    assert "Where-Object" not in blanked and "$open" not in blanked
    assert blanked.count("\n") == CODE.count("\n")
    assert "It only reads data" in blanked


def test_indented_prose_is_not_code():
    text = "Two points:\n\n    The first is the redelivery backlog.\n    The second, staffing.\n"
    assert blank_code_blocks(text) == text


def test_a_past_role_and_a_work_history_are_the_writers_own_employers():
    past = ("Dear Priya,\n\nThank you for the interview. You asked about my short jobs: the "
            "role at Harcourt Packaging was a fixed-term cover that ended as planned.\n\n"
            "Kind regards,\nLeah Bramwell\n")
    assert "personalization.other_company" not in findings(past)
    history = ("Dear Priya,\n\nHere is my recent work history, as you asked:\n\n"
               "- Jan 2026-present: Customer helpline assistant, Ashby Vets Group\n"
               "- Aug-Dec 2025: Seasonal returns adviser, Maple Retail\n\n"
               "Kind regards,\nLeah Bramwell\n")
    assert "personalization.other_company" not in findings(history, kind="additional_info")
    # another company thanked as the interviewer is still an error
    wrong = past.replace("Thank you for the interview.",
                         "Thank you for the interview at Harcourt Packaging.")
    assert findings(wrong).get("personalization.other_company") == "error"


def test_a_quoted_urgent_is_no_pressure():
    text = ("Dear Priya,\n\nThank you for meeting me. Your example of the \"urgent\" address "
            "change that turned out to be fraud stayed with me.\n\nBest regards,\nCallum\n")
    assert "tone.pushy" not in findings(text)
    assert "tone.pushy" in findings(text.replace('the "urgent" address change',
                                                 "an address change. This is urgent"))
