"""Steps shared by the browser tests: open a notebook in JupyterLab and run it."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

IDLE = re.compile(r"\| Idle$")


def wait_for_idle_kernel(page: Page, timeout: float = 90_000) -> None:
    # the toolbar indicator says idle before a kernel exists; the status bar does not
    status = page.locator("span.jp-StatusBar-TextItem[title^='Change kernel']")
    expect(status).to_have_text(IDLE, timeout=timeout)


def run_menu(page: Page, menu: str, command: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
    page.locator(f".lm-Menu-item[data-command='{command}']").click()


def open_and_run_all(page: Page, jlab: dict, path: str) -> None:
    """Open a notebook (path relative to the server root), wait for its kernel, run all."""
    page.goto(f"{jlab['base']}/lab/tree/{path}?token={jlab['token']}")
    wait_for_idle_kernel(page)
    run_menu(page, "Run", "runmenu:run-all")


def restart_and_run_all(page: Page) -> None:
    """Restart the kernel (confirming the dialog) and run every cell again."""
    run_menu(page, "Kernel", "kernelmenu:restart")
    page.locator(".jp-Dialog .jp-mod-accept").click()
    wait_for_idle_kernel(page)
    run_menu(page, "Run", "runmenu:run-all")
