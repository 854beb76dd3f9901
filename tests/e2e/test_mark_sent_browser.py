"""Mark as sent in a real browser: in the composer notebook, write a thank-you, copy it
and answer "Not now", then press Mark as sent and see the line naming the application;
a changed message exported again is asked about once more, and Yes records a second
follow-up on the same application. The person's store (under the server's
COACHKIT_HOME, a server of this module's own) holds what the page said."""

from __future__ import annotations

import re
import secrets

import pytest
from composer_steps import GRATITUDE, SEND_IT, mark_sent, write_thank_you
from labserver import lab_server
from playwright.sync_api import Page, expect

applog = pytest.importorskip("coachkit.applog", reason="the applications store")

QUESTION = "Record this follow-up in your outcome log?"


@pytest.fixture(scope="module")
def jlab(tmp_path_factory: pytest.TempPathFactory):
    """A server of this module's own: what it records must not reach the outcome log the
    other notebook tests open (notebook 03 shows the sample only while the log is empty)."""
    with lab_server(tmp_path_factory.mktemp("mark-sent")) as server:
        yield server


def test_mark_as_sent_records_the_follow_up(page: Page, jlab: dict, shot) -> None:
    # a company no other draft names: the notebook reopens a draft left for the same notes
    company = f"Tailspin Toys {secrets.token_hex(2)}"
    write_thank_you(page, jlab, company)

    # an export asks once; Not now puts the question away
    page.get_by_text(SEND_IT, exact=True).first.click()
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
    first_id = mark_sent(page, company)
    result = page.locator(".ck-record-result").first
    expect(result).to_contain_text("coachkit log reply")
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
