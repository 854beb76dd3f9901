"""After a logged reply the dashboard shows the counts and the headline first; the chart,
the waiting list, "what works" and the log form's options follow (in a kernel, once the
event is handled), and the result is the same as a dashboard opened afresh."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

pytest.importorskip("ipywidgets")

import ipywidgets as w
from loop_fakes import (
    AS_OF,
    fake_plot,
    fake_waiting_longer,
    fake_what_works,
    sample_store,
)

from coachkit.widgets import dashboard
from coachkit.widgets.dashboard import OutcomesDashboard


def _dash(store, **kwargs) -> OutcomesDashboard:
    return OutcomesDashboard(store=store, as_of=AS_OF, what_works=fake_what_works,
                             plot_what_works=fake_plot, waiting_longer=fake_waiting_longer,
                             composer=lambda notes: w.HTML(), **kwargs)


def _log(dash: OutcomesDashboard, app_id: str, kind: str) -> None:
    dash.log_form.application.value = app_id
    dash.log_form.kind.value = kind
    dash.log_form.on.value = date(2026, 11, 20)
    dash.log_form.log_button.click()


def _shown(dash: OutcomesDashboard) -> tuple:
    return (dash.counts.value, dash.headline.value, dash.what_works.text.value,
            [r.application_id for r in dash.waiting.rows], dash.images["delay"].value,
            dash.log_form.application.options)


def test_deferred_parts_follow_catch_up_and_match_a_fresh_dashboard():
    store = sample_store(25, pending=5)
    dash = _dash(store, defer=True)
    assert dash.counts.value and dash.headline.value and dash.figures
    assert not dash.log_form.application.options  # still to come
    dash.catch_up()
    assert len(dash.log_form.application.options) == 25
    panel, rows = dash.what_works.text.value, dash.waiting.rows
    _log(dash, rows[0].application_id, "answer")
    assert "11 answered" in dash.counts.value  # at once
    assert dash.what_works.text.value == panel and dash.waiting.rows == rows  # not yet
    dash.catch_up()
    assert _shown(dash) == _shown(_dash(store))


def test_without_a_running_loop_everything_is_shown_at_once():
    store = sample_store(25, pending=5)
    dash = _dash(store)
    _log(dash, dash.waiting.rows[0].application_id, "rejected")
    assert not dash._pending
    assert _shown(dash) == _shown(_dash(store))


def test_a_loop_that_is_not_a_kernels_holds_nothing_back():
    store = sample_store(25, pending=5)

    async def press() -> OutcomesDashboard:  # a loop such as a browser driver's
        dash = _dash(store)
        _log(dash, dash.waiting.rows[0].application_id, "rejected")
        return dash

    with ThreadPoolExecutor(1) as pool:
        dash = pool.submit(asyncio.run, press()).result()
    assert not dash._pending
    assert _shown(dash) == _shown(_dash(store))


def test_in_a_kernel_the_panels_follow_once_the_event_is_handled(monkeypatch):
    store = sample_store(25, pending=5)
    async def press() -> tuple[bool, OutcomesDashboard]:
        loop = asyncio.get_running_loop()  # it stands for a kernel's loop
        monkeypatch.setattr(dashboard, "kernel_loop", lambda: loop)
        dash = _dash(store)
        await asyncio.sleep(0)
        _log(dash, dash.waiting.rows[0].application_id, "offer")
        waiting = bool(dash._pending)
        await asyncio.sleep(0)
        return waiting, dash

    # in a thread of its own: after the browser tests, Playwright leaves a loop running in
    # the main thread, and asyncio.run refuses to start there
    with ThreadPoolExecutor(1) as pool:
        waiting, dash = pool.submit(asyncio.run, press()).result()
    monkeypatch.undo()  # the dashboard to compare with is opened outside a kernel
    assert waiting and not dash._pending
    assert _shown(dash) == _shown(_dash(store))


def test_the_log_form_resends_its_options_only_when_they_change():
    store = sample_store(25, pending=5)
    dash = _dash(store)
    sent = []
    dash.log_form.application.observe(lambda change: sent.append(change), names="options")
    first = dash.waiting.rows[0].application_id
    _log(dash, first, "answer")  # still waiting: the same label, the same place
    assert sent == []
    _log(dash, first, "rejected")  # no longer waiting: it moves after the waiting ones
    assert len(sent) == 1
    ids = [value for _label, value in dash.log_form.application.options]
    assert ids.index(first) >= 4
