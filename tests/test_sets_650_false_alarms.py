"""False alarms probe sets 650-657 showed, each pinned with a guard that the real fault is
still caught:

- another offer "for a ... role in the fraud team at X", and a position the writer has
  "decided to accept" with X, name that employer as a fact; so does "my permanent team at
  X", and a regulator something was "reported to" is no employer;
- a placeholder quoted by a writer owning an earlier slip ('opened with "Dear [Name]"') is
  no leftover;
- a text signed at the end of its one line ("... early starts. Dean"), one that says who
  sends it ("Shannon here from ..."), and one that thanks the reader by name ("Thank you
  Gaz for ...") are signed and greeted as a text is;
- "Respectfully yours," is a closing line; "Estimado Ing. Quispe," greets the reader.
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Fairseat Exchange",
    "role": "Compliance Analyst",
    "interviewers": ["Marcus Quispe", "Gareth Lowe"],
    "interviewed_at": "2026-11-04T10:00",
    "topics": ["ticket resale limits", "seller monitoring queries"],
    "decision_by": "2026-11-18",
}
findings = against(NOTES)
OFFER = ("Dear Marcus,\n\nI'm following up on my interview for the Compliance Analyst role at "
         "Fairseat Exchange. I have since received an offer for a transaction monitoring role "
         "in the fraud team at Northmoor Building Society, and they have asked for my answer "
         "by Friday. Could you tell me whether a decision is likely before then?\n\n"
         "Best regards,\nJonah Whitcombe\n")


def test_another_offer_and_a_position_accepted_name_that_employer_as_a_fact():
    assert "personalization.other_company" not in findings(OFFER, kind="check_in")
    pasted = OFFER.replace("Could you tell me", "I would love to join Northmoor Building "
                           "Society. Could you tell me")
    assert "personalization.other_company" in findings(pasted, kind="check_in")
    declined = ("Dear Marcus,\n\nThank you for the offer of the Compliance Analyst role. After "
                "a lot of thought I've decided to accept a position with Marlowe & Finch, "
                "mainly to stay near my family. I enjoyed meeting you both at Fairseat "
                "Exchange.\n\nWarm regards,\nDaniel Osei\n")
    assert "personalization.other_company" not in findings(declined, kind="additional_info")
    pasted = declined.replace("I've decided to accept a position with", "I can't wait to "
                              "join the team at")
    assert "personalization.other_company" in findings(pasted, kind="additional_info")


def test_the_writers_team_and_a_regulator_are_no_wrong_company():
    text = ("Dear Marcus,\n\nThank you for the Compliance Analyst interview at Fairseat "
            "Exchange. My permanent team at Ashcombe Tickets is three, and I also train "
            "volunteers. A resale ring I found was reported to the Competition Authority at "
            "the time.\n\nKind regards,\nMeg Holloway\n")
    assert "personalization.other_company" not in findings(text)
    pasted = text.replace("I also train volunteers", "I would love to join Ashcombe Tickets")
    assert "personalization.other_company" in findings(pasted)


def test_a_placeholder_quoted_by_a_writer_owning_the_slip_is_no_leftover():
    text = ("Hi Marcus,\n\nApologies: the thank-you email I sent last night opened with "
            "\"Dear [Name]\". It was meant for you. As promised, the seller query is "
            "attached.\n\nThanks again,\nJess Bamber\n")
    assert "correctness.placeholder" not in findings(text, kind="additional_info")
    left = text.replace("opened with \"Dear [Name]\". It was meant for you.",
                        "was for [Name].")
    assert "correctness.placeholder" in findings(left, kind="additional_info")


def test_a_text_signed_or_introduced_on_its_one_line_is_signed():
    signed = ("Marcus, cheers for this morning. The resale limits idea is clever. Happy with "
              "the early starts. Dean")
    assert "correctness.signoff" not in {k for k, v in findings(signed).items()
                                         if v != "suggestion"}
    unsigned = signed.removesuffix(" Dean")
    assert findings(unsigned).get("correctness.signoff") == "warning"
    introduced = ("Hi Marcus, Shannon here from the compliance interview last Monday. Any "
                  "news yet? No worries if not. Thanks")
    assert "correctness.signoff" not in findings(introduced, kind="check_in")
    anonymous = introduced.replace("Shannon here from the compliance interview last Monday.",
                                   "It's been a while since the compliance interview.")
    assert "correctness.signoff" in findings(anonymous, kind="check_in")


def test_thanks_to_the_reader_by_name_before_for_greets_a_text():
    text = ("Thank you Marcus for telling me. Was it the SQL test only? I can try again in "
            "spring. Marek")
    assert "correctness.greeting" not in findings(text, kind="rejection_reply")
    bare = text.replace("Thank you Marcus for telling me. ", "")
    assert "correctness.greeting" in findings(bare, kind="rejection_reply")


def test_respectfully_yours_closes_and_estimado_greets():
    text = ("Estimado Ing. Quispe,\n\nThank you for your email about the Compliance Analyst "
            "role at Fairseat Exchange. I would be grateful for any feedback.\n\n"
            "Respectfully yours,\n\nCapt. Ramon D. Sarmiento, Master Mariner\n"
            "+63 917 552 0184\n")
    found = findings(text, kind="rejection_reply")
    assert "correctness.signoff" not in found and "personalization.greeting_name" not in found
    wrong = text.replace("Estimado Ing. Quispe", "Estimado Ing. Paredes")
    assert "personalization.greeting_name" in findings(wrong, kind="rejection_reply")
