"""Steps in the composer notebook that several browser tests take: start a new draft,
write a thank-you for a company of the test's own, and mark it as sent."""

from __future__ import annotations

import re

from lab import open_and_run_all
from playwright.sync_api import Page, expect

COMPOSER_NOTEBOOK = "notebooks/01_write_your_follow_up.ipynb"
GRATITUDE = "Thank you for walking me through the warehouse forecasting model on Friday."
SEND_IT = "Send it: copy, .eml, reminder, mark as sent"


def recorded(company: str) -> re.Pattern[str]:
    """The line Mark as sent shows, with the application id as group 1."""
    return re.compile(rf"Recorded: thank-you note to {re.escape(company)} "
                      r"\(application ([0-9a-f]{8})\)")


def start_new_draft(page: Page) -> None:
    """Press New draft and wait until the kernel has put the empty draft on screen: text
    typed before then goes into the old step boxes, which the new draft then clears."""
    page.locator(".ck-new-button").first.click()
    expect(page.locator(".ck-status").first).to_contain_text("New draft: it is saved",
                                                             timeout=60_000)


def write_thank_you(page: Page, jlab: dict, company: str) -> None:
    """Open the composer notebook, start a new draft for ``company`` and write its thanks."""
    open_and_run_all(page, jlab, COMPOSER_NOTEBOOK)
    expect(page.locator(".ck-composer").first).to_be_visible(timeout=90_000)
    start_new_draft(page)
    page.get_by_text("Interview notes", exact=True).first.click()
    page.locator(".ck-notes-company input").first.fill(company)
    expect(page.locator(".ck-notes-status").first).to_contain_text("all the composer uses")
    page.locator(".ck-use-example").first.click()
    page.locator(".ck-next").first.click()
    page.locator(".ck-step-gratitude textarea").first.fill(GRATITUDE)
    expect(page.locator(".ck-preview").first).to_contain_text("warehouse forecasting model")


def mark_sent(page: Page, company: str) -> str:
    """Press Mark as sent (opening the Send it section); return the application's id."""
    button = page.locator(".ck-mark-sent-button").first
    if not button.is_visible():
        page.get_by_text(SEND_IT, exact=True).first.click()
    button.click()
    result = page.locator(".ck-record-result").first
    expect(result).to_contain_text(recorded(company), timeout=30_000)
    return recorded(company).search(result.text_content() or "").group(1)
