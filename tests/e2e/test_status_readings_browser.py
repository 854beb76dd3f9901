"""A messy real-shaped log in notebook 03's dashboard: change one status reading in the
browser and see the figures change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lab import open_and_run_all
from playwright.sync_api import Page, expect
from test_outcomes_notebook import NOTEBOOK, leave_lab_as_found  # noqa: F401

MESSY = Path(__file__).parents[1] / "outcomes_messy" / "messy_log.csv"


@pytest.mark.usefixtures("leave_lab_as_found")
def test_changing_a_status_reading_changes_the_figures(page: Page, jlab: dict, shot) -> None:
    shutil.copy(MESSY, Path(jlab["root"]) / "data" / "messy_log.csv")
    open_and_run_all(page, jlab, NOTEBOOK)
    dashboard = page.locator(".ck-dashboard").first
    expect(dashboard).to_be_visible(timeout=90_000)
    dashboard.locator(".ck-path input").fill("../data/messy_log.csv")
    dashboard.locator(".ck-load").click()
    headline = dashboard.locator(".ck-headline")
    expect(headline).to_contain_text("18 applications shown")
    expect(dashboard.locator(".ck-messages")).to_contain_text("row left out")
    table = dashboard.locator(".ck-status-readings")
    expect(table).to_contain_text("Status words")
    row = table.locator(".ck-status-row", has_text="hmm??")
    expect(row).to_have_count(1)
    expect(row.locator("select")).to_have_value("unknown (pending)")  # the option label
    before = headline.text_content() or ""
    shot("messy-loaded")

    row.locator("select").select_option(label="rejected")
    expect(headline).not_to_have_text(before)
    expect(headline).to_contain_text("18 applications shown")
    expect(table.locator(".ck-status-row", has_text="hmm??").locator("select")
           ).to_have_value("rejected")
    expect(table).to_contain_text("your choice")
    expect(page.locator(".jp-OutputArea-output", has_text="Traceback")).to_have_count(0)
    shot("reading-changed")
