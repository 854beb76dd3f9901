"""A check-in before the decision date: chasing, unless the note gives a reason to write
now (another offer with a deadline, a notice period, news of the writer's own)."""

from __future__ import annotations

from datetime import datetime

import pytest
from check_examples_real import letter

from coachkit import Draft, notes_from_dict, score
from samples import NOTES

EARLY = datetime(2026, 11, 26, 10, 0)  # the sample notes' decision date is 2026-12-01


def _timing(body: str) -> list[tuple[str, str]]:
    draft = Draft.from_text(letter(body), kind="check_in", sent_at=EARLY)
    report = score(draft, notes_from_dict(NOTES))
    return [(f.severity, f.message) for f in report.findings
            if f.rule == "timeliness.check_in"]


def test_an_early_check_in_without_a_reason_is_a_warning():
    [(severity, message)] = _timing("Any news on the analyst role?")
    assert severity == "warning" and "wait until" in message


@pytest.mark.parametrize("reason", [
    "I've received an offer from another company and have been asked to reply by Friday.",
    "My notice period is four weeks, so I wanted to plan ahead.",
    "No need to reply: I passed the written part of my forklift licence exam on Tuesday.",
    "My contract requires one month's notice, so the rough timing would help me plan.",
    "I am writing only because my department has asked me to confirm a transfer by Friday.",
    "I'm only asking because an assessment for my last unit has been offered next week.",
    "My company sets the rosters on 1 December and I'd want to give them fair notice.",
    "My contract comes up for renewal on 5 December and I must give them an answer by then.",
    "I do not want to press; I am writing only to let you know I have been asked to lead an "
    "exercise.",
    "Since our interview I have completed a short loss prevention course.",
    "A freelance client has offered me some January dates, and I'd rather not commit blind.",
    "I've been offered a route driving position with Eastlink Coaches, answer by the 18th.",
    "I've been asked to confirm my December shifts at Pellow's by the end of next week.",
    "I'm due to confirm my December hours on the St Enda's rota by the 20th.",
])
def test_an_early_check_in_with_a_reason_is_only_a_suggestion(reason):
    [(severity, message)] = _timing(reason)
    assert severity == "suggestion" and "reason to write now" in message
