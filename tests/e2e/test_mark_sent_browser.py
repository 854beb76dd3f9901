"""Mark as sent in a real browser: in the composer notebook, write a thank-you, copy it
and answer "Not now", then press Mark as sent and see the line naming the application;
a changed message exported again is asked about once more, and Yes records a second
follow-up on the same application. The person's store (under the server's
COACHKIT_HOME) holds what the page said."""

from __future__ import annotations

import re
import secrets

import pytest
from lab import open_and_run_all
from playwright.sync_api import Page, expect

applog = pytest.importorskip("coachkit.applog", reason="the applications store")

NOTEBOOK = "notebooks/01_write_your_follow_up.ipynb"
QUESTION = "Record this follow-up in your outcome log?"
GRATITUDE = "Thank you for walking me through the warehouse forecasting model on Friday."


def _recorded(company: str) -> re.Pattern[str]:
    return re.compile(rf"Recorded: thank-you note to {re.escape(company)} "
                      r"\(application ([0-9a-f]{8})\)")


def test_mark_as_sent_records_the_follow_up(page: Page, jlab: dict, shot) -> None:
    # a company of this test's own: the server is shared, and the notebook reopens the
    # draft another test left for the same notes file
    company = f"Tailspin Toys {secrets.token_hex(2)}"
    open_and_run_all(page, jlab, NOTEBOOK)
    expect(page.locator(".ck-composer").first).to_be_visible(timeout=90_000)
    page.locator(".ck-new-button").first.click()
    page.get_by_text("Interview notes", exact=True).first.click()
    page.locator(".ck-notes-company input").first.fill(company)
    expect(page.locator(".ck-notes-status").first).to_contain_text("all the composer uses")
    page.locator(".ck-use-example").first.click()
    page.locator(".ck-next").first.click()
    page.locator(".ck-step-gratitude textarea").first.fill(GRATITUDE)
    expect(page.locator(".ck-preview").first).to_contain_text("warehouse forecasting model")

    # an export asks once; Not now puts the question away
    page.get_by_text("Send it: copy, .eml, reminder, mark as sent", exact=True).first.click()
    question = page.locator(".ck-record-question").first
    page.locator(".ck-copy-button").first.click()
    expect(question).to_be_visible()
    expect(question).to_contain_text(QUESTION)
    shot("asked")
    page.locator(".ck-record-not-now-button").first.click()
    expect(question).to_be_hidden()
    page.locator(".ck-copy-button").first.click()
    expect(page.locator(".ck-copy-text textarea").first).to_have_value(
        re.compile(re.escape(GRATITUDE)))
    page.wait_for_timeout(500)
    expect(question).to_be_hidden()

    # Mark as sent records it and names the application
    page.locator(".ck-mark-sent-button").first.click()
    result = page.locator(".ck-record-result").first
    expect(result).to_contain_text(_recorded(company), timeout=30_000)
    expect(result).to_contain_text("coachkit log reply")
    first_id = _recorded(company).search(result.inner_text()).group(1)
    shot("recorded")

    # a changed message, exported again, is asked about again; Yes records it
    page.locator(".ck-step-gratitude textarea").first.fill(GRATITUDE + " It was a pleasure.")
    expect(page.locator(".ck-preview").first).to_contain_text("It was a pleasure.")
    page.locator(".ck-copy-button").first.click()
    expect(question).to_be_visible()
    page.locator(".ck-record-yes-button").first.click()
    expect(question).to_be_hidden()
    expect(result).to_contain_text(f"(application {first_id})")

    with applog.ApplicationStore(applog.applications_store_path(jlab["home"]),
                                 read_only=True) as store:
        [app] = [a for a in store.list() if a.company == company]
        assert app.id == first_id and app.role == "Operations Analyst"
        assert "Dana Whitfield" in app.interviewers and app.source == "composer"
        assert [f.kind for f in app.follow_ups] == ["thank_you", "thank_you"]
        first, second = app.follow_ups
        assert first.draft_id and first.draft_id == second.draft_id
        assert first.draft_version < second.draft_version
        assert isinstance(first.score, int) and first.verdict in ("ready", "revise", "rewrite")
