"""End-to-end behaviour of score(): scores, findings and spans on whole drafts."""

from __future__ import annotations

from datetime import datetime

from coachkit import CATEGORIES, Draft, score
from samples import GOOD_THANK_YOU


def test_good_draft_has_no_errors_and_scores_high(good_draft, notes):
    report = score(good_draft, notes)
    errors = [f for f in report.findings if f.severity == "error"]
    assert errors == []
    assert report.overall >= 85
    assert report.categories["timeliness"] == 100
    assert set(report.categories) == set(CATEGORIES)


def test_spans_point_into_the_exact_text(good_draft, notes):
    bad = GOOD_THANK_YOU.replace("especially", "especialy").replace("the next", "the the next")
    report = score(Draft.from_text(bad), notes)
    assert report.findings
    for f in report.findings:
        assert bad[f.start:f.end] == f.text
    rules = {f.rule for f in report.findings}
    assert {"correctness.spelling", "correctness.repeated_word"} <= rules


def test_timeliness_is_none_without_times(notes):
    report = score(Draft.from_text(GOOD_THANK_YOU), None)
    assert report.categories["timeliness"] is None
    late = score(Draft.from_text(GOOD_THANK_YOU, sent_at=datetime(2026, 11, 25, 9)), notes)
    assert late.categories["timeliness"] is not None and late.categories["timeliness"] < 50
    assert any(f.rule == "timeliness.send_time" and f.severity == "error"
               for f in late.findings)


def test_bad_draft_ranks_below_good(good_draft, notes):
    bad = Draft.from_text(
        "hey,\n\nthanks for the interview at Globex!!! i really need this job, pls get back "
        "to me ASAP. Your the best lol\n", sent_at=datetime(2026, 11, 24, 23))
    assert score(bad, notes).overall < score(good_draft, notes).overall - 30


def test_empty_and_whitespace_drafts_get_a_clear_finding():
    for text in ("", "   \n\n\t "):
        report = score(Draft.from_text(text))
        assert [f.rule for f in report.findings] == ["correctness.empty"]
        assert report.overall == 0
        assert "empty" in report.findings[0].message


def test_plain_string_is_accepted():
    assert score("Dear Dana,\n\nThank you.\n\nBest,\nJo").stats.words == 6


def test_rescoring_the_same_draft_reuses_the_report(notes):
    draft = Draft.from_text(GOOD_THANK_YOU)
    first = score(draft, notes)
    assert score(Draft.from_text(GOOD_THANK_YOU), notes) is first
    changed = score(Draft.from_text(GOOD_THANK_YOU + " "), notes)
    assert changed is not first and changed.text.endswith(" ")
