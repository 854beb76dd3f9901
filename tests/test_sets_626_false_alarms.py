"""False alarms probe sets 626-633 showed, each pinned with a guard that the real fault is
still caught:

- a counter-offer from the current employer, stated as a fact with a date, is no
  leverage;
- "I expect to hear from their crewing office" is news awaited from a third party;
- what a child's advocate keeps "between us" is the job, not a confidence broken;
- trade words a general word list lacks ("brothy", "gloop", "cogged") are no misspellings.
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Lanternfish Studios",
    "role": "Animatronics Engineer",
    "interviewers": ["Marisol Vega"],
    "interviewed_at": "2026-11-10T10:00",
    "topics": ["servo control for the dragon head", "silicone skins"],
    "decision_by": "2026-11-20",
}
findings = against(NOTES)


def test_a_counter_offer_stated_as_a_fact_is_no_leverage():
    text = ("Dear Marisol,\n\nI hope you are well. My current employer has made a counter-offer, "
            "and I've promised them an answer by Friday 4 December. I'd much prefer to join "
            "Lanternfish, so any news would help.\n\nKind regards,\nSam\n")
    assert "tone.pushy" not in findings(text, kind="check_in")
    lever = text.replace("I'd much prefer to join Lanternfish, so any news would help.",
                         "Unless you can beat their counter-offer, I'll stay.")
    assert "tone.pushy" in findings(lever, kind="check_in")


def test_news_expected_from_a_third_party_is_no_pressure():
    text = ("Dear Marisol,\n\nAs I mentioned, my release date isn't confirmed yet. I expect to "
            "hear from their crewing office by 14 November and will let you know the same day."
            "\n\nKind regards,\nSam\n")
    assert "tone.pushy" not in findings(text, kind="additional_info")
    pushed = text.replace("I expect to hear from their crewing office by 14 November",
                          "I expect to hear from you by 14 November")
    assert "tone.pushy" in findings(pushed, kind="additional_info")


def test_what_stays_between_a_child_and_an_advocate_is_no_broken_confidence():
    text = ("Dear Marisol,\n\nThank you for the interview. Most of what a child tells me stays "
            "between us, but if someone could be harmed I tell the safeguarding lead.\n\nKind "
            "regards,\nSam\n")
    assert "tone.confidential" not in findings(text)
    leak = text.replace("stays between us", "is something I will tell you now, between us,")
    assert findings(leak).get("tone.confidential") == "error"


def test_trade_words_are_no_misspellings():
    text = ("Dear Marisol,\n\nThank you for the tour. The silicone skins reminded me of the "
            "gloop we mixed at art school, and the cogged drive on the dragon head was a joy."
            "\n\nKind regards,\nSam\n")
    assert "correctness.spelling" not in findings(text)
    slip = text.replace("a joy", "a joyy")
    assert "correctness.spelling" in findings(slip)
