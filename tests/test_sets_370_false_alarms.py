"""What probe sets 370-393 changed beyond phrase entries: a note that corrects something
the writer said in the interview, or sends what they promised there, is about this
interview even when it names none of the notes' topics."""

from __future__ import annotations

import pytest
from notes_scoring import severities

RATES = {
    "company": "Calderbrook Council",
    "role": "Business Rates Officer",
    "interviewers": ["Imran Shah"],
    "interviewed_at": "2026-10-06T10:00",
    "topics": ["recovering arrears from ratepayers", "small business rate relief"],
}
OPENINGS = [
    "I said in the interview on Tuesday that my notice period is two weeks.",
    "A quick correction to something I told you on Tuesday.",
    "I realised on the way home that I gave you the wrong dates yesterday.",
    "As promised, here is my college timetable.",
    "Thank you for asking for referees at the end of the interview.",
    "A quick correction, and I'm sorry to add to your inbox.",
]


@pytest.mark.parametrize("opening", OPENINGS)
def test_a_correction_or_a_promise_kept_takes_up_the_interview(opening):
    text = (f"Dear Imran,\n\n{opening} It is in fact four weeks, so I could start on 3 "
            "November.\n\nKind regards,\nLee")
    assert "personalization.topic" not in severities(text, RATES, "additional_info")


def test_the_same_note_without_it_is_asked_for_a_topic():
    text = ("Dear Imran,\n\nMy notice period is four weeks, so I could start on 3 November."
            "\n\nKind regards,\nLee")
    assert severities(text, RATES, "additional_info")["personalization.topic"] == "warning"


def test_a_thank_you_is_still_asked_for_a_topic():
    text = ("Dear Imran,\n\nAs promised, thank you again for your time on Tuesday.\n\n"
            "Kind regards,\nLee")
    assert severities(text, RATES, "thank_you")["personalization.topic"] == "warning"
