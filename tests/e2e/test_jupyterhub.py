"""A workshop on JupyterHub, as deploy/jupyterhub sets it up, in real browsers.

The coach and five participants sign up on the hub's own pages, each with an account
and password of their own (NativeAuthenticator); the coach, the hub's admin, authorizes
them. In the coach's own server, notebook 04 (with ``REHEARSAL = False``) sets up the
shared folder and shows the cohort board. Each participant opens the link README.md
gives the room, the participants' page that the hub runs as a service (one Solara
process for everyone, ``coachkit workshop serve --hub-auth``): the page sends them to
the hub's login and back, and they submit under their account's name. The coach's board
counts all five without a click, and `coachkit workshop status` lists them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hubserver import PAGE_PATH, Hub, jupyterhub, proxy_command, service_memory
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
# hub accounts: the name is the participant's code on the page
PARTICIPANTS = [("ana", "ana-pass-2026"), ("bo", "bo-pass-2026!"),
                ("chidi", "chidi-pass-2026"), ("dee", "dee-pass-2026"),
                ("emre", "emre-pass-2026")]


LOCAL = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")
OUTSIDE: list[str] = []  # participants' requests for anything not on this machine


@pytest.fixture
def person(browser: Browser) -> Iterator[Callable[..., Page]]:
    """Make a page in a browser context of its own (one person's cookies); all closed after.
    ``watch``: note in OUTSIDE what it asks of other machines (the coach's Voilà board
    asks a CDN for MathJax and icons, which fails offline and is not the page's)."""
    contexts = []

    def make(watch: bool = False) -> Page:
        context = browser.new_context(viewport={"width": 1280, "height": 1000})
        context.route("https://**/*", lambda route: route.abort())  # offline: fail fast
        if watch:
            context.on("request", lambda r: None if r.url.startswith(LOCAL)
                       else OUTSIDE.append(r.url))
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


def _submit_from_page(page: Page, hub: Hub, user: str) -> None:
    workshop = page.locator(".ck-workshop").first
    expect(workshop).to_be_visible(timeout=180_000)  # five pages built one at a time
    assert page.url == f"{hub.url}{PAGE_PATH}", page.url
    code = page.locator(".ck-code input").first
    expect(code).to_have_value(user)  # the account is the code, and it stays so
    expect(code).to_be_disabled()
    greeting = f"Dear Priya and Tomás, from {user}"
    page.locator(".ck-step-text textarea").first.fill(greeting)
    expect(page.locator(".ck-preview").first).to_contain_text(greeting)
    page.locator(".ck-submit").first.click()
    expect(page.locator(".ck-submit-result").first).to_contain_text(
        f"Submitted as {user}", timeout=60_000)


def test_five_participants_log_in_submit_and_the_coach_sees_them(
        person: Callable[..., Page], tmp_path: Path) -> None:
    proxy = proxy_command()
    if proxy is None:
        pytest.skip("no configurable-http-proxy: 'make test' installs it from npm")
    started = time.monotonic()
    room = tmp_path / "workshop"  # the shared volume, empty until the coach sets it up
    room.mkdir()
    with jupyterhub(tmp_path / "hub", room, proxy) as hub:
        coach = person()
        _sign_up(coach, hub, *COACH, "signup was successful")  # the admin: at once
        pages = {user: person(watch=True) for user, _ in PARTICIPANTS}
        for user, password in PARTICIPANTS:
            _sign_up(pages[user], hub, user, password, "sent to the admin")

        # the page sends a visitor to the hub's login; an account the coach has not
        # authorized yet cannot log in there
        ana, ana_password = PARTICIPANTS[0]
        pages[ana].goto(f"{hub.url}{PAGE_PATH}")
        assert "/hub/login" in pages[ana].url, pages[ana].url
        _log_in(pages[ana], ana, ana_password)
        expect(pages[ana].locator(".login_error")).to_be_visible()

        coach.goto(f"{hub.url}/hub/login?next=/hub/authorize")  # no server of their own yet
        _log_in(coach, *COACH)
        for user, _ in PARTICIPANTS:
            _authorize(coach, hub, user)
        _shot(coach, "coach-authorized")
        board = _coach_board(coach, hub)
        assert WorkshopFolder(room).exercise().id == load_exercise(EXERCISE).id

        pages[ana].goto(f"{hub.url}/hub/login")
        _log_in(pages[ana], ana, "not-" + ana_password)
        expect(pages[ana].locator(".login_error")).to_be_visible()

        # everyone opens the room's link at once: the hub's login form, then the page
        for user, password in PARTICIPANTS:
            pages[user].goto(f"{hub.url}{PAGE_PATH}")
            expect(pages[user].locator("#login_submit")).to_be_visible()
            _log_in(pages[user], user, password, wait=False)
        for user, _ in PARTICIPANTS:
            _submit_from_page(pages[user], hub, user)
        _shot(pages[ana], "participant-submitted")
        assert OUTSIDE == []  # the page's scripts and styles all came from the service
        memory = service_memory(hub)

        # the coach's board counts them by itself; the status command lists them
        expect(board).to_contain_text("5 participants have submitted", timeout=60_000)
        board.scroll_into_view_if_needed()
        _shot(coach, "coach-board", full_page=False)
        status = subprocess.run(
            [sys.executable, "-m", "coachkit", "workshop", "status", str(room)],
            capture_output=True, text=True, timeout=120, check=True).stdout
        assert "5 participants, 5 submissions, 0 files skipped" in status, status
        for user, _ in PARTICIPANTS:
            assert user in status
            saved = json.loads((room / "submissions" / user / f"{user}-r0001.json")
                               .read_text(encoding="utf-8"))
            assert saved["participant"] == user
            assert saved["body"].startswith(f"Dear Priya and Tomás, from {user}")
            # one page for the room: no participant got a server of their own
            assert not (hub.dir / "home" / user).exists(), user
    print(f"\nJupyterHub workshop test: {time.monotonic() - started:.0f} s; the page "
          f"for the room (one process): {memory:.0f} MB")
