"""The composer notebook in a real browser: fill the notes and two steps, watch the
preview and the score change, see a seeded typo highlighted, restart the kernel and
get the draft back from the journal; HTML typed into a step shows as text."""

from __future__ import annotations

import re

import pytest
from composer_steps import start_new_draft
from lab import number_in, open_and_run_all, restart_and_run_all
from playwright.sync_api import Page, expect

NOTEBOOK = "notebooks/01_write_your_follow_up.ipynb"
GRATITUDE = ("Thank you for meeting with me on Friday about the Operations Analyst role at "
             "Contoso Freight. I beleive my forecasting work fits the route planning model.")


def _composer_ready(page: Page) -> None:
    expect(page.locator(".ck-composer").first).to_be_visible(timeout=90_000)
    expect(page.locator(".ck-step-text textarea").first).to_be_visible()


def _overall(page: Page) -> int:
    return number_in(page.locator(".ck-score-panel .ck-overall").first)


@pytest.mark.usefixtures("fresh_journal")
def test_write_score_restart_and_restore(page: Page, jlab: dict, shot) -> None:
    open_and_run_all(page, jlab, NOTEBOOK)
    _composer_ready(page)
    expect(page.locator(".ck-clock").first).to_contain_text("send", ignore_case=True)
    expect(page.locator(".ck-score-panel").first).to_contain_text("Write the first part")
    shot("opened")

    # the notes: a different company and a new topic, checked as they are typed
    page.get_by_text("Interview notes", exact=True).first.click()
    company = page.locator(".ck-notes-company input").first
    company.fill("Contoso Freight")
    topics = page.locator(".ck-notes-topics textarea").first
    topics.fill("route planning model\non-call rotation")
    expect(page.locator(".ck-notes-status").first).to_contain_text("all the composer uses")
    shot("notes-filled")

    # step 1: the greeting, from an example opening built from the notes
    page.locator(".ck-use-example").first.click()
    greeting = page.locator(".ck-step-greeting textarea").first
    expect(greeting).to_have_value("Dear Dana and Sam,")
    overall = page.locator(".ck-score-panel .ck-overall").first
    expect(overall).to_be_visible()
    first_score = _overall(page)
    expect(page.locator(".ck-preview").first).to_contain_text("Dear Dana and Sam,")

    # step 2: gratitude, typed, with a seeded typo
    page.locator(".ck-next").first.click()
    expect(page.locator(".ck-step-guide").first).to_contain_text("Step 2 of 6")
    expect(page.locator(".ck-step-guide").first).to_contain_text("Contoso Freight")
    gratitude = page.locator(".ck-step-gratitude textarea").first
    gratitude.fill(GRATITUDE)
    typo = page.locator(".ck-preview mark[data-rule='correctness.spelling']", has_text="beleive")
    expect(typo).to_be_visible()
    expect(page.locator(".ck-step-findings").first).to_contain_text("believe")
    expect(page.locator(".ck-preview").first).to_contain_text("route planning model")
    expect(overall).not_to_have_text(str(first_score))
    expect(page.locator(".ck-status").first).to_contain_text(re.compile(r"Saved .* version"))
    shot("typo-highlighted")

    # a kernel restart loses nothing: the composer reopens the draft from the journal
    restart_and_run_all(page)
    expect(page.locator(".ck-notice").first).to_contain_text("Reopened your draft",
                                                             timeout=90_000)
    _composer_ready(page)
    expect(page.locator(".ck-step-gratitude textarea").first).to_have_value(GRATITUDE)
    expect(page.locator(".ck-notes-company input").first).to_have_value("Contoso Freight")
    expect(page.locator(".ck-preview mark[data-rule='correctness.spelling']",
                        has_text="beleive")).to_be_visible()
    page.locator(".ck-steps button", has_text="Greeting").first.click()
    expect(page.locator(".ck-step-greeting textarea").first).to_have_value("Dear Dana and Sam,")
    shot("restored-after-restart")


def test_html_typed_into_a_step_shows_as_text(page: Page, jlab: dict, shot) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_and_run_all(page, jlab, NOTEBOOK)
    _composer_ready(page)
    start_new_draft(page)
    hostile = "Dear Dana, <img src=x onerror=alert(1)> <script>alert(2)</script>"
    page.locator(".ck-step-greeting textarea").first.fill(hostile)
    preview = page.locator(".ck-preview").first
    expect(preview).to_contain_text("<img src=x onerror=alert(1)>")
    expect(preview).to_contain_text("<script>alert(2)</script>")
    assert preview.locator("img, script").count() == 0
    expect(page.locator(".ck-findings").first).to_contain_text("HTML tag")
    page.wait_for_timeout(500)
    assert dialogs == []
    shot("html-as-text")
