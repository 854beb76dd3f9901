"""The periodic tick: booked on the kernel loop, stopped when the widget is gone."""

from __future__ import annotations

import gc

from coachkit.widgets._tick import tick_every


class Loop:
    def __init__(self) -> None:
        self.calls: list[tuple[float, object, tuple]] = []

    def call_later(self, delay, callback, *args):
        self.calls.append((delay, callback, args))

    def run_next(self) -> None:
        _delay, callback, args = self.calls.pop(0)
        callback(*args)


class Owner:
    def __init__(self, every: float | None = 5.0) -> None:
        self.every = every
        self.ticks = 0

    def tick(self) -> None:
        self.ticks += 1


def _interval(owner: Owner) -> float | None:
    return owner.every


def test_it_ticks_every_interval_and_at_once_when_asked():
    loop = Loop()
    owner = Owner()
    tick_every(owner, _interval, Owner.tick, loop=lambda: loop, at_once=True)
    assert owner.ticks == 1 and [c[0] for c in loop.calls] == [5.0]
    loop.run_next()
    assert owner.ticks == 2 and len(loop.calls) == 1
    later = Owner(2.0)
    tick_every(later, _interval, Owner.tick, loop=lambda: loop)
    assert later.ticks == 0 and loop.calls[-1][0] == 2.0


def test_it_stops_when_the_interval_goes_or_the_owner_is_gone():
    loop = Loop()
    owner = Owner()
    tick_every(owner, _interval, Owner.tick, loop=lambda: loop)
    owner.every = None
    loop.run_next()
    assert owner.ticks == 0 and loop.calls == []
    gone = Owner()
    tick_every(gone, _interval, Owner.tick, loop=lambda: loop)
    del gone
    gc.collect()
    loop.run_next()  # the booked call did not keep it alive
    assert loop.calls == []


def test_outside_a_kernel_nothing_is_booked():
    owner = Owner()
    tick_every(owner, _interval, Owner.tick, loop=lambda: None, at_once=True)
    tick_every(owner, _interval, Owner.tick)
    assert owner.ticks == 0
