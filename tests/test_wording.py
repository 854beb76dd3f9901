"""The wording model: its fitted file, its arithmetic, its check and what it leaves alone."""

from __future__ import annotations

import json
import math
import random

import pytest
from check_examples_wording import BITTER_REPLY, CHECK_ID, KEEPING_SCORE, TEMPLATE

from coachkit import Draft, score
from coachkit.errors import RulesError
from coachkit.scoring import all_checks
from coachkit.scoring.checks._wording import MODEL_FILE, Model, grams, load_model
from coachkit.scoring.checks.wording import _shown
from coachkit.scoring.fit_wording import (
    FOLDERS,
    LAST_FITTED_SET,
    RULES_FILE,
    TOLERANCE,
    deciding_scenarios,
    fit,
    held_out,
    main,
    same_cv,
    same_model,
    stored_cv,
)
from coachkit.scoring.rules import default_rules, extend_rules
from coachkit.scoring.words import WordIndex
from quality import read_yaml


def _findings(example, rules=None):
    text, opts = (example, {}) if isinstance(example, str) else example
    report = score(Draft.from_text(text, kind=opts.get("kind", "thank_you")), rules=rules)
    return report, [f for f in report.findings if f.rule == CHECK_ID]


@pytest.fixture(scope="module")
def refit():
    # the model refitted, with the held-out probabilities the fit wrote (refitting each of
    # 1,370 scenarios takes minutes: a sample is refitted below)
    return fit(cv=stored_cv())


def test_committed_model_is_what_the_drafts_fit(refit):
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["bias"] == pytest.approx(refit.bias, abs=2e-3)
    assert set(data["grams"]) == set(refit.grams)
    for gram, (weight, idf) in refit.grams.items():
        assert data["grams"][gram] == pytest.approx([weight, idf], abs=2e-3), gram
    assert default_rules().threshold(CHECK_ID) == refit.threshold


def test_the_stored_held_out_probabilities_are_what_refits_give(refit):
    # the scenarios whose drafts set the threshold, those of the bad drafts just under it,
    # and a seeded sample of the others are refitted without their drafts
    chosen = deciding_scenarios(refit)
    assert len(chosen) >= 10
    others = sorted(set(refit.cv) - set(chosen))
    chosen += random.Random(LAST_FITTED_SET).sample(others, 10)
    again = held_out(chosen)
    for scenario in chosen:
        assert again[scenario] == pytest.approx(refit.cv[scenario], abs=TOLERANCE), scenario


def test_held_out_probabilities_of_other_drafts_are_refused(refit):
    cv = dict(refit.cv)
    first = next(iter(cv))
    cv[first] = cv[first][:-1]
    with pytest.raises(ValueError, match="fit_wording"):
        fit(cv=cv)
    assert not same_cv(cv, refit.cv) and same_cv(refit.cv, refit.cv)


def test_the_check_command_says_the_files_are_up_to_date(refit, capsys, monkeypatch):
    monkeypatch.setattr("coachkit.scoring.fit_wording.fit", lambda: refit)
    assert main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().err


def test_a_changed_weight_is_not_the_same_model(refit):
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    text = json.dumps(data)
    gram = next(iter(data["grams"]))
    data["grams"][gram][0] += 0.01
    assert same_model(text, text)
    assert not same_model(json.dumps(data), text)


def test_cross_validation_by_scenario_flags_two_good_drafts_in_a_thousand_and_half_the_bad(
        refit):
    f = refit.figures
    assert f["good_flagged_cv"] <= 0.002 * f["good"]
    assert f["scenarios"] == 1370  # the tuning corpus's ten and the probes' 1,360 of sets 5-329
    # under the final fit too (the fit on sets 5-225 flagged one check-in of set 213, "I hope
    # you don't mind me writing before you've decided", even having read it; this one none)
    assert f["good_flagged"] <= 1
    assert f["bad_flagged_cv"] >= 0.5 * f["bad"]
    assert 0.5 < refit.threshold < 1.0


def test_the_model_knows_only_grams_of_common_words(refit):
    # names, places and a scenario's own words never weigh
    for name in ("dana", "northwind", "kubernetes", "icu", "fp"):
        assert not any(name in gram.split() for gram in refit.grams), name
    assert "really" in refit.grams and "heard back" in refit.grams


def test_grams_are_the_words_and_the_pairs_of_neighbours():
    assert grams(["i", "haven", "t", "heard"]) == {
        "i", "haven", "t", "heard", "i haven", "haven t", "t heard"}
    assert grams([]) == set()


