"""Call a widget's method every few seconds while it lives: on the running kernel's loop,
or, inside a Solara server's virtual kernels (which have no loop of their own), from one
thread shared by every page of the server.

Only a weak reference to the widget is kept, so a widget that is gone (or whose
interval became None) stops the ticking, and so does a page that is closed; outside
a kernel nothing is scheduled.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from coachkit.widgets._live import in_virtual_kernel, kernel_loop

__all__ = ["RoomClock", "room_clock", "tick_every"]

T = TypeVar("T")
LoopOf = Callable[[], "asyncio.AbstractEventLoop | None"]
_LOCK_WAIT = 0.2  # seconds a tick waits for a busy page before trying it on the next round


def tick_every(owner: T, interval: Callable[[T], float | None], action: Callable[[T], None],
               *, loop: LoopOf = kernel_loop, at_once: bool = False) -> None:
    """Run ``action(owner)`` every ``interval(owner)`` seconds (now too if ``at_once``).

    ``action`` and ``interval`` must not hold ``owner`` (pass ``Class.method``, not a
    bound method), or the widget would be kept alive by its own clock.
    """
    if loop() is None and in_virtual_kernel():
        if at_once:
            action(owner)
        room_clock().every(owner, interval, action)
        return
    ref = weakref.ref(owner)
    if at_once:
        _tick(ref, interval, action, loop)
    else:
        _book(ref, interval, action, loop)


def _book(ref: weakref.ReferenceType[T], interval: Callable[[T], float | None],
          action: Callable[[T], None], loop_of: LoopOf) -> None:
    owner, loop = ref(), loop_of()
    delay = interval(owner) if owner is not None else None
    if loop is None or not delay:
        return
    loop.call_later(delay, _tick, ref, interval, action, loop_of)


def _tick(ref: weakref.ReferenceType[T], interval: Callable[[T], float | None],
          action: Callable[[T], None], loop_of: LoopOf) -> None:
    owner = ref()
    if owner is None or loop_of() is None or not interval(owner):
        return
    action(owner)
    del owner  # the booked call must not keep the widget alive
    _book(ref, interval, action, loop_of)


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
