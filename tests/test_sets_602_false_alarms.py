"""False alarms probe sets 602-609 showed, each pinned with a guard that the real fault is
still caught:

- the role's own title, hyphenated ("Re: Interview – Hand-Knotted Rug Restorer"), is no
  other company;
- wording the writer offers in quotes for others to fill in ("the consent wording I
  mentioned: "... with [agency] ..."") is no placeholder left in.
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Marlowe & Saffari Rug Atelier",
    "role": "Hand-Knotted Rug Restorer",
    "interviewers": ["Leila Saffari"],
    "interviewed_at": "2026-11-05T10:00",
    "topics": ["reweaving a moth-damaged Heriz", "natural dyes"],
    "decision_by": "2026-11-13",
}
findings = against(NOTES)


def test_the_roles_hyphenated_title_is_no_other_company():
    text = ("Subject: Re: Interview – Hand-Knotted Rug Restorer\n\nDear Ms Saffari,\n\nI hope "
            "you are well. I wanted to ask whether there is any news on the role, and I am "
            "still reading about natural dyes.\n\nKind regards,\nArman\n")
    assert "personalization.other_company" not in findings(text, kind="check_in")
    other = text.replace("Re: Interview – Hand-Knotted Rug Restorer",
                         "Re: Interview – Hand-Knotted Rug Restorer at Pemberton Carpets")
    assert "personalization.other_company" in findings(other, kind="check_in")


def test_wording_offered_in_quotes_is_no_placeholder_left_in():
    text = ("Dear Ms Saffari,\n\nAs promised, here is the care-label wording I mentioned for "
            "customers:\n\n\"This rug was restored by [restorer's name] using natural dyes.\"\n\n"
            "Kind regards,\nArman\n")
    assert "correctness.placeholder" not in findings(text, kind="additional_info")
    left = text.replace("Kind regards,", "Thank you for [specific topic].\n\nKind regards,")
    assert findings(left, kind="additional_info").get("correctness.placeholder") == "error"
