"""A workshop in real browsers: the participants' page, served by Voilà exactly as
`make workshop` serves it (no code on the page), submits drafts into a workshop
folder, and the coach's CohortBoard in JupyterLab counts them without a click."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from lab import open_and_run_all
from labserver import ROOT, voila_app
from playwright.sync_api import Page, expect

from coachkit.workshop import WorkshopFolder

EXERCISE = ROOT / "data" / "exercises" / "thank_you_panel.yml"
GREETING = "Dear Priya and Tomás,"
ARTIFACTS = ROOT / "tests" / "artifacts"


def _board_notebook(jlab: dict, folder: Path) -> str:
    """A notebook in the lab's root that shows the board of ``folder``; its path there."""
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {
        "name": "python3", "display_name": "Python 3", "language": "python"}})
    nb.cells = [nbformat.v4.new_code_cell(
        "from coachkit.widgets.cohort_board import CohortBoard\n\n"
        f"board = CohortBoard({str(folder)!r}, refresh_every=1)\nboard")]
    name = f"board-{folder.parent.name}.ipynb"
    nbformat.write(nb, Path(jlab["root"]) / name)
    return name


def _submit(page: Page, code: str) -> None:
    page.locator(".ck-code input").first.fill(code)
    page.locator(".ck-submit").first.click()
    expect(page.locator(".ck-submit-result").first).to_contain_text(f"Submitted as {code}",
                                                                    timeout=30_000)


def test_participants_page_submits_and_the_board_counts(page: Page, jlab: dict, shot,
                                                        tmp_path: Path,
                                                        request: pytest.FixtureRequest) -> None:
    def board_shot(board: Page, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        board.screenshot(path=str(ARTIFACTS / f"{request.node.name}-{name}.png"),
                         full_page=True)

    room = WorkshopFolder.create(tmp_path / "room", EXERCISE)
    with voila_app(room.path, tmp_path / "voila") as url:
        # without the token (kept in a private file, not on the command line): no page
        page.goto(url.split("?")[0] + "?token=not-the-token")
        assert page.locator(".ck-workshop").count() == 0
        assert "/login" in page.url
        # the participant's page: the welcome, the brief and the composer, and no code
        page.goto(url)
        expect(page.locator(".ck-workshop").first).to_be_visible(timeout=90_000)
        expect(page.locator(".ck-workshop").first).to_contain_text(
            "Workshop: Thank-you after a panel interview")
        body = page.locator("body").inner_text()
        assert "not your name" in body
        for code_text in ("FollowUpComposer", "default_folder", "import "):
            assert code_text not in body, code_text
        assert page.locator(".jp-CodeCell .jp-InputArea, .cm-editor").count() == 0
        shot("participant-opened")

        page.locator(".ck-step-text textarea").first.fill(GREETING)
        expect(page.locator(".ck-preview").first).to_contain_text(GREETING)
        _submit(page, "blue-heron-7")
        shot("participant-submitted")
        files = sorted((room.path / "submissions" / "blue-heron-7").glob("*.json"))
        assert [f.name for f in files] == ["blue-heron-7-r0001.json"]
        saved = json.loads(files[0].read_text(encoding="utf-8"))
        assert saved["participant"] == "blue-heron-7"
        assert saved["body"].startswith(GREETING)

        # the coach's board in JupyterLab, over the same folder
        pytest.importorskip("coachkit.widgets.cohort_board")
        board = page.context.new_page()
        open_and_run_all(board, jlab, _board_notebook(jlab, room.path))
        count = board.locator(".ck-board-count").first
        expect(count).to_contain_text(re.compile(r"\b1 participant has submitted"),
                                      timeout=90_000)
        board_shot(board, "board-1")
        # a second participant submits from the page; the board refreshes by itself
        page.bring_to_front()
        _submit(page, "green-fox-2")
        assert (room.path / "submissions" / "green-fox-2" / "green-fox-2-r0001.json").exists()
        board.bring_to_front()
        expect(count).to_contain_text(re.compile(r"\b2 participants have submitted"),
                                      timeout=20_000)
        assert board.locator(".ck-board-refresh").count() >= 1  # there, and never clicked
        expect(board.locator(".ck-board-progress").first).to_be_hidden()  # charts drawn
        board_shot(board, "board-2")
        page.bring_to_front()
        shot("participant-resubmitted")
