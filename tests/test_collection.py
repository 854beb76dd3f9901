"""Table builders run without the garbage collector and leave what they built in the
oldest generation; a process's own choices (collection off, objects frozen) are kept."""

from __future__ import annotations

import gc

import pytest

from coachkit.scoring.collection import collection_paused


class Built:
    """A container the collector tracks."""


@collection_paused
def build(n: int) -> list[Built]:
    assert not gc.isenabled()
    return [Built() for _ in range(n)]


def _in_oldest(obj: object) -> bool:
    return any(o is obj for o in gc.get_objects(generation=2))


def test_collection_is_off_while_building_and_on_again_after():
    assert gc.isenabled()
    built = build(2_000)
    assert gc.isenabled()
    assert len(built) == 2_000
    # skipped the young generations: the next young collection does not rescan them
    assert _in_oldest(built) and _in_oldest(built[-1])


def test_collection_comes_back_after_an_error():
    @collection_paused
    def broken() -> None:
        raise ValueError("bad table")

    with pytest.raises(ValueError, match="bad table"):
        broken()
    assert gc.isenabled()


def test_a_process_that_turned_collection_off_keeps_it_off():
    gc.disable()
    try:
        built = build(10)
        assert not gc.isenabled()
        assert not _in_oldest(built)  # nothing moved either
    finally:
        gc.enable()


def test_objects_a_process_froze_stay_frozen():
    kept = [Built()]
    gc.freeze()
    try:
        built = build(10)
        # not the exact count: a thread of the test runner (pytest-xdist's channel) may
        # free frozen objects meanwhile; unfrozen, ``kept`` would be in the oldest one
        assert gc.get_freeze_count() > 0
        assert not _in_oldest(kept)  # still in the permanent generation
        assert not _in_oldest(built)
    finally:
        gc.unfreeze()
    assert gc.isenabled()
