"""The wordings added when the checks were tuned on the corpus: polite drafts close to them
stay silent, and the caps and the cap step carry their findings into the verdict."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from check_examples_real import CI, REAL_MODE_CHECKS, Example, letter
from check_examples_tuning import NEAR_MISSES

from coachkit import Draft, notes_from_dict, score
from coachkit.scoring.rules import extend_rules
from samples import NOTES


def _report(example: Example, rules: Any = None) -> Any:
    text, opts = (example, {}) if isinstance(example, str) else example
    sent = opts.get("sent_at")
    draft = Draft.from_text(text, kind=opts.get("kind", "thank_you"),
                            sent_at=datetime.fromisoformat(sent) if sent else None)
    return score(draft, notes_from_dict(NOTES) if opts.get("notes") else None, rules=rules)


@pytest.mark.parametrize("example", NEAR_MISSES)
def test_near_misses_stay_silent(example):
    hits = [f"{f.rule}: {f.text!r}" for f in _report(example).findings
            if f.rule in REAL_MODE_CHECKS]
    assert not hits


def test_several_begging_lines_need_a_rewrite_and_one_a_revision():
    # the cap step alone: the wording model, which finds these notes bad as a whole and
    # takes their points further down, is switched off
    rules = extend_rules({"checks": {"tone.wording_model": False}}, "test")
    one = _report(letter("I really need this job. Thank you for the interview about the "
                         "warehouse forecasting model at Northwind."), rules)
    three = _report(letter("I really need this job. I am running out of options and would "
                           "take any role. Thank you for the interview about the warehouse "
                           "forecasting model at Northwind."), rules)
    assert one.verdict == "revise" and one.overall <= 70
    assert three.verdict == "rewrite" and three.caps[0].limit == 50


def test_template_praise_with_nothing_specific_is_a_rewrite():
    report = _report((letter("Your organization is doing truly inspiring work, and I admire "
                             "its mission and culture. I am a true team player and would "
                             "be honored to join your team."), {"notes": True}))
    assert report.verdict == "rewrite"
    assert [c.check_id for c in report.caps] == ["personalization.template"]


def test_a_check_in_about_yesterdays_interview_is_chasing():
    report = _report((letter("Following up on yesterday's interview: is there any news?"),
                      CI))
    assert "tone.reproach" in {f.rule for f in report.findings}
    assert report.verdict == "rewrite"
