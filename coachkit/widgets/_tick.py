"""Call a widget's method every few seconds while it lives: on the running kernel's loop,
or, inside a Solara server's virtual kernels (which have no loop of their own), from one
thread shared by every page of the server (``coachkit.widgets._room_clock``).

Only a weak reference to the widget is kept, so a widget that is gone (or whose
interval became None) stops the ticking, and so does a page that is closed; outside
a kernel nothing is scheduled.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from typing import TypeVar

from coachkit.widgets._live import in_virtual_kernel, kernel_loop
from coachkit.widgets._room_clock import room_clock

__all__ = ["tick_every"]

T = TypeVar("T")
LoopOf = Callable[[], "asyncio.AbstractEventLoop | None"]


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
