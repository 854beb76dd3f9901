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


# Measured on the tuning corpus when the verdict bands and caps were set: 80% of bad drafts
# "rewrite", 1 of 30 "ready", 47 of 48 good drafts "ready" (the other is capped by a pushy
# line). The thresholds sit just under those figures.
def test_bad_drafts_are_mostly_rewrite_and_hardly_ever_ready(result):
    assert result.verdict_share("bad", "rewrite") >= 0.75, result.wrong_verdicts
    assert result.verdict_share("bad", "ready") <= 0.05, result.wrong_verdicts


def test_good_drafts_are_ready(result):
    assert result.verdict_share("good", "ready") >= 0.95, result.wrong_verdicts


def test_the_histogram_has_a_line_per_ten_points():
    from quality import histogram

    lines = histogram([95, 100, 85], [5, 55, 59])
    assert len(lines) == 11
    assert lines[1].split()[0] == "90-100" and lines[1].split()[-2:] == ["2", "0"]
    assert lines[5].split()[0] == "50-59" and lines[5].split()[-1] == "2"
