"""The throttle behind live scoring and saving: immediate when idle, trailing call kept."""

from __future__ import annotations

import asyncio

import pytest

from coachkit.widgets import _live
from coachkit.widgets._live import Throttle


def _run(coro):
    """asyncio.run in a thread of its own: the browser tests keep a loop running in this
    thread for the whole session, and asyncio.run refuses to nest."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def test_outside_a_kernel_every_change_runs_at_once():
    calls = []
    throttle = Throttle(lambda: calls.append(1), interval=10)
    for _ in range(3):
        throttle.poke()
    assert calls == [1, 1, 1] and not throttle.pending


def test_a_foreign_running_loop_does_not_delay_updates():
    calls = []

    async def main():
        throttle = Throttle(lambda: calls.append(1), interval=10)
        throttle.poke()
        throttle.poke()

    _run(main())
    assert calls == [1, 1]


def test_in_a_kernel_changes_within_the_interval_are_coalesced(monkeypatch):
    calls = []

    async def main():
        monkeypatch.setattr(_live, "kernel_loop", asyncio.get_running_loop)
        throttle = Throttle(lambda: calls.append(len(calls)), interval=0.05)
        throttle.poke()  # idle: runs at once
        assert calls == [0]
        for _ in range(5):
            throttle.poke()  # within the interval: one trailing call
        assert calls == [0] and throttle.pending
        await asyncio.sleep(0.12)
        assert calls == [0, 1] and not throttle.pending

    _run(main())


def test_pending_calls_run_at_exit(monkeypatch):
    calls = []

    async def main():
        monkeypatch.setattr(_live, "kernel_loop", asyncio.get_running_loop)
        throttle = Throttle(lambda: calls.append(1), interval=60, flush_at_exit=True)
        throttle.poke()
        throttle.poke()
        return throttle

    throttle = _run(main())
    assert calls == [1] and throttle.pending
    _live._flush_pending()
    assert calls == [1, 1]


@pytest.mark.parametrize("interval", [0.0, 0.01])
def test_flush_without_changes_does_nothing(interval):
    calls = []
    Throttle(lambda: calls.append(1), interval).flush()
    assert calls == []
