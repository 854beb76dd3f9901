"""The README's example of a coach's verdict rules: it loads, and it moves the bands and caps."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from coachkit.notes import notes_from_dict
from coachkit.scoring import extend_rules, score
from samples import GOOD_THANK_YOU, NOTES

README = Path(__file__).parents[1] / "README.md"
NOTES_ = notes_from_dict(NOTES)
# two warnings ("!!" twice): 84 (a warning costs 5 points), ready with the built-in bands
EXCITED = GOOD_THANK_YOU.replace("last spring.", "last spring!!").replace(
    "walk you through them.", "walk you through them!!")
BEGGING = GOOD_THANK_YOU.replace("I look forward", "I really need this job. I look forward")


def readme_pack() -> dict:
    """The YAML block of the README that starts with ``# verdict-rules.yml``."""
    blocks = re.findall(r"```yaml\n(# verdict-rules\.yml.*?)```", README.read_text("utf-8"),
                        re.S)
    assert len(blocks) == 1, "the README shows one verdict-rules.yml example"
    return yaml.safe_load(blocks[0])


def test_the_readme_pack_loads_with_every_check_id_checked():
    policy = extend_rules(readme_pack(), "verdict-rules.yml").policy
    assert policy.verdict_bands == (90, 70)
    assert (policy.caps["tone.pushy"], policy.caps["tone.desperate"],
            policy.caps["concision.length"]) == (55, 100, 75)
    assert policy.caps["tone.hostile"] == 45  # left out of the file: built-in value kept


def test_the_readme_pack_moves_the_band_of_a_draft():
    strict = extend_rules(readme_pack(), "verdict-rules.yml")
    built_in = score(EXCITED, NOTES_)
    assert (built_in.overall, built_in.verdict) == (84, "ready")
    assert score(EXCITED, NOTES_, rules=strict).verdict == "revise"


def test_the_readme_pack_lifts_and_lowers_caps():
    strict = extend_rules(readme_pack(), "verdict-rules.yml")
    begging = score(BEGGING, NOTES_)
    assert begging.overall == 70 and begging.caps[0].check_id == "tone.desperate"
    lifted = score(BEGGING, NOTES_, rules=strict)
    assert lifted.caps == () and lifted.overall > 70
    pushy = GOOD_THANK_YOU.replace("I look forward", "Please reply ASAP. I look forward")
    assert score(pushy, NOTES_, rules=strict).overall == 55
    assert score(pushy, NOTES_, rules=strict).verdict == "rewrite"


def test_the_readme_quotes_the_real_message_for_a_misspelt_check():
    import pytest

    from coachkit.errors import RulesError

    with pytest.raises(RulesError) as err:
        extend_rules({"thresholds": {"score.caps": {"tone.pushi": 55}}}, "verdict-rules.yml")
    quoted = ("verdict-rules.yml:\nthresholds.score.caps: no check 'tone.pushi' to cap; did you "
              "mean 'tone.pushy'?")
    assert " ".join(quoted.split()) in " ".join(README.read_text("utf-8").split())
    assert str(err.value) == quoted.replace("\n", " ")
