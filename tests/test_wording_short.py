"""The wording model's check leaves alone a draft too short for the model to judge (fewer
than LEAST_KNOWN_WORDS words it knows), however its few words lean."""

from __future__ import annotations

import pytest

from coachkit import Draft, score
from coachkit.scoring import load_rules
from coachkit.scoring.checks._wording import load_model
from coachkit.scoring.checks.wording import CHECK_ID, LEAST_KNOWN_WORDS
from coachkit.scoring.words import WordIndex

SHORT = "Dear Dana, I'm going to send you the forecast deck tomorrow."
# two plain sentences (16 words the model knows) that the model of 490 scenarios read as
# 83% bad
TWO_LINES = ("Dear Dana,\n\nThank you for the interview about the Operations Analyst role. "
             "I'm going to send the forecast deck tomorrow.\n\nBest,\nAlex")
LONG = ("Dear Dana,\n\nThank you for meeting me today. I enjoyed hearing how the team plans "
        "the warehouse forecast each week, and I think the way you review the numbers with "
        "the store managers on Monday is something I would like to learn. I will send you "
        "the deck I mentioned tomorrow, with the notes from my last project.\n\n"
        "Best regards,\nAlex")


@pytest.fixture
def flags_everything(tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text(f"thresholds:\n  {CHECK_ID}: 0.0001\n", encoding="utf-8")
    return load_rules(rules)


def _known(text: str) -> int:
    return load_model().known_words(WordIndex.of(text))


def test_a_short_draft_is_not_judged_and_a_longer_one_is(flags_everything):
    assert _known(SHORT) < LEAST_KNOWN_WORDS <= _known(LONG)
    assert _known(TWO_LINES) < LEAST_KNOWN_WORDS
    two = score(Draft.from_text(TWO_LINES))
    assert CHECK_ID not in {f.rule for f in two.findings}
    short = score(Draft.from_text(SHORT), rules=flags_everything)
    long = score(Draft.from_text(LONG), rules=flags_everything)
    assert CHECK_ID not in {f.rule for f in short.findings}
    assert CHECK_ID in {f.rule for f in long.findings}
