"""Every notebook, run whole in a real browser, shows no widget error, no traceback and
nothing on stderr: notebooks 01–05 in JupyterLab (01 twice, as people re-run it) and
the workshop page (05) in Voilà. A screenshot of each lands in tests/artifacts/."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from lab import (
    bad_outputs,
    notebook_shot,
    open_and_run_all,
    run_menu,
    wait_for_run,
    wait_for_widgets,
)
from labserver import ROOT, voila_app
from playwright.sync_api import Page, expect

from coachkit.workshop import WorkshopFolder

EXERCISE = ROOT / "data" / "exercises" / "thank_you_panel.yml"
# each notebook, how many times Run All runs, and what must be on the page afterwards
NOTEBOOKS = {
    "01_write_your_follow_up.ipynb": (2, [".ck-composer", ".ck-drafts"]),
    "02_score_a_draft.ipynb": (1, [".ck-overall"]),
    "03_my_outcomes.ipynb": (1, [".ck-dashboard"]),
    "04_workshop_facilitator.ipynb": (1, [".ck-board"]),
    "05_workshop_app.ipynb": (1, [".ck-workshop", ".ck-composer"]),
}


def _code_cells(name: str) -> int:
    nb = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    return sum(cell.cell_type == "code" for cell in nb.cells)


def _console_errors(page: Page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text[:200]) if m.type == "error" else None)
    return errors


@pytest.mark.parametrize("name", list(NOTEBOOKS), ids=lambda n: n[:2])
def test_run_all_shows_no_error(page: Page, jlab: dict, shot, name: str) -> None:
    runs, shown = NOTEBOOKS[name]
    cells = _code_cells(name)
    if name.startswith("05"):  # the folder default_folder() finds under COACHKIT_HOME
        room = Path(jlab["home"]) / "workshops" / "workshop"
        if not (room / "exercise.yml").exists():
            WorkshopFolder.create(room, EXERCISE)
    console = _console_errors(page)
    open_and_run_all(page, jlab, f"notebooks/{name}")
    for run in range(1, runs + 1):
        if run > 1:
            run_menu(page, "Run", "runmenu:run-all")
        wait_for_run(page, cells, after=(run - 1) * cells)
        notebook_shot(page, shot, f"run{run}")
        assert bad_outputs(page) == [], f"{name}, Run All #{run}; console: {console}"
        for selector in shown:
            expect(page.locator(selector).first).to_be_attached()


def test_workshop_page_in_voila_shows_no_error(page: Page, shot, tmp_path: Path) -> None:
    room = WorkshopFolder.create(tmp_path / "room", EXERCISE)
    console = _console_errors(page)
    with voila_app(room.path, tmp_path / "voila") as url:
        page.goto(url)
        for selector in (".ck-workshop", ".ck-composer"):
            expect(page.locator(selector).first).to_be_visible(timeout=90_000)
        wait_for_widgets(page)
        notebook_shot(page, shot, "voila")
        assert bad_outputs(page) == [], f"console: {console}"
