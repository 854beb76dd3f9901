"""Top changes: each check's gain is measured (the draft's score without that check's
findings), the biggest three come first, and the advice names the fix."""

from __future__ import annotations

import pytest
from workshop_helpers import CLEAN_SUBJECT, body, clean_body, panel

from coachkit.model import Draft, Report
from coachkit.scoring import score
from coachkit.scoring.aggregate import caps_for, category_scores, product_score
from coachkit.scoring.rules import Rules, extend_rules
from coachkit.workshop import Exercise, top_changes

MESSY = body("Thank you for the interview.",
             "I will circle back next week and touch base ASAP!!",
             "We discused the recieved tickets.",
             "I think maybe I could possibly help.")


def scored(exercise: Exercise, text: str, rules: Rules | None = None) -> Report:
    draft = Draft(body=text, subject=CLEAN_SUBJECT, kind=exercise.kind, sent_at=exercise.sent_at)
    return score(draft, exercise.scenario, rules=rules or exercise.rules())


def overall_without(report: Report, rule: str, rules: Rules) -> int:
    """The overall score aggregated again from every finding but ``rule``'s."""
    t = rules.thresholds
    judged = [c for c, v in report.categories.items() if v is not None]
    kept = [f for f in report.findings if f.rule != rule]
    cats = category_scores(kept, judged,
                           penalty=t["score.penalty"], half_life=float(t["score.half_life"]))
    overall = product_score(cats, t["score.weights"], float(t["score.weakest_share"]))
    caps = caps_for(kept, rules.policy, overall)
    return caps[0].limit if caps else overall


@pytest.fixture(scope="module")
def exercise() -> Exercise:
    return panel()


@pytest.fixture(scope="module")
def report(exercise) -> Report:
    return scored(exercise, MESSY)


def test_gain_is_the_score_without_that_checks_findings(exercise, report):
    rules = exercise.rules()
    changes = top_changes(report, rules, n=50)
    assert {c.rule for c in changes} == {f.rule for f in report.findings}
    for change in changes:
        assert change.gain == overall_without(report, change.rule, rules) - report.overall
        assert change.findings == tuple(f for f in report.findings if f.rule == change.rule)
        # and the same as scoring the draft again with the check switched off
        off = extend_rules({"checks": {change.rule: False}}, "test", base=rules)
        assert scored(exercise, MESSY, off).overall - report.overall == change.gain


def test_the_three_biggest_gains_come_first(exercise, report):
    rules = exercise.rules()
    gains = sorted((overall_without(report, r, rules) - report.overall
                    for r in {f.rule for f in report.findings}), reverse=True)
    top = top_changes(report, rules)
    assert len(top) == 3
    assert [c.gain for c in top] == gains[:3]
    assert top[0].gain > 0
    assert top[0].rule == "correctness.spelling"  # two spelling errors cost most here
    assert len(top_changes(report, rules, n=1)) == 1


def test_a_clean_draft_has_nothing_to_change(exercise):
    clean = scored(exercise, clean_body())
    assert clean.findings == ()
    assert top_changes(clean, exercise.rules()) == []


def test_a_draft_with_one_slip_has_a_change_per_check_that_saw_it(exercise):
    text = clean_body().replace("Zendesk.", "Zendesk. I will circle back soon.")
    report = scored(exercise, text)
    assert {f.rule for f in report.findings} == {"tone.avoid", "concision.wordy"}
    changes = top_changes(report, exercise.rules())
    assert [c.rule for c in changes] == ["tone.avoid", "concision.wordy"]  # warning first
    assert changes[0].gain > changes[1].gain >= 0  # a suggestion may round to nothing


def test_advice_names_the_place_and_the_suggestion(exercise, report):
    change = next(c for c in top_changes(report, exercise.rules(), n=50)
                  if c.rule == "tone.avoid")
    advice = change.advice()
    assert change.title == "A phrase your coach asked you to avoid"
    assert advice.startswith("A phrase your coach asked you to avoid")
    assert "“circle back”" in advice and "follow up" in advice
    assert "and 1 more like it" in advice  # 'touch base' too
    spelling = next(c for c in top_changes(report, exercise.rules()) if
                    c.rule == "correctness.spelling")
    assert "discused" in spelling.advice() and "discussed" in spelling.advice()


def test_default_rules_are_used_when_none_are_given():
    plain = score(Draft.from_text("Hi,\n\nThanks ASAP!!\n\nBest,\nSam\n"))
    changes = top_changes(plain)
    assert 1 <= len(changes) <= 3
    assert all(c.gain >= 0 for c in changes)


def test_advice_ends_with_one_full_stop():
    from coachkit.model import Finding
    from coachkit.workshop.feedback import Change

    finding = Finding(rule="tone.exclamation", category="tone", severity="suggestion",
                      start=0, end=3, text="!!!", message="Use one exclamation mark at most.")
    advice = Change("tone.exclamation", "Too many exclamation marks", 2, (finding,)).advice()
    assert advice.endswith("(“!!!”).") and not advice.endswith("..")
