"""Run a callback soon after changes, at most once per interval, never losing the last one.

In a Jupyter kernel the widget callbacks run on the kernel's asyncio loop, so
the trailing call is scheduled there; the first change after a quiet spell runs
at once (so a single keystroke updates without waiting). Outside a kernel
(plain Python, tests) every change runs immediately. A Solara page's virtual
kernel has no loop of its own: there a ``lazy`` throttle hands its changes to the
server's one room clock (``coachkit.widgets._room_clock``), which runs the action at most
once per interval off the page's message thread, so a room typing at once neither
writes on every key nor makes a key wait behind a write.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import sys
import time
import weakref
from collections.abc import Callable

from coachkit.widgets._room_clock import room_clock

__all__ = ["Throttle", "in_virtual_kernel", "kernel_loop"]

_FLUSH_AT_EXIT: weakref.WeakSet[Throttle] = weakref.WeakSet()


class Throttle:
    """Call ``action`` after ``poke()``: at once if idle, else at the end of the interval."""

    def __init__(self, action: Callable[[], None], interval: float, *,
                 flush_at_exit: bool = False, lazy: bool = False) -> None:
        self.action = action
        self.interval = interval
        self.lazy = lazy
        self._last = -float("inf")
        self._handle: asyncio.TimerHandle | None = None
        self._dirty = False
        self._booked = False  # a lazy change waits on the room clock
        self._running = False  # the action is running (on the room clock's thread, say)
        if flush_at_exit:  # a kernel shut down mid-interval still runs the last call
            _FLUSH_AT_EXIT.add(self)

    @property
    def pending(self) -> bool:
        """Whether a change waits for the action or the action has not finished with it."""
        return self._dirty or self._running

    def poke(self) -> None:
        """Note a change; the action runs now or once the interval has passed."""
        self._dirty = True
        if self._handle is not None or self._booked:
            return
        wait = self._last + self.interval - time.monotonic()
        if wait <= 0:
            self.flush()
            return
        if self.lazy and in_virtual_kernel():
            self._booked = True
            room_clock().every(self, Throttle._next_lazy_run, Throttle.flush)
            return
        loop = kernel_loop()
        if loop is not None:
            self._handle = loop.call_later(wait, self.flush)
        else:
            self.flush()

    def flush(self) -> None:
        """Run the action now if a change is waiting."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if not self._dirty:
            return
        self._running = True
        self._dirty = False
        self._last = time.monotonic()
        try:
            self.action()
        finally:
            self._running = False

    def _next_lazy_run(self) -> float | None:
        """The room clock's wait before the next run: none once nothing is waiting."""
        self._booked = self._dirty
        return self.interval if self._dirty else None


def kernel_loop() -> asyncio.AbstractEventLoop | None:
    """The running loop of a Jupyter kernel, or None outside one (another library's
    loop, such as a browser driver's, must not hold back widget updates)."""
    if in_virtual_kernel():  # no loop of its own (and Solara's get_ipython is costly)
        return None
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    shell = get_ipython()
    if shell is None or getattr(shell, "kernel", None) is None:
        return None
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def in_virtual_kernel() -> bool:
    """True inside one of a Solara server's virtual kernels (a participant's page)."""
    context = sys.modules.get("solara.server.kernel_context")
    return bool(context is not None and context.has_current_context())


@atexit.register
def _flush_pending() -> None:
    for throttle in list(_FLUSH_AT_EXIT):
        with contextlib.suppress(Exception):
            throttle.flush()
