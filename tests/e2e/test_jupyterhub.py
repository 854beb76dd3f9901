"""A workshop on JupyterHub, as deploy/jupyterhub sets it up, in real browsers.

The coach and five participants sign up on the hub's own pages, each with an account
and password of their own (NativeAuthenticator); the coach, the hub's admin, authorizes
them. In the coach's own server, notebook 04 (with ``REHEARSAL = False``) sets up the
shared folder and shows the cohort board. Each participant logs in through the link
README.md gives the room, lands on the participants' page (notebook 05 served by Voilà)
in a server of their own, and submits; the coach's board counts all five without a
click, and `coachkit workshop status` on the shared folder lists them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hubserver import PAGE_PATH, Hub, jupyterhub, proxy_command, server_memory
from labserver import ROOT
from playwright.sync_api import Browser, Locator, Page, expect

from coachkit.workshop import WorkshopFolder, load_exercise

pytestmark = pytest.mark.slow
pytest.importorskip("jupyterhub", reason="JupyterHub is in the test extra ('make test')")
pytest.importorskip("nativeauthenticator", reason="in the test extra ('make test')")

EXERCISE = ROOT / "data" / "exercises" / "thank_you_panel.yml"
ARTIFACTS = ROOT / "tests" / "artifacts"
FACILITATOR = "04_workshop_facilitator.ipynb"
COACH = ("coach", "board-marker-42")
# hub accounts and the code each participant chooses on the page
PARTICIPANTS = [("ana", "ana-pass-2026", "blue-heron-7"),
                ("bo", "bo-pass-2026!", "green-fox-2"),
                ("chidi", "chidi-pass-2026", "red-kite-5"),
                ("dee", "dee-pass-2026", "grey-owl-9"),
                ("emre", "emre-pass-2026", "gold-wren-4")]


@pytest.fixture
def person(browser: Browser) -> Iterator[Callable[[], Page]]:
    """Make a page in a browser context of its own (one person's cookies); all closed after."""
    contexts = []

    def make() -> Page:
        context = browser.new_context(viewport={"width": 1280, "height": 1000})
        context.route("https://**/*", lambda route: route.abort())  # offline: fail fast
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(60_000)
        return page

    yield make
    for context in contexts:
        context.close()


def _sign_up(page: Page, hub: Hub, user: str, password: str, expected: str) -> None:
    page.goto(f"{hub.url}/hub/signup")
    page.locator("#username_input").fill(user)
    page.locator("#password_input").fill(password)
    page.locator("#password_confirmation_input").fill(password)
    page.locator("#signup_submit").click()
    expect(page.locator(".alert").first).to_contain_text(expected)


def _log_in(page: Page, user: str, password: str, *, wait: bool = True) -> None:
    page.locator("#username_input").fill(user)
    page.locator("#password_input").fill(password)
    page.locator("#login_submit").click(no_wait_after=not wait)


def _authorize(coach: Page, hub: Hub, user: str) -> None:
    coach.goto(f"{hub.url}/hub/authorize")
    row = coach.locator("tr", has_text=user)
    row.get_by_role("button", name="Authorize", exact=True).click()
    expect(coach.locator("tr", has_text=user).get_by_role(
        "button", name="Unauthorize", exact=True)).to_be_visible()


def _shot(page: Page, name: str, *, full_page: bool = True) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"jupyterhub-{name}.png"), full_page=full_page)


def _coach_board(coach: Page, hub: Hub) -> Locator:
    """Open notebook 04 in the coach's own server, as the coach edits it for the day
    (``REHEARSAL = False``: the real folder); the board's count."""
    source = ROOT / "notebooks" / FACILITATOR
    nb = json.loads(source.read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if c["cell_type"] == "code"
                and "\nREHEARSAL = True" in "\n" + "".join(c["source"]))
    cell["source"] = "".join(cell["source"]).replace("REHEARSAL = True", "REHEARSAL = False")
    edited = hub.dir / "home" / COACH[0] / "coachkit" / "notebooks" / FACILITATOR
    edited.parent.mkdir(parents=True)
    edited.write_text(json.dumps(nb), encoding="utf-8")
    coach.goto(f"{hub.url}/hub/user-redirect/voila/render/coachkit/notebooks/{FACILITATOR}")
    count = coach.locator(".ck-board-count-text").first
    expect(count).to_contain_text("0 participants have submitted", timeout=180_000)
    return count


