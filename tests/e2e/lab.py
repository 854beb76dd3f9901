"""Steps shared by the browser tests: open a notebook in JupyterLab and run it."""

from __future__ import annotations

import re
import secrets
import time

from playwright.sync_api import Locator, Page, expect

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


def number_in(locator: Locator) -> int:
    """The whole number an element shows, read from its DOM text. (``inner_text`` reads
    what is rendered, and JupyterLab skips rendering cells scrolled out of view, so it
    can return '' for a score that ``expect(...).to_have_text`` has just seen.)"""
    return int((locator.text_content() or "").strip())


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


# the JavaScript side of the checks below. A widget output (the one output with no mime
# type) has rendered when it shows a view or an error instead of "Loading widget..."
# (a model that never comes shows its error after a few seconds). textContent, not
# innerText: cells scrolled out of view are not laid out, and their innerText is empty
_WIDGETS_RENDERED = """() => [...document.querySelectorAll(
    '.jp-OutputArea-output:not([data-mime-type])')].every(n => n.childElementCount > 0
    || !['', 'Loading widget...'].includes(n.textContent.trim()))"""
_RUN_DONE = """([after, cells]) => {
    const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')]
        .map(n => /^\\[(\\d+)\\]:$/.exec(n.textContent.trim()));
    return prompts.length === cells && prompts.every(m => m && Number(m[1]) > after);
}"""
# what a person must never see under a cell: a widget that failed, a traceback, stderr
_BAD_OUTPUT = """() => [...document.querySelectorAll('.jp-OutputArea-output')].filter(n =>
    n.dataset.mimeType === 'application/vnd.jupyter.stderr'
    || /Error displaying widget|Traceback|There was an error when executing/
        .test(n.textContent)).map(n => (n.dataset.mimeType || 'widget') + ': '
                                   + n.textContent.trim().slice(0, 300))"""


def wait_for_run(page: Page, cells: int, after: int = 0, timeout: float = 120_000) -> None:
    """Wait until all ``cells`` code cells ran (execution counts above ``after``), the
    kernel is idle and every widget output has rendered."""
    page.wait_for_function(_RUN_DONE, arg=[after, cells], timeout=timeout)
    wait_for_idle_kernel(page)
    wait_for_widgets(page)


def wait_for_widgets(page: Page, settle_ms: int = 750) -> None:
    """Wait until every widget output shows a view or an error, then a moment more
    for the updates the kernel sends after the cell returned."""
    page.wait_for_function(_WIDGETS_RENDERED)
    page.wait_for_timeout(settle_ms)
    page.wait_for_function(_WIDGETS_RENDERED)


def bad_outputs(page: Page) -> list[str]:
    """Each output showing a widget error, a traceback or stderr, with its first words."""
    return page.evaluate(_BAD_OUTPUT)


# what scrolls inside the page: a notebook in JupyterLab, the cells on a Voilà page
_SCROLLERS = ".jp-WindowedPanel-outer, #rendered_cells"


def notebook_shot(page: Page, shot, name: str) -> None:
    """A screenshot of the whole notebook: the window grows to the notebook's height
    (JupyterLab and Voilà scroll it inside the page), then shrinks back."""
    size = page.viewport_size or {"width": 1280, "height": 1000}
    height = page.evaluate("""s => Math.max(0, ...[...document.querySelectorAll(s)]
        .map(n => n.scrollHeight))""", _SCROLLERS)
    page.set_viewport_size({"width": size["width"],
                            "height": min(max(size["height"], height + 200), 12_000)})
    page.evaluate("s => document.querySelectorAll(s).forEach(n => { n.scrollTop = 0; })",
                  _SCROLLERS)
    page.wait_for_timeout(500)
    shot(name)
    page.set_viewport_size(size)
