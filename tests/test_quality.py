"""The engine on the evaluation corpus: good above bad, seeded defects found, few false errors."""

from __future__ import annotations

import pytest

from quality import evaluate


@pytest.fixture(scope="module")
def result():
    return evaluate(seed=7)


def test_good_drafts_rank_above_bad(result):
    assert result.auc >= 0.9


def test_clean_good_drafts_have_no_error(result):
    assert result.clean_rate >= 0.9, result.false_errors


def test_seeded_defects_are_found_in_the_right_category(result):
    assert result.overall_recall >= 0.95, result.misses
    for defect, (found, total) in result.recall.items():
        assert found / total >= 0.85, (defect, result.misses)


def test_other_seed_gives_the_same_quality():
    other = evaluate(seed=2026)
    assert other.overall_recall >= 0.95, other.misses
