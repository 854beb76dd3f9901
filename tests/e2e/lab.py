"""Steps shared by the browser tests: open a notebook in JupyterLab and run it."""

from __future__ import annotations

import re
import secrets
import time

from playwright.sync_api import Page, expect

IDLE = re.compile(r"\| Idle$")


def wait_for_idle_kernel(page: Page, timeout: float = 90_000) -> None:
    """Wait until the notebook's kernel is idle, accepting a 'Select Kernel' dialog
    (JupyterLab can show one when the machine is slow to start the kernel)."""
    # the toolbar indicator says idle before a kernel exists; the status bar does not
    status = page.locator("span.jp-StatusBar-TextItem[title^='Change kernel']")
    dialog = page.locator(".jp-Dialog .jp-mod-accept")
    deadline = time.monotonic() + timeout / 1000
    while time.monotonic() < deadline:
        if dialog.count() and dialog.first.is_visible():
            dialog.first.click()
        if status.count() and IDLE.search(status.first.inner_text() or ""):
            return
        page.wait_for_timeout(250)
    expect(status).to_have_text(IDLE, timeout=1)


def run_menu(page: Page, menu: str, command: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
    page.locator(f".lm-Menu-item[data-command='{command}']").click()


def open_and_run_all(page: Page, jlab: dict, path: str) -> None:
    """Open a notebook (path relative to the server root), wait for its kernel, run all."""
    # a workspace of its own, reset, so no notebook from an earlier test is restored
    # beside this one (Run All acts on whichever notebook is active)
    workspace = f"t{secrets.token_hex(4)}"
    page.goto(f"{jlab['base']}/lab/workspaces/{workspace}/tree/{path}"
              f"?reset&token={jlab['token']}")
    wait_for_idle_kernel(page)
    run_menu(page, "Run", "runmenu:run-all")


def restart_and_run_all(page: Page) -> None:
    """Restart the kernel (confirming the dialog) and run every cell again."""
    run_menu(page, "Kernel", "kernelmenu:restart")
    page.locator(".jp-Dialog .jp-mod-accept").click()
    wait_for_idle_kernel(page)
    run_menu(page, "Run", "runmenu:run-all")
