"""Contractions typed without their apostrophe, as on a phone ("didnt", "ive"): the
spelling check suggests the contraction, not the nearest dictionary word ("didst",
"give"), and a one-click fix writes it."""

from __future__ import annotations

from coachkit import Draft, score
from coachkit.scoring.fixes import apply_fixes

TEXT = ("Hi Dev,\n\nThanks for today. I didnt expect the puzzle room, ive been thinking about "
        "it since and youre right about the hints. The precision side isnt new to me.\n\n"
        "Best,\nTom\n")


def _spelling(text: str) -> dict[str, tuple[str | None, str]]:
    report = score(Draft.from_text(text, kind="thank_you"))
    return {text[f.start:f.end]: (f.suggestion, f.severity) for f in report.findings
            if f.rule == "correctness.spelling"}


def test_the_contraction_is_suggested():
    found = _spelling(TEXT)
    assert found["didnt"][0] == "didn't"
    assert found["ive"][0] == "I've"
    assert found["youre"][0] == "you're"
    assert found["isnt"] == ("isn't", "suggestion")  # as unsure as before, now with its fix


def test_a_capital_is_kept():
    found = _spelling(TEXT.replace("I didnt expect", "Didnt expect"))
    assert found["Didnt"][0] == "Didn't"


def test_the_one_click_fix_writes_the_contraction():
    report = score(Draft.from_text(TEXT, kind="thank_you"))
    fixed = apply_fixes(TEXT, report.findings).text
    assert "I didn't expect" in fixed and "you're right" in fixed
    assert "didst" not in fixed and "your right" not in fixed
