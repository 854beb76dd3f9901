"""One JupyterLab server for the browser tests, driven by Debian's Chromium.

The server listens on 127.0.0.1 with a random port and token, keeps its config
and runtime files in a temporary folder, serves a copy of notebooks/ and data/,
and is stopped by its own process id when the session ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from labserver import CHROMIUM, CHROMIUM_ARGS, ROOT, lab_server

ARTIFACTS = ROOT / "tests" / "artifacts"

if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: 'make test' installs Debian's chromium",
                allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="playwright is installed by 'make test'")


@pytest.fixture(scope="session")
def jlab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    with lab_server(tmp_path_factory.mktemp("jlab")) as server:
        yield server


@pytest.fixture
def fresh_journal(jlab: dict[str, object]) -> None:
    """Start a test with no saved drafts, whichever test ran before it, so the composer
    opens on an empty draft (kernels of earlier tests may still hold the old file open;
    they keep writing to it, unseen)."""
    for journal in Path(str(jlab["home"])).glob("drafts.sqlite3*"):
        journal.unlink()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 1000})  # type: ignore[attr-defined]
    context.route("https://**/*", lambda route: route.abort())  # offline: fail fast
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


@pytest.fixture
def shot(page: object, request: pytest.FixtureRequest):
    """Save a screenshot under tests/artifacts/ (ignored by git) for a person to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(name: str) -> Path:
        path = ARTIFACTS / f"{request.node.name}-{name}.png"
        page.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
        return path

    return take
