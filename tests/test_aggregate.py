"""Scores from findings: a pure step, tested on hand-made findings."""

from __future__ import annotations

import pytest

from coachkit.model import Finding
from coachkit.scoring.aggregate import category_scores, overall_score

JUDGED = ("personalization", "concision", "correctness", "tone")


def _f(category: str, severity: str) -> Finding:
    return Finding("x.y", category, severity, 0, 0, "", "m")


def test_no_findings_is_100_and_unjudged_is_none():
    cats = category_scores([], JUDGED)
    assert cats["timeliness"] is None
    assert all(cats[c] == 100 for c in JUDGED)


def test_score_halves_every_half_life_of_penalty_points():
    findings = ([_f("tone", "error")] * 2 + [_f("tone", "warning")] * 2
                + [_f("tone", "suggestion")] * 4)
    # 2*12 + 2*5 + 4*1.5 = 40 points; half-life 40 -> 50
    assert category_scores(findings, JUDGED, half_life=40)["tone"] == 50
    assert category_scores(findings, JUDGED, half_life=40)["correctness"] == 100


def test_timeliness_takes_the_worst_finding():
    cats = category_scores([_f("timeliness", "suggestion"), _f("timeliness", "error")],
                           [*JUDGED, "timeliness"])
    assert cats["timeliness"] == 35


def test_overall_weights_and_weakest_share():
    cats = {"timeliness": None, "personalization": 100, "concision": 100,
            "correctness": 100, "tone": 40}
    weights = {"personalization": 1, "concision": 1, "correctness": 1, "tone": 1}
    assert overall_score(cats, weights) == 85
    assert overall_score(cats, weights, 0.5) == pytest.approx(round(0.5 * 85 + 0.5 * 40))
    assert overall_score({"tone": None}, weights) == 0
