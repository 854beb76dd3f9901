"""The lapse model: its fitted file, its arithmetic, its check and what it leaves alone."""

from __future__ import annotations

import json
import math

import pytest
from check_examples_lapse import CHECK_ID, PLAIN_THANKS, PROPER_CONFIDENCE, SHARED_FILES

from coachkit import Draft, score
from coachkit.errors import RulesError
from coachkit.scoring import all_checks
from coachkit.scoring.checks._lapse import LEAST_WORDS, MODEL_FILE, sentence_logit
from coachkit.scoring.checks._wording import Model
from coachkit.scoring.fit_lapse import LAST_FITTED_SET, RULES_FILE, fit, main
from coachkit.scoring.rules import default_rules, extend_rules


def _findings(example, rules=None):
    text, opts = example
    report = score(Draft.from_text(text, kind=opts.get("kind", "thank_you")), rules=rules)
    return report, [f for f in report.findings if f.rule == CHECK_ID]


@pytest.fixture(scope="module")
def refit():
    return fit()  # about half a minute: five folds and the fit on every sentence


def test_committed_model_is_what_the_sentences_fit(refit):
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["bias"] == pytest.approx(refit.bias, abs=2e-3)
    assert set(data["grams"]) == set(refit.grams)
    for gram, (weight, idf) in refit.grams.items():
        assert data["grams"][gram] == pytest.approx([weight, idf], abs=2e-3), gram
    assert default_rules().threshold(CHECK_ID) == refit.threshold
    assert RULES_FILE.read_text(encoding="utf-8").count(f"up to {LAST_FITTED_SET}:") == 1


def test_cross_validation_flags_few_good_drafts_and_most_lapses(refit):
    f = refit.figures
    assert f["good_flagged_cv"] <= 0.005 * f["good_drafts"] + 1
    assert f["lapse_flagged_cv"] >= 0.5 * f["lapse_drafts"]
    assert f["lapse_sentences"] >= 2000 and f["sentences"] > 30 * f["lapse_sentences"]


def test_the_check_command_says_the_files_are_up_to_date(refit, capsys, monkeypatch):
    monkeypatch.setattr("coachkit.scoring.fit_lapse.fit", lambda: refit)  # fitted once
    assert main(["--check"]) == 0
    assert "matches the refit" in capsys.readouterr().out


def test_a_sentence_weighs_as_tf_idf_of_presence_at_unit_length():
    model = Model(-1.0, {"files": complex(2.0 * 1.5, 1.5 ** 2)},
                  {("last", "employer"): complex(3.0 * 2.0, 2.0 ** 2)})
    words = ["i", "kept", "the", "files", "from", "my", "last", "employer", "and", "the", "files"]
    expected = -1.0 + (2.0 * 1.5 + 3.0 * 2.0) / math.sqrt(1.5 ** 2 + 2.0 ** 2)
    assert sentence_logit(model, words) == pytest.approx(expected)  # each gram once
    assert sentence_logit(model, ["unknown", "words"]) == -1.0


def test_a_lapse_in_passing_is_flagged_on_its_sentence_and_kept_from_ready():
    report, found = _findings(SHARED_FILES)
    assert len(found) == 1 and found[0].severity == "warning"
    assert "client spreadsheet" in report.text[found[0].start:found[0].end]
    assert report.verdict != "ready"


@pytest.mark.parametrize("example", [PROPER_CONFIDENCE, PLAIN_THANKS])
def test_a_proper_mention_and_plain_thanks_are_left_alone(example):
    assert _findings(example)[1] == []


def test_a_short_sentence_is_not_weighed():
    short = ("Dear Dana,\n\nClient files attached.\n\nBest,\nSam", {"kind": "additional_info"})
    assert len(["client", "files", "attached"]) < LEAST_WORDS
    assert _findings(short)[1] == []


def test_the_cap_takes_a_draft_out_of_ready_and_no_further():
    check = {c.id: c for c in all_checks()}[CHECK_ID]
    assert check.severity == "warning" and check.category == "tone"
    assert default_rules().threshold("score.caps")[CHECK_ID] == 79


def test_a_coach_can_raise_the_threshold_or_switch_it_off():
    never = extend_rules({"thresholds": {CHECK_ID: 1.0}}, "coach.yaml")
    assert _findings(SHARED_FILES, never)[1] == []
    off = extend_rules({"checks": {CHECK_ID: False}}, "coach.yaml")
    assert _findings(SHARED_FILES, off)[1] == []
    lower = extend_rules({"thresholds": {CHECK_ID: 0.001}}, "coach.yaml")
    assert _findings(PLAIN_THANKS, lower)[1]


@pytest.mark.parametrize("value", [1.5, -0.1, "high", True, None])
def test_a_threshold_that_is_no_probability_is_refused(value):
    with pytest.raises(RulesError, match=f"{CHECK_ID}: expected a number from 0 to 1"):
        extend_rules({"thresholds": {CHECK_ID: value}}, "coach.yaml")
