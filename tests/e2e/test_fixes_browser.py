"""One-click fixes in a real browser: in the composer and in the scoring notebook, Apply
a suggestion, see its underline go and the score rise, then Undo and see it return."""

from __future__ import annotations

import re

from composer_steps import start_new_draft
from lab import number_in, open_and_run_all
from playwright.sync_api import Locator, Page, expect

COMPOSER = "notebooks/01_write_your_follow_up.ipynb"
SCORING = "notebooks/02_score_a_draft.ipynb"
GREETING = "Dear Dana, I'm gonna send you the forecast deck tomorrow."


def _score_rises(overall: Locator, before: int) -> int:
    expect(overall).not_to_have_text(str(before))
    after = number_in(overall)
    assert after > before, (before, after)
    return after


def test_apply_and_undo_in_the_composer(page: Page, jlab: dict, shot) -> None:
    open_and_run_all(page, jlab, COMPOSER)
    expect(page.locator(".ck-composer").first).to_be_visible(timeout=90_000)
    start_new_draft(page)
    greeting = page.locator(".ck-step-greeting textarea").first
    greeting.fill(GREETING)
    preview = page.locator(".ck-preview").first
    slang = preview.locator("mark[data-rule='tone.slang']", has_text="gonna")
    expect(slang).to_be_visible(timeout=60_000)  # the first score of a new draft
    overall = page.locator(".ck-score-panel .ck-overall").first
    fix = page.locator(".ck-fixes .ck-fix", has_text="gonna").first
    expect(fix).to_contain_text("going to")
    before = number_in(overall)
    shot("before-fix")

    fix.locator(".ck-apply-fix").click()
    expect(slang).to_have_count(0)
    expect(greeting).to_have_value(GREETING.replace("gonna", "going to"))
    expect(preview).to_contain_text("I'm going to send you")
    _score_rises(overall, before)
    expect(page.locator(".ck-fixes-heading").first).to_contain_text("Undo")
    shot("fixed")

    page.locator(".ck-undo-fix").first.click()
    expect(slang).to_be_visible(timeout=60_000)  # the first score of a new draft
    expect(greeting).to_have_value(GREETING)
    expect(overall).to_have_text(str(before))
    expect(page.locator(".ck-undo-fix").first).to_be_disabled()
    shot("undone")


def test_apply_and_undo_in_the_scoring_notebook(page: Page, jlab: dict, shot) -> None:
    open_and_run_all(page, jlab, SCORING)
    overall = page.locator(".ck-report .ck-overall").first
    expect(overall).to_be_visible(timeout=90_000)
    typo = page.locator(".ck-report mark[data-rule='correctness.spelling']", has_text="beleive")
    expect(typo).to_be_visible()
    before = number_in(overall)
    fix = page.locator(".ck-fixes .ck-fix", has_text="beleive").first
    expect(fix).to_contain_text("believe")

    fix.locator(".ck-apply-fix").click()
    expect(typo).to_have_count(0)
    expect(page.locator(".ck-fixed-text textarea").first).to_have_value(
        re.compile(r"I believe my experience"))
    _score_rises(overall, before)
    shot("fixed")

    page.locator(".ck-undo-fix").first.click()
    expect(typo).to_be_visible()
    expect(overall).to_have_text(str(before))
    shot("undone")
