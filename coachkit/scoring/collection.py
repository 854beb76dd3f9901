"""Building the rules and tables in one go, without the garbage collector meanwhile.

The first score reads the rules and builds the phrase book and word tables: several
hundred thousand small containers at once. The cyclic collector starts on allocation
counts, so while they are built it scans the growing heap again and again, and until
its next full collection it rescans them with every younger one (together a quarter of
the first score). Those tables live as long as the process: collection waits until the
builder returns, and the objects then move straight to the oldest generation
(``gc.freeze`` then ``gc.unfreeze``), as if they had survived the scans; any garbage
among them is reclaimed by the next full collection. A process that froze objects
itself (before forking workers) keeps them frozen: then nothing is moved.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

__all__ = ["collection_paused"]

P = ParamSpec("P")
T = TypeVar("T")


def collection_paused(fn: Callable[P, T]) -> Callable[P, T]:
    """Run ``fn`` with automatic garbage collection off, as it was before afterwards
    (a process that turned it off keeps it off)."""

    @functools.wraps(fn)
    def paused(*args: P.args, **kwargs: P.kwargs) -> T:
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if not gc.get_freeze_count():  # the process froze nothing of its own
                gc.freeze()  # every object moves to the oldest generation, unscanned
                gc.unfreeze()
            gc.enable()

    return paused
