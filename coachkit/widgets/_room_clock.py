"""The room clock: one thread that runs the periodic work of every page of a Solara server.

A Solara page's virtual kernel has no event loop of its own, so what a kernel would
schedule on its loop (saving what was typed, ticking a timer) is booked here instead.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["RoomClock", "room_clock"]

T = TypeVar("T")
_LOCK_WAIT = 0.2  # seconds a tick waits for a busy page before trying it on the next round


class RoomClock:
    """One thread that runs the periodic work of every page of a Solara server.

    A job runs inside its page's kernel context and holds that page's lock, as a
    message from the page would, so it never runs while the page handles one; a page
    whose kernel is closed, or a widget that is gone, drops its job. ``clock`` gives
    the time (tests pass a fake one and call ``run_due`` themselves).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._jobs: list[tuple[float, int, _Job]] = []
        self._order = itertools.count()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def every(self, owner: T, interval: Callable[[T], float | None],
              action: Callable[[T], None], context: Any = None) -> None:
        """Run ``action(owner)`` every ``interval(owner)`` seconds in ``context`` (by
        default the current virtual kernel's), first after one interval."""
        if context is None:
            from solara.server import kernel_context

            context = kernel_context.get_current_context()
        job = _Job(weakref.ref(owner), interval, action, context)
        delay = interval(owner)
        if delay:
            self._push(self.clock() + delay, job)

    def run_due(self) -> float | None:
        """Run the jobs that are due; the seconds until the next one (None: no job)."""
        while True:
            with self._lock:
                if not self._jobs:
                    return None
                due, _, job = self._jobs[0]
                wait = due - self.clock()
                if wait > 0:
                    return wait
                heapq.heappop(self._jobs)
            delay = job.run()
            if delay:
                self._push(self.clock() + delay, job)

    def _push(self, due: float, job: _Job) -> None:
        with self._lock:
            heapq.heappush(self._jobs, (due, next(self._order), job))
            if self._thread is None and self.clock is time.monotonic:
                self._thread = threading.Thread(target=self._run, name="coachkit-room-clock",
                                                daemon=True)
                self._thread.start()
        self._wake.set()

    def _run(self) -> None:
        while True:
            self._wake.clear()
            self._wake.wait(timeout=self.run_due())


class _Job:
    """One widget's periodic action, with the page it belongs to."""

    def __init__(self, ref: weakref.ReferenceType[Any], interval: Callable[[Any], float | None],
                 action: Callable[[Any], None], context: Any) -> None:
        self.ref, self.interval, self.action, self.context = ref, interval, action, context

    def run(self) -> float | None:
        """Run the action once; the seconds until the next run, None when done."""
        owner = self.ref()
        if owner is None or self.context.closed_event.is_set():
            return None
        if not self.context.lock.acquire(timeout=_LOCK_WAIT):
            return 0.05  # the page is busy with a message: try again in a moment
        try:
            if self.context.closed_event.is_set():
                return None
            with self.context, contextlib.suppress(Exception):  # a tick never stops the clock
                self.action(owner)
            return self.interval(owner)  # under the lock: the page's messages see it done
        finally:
            self.context.lock.release()


_ROOM_CLOCK: list[RoomClock] = []


def room_clock() -> RoomClock:
    """The server's one room clock (its thread starts with the first job)."""
    if not _ROOM_CLOCK:
        _ROOM_CLOCK.append(RoomClock())
    return _ROOM_CLOCK[0]