def _submit_from_page(page: Page, user: str, code: str) -> None:
    workshop = page.locator(".ck-workshop").first
    expect(workshop).to_be_visible(timeout=180_000)
    assert f"/user/{user}/voila/render/" in page.url
    page.locator(".ck-step-text textarea").first.fill(f"Dear Priya and Tomás, from {code}")
    page.locator(".ck-code input").first.fill(code)
    page.locator(".ck-submit").first.click()
    expect(page.locator(".ck-submit-result").first).to_contain_text(
        f"Submitted as {code}", timeout=60_000)


def test_five_participants_log_in_submit_and_the_coach_sees_them(
        person: Callable[[], Page], tmp_path: Path) -> None:
    proxy = proxy_command()
    if proxy is None:
        pytest.skip("no configurable-http-proxy: 'make test' installs it from npm")
    started = time.monotonic()
    room = tmp_path / "workshop"  # the shared volume, empty until the coach sets it up
    room.mkdir()
    with jupyterhub(tmp_path / "hub", room, proxy) as hub:
        coach = person()
        _sign_up(coach, hub, *COACH, "signup was successful")  # the admin: at once
        pages = {user: person() for user, _, _ in PARTICIPANTS}
        for user, password, _ in PARTICIPANTS:
            _sign_up(pages[user], hub, user, password, "sent to the admin")

        # an account the coach has not authorized yet cannot log in, nor a wrong password
        ana, ana_password = PARTICIPANTS[0][:2]
        pages[ana].goto(f"{hub.url}/hub/login")
        _log_in(pages[ana], ana, ana_password)
        expect(pages[ana].locator(".login_error")).to_be_visible()

        coach.goto(f"{hub.url}/hub/login?next=/hub/authorize")  # no server of their own yet
        _log_in(coach, *COACH)
        for user, _, _ in PARTICIPANTS:
            _authorize(coach, hub, user)
        _shot(coach, "coach-authorized")
        board = _coach_board(coach, hub)
        assert WorkshopFolder(room).exercise().id == load_exercise(EXERCISE).id

        pages[ana].goto(f"{hub.url}/hub/login")
        _log_in(pages[ana], ana, "not-" + ana_password)
        expect(pages[ana].locator(".login_error")).to_be_visible()

        # everyone opens the room's link at once: the login form, then their own server
        for user, password, _ in PARTICIPANTS:
            pages[user].goto(f"{hub.url}/hub/user-redirect/{PAGE_PATH}")
            expect(pages[user].locator("#login_submit")).to_be_visible()
            _log_in(pages[user], user, password, wait=False)
        for user, _, code in PARTICIPANTS:
            _submit_from_page(pages[user], user, code)
        _shot(pages[ana], "participant-submitted")
        memory = server_memory(hub)

        # the coach's board counts them by itself; the status command lists them
        expect(board).to_contain_text("5 participants have submitted", timeout=60_000)
        board.scroll_into_view_if_needed()
        _shot(coach, "coach-board", full_page=False)
        status = subprocess.run(
            [sys.executable, "-m", "coachkit", "workshop", "status", str(room)],
            capture_output=True, text=True, timeout=120, check=True).stdout
        assert "5 participants, 5 submissions, 0 files skipped" in status, status
        for user, _, code in PARTICIPANTS:
            assert code in status
            saved = json.loads((room / "submissions" / code / f"{code}-r0001.json")
                               .read_text(encoding="utf-8"))
            assert saved["body"].startswith(f"Dear Priya and Tomás, from {code}")
            # the page ran in that participant's own server, in their own home
            assert list((hub.dir / "home" / user).rglob("workshop-drafts/*.sqlite")), user
    print(f"\nJupyterHub workshop test: {time.monotonic() - started:.0f} s; each server "
          "with its kernel: " + ", ".join(f"{u} {mb:.0f} MB" for u, mb in memory.items()))
