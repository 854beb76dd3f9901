"""The room clock: the periodic work of every page of a Solara server, from one thread."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from coachkit.widgets._room_clock import RoomClock, room_clock
from coachkit.widgets.workshop_panel import TIMER_TICK, WorkshopPanel
from coachkit.workshop import WorkshopFolder
from coachkit.workshop.folder import ENV_FOLDER
from coachkit.workshop.session import WorkshopSession

EXERCISE = Path(__file__).resolve().parents[1] / "data" / "exercises" / "thank_you_panel.yml"


class FakeContext:
    """What a job needs of a virtual kernel's context: its lock, its closing, entering it."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.closed_event = threading.Event()
        self.entered = 0

    def __enter__(self) -> None:
        self.entered += 1

    def __exit__(self, *_: object) -> None:
        return None


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def panel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[WorkshopPanel, FakeClock]:
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "home"))
    room = WorkshopFolder.create(tmp_path / "room", EXERCISE)
    clock = FakeClock()
    return WorkshopPanel(WorkshopSession(room, journal=False), clock=clock), clock


def test_the_time_left_ticks_down_on_the_room_clock(panel: tuple[WorkshopPanel, FakeClock]
                                                    ) -> None:
    widget, clock = panel
    rooms, context = RoomClock(clock=clock), FakeContext()
    rooms.every(widget, lambda _: TIMER_TICK, WorkshopPanel.refresh_timer, context=context)
    assert "about 20 left" in widget.timer.value
    assert rooms.run_due() == pytest.approx(TIMER_TICK)  # nothing due yet
    clock.now += 5 * 60
    assert "about 20 left" in widget.timer.value  # the label waits for its tick
    assert rooms.run_due() == pytest.approx(TIMER_TICK)
    assert "about 15 left" in widget.timer.value and context.entered == 1
    clock.now += 16 * 60
    rooms.run_due()
    assert "time is up" in widget.timer.value


def test_a_closed_page_or_a_gone_widget_leaves_the_room_clock(
        panel: tuple[WorkshopPanel, FakeClock]) -> None:
    widget, clock = panel
    rooms, context = RoomClock(clock=clock), FakeContext()
    rooms.every(widget, lambda _: TIMER_TICK, WorkshopPanel.refresh_timer, context=context)
    context.closed_event.set()
    clock.now += 60
    assert rooms.run_due() is None and context.entered == 0

    class Owner:
        ticks = 0

    owner = Owner()
    rooms.every(owner, lambda _: 1.0, lambda o: setattr(o, "ticks", o.ticks + 1),
                context=FakeContext())
    clock.now += 1
    rooms.run_due()
    assert owner.ticks == 1
    del owner
    clock.now += 1
    assert rooms.run_due() is None


def test_a_busy_page_is_tried_again_in_a_moment(panel: tuple[WorkshopPanel, FakeClock]) -> None:
    widget, clock = panel
    rooms, context = RoomClock(clock=clock), FakeContext()
    rooms.every(widget, lambda _: TIMER_TICK, WorkshopPanel.refresh_timer, context=context)
    clock.now += 5 * 60
    held = threading.Event()
    release = threading.Event()

    def handle_a_message() -> None:
        with context.lock:
            held.set()
            release.wait(5)

    thread = threading.Thread(target=handle_a_message)
    thread.start()
    held.wait(5)
    assert rooms.run_due() == pytest.approx(0.05)  # skipped, not waited for
    release.set()
    thread.join()
    assert "about 20 left" in widget.timer.value
    clock.now += 1
    rooms.run_due()
    assert "about 15 left" in widget.timer.value


def test_a_solara_page_ticks_and_saves_on_the_shared_room_clock(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    solara = pytest.importorskip("solara")
    from solara.server import kernel_context

    from coachkit.widgets import workshop_page

    room = WorkshopFolder.create(tmp_path / "room", EXERCISE)
    built: list[Any] = []
    real = workshop_page.participant_page
    monkeypatch.setattr(workshop_page, "participant_page",
                        lambda: built.append(real()) or built[-1])
    monkeypatch.setenv(ENV_FOLDER, str(room.path))
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "home"))
    context = kernel_context.create_dummy_context()
    with context:
        _, rc = solara.render(workshop_page.Page(), handle_error=False)
        composer = built[0].children[1]
        owners = [job.ref() for _, _, job in room_clock()._jobs]
        assert composer.workshop_panel in owners and composer in owners
        editor = composer.editors["greeting"]
        editor.value = "Dear Priya,"
        editor.value = "Dear Priya and Tomás,"  # within the interval: for the room clock
        journal, draft = composer.session.journal, composer.session.draft_id
    deadline = time.monotonic() + 10
    while composer._save_throttle.pending and time.monotonic() < deadline:
        time.sleep(0.05)
    assert journal.latest(draft).content["preview"] == "Dear Priya and Tomás,"
    with context:
        rc.close()
