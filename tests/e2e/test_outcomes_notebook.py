"""The outcomes notebook in a real browser: the dashboard appears, a filter recomputes it."""

from __future__ import annotations

import json
import re
import urllib.request

import pytest
from lab import open_and_run_all
from playwright.sync_api import Page, expect

NOTEBOOK = "notebooks/03_my_outcomes.ipynb"


def _api(jlab: dict, path: str, method: str = "GET") -> object:
    request = urllib.request.Request(f"{jlab['base']}{path}", method=method,
                                     headers={"Authorization": f"token {jlab['token']}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        body = response.read()
    return json.loads(body) if body else None


@pytest.fixture
def leave_lab_as_found(page: Page, jlab: dict):
    """Afterwards: leave the page, stop this notebook's kernel and forget the saved layout,
    so the next browser test does not reopen this notebook or share the CPU with it."""
    yield
    page.goto("about:blank")
    for session in _api(jlab, "/api/sessions"):
        if session.get("path", "").endswith("03_my_outcomes.ipynb"):
            _api(jlab, f"/api/sessions/{session['id']}", "DELETE")
    for workspace in _api(jlab, "/lab/api/workspaces")["workspaces"]["ids"]:
        _api(jlab, f"/lab/api/workspaces/{workspace}", "DELETE")


@pytest.mark.usefixtures("leave_lab_as_found")
def test_dashboard_filters_update_the_summary(page: Page, jlab: dict, shot) -> None:
    open_and_run_all(page, jlab, NOTEBOOK)
    dashboard = page.locator(".ck-dashboard").first
    expect(dashboard).to_be_visible(timeout=90_000)
    headline = dashboard.locator(".ck-headline")
    expect(headline).to_contain_text("60 applications shown")
    funnel = dashboard.locator(".ck-sentence-funnel")
    expect(funnel).to_contain_text("Of 60 applications", use_inner_text=False)
    expect(dashboard.locator(".ck-chart-delay")).to_be_visible()
    expect(page.locator(".jp-OutputArea-output", has_text="Traceback")).to_have_count(0)
    shot("opened")

    dashboard.locator(".ck-channel select").select_option("referral")
    expect(headline).not_to_contain_text("60 applications shown")
    expect(headline).to_contain_text(re.compile(r"\b\d+ applications shown"))
    expect(funnel).not_to_contain_text("Of 60 applications", use_inner_text=False)
    shot("filtered-referral")

    dashboard.locator(".ck-path input").fill("../data/no_such_file.csv")
    dashboard.locator(".ck-load").click()
    expect(dashboard.locator(".ck-load-error")).to_contain_text("cannot read the file")
    expect(page.locator(".jp-OutputArea-output", has_text="Traceback")).to_have_count(0)
    shot("bad-path")