def _tiny() -> Model:
    return Model(-1.0, {"sorry": complex(2.0 * 1.5, 1.5 ** 2), "thanks": complex(-1.0, 1.0)},
                 {("not", "happy"): complex(3.0 * 2.0, 2.0 ** 2)})


def test_the_log_odds_are_tf_idf_of_presence_scaled_to_unit_length():
    model = _tiny()
    index = WordIndex.of("Sorry, I am not happy. Sorry again, not happy at all.")
    # each gram counts once: sorry (weight 2, idf 1.5) and "not happy" (3, 2)
    expected = -1.0 + (2.0 * 1.5 + 3.0 * 2.0) / math.sqrt(1.5 ** 2 + 2.0 ** 2)
    assert model.logit(index) == pytest.approx(expected)
    assert model.probability(index) == pytest.approx(1 / (1 + math.exp(-expected)))
    # unknown words weigh nothing, and a text of none is the bias alone
    assert model.logit(WordIndex.of("Kubernetes Northwind")) == -1.0
    assert model.logit(WordIndex.of("")) == -1.0


def test_pulls_are_the_grams_that_raise_the_odds_most_first():
    model = _tiny()
    index = WordIndex.of("Thanks. Sorry, I am not happy.")
    pulls = model.pulls(index)
    assert [g for _, g in pulls] == ["not happy", "sorry"]  # thanks lowers the odds
    norm = math.sqrt(1.5 ** 2 + 2.0 ** 2 + 1.0)
    assert pulls[0][0] == pytest.approx(6.0 / norm)


def test_the_weights_of_spans_add_up_to_what_raises_the_log_odds():
    model = _tiny()
    text = "Thanks for the call. Sorry, I am not happy. Sorry again."
    index = WordIndex.of(text)
    spans = [(0, 20), (21, 43), (44, len(text))]
    weights = model.weigh_spans(index, spans)
    # "thanks" lowers the odds and is left out; "sorry" counts once, where it first starts
    assert sum(weights) == pytest.approx(sum(p for p, _ in model.pulls(index)))
    assert weights == [0.0, pytest.approx(sum(weights)), 0.0]


def test_a_gram_is_quoted_as_the_draft_writes_it():
    text = "I still haven’t heard back from you."
    index = WordIndex.of(text)
    assert _shown("haven t", text, index) == "haven’t"
    assert _shown("heard back", text, index) == "heard back"


@pytest.mark.parametrize("example", [BITTER_REPLY, KEEPING_SCORE, TEMPLATE])
def test_a_draft_worded_like_a_bad_one_is_kept_from_ready(example):
    report, found = _findings(example)
    assert len(found) == 1
    finding = found[0]
    assert "by the wording model" in finding.message and "%" in finding.message
    assert "the words that weigh most: “" in finding.message
    text = example if isinstance(example, str) else example[0]
    sentence = text[finding.start:finding.end]
    assert sentence.strip() and "\n\n" not in sentence  # one sentence of the message
    assert report.verdict != "ready" and report.overall <= 79


def test_the_cap_takes_a_draft_out_of_ready_and_no_further():
    check = {c.id: c for c in all_checks()}[CHECK_ID]
    assert check.severity == "warning" and check.category == "tone"
    assert default_rules().threshold("score.caps")[CHECK_ID] == 79


def test_a_coach_can_raise_the_threshold_or_switch_it_off():
    never = extend_rules({"thresholds": {CHECK_ID: 1.0}}, "coach.yaml")
    assert _findings(KEEPING_SCORE, never)[1] == []
    off = extend_rules({"checks": {CHECK_ID: False}}, "coach.yaml")
    assert _findings(KEEPING_SCORE, off)[1] == []
    lower = extend_rules({"thresholds": {CHECK_ID: 0.01}}, "coach.yaml")
    assert _findings("Thank you for the interview about the data platform. I enjoyed hearing "
                     "how the team plans its work each week, and I would like to learn how "
                     "you review the numbers with the managers.", lower)[1]


@pytest.mark.parametrize("value", [1.5, -0.1, "high", True, None])
def test_a_threshold_that_is_no_probability_is_refused(value):
    with pytest.raises(RulesError, match=f"{CHECK_ID}: expected a number from 0 to 1"):
        extend_rules({"thresholds": {CHECK_ID: value}}, "coach.yaml")


def test_the_model_file_is_read_once():
    assert load_model() is load_model()
    assert RULES_FILE.name == "wording.yaml"


def test_the_fit_reads_the_probe_sets_up_to_the_last_fitted_one(refit):
    counted = 0
    for folder in FOLDERS:
        index = read_yaml(folder / "index.yaml")
        counted += sum(item.get("set", 0) <= LAST_FITTED_SET for item in index)
    assert refit.figures["good"] + refit.figures["bad"] == counted
