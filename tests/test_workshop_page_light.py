"""The participants' page stays light for a room's server: few widgets and messages per
page opened, and pages opening at once leave time to those already typing."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path

import ipywidgets as w
import pytest
from ipywidgets.widgets.widget import _instances

from coachkit.widgets._parts import Parts
from coachkit.workshop import WorkshopFolder
from coachkit.workshop.folder import ENV_FOLDER

ROOT = Path(__file__).resolve().parents[1]
EXERCISE = ROOT / "data" / "exercises" / "thank_you_panel.yml"
MAX_WIDGETS = 70  # a page had 126 (Layouts and styles included) before they were shared


@pytest.fixture
def room(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> WorkshopFolder:
    folder = WorkshopFolder.create(tmp_path / "room", EXERCISE)
    monkeypatch.setenv(ENV_FOLDER, str(folder.path))
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "home"))
    return folder


def test_shared_parts_give_one_layout_and_style_per_kind_and_the_classes_at_once() -> None:
    parts = Parts(shared=True)
    first, second = parts.html("a", "ck-a"), parts.html("b", "ck-b", "ck-c")
    assert first._dom_classes == ("ck-a",) and second._dom_classes == ("ck-b", "ck-c")
    assert first.layout is second.layout and first.style is second.style
    button = parts.make(w.Button, layout={"width": "auto"}, description="Go")
    assert button.layout is parts.layout(width="auto") is not first.layout
    assert parts.make(w.Text, style={"description_width": "initial"}).style is not \
        parts.make(w.Text).style


def test_plain_parts_give_every_widget_its_own_layout_and_style() -> None:
    parts = Parts()
    first, second = parts.html("a"), parts.html("b")
    assert first.layout is not second.layout and first.style is not second.style
    sized = parts.make(w.Button, layout={"width": "auto"}, style={"font_weight": "bold"})
    assert sized.layout.width == "auto" and sized.style.font_weight == "bold"


def test_a_participants_page_opens_with_few_widgets(room: WorkshopFolder) -> None:
    pytest.importorskip("solara")
    from coachkit.widgets.workshop_page import participant_page

    before = set(_instances)
    page = participant_page()
    made = [_instances[key] for key in set(_instances) - before]
    assert len(made) <= MAX_WIDGETS
    composer = page.children[1]
    # the one box a page hides has a layout of its own: hiding it hides nothing else
    hidden = [x for x in made if isinstance(x, w.DOMWidget) and x.layout.display == "none"]
    assert hidden == [composer.export_box]


def test_the_full_composer_keeps_a_layout_per_widget(room: WorkshopFolder) -> None:
    from coachkit.widgets import FollowUpComposer

    composer = FollowUpComposer(workshop=room.path, journal=False)
    assert composer.sender.layout is not composer.kind.layout
    assert composer.export_box.layout.display == "none"
    assert composer.status.layout.display is None


def test_pages_built_back_to_back_leave_the_processor_between_builds() -> None:
    from coachkit.widgets import workshop_page

    spans: list[tuple[float, float]] = []

    def slow_page() -> w.VBox:
        start = time.monotonic()
        time.sleep(0.2)
        spans.append((start, time.monotonic()))
        return w.VBox()

    builds = workshop_page._PageBuilds()
    threads = [threading.Thread(target=builds.build, args=(slow_page,)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    spans.sort()
    for (start, end), (next_start, _) in itertools.pairwise(spans):
        assert next_start - end >= (end - start) * 0.95  # one at a time, with a pause
    time.sleep(0.5)
    asked = time.monotonic()
    builds.build(slow_page)  # after a quiet spell a page is built at once
    assert spans[-1][0] - asked < 0.15


def test_a_slow_build_holds_up_the_next_page_at_most_max_pause(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from coachkit.widgets import workshop_page

    monkeypatch.setattr(workshop_page, "MAX_PAUSE", 0.1)
    builds = workshop_page._PageBuilds()
    builds.build(lambda: time.sleep(0.4))  # a build waiting on a busy file
    asked = time.monotonic()
    builds.build(lambda: None)
    assert time.monotonic() - asked < 0.3
