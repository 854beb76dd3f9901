"""The template signal: its fitted model, its cap, its reasons and what it leaves alone."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from check_examples_real import letter
from check_examples_signal import (
    ABOUT_ME,
    BRIEF_REPLY,
    CHASING,
    CHECK_ID,
    FEEDBACK,
    OTHER_OFFER,
    SHORT_NOTE,
    SPECIFIC,
    TEMPLATE,
    TIMELINE,
)

from coachkit import Draft, notes_from_dict, score
from coachkit.errors import RulesError
from coachkit.scoring import all_checks
from coachkit.scoring.checks._signal import FEATURES, common_words, features, word_classes
from coachkit.scoring.checks.signal import ALSO, REASONS, reason
from coachkit.scoring.context import Context
from coachkit.scoring.fit_signal import RULES_FILE, fit, main
from coachkit.scoring.rules import default_rules, extend_rules
from samples import NOTES

CORPUS = Path(__file__).parent / "corpus"


def _report(example, rules=None):
    text, opts = (example, {}) if isinstance(example, str) else example
    notes = notes_from_dict(NOTES) if opts.get("notes") else None
    return score(Draft.from_text(text, kind=opts.get("kind", "thank_you")), notes,
                 rules=rules)


def _signal_findings(example, rules=None):
    return [f for f in _report(example, rules).findings if f.rule == CHECK_ID]


@pytest.fixture(scope="module")
def refit():
    return fit(CORPUS)


def test_committed_model_is_what_the_corpus_fits(refit):
    model = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["thresholds"][CHECK_ID]
    assert model["bias"] == pytest.approx(refit.bias, abs=2e-3)
    for part in ("weights", "typical", "threshold"):
        fitted = getattr(refit, part)
        assert set(model[part]) == set(fitted)
        for name, value in fitted.items():
            assert model[part][name] == pytest.approx(value, abs=2e-3), (part, name)
    assert set(model["weights"]) == set(FEATURES)


def test_the_fit_is_deterministic(refit):
    again = fit(CORPUS)
    assert (again.bias, again.weights, again.threshold) == \
        (refit.bias, refit.weights, refit.threshold)


def test_cross_validation_keeps_97_percent_of_good_drafts_unflagged(refit):
    f = refit.figures
    assert f["good_flagged_cv"] <= 0.03 * f["good"]
    assert f["bad_flagged_cv"] >= 0.3 * f["bad"]


def test_the_check_command_says_the_rules_file_is_up_to_date(capsys):
    assert main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().err


def test_declared_with_a_cap_that_only_takes_a_draft_out_of_ready():
    check = {c.id: c for c in all_checks()}[CHECK_ID]
    assert (check.category, check.severity, check.scope) == ("personalization", "warning",
                                                              "message")
    assert len(check.rationale) > 40 and "rejection_reply" not in check.kinds
    policy = default_rules().policy
    assert 75 <= policy.caps[CHECK_ID] <= 79
    assert policy.verdict_for(policy.caps[CHECK_ID]) == "revise"


def test_a_polished_note_that_names_nothing_is_capped_at_revise():
    # the signal's cap alone (the wording model finds it bad too, and takes it lower)
    rules = extend_rules({"checks": {"tone.wording_model": False}}, "test")
    report = score(Draft.from_text(ABOUT_ME, kind="thank_you"), rules=rules)
    assert report.verdict == "revise" and report.overall == 78
    assert [c.check_id for c in report.caps] == [CHECK_ID]
    without = extend_rules({"checks": {"tone.wording_model": False, CHECK_ID: False}}, "test")
    assert score(Draft.from_text(ABOUT_ME, kind="thank_you"), rules=without).overall > 78


def test_a_plain_check_in_is_left_to_the_other_checks():
    # a check-in says little that is specific by nature: only a charged one is flagged
    # (from 3.4); this chaser, once flagged, is left to the reproach and wording checks
    text = letter(
        "I am writing again because I still have not heard anything about my application. "
        "It has been quite a while now, and I was told that I would hear back sooner than "
        "this. I would appreciate a clear answer so that I can plan accordingly. Thank you "
        "for your attention to this.")
    report = score(Draft.from_text(text, kind="check_in"))
    assert CHECK_ID not in {f.rule for f in report.findings}
    assert report.verdict != "ready"


@pytest.mark.parametrize(("example", "feature"), [(TEMPLATE, ("specific", "-")),
                                                  (ABOUT_ME, ("self", "+")),
                                                  (CHASING, ("specific", "-"))])
def test_the_reason_names_the_feature_that_weighs_most(example, feature):
    found = _signal_findings(example)
    assert len(found) == 1 and found[0].message.startswith(REASONS[feature])


def test_a_second_feature_is_named_after_the_first():
    assert reason([("specific", "-"), ("self", "+")]).endswith(
        "It also talks mostly about you.")
    assert reason([("negative", "+")]) == REASONS[("negative", "+")]


def test_every_feature_has_a_reason_on_either_side():
    assert set(REASONS) == set(ALSO) == {(f, side) for f in FEATURES for side in "+-"}


@pytest.mark.parametrize("example", [SPECIFIC, TIMELINE, OTHER_OFFER, FEEDBACK, BRIEF_REPLY,
                                     SHORT_NOTE])
def test_polite_near_misses_stay_ready(example):
    assert not _signal_findings(example)
    assert _report(example).verdict == "ready" or example is SHORT_NOTE


def test_no_good_draft_of_the_tuning_corpus_is_flagged():
    index = yaml.safe_load((CORPUS / "index.yaml").read_text(encoding="utf-8"))
    flagged = []
    for item in index:
        if item["quality"] != "good":
            continue
        text = (CORPUS / item["file"]).read_text(encoding="utf-8")
        if _signal_findings((text, {"kind": item["kind"]})):
            flagged.append(item["id"])
    assert not flagged


def test_a_coach_raises_the_threshold_or_gets_a_clear_error():
    higher = extend_rules({"thresholds": {CHECK_ID: {"threshold": {"default": 99}}}}, "coach")
    assert _signal_findings(TEMPLATE) and not _signal_findings(TEMPLATE, higher)
    with pytest.raises(RulesError, match="min_words"):
        extend_rules({"thresholds": {CHECK_ID: {"bias": 1}}}, "coach", base=_without_model())
    with pytest.raises(RulesError, match="bias"):
        extend_rules({"thresholds": {CHECK_ID: {"bias": "high"}}}, "coach")


def _without_model():
    base = default_rules()
    thresholds = {k: v for k, v in base.thresholds.items() if k != CHECK_ID}
    return type(base)(lists=base.lists, thresholds=thresholds, sets=base.sets,
                      vocabulary=base.vocabulary, switches=base.switches)


def test_features_of_a_draft_without_text_are_zero():
    ctx = Context(draft=Draft.from_text(""), notes=None, rules=default_rules())
    assert features(ctx) == (0.0,) * len(FEATURES)


def test_word_lists_are_loaded():
    classes = word_classes()
    assert classes["i"] == "self" and classes["disappointed"] == "negative"
    assert classes["wonderful"] == "positive"
    assert {"the", "thank", "interview"} <= common_words()
    assert "kubernetes" not in common_words()


SHORT = letter("Thank you for taking the time to meet with me. I really enjoyed our conversation "
               "and learning more about the role. I believe my skills make me a strong fit, and "
               "I am confident that I could contribute to your continued success. I look "
               "forward to hearing from you.")


def test_a_note_under_the_judged_length_is_left_to_the_other_checks():
    # judged from 40 words, the model flags it; the rules judge from 55 (measured on the
    # probes: short good notes were held back, and no short bad one by this check alone)
    assert default_rules().threshold(CHECK_ID)["min_words"] == 55
    from_40 = extend_rules({"thresholds": {CHECK_ID: {"min_words": 40}}}, "coach")
    assert _signal_findings(SHORT, from_40) and not _signal_findings(SHORT)
