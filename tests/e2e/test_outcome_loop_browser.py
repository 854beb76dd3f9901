"""The outcome loop in JupyterLab: a thank-you written in the composer (notebook 01) and
marked as sent joins a store of 25 applications; notebook 03 opens on the 26; a reply to
that follow-up logged in "Log what happened" changes the dashboard's answered count and
the "what works for me" panel; after a kernel restart and Run All the reply still counts.

The server is this module's own, so its COACHKIT_HOME (and the store in it) is not
shared with the other browser tests.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import nbformat
import pytest

pytest.importorskip("coachkit.applog")
pytest.importorskip("coachkit.outcomes.writing")

from composer_steps import mark_sent, write_thank_you
from lab import bad_outputs, open_and_run_all, run_menu, wait_for_idle_kernel, wait_for_run
from labserver import ROOT, lab_server
from playwright.sync_api import Page, expect

NOTEBOOK = "notebooks/03_my_outcomes.ipynb"
DECIDED, PENDING = 22, 3  # enough decided applications for the panel to speak
COMPANY = "Tailspin Toys"  # the company of the follow-up written in the composer


def _label(home: Path, app_id: str) -> str:
    """The log form's label of an application in the store under ``home``."""
    from coachkit.applog import ApplicationStore, applications_store_path
    from coachkit.widgets.log_event import application_label

    with ApplicationStore(applications_store_path(home), read_only=True) as store:
        return application_label(store.get(app_id))


def _fill_store(home: Path) -> None:
    """25 applications through the store's API, each with a thank-you: 11 answered,
    11 never answered, 3 still waiting."""
    from coachkit.applog import ApplicationStore, applications_store_path

    today = date.today()
    with ApplicationStore(applications_store_path(home)) as store:
        for i in range(DECIDED + PENDING):
            applied = today - timedelta(days=150 - 5 * i)
            interviewed = datetime.combine(applied + timedelta(days=7), time(14))
            app = store.add(f"Company {i + 1}", role="Data Analyst" if i % 3 else "Backend "
                            "Developer", applied_on=applied, interviewed_at=interviewed,
                            interviewers=("Dana Reyes",), channel="job board")
            store.record_follow_up(app.id, kind="thank_you",
                                   sent_at=interviewed + timedelta(hours=4 + 12 * (i % 4)),
                                   score=55 + (i * 7) % 45,
                                   verdict=("ready", "revise", "rewrite")[i % 3])
            if i < DECIDED and i % 2 == 0:
                store.log_event(app.id, "rejected", interviewed + timedelta(days=6))
            elif i < DECIDED:
                store.log_event(app.id, "no_response", interviewed + timedelta(days=30))


@pytest.fixture(scope="module")
def loop_lab(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("loop")
    home = tmp / "coachkit"  # the server's COACHKIT_HOME (labserver's isolated environment)
    home.mkdir(parents=True)
    _fill_store(home)
    with lab_server(tmp) as server:
        yield server


def _code_cells() -> int:
    nb = nbformat.read(ROOT / NOTEBOOK, as_version=4)
    return sum(cell.cell_type == "code" for cell in nb.cells)


def test_a_logged_reply_changes_the_dashboard_and_survives_a_restart(
        page: Page, loop_lab, shot) -> None:
    jlab = loop_lab
    write_thank_you(page, jlab, COMPANY)
    sent = _label(jlab["home"], mark_sent(page, COMPANY))
    shot("marked-sent")

    cells = _code_cells()
    open_and_run_all(page, jlab, NOTEBOOK)
    wait_for_run(page, cells)
    assert bad_outputs(page) == []
    counts = page.locator(".ck-dashboard .ck-store-counts").first
    expect(counts).to_contain_text("26 applications, 11 answered, 4 still waiting")
    expect(page.locator(".ck-dashboard .ck-empty")).to_be_hidden()
    headline = page.locator(".ck-dashboard .ck-headline").first
    expect(headline).to_contain_text("26 applications shown")
    panel = page.locator(".ck-what-works .ck-what-works-text").first
    expect(panel).not_to_be_empty()
    before = {"headline": headline.text_content(), "panel": panel.text_content()}
    expect(page.locator(".ck-waiting-row", has_text="Company 25").first).to_be_attached()
    shot("opened-on-store")

    form = page.locator(".ck-log-event").first
    form.locator(".ck-log-application select").select_option(label=sent)
    form.locator(".ck-log-kind button", has_text="rejected").click()
    form.locator(".ck-log-it").click()
    expect(form.locator(".ck-log-result")).to_contain_text(f"Logged: rejected for {COMPANY}")
    expect(counts).to_contain_text("26 applications, 12 answered, 3 still waiting")
    expect(headline).not_to_have_text(before["headline"])
    expect(panel).not_to_have_text(before["panel"])
    after = panel.text_content()
    assert bad_outputs(page) == []
    shot("reply-logged")

    run_menu(page, "Kernel", "kernelmenu:restart-and-clear")
    page.locator(".jp-Dialog .jp-mod-accept").click()
    wait_for_idle_kernel(page)
    expect(page.locator(".ck-store-counts")).to_have_count(0)  # the old outputs are gone
    run_menu(page, "Run", "runmenu:run-all")
    wait_for_run(page, cells)
    expect(counts).to_contain_text("26 applications, 12 answered, 3 still waiting")
    expect(panel).to_have_text(after)
    assert bad_outputs(page) == []
    shot("after-restart")
