"""A workshop room on the Solara page: three participants, each in a browser tab of
their own, submit into one workshop folder through one server process, and the coach's
CohortBoard in JupyterLab counts them without a click. Every request stays on this
machine, and a visitor without the token gets no page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lab import open_and_run_all
from labserver import ROOT, solara_app
from playwright.sync_api import Page, expect
from test_workshop_app import EXERCISE, _board_notebook

from coachkit.workshop import WorkshopFolder

pytest.importorskip("solara")

PARTICIPANTS = ("blue-heron-7", "green-fox-2", "red-kite-9")


def _open(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.locator(".ck-workshop").first).to_be_visible(timeout=90_000)


def _write_and_submit(page: Page, code: str, greeting: str) -> None:
    page.locator(".ck-step-text textarea").first.fill(greeting)
    expect(page.locator(".ck-preview").first).to_contain_text(greeting)
    page.locator(".ck-code input").first.fill(code)
    page.locator(".ck-submit").first.click()
    expect(page.locator(".ck-submit-result").first).to_contain_text(f"Submitted as {code}",
                                                                    timeout=30_000)


def test_three_participants_submit_through_one_solara_server(page: Page, jlab: dict,
                                                             shot, tmp_path: Path) -> None:
    room = WorkshopFolder.create(tmp_path / "room", EXERCISE)
    outside: list[str] = []
    page.context.on("request", lambda r: outside.append(r.url)
                    if not r.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:",
                                             "blob:")) else None)
    with solara_app(room.path, tmp_path / "solara") as url:
        base = url.split("?")[0]
        # no token, a wrong token: no page, and no composer
        for address in (base, base + "?token=not-the-token"):
            response = page.goto(address)
            assert response is not None and response.status == 403
            assert "address your coach gave you" in page.locator("body").inner_text()
        # the address with the token opens the page and drops the token from the address
        _open(page, url)
        assert "token=" not in page.url
        expect(page.locator(".ck-workshop").first).to_contain_text(
            "Workshop: Thank-you after a panel interview")
        assert "not your name" in page.locator("body").inner_text()
        tabs = [page] + [page.context.new_page() for _ in PARTICIPANTS[1:]]
        for tab in tabs[1:]:
            _open(tab, base)  # the cookie from the first visit lets the room's tabs in
        for index, (tab, code) in enumerate(zip(tabs, PARTICIPANTS, strict=True)):
            tab.bring_to_front()
            _write_and_submit(tab, code, f"Dear Priya and Tomás, from participant {index},")
        shot("participant-submitted")
        for index, code in enumerate(PARTICIPANTS):
            files = sorted((room.path / "submissions" / code).glob("*.json"))
            assert [f.name for f in files] == [f"{code}-r0001.json"]
            saved = json.loads(files[0].read_text(encoding="utf-8"))
            assert saved["participant"] == code
            assert saved["body"].startswith(f"Dear Priya and Tomás, from participant {index},")

        board = page.context.new_page()
        open_and_run_all(board, jlab, _board_notebook(jlab, room.path))
        count = board.locator(".ck-board-count").first
        expect(count).to_contain_text(re.compile(r"\b3 participants have submitted"),
                                      timeout=90_000)
        # a fourth submission, from a tab already open, reaches the board by itself
        tabs[0].bring_to_front()
        _write_and_submit(tabs[0], "late-owl-4", "Dear Priya and Tomás, a late one,")
        board.bring_to_front()
        expect(count).to_contain_text(re.compile(r"\b4 participants have submitted"),
                                      timeout=20_000)
        board.screenshot(path=str(ROOT / "tests" / "artifacts" / "solara-board.png"),
                         full_page=True)
    assert outside == []
