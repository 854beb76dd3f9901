"""The scoring notebook in a real browser: it runs, shows the score and highlights,
and a draft containing HTML shows as text and runs nothing."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
from lab import open_and_run_all
from labserver import ROOT
from playwright.sync_api import Page, expect

NOTEBOOK = "notebooks/02_score_a_draft.ipynb"


def test_notebook_shows_score_and_highlights(page: Page, jlab: dict, shot) -> None:
    open_and_run_all(page, jlab, NOTEBOOK)
    overall = page.locator(".ck-overall").first
    expect(overall).to_be_visible(timeout=90_000)
    # the panel can be drawn an instant before its first score is written into it
    expect(overall).to_have_text(re.compile(r"^\s*(100|\d{1,2})\s*$"), timeout=30_000)
    typo = page.locator("mark[data-rule='correctness.spelling']", has_text="beleive")
    expect(typo).to_be_visible()
    expect(page.locator("mark[data-rule='correctness.repeated_word']").first).to_be_visible()
    expect(page.locator(".ck-finding").first).to_be_visible()
    expect(page.locator(".jp-OutputArea-output", has_text="Traceback")).to_have_count(0)
    shot("scored")


def test_html_in_a_draft_shows_as_text(page: Page, jlab: dict, shot) -> None:
    source = nbformat.read(ROOT / NOTEBOOK, as_version=4)  # the clean copy, no outputs
    hostile = ('Dear Dana,\n\nThank you <img src=x onerror=alert(1)> for the interview.'
               '\n<script>alert(2)</script>\n\nBest regards,\nAlex\n')
    for cell in source.cells:
        if "draft_text = " in cell.source:
            cell.source = re.sub(r'draft_text = """.*?"""', f'draft_text = """{hostile}"""',
                                 cell.source, flags=re.S)
    nbformat.write(source, Path(jlab["root"]) / "notebooks" / "html_draft.ipynb")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_and_run_all(page, jlab, "notebooks/html_draft.ipynb")
    expect(page.locator(".ck-overall").first).to_be_visible(timeout=90_000)
    report = page.locator(".ck-report").first
    expect(report).to_contain_text("<img src=x onerror=alert(1)>")
    expect(report).to_contain_text("<script>alert(2)</script>")
    assert report.locator("img, script").count() == 0
    page.wait_for_timeout(500)
    assert dialogs == []
    shot("html-as-text")
