"""The coach's cohort board without a browser: workshop folders in tmp_path, submissions
written the way the workshop app writes them, assertions on the widgets' values."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coachkit.workshop import WorkshopFolder
from coachkit.workshop.demo import demo_drafts, submit_demo

pytest.importorskip("ipywidgets")

import ipywidgets as w

from coachkit.widgets import CohortBoard
from coachkit.widgets import cohort_board as board_module

ROOT = Path(__file__).resolve().parents[1]
EXERCISE = ROOT / "data" / "exercises" / "thank_you_panel.yml"
CLASSES = ("ck-board", "ck-board-header", "ck-board-count", "ck-board-progress",
           "ck-board-charts", "ck-board-moments", "ck-board-projector", "ck-board-pick",
           "ck-board-problems", "ck-board-refresh", "ck-board-status")


@pytest.fixture
def folder(tmp_path) -> WorkshopFolder:
    return WorkshopFolder.create(tmp_path / "workshop", EXERCISE)


def _board(folder, **kwargs) -> CohortBoard:
    kwargs.setdefault("refresh_every", None)
    kwargs.setdefault("workers", 1)
    return CohortBoard(folder, **kwargs)


def _submit(folder: WorkshopFolder, code: str, body: str, **kwargs):
    kwargs.setdefault("subject", "Thank you")
    return folder.submit(code, body=body, **kwargs)


def _widgets(root: w.Widget):
    yield root
    for child in getattr(root, "children", ()):
        yield from _widgets(child)


def _texts(board: CohortBoard) -> list[str]:
    """Every string a widget of the board sends to the browser."""
    out = []
    for widget in _widgets(board):
        value = getattr(widget, "value", None)
        if isinstance(value, str):
            out.append(value)
        out += [str(x) for x in getattr(widget, "_options_labels", ())]
        out += [str(x) for x in getattr(widget, "titles", ()) if x]
        for name in ("description", "tooltip", "placeholder"):
            if isinstance(getattr(widget, name, None), str):
                out.append(getattr(widget, name))
    return out


def _count(board: CohortBoard) -> tuple[int, int]:
    m = re.search(r"(\d+) participants? ha(?:ve|s) submitted · (\d+) submissions?",
                  board.count.value)
    assert m, board.count.value
    return int(m[1]), int(m[2])


def test_shows_the_exercise_and_every_part_has_its_class(folder):
    submit_demo(folder, 6, seed=1)
    board = _board(folder)
    assert "Thank-you after a panel interview" in board.header.value
    assert "20 minutes" in board.header.value and "Thank-you" in board.header.value
    assert _count(board)[0] == 6
    assert re.search(r"refreshed \d\d:\d\d:\d\d", board.count.value)
    classes = {c for widget in _widgets(board) for c in widget._dom_classes}
    assert set(CLASSES) <= classes
    assert isinstance(board.progress, w.IntProgress)
    assert board.progress_box.layout.display == "none"
    for image in board.images.values():
        assert bytes(image.value).startswith(b"\x89PNG")
    assert "ck-board-moments-table" in board.moments.value
    assert board.cohort is not None and board.cohort.participants == 6


def test_counts_follow_new_submissions_after_refresh(folder):
    board = _board(folder)
    assert _count(board) == (0, 0)
    assert "No drafts yet" in board.projector.value
    assert board.pick.disabled and board.next_button.disabled
    _submit(folder, "blue-heron", "Dear Priya,\n\nThank you.\n\nBest regards,\nAmara Lind\n")
    assert _count(board) == (0, 0)  # nothing read until the next refresh
    cohort = board.refresh()
    assert cohort is board.cohort and cohort.participants == 1
    assert _count(board) == (1, 1)
    _submit(folder, "blue-heron", "Dear Priya,\n\nThank you again.\n\nBest,\nAmara Lind\n")
    _submit(folder, "red-fox", "Dear Tomás,\n\nThanks.\n\nBest,\nJamal Haddad\n")
    board.refresh_button.click()
    assert _count(board) == (2, 3)
    assert "2 participants have submitted · 3 submissions" in board.count.value
    assert board.pick.options[1][0] == "Draft 2 of 2"


def test_the_projector_hides_names_and_e_mails(folder):
    submit_demo(folder, 24, seed=1)
    drafts = demo_drafts(folder.exercise(), 24, seed=1)
    board = _board(folder)
    people = {p for d in drafts for p in d["sender"].split()}
    people |= {p for name in folder.exercise().scenario.interviewers for p in name.split()}
    assert any("@" in d["body"] for d in drafts)
    for i in range(board.cohort.participants):
        entry = board.show(i)
        shown = board.projector.value
        assert f"Draft {i + 1} of 24" in shown
        assert entry.participant not in shown
        words = set(re.findall(r"[^\W\d_]+", shown))
        assert not words & people, (i, words & people)
        assert "@" not in shown and "example.com" not in shown
        assert "Harbourline" not in shown  # the company too
    assert all(not re.search(r"demo-\d", label) for label in board.pick._options_labels)


def test_show_codes_toggles_the_labels_and_keeps_the_draft_on_show(folder):
    submit_demo(folder, 5, seed=2)
    board = _board(folder)
    board.show(2)
    assert board.pick.label == "Draft 3 of 5"
    code = board.pick.value
    board.codes.value = True
    assert board.pick.label == f"Draft 3 of 5 · {code}"
    assert all(re.fullmatch(r"Draft \d of 5 · demo-\d\d", x) for x in board.pick._options_labels)
    assert code not in board.projector.value  # the projector never shows codes
    board.codes.value = False
    assert board.pick.label == "Draft 3 of 5" and board.pick.value == code


def test_previous_and_next_walk_through_the_drafts(folder):
    submit_demo(folder, 3, seed=4)
    board = _board(folder)
    assert board.pick.index == 0 and board.prev_button.disabled
    board.next_button.click()
    assert board.pick.index == 1 and "Draft 2 of 3" in board.projector.value
    board.next_button.click()
    assert board.next_button.disabled
    board.prev_button.click()
    assert "Draft 2 of 3" in board.projector.value
    board.pick.index = 0  # picked in the list
    assert "Draft 1 of 3" in board.projector.value
    assert board.show(99).participant == board.pick.options[-1][1]


def test_numbers_stay_put_as_the_room_grows(folder):
    _submit(folder, "zz-last", "Dear Priya,\n\nThank you.\n\nBest,\nAmara Lind\n")
    board = _board(folder)
    board.show(0)
    _submit(folder, "aa-first", "Dear Priya,\n\nThanks.\n\nBest,\nJamal Haddad\n")
    board.refresh()
    assert board.pick.value == "zz-last" and board.pick.label == "Draft 1 of 2"
    assert dict(board.pick.options)["Draft 2 of 2"] == "aa-first"


def test_problems_lists_skipped_files(folder):
    submit_demo(folder, 2, seed=1)
    junk = folder.path / "submissions" / "demo-01" / "notes.txt"
    junk.write_text("not a submission")
    broken = folder.path / "submissions" / "demo-02" / "demo-02-r0009.json"
    broken.write_text('{"format": "coachkit-workshop-submission", "bo')
    board = _board(folder)
    assert "2 files skipped" in board.count.value
    assert board.problems.titles[0] == "Problems: 2 files skipped"
    listed = board.problems_list.value
    assert "submissions/demo-01/notes.txt" in listed and "damaged or partial JSON" in listed
    assert board.cohort.participants == 2


def test_progress_reaches_its_end_while_scoring_a_large_room_then_hides(folder):
    submit_demo(folder, 64, seed=5)
    seen = []

    class Watch(CohortBoard):
        def _on_progress(self, done, total):
            super()._on_progress(done, total)
            seen.append((self.progress.value, self.progress.max,
                         self.progress_box.layout.display, self.progress_label.value))

    board = Watch(folder, refresh_every=None, workers=2)
    assert board.cohort.participants == 64
    assert seen and seen[-1][:2] == (64, 64)
    assert all(display is None for _, _, display, _ in seen)  # shown while scoring
    assert seen[-1][3] == "Scoring drafts: 64 of 64"
    assert [v for v, *_ in seen] == sorted(v for v, *_ in seen)
    assert board.progress_box.layout.display == "none"


def test_nothing_is_scored_or_drawn_again_when_nothing_changed(folder, monkeypatch):
    import coachkit.workshop.cohort as cohort_module
    import coachkit.workshop.plots as plots_module

    scored, drawn = [], []
    real_score, real_plot = cohort_module.score_submissions, plots_module.plot_overall
    monkeypatch.setattr(cohort_module, "score_submissions",
                        lambda subs, *a, **k: scored.append(len(subs)) or
                        real_score(subs, *a, **k))
    monkeypatch.setattr(plots_module, "plot_overall",
                        lambda cohort: drawn.append(1) or real_plot(cohort))
    submit_demo(folder, 4, seed=1)
    board = _board(folder)
    assert scored == [4] and len(drawn) == 1
    before = board.cohort
    for _ in range(3):
        assert board.refresh() is before
    assert scored == [4] and len(drawn) == 1
    assert "Up to date" in board.status.value
    board.refresh(force=True)  # the Refresh button: reads again, scores nothing known
    assert sum(scored) == 4 and len(drawn) == 1
    _submit(folder, "late-one", "Dear Priya,\n\nThank you.\n\nBest,\nAmara Lind\n")
    board.refresh()
    assert sum(scored) == 5 and len(drawn) == 2
    (folder.path / "submissions" / "stray.txt").write_text("x")
    board.refresh()  # a new problem, the same scores: no new charts
    assert sum(scored) == 5 and len(drawn) == 2
    assert "1 file skipped" in board.count.value


@pytest.mark.parametrize("make, expected", [
    (lambda tmp: tmp, "not a workshop folder"),
    (lambda tmp: tmp / "missing", "no such workshop folder"),
    (lambda tmp: (tmp / "exercise.yml").write_text("title: [oops\n") and tmp, "line"),
])
def test_a_folder_that_is_not_a_workshop_shows_a_message(tmp_path, make, expected):
    board = _board(make(tmp_path))
    assert board.cohort is None
    assert "ck-error" in board.status.value and expected in board.status.value
    assert "Traceback" not in "".join(_texts(board))
    assert "No drafts yet" in board.projector.value


def test_a_folder_that_breaks_later_keeps_the_last_view(folder):
    submit_demo(folder, 3, seed=1)
    board = _board(folder)
    (folder.path / "exercise.yml").unlink()
    assert board.refresh() is not None
    assert "not a workshop folder" in board.status.value
    assert _count(board)[0] == 3


def test_html_in_a_draft_is_escaped_everywhere(folder):
    evil = "<script>alert(1)</script>"
    body = (f"Dear Priya,\n\nThank you {evil} for the time. <img src=x onerror=alert(2)> "
            f"circle back circle back.\n\nBest regards,\n{evil}\n")
    _submit(folder, "evil-1", body, subject=f"Thanks {evil}", sender=evil,
            parts={"greeting": evil})
    _submit(folder, "evil-2", body, subject="Thanks", sender="Jamal Haddad")
    odd = folder.path / "submissions" / "<script>x"
    odd.mkdir()
    (odd / "<script>.json").write_text("{}")
    (folder.path / "submissions" / "<b>stray<").write_text("x")
    board = _board(folder)
    assert board.cohort.participants == 2
    for i in range(2):
        board.show(i)
        board.codes.value = bool(i)
        for text in _texts(board):
            assert "<script" not in text.lower() and "<img" not in text.lower(), text
            assert "<b>stray" not in text
    assert "&lt;script&gt;" in board.problems_list.value


def test_refresh_every_none_schedules_nothing(folder, monkeypatch):
    calls = []

    class Loop:
        def call_later(self, delay, callback, *args):
            calls.append((delay, callback, args))

    monkeypatch.setattr(board_module, "kernel_loop", lambda: Loop())
    _board(folder, refresh_every=None)
    assert calls == []


def test_in_a_kernel_the_board_looks_again_on_its_own(folder, monkeypatch):
    calls = []

    class Loop:
        def call_later(self, delay, callback, *args):
            calls.append((delay, callback, args))

    monkeypatch.setattr(board_module, "kernel_loop", lambda: Loop())
    board = _board(folder, refresh_every=5)
    assert [c[0] for c in calls] == [5]
    _submit(folder, "blue-heron", "Dear Priya,\n\nThank you.\n\nBest,\nAmara Lind\n")
    delay, tick, args = calls.pop()
    assert delay == 5
    tick(*args)
    assert _count(board) == (1, 1) and [c[0] for c in calls] == [5]

    def broken(*_a, **_k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(board.scorer, "cohort", broken)
    _submit(folder, "red-fox", "Dear Priya,\n\nThanks.\n\nBest,\nJamal Haddad\n")
    delay, tick, args = calls.pop()
    assert delay == 5
    tick(*args)  # never raises; the error is shown and the next look is booked
    assert "RuntimeError: disk on fire" in board.status.value
    assert "ck-error" in board.status.value and len(calls) == 1
    board.close()
    _delay, tick, args = calls.pop()
    tick(*args)
    assert calls == []  # a closed board stops looking


def test_outside_a_kernel_nothing_is_scheduled(folder):
    assert board_module.kernel_loop() is None
    board = _board(folder, refresh_every=0.01)
    assert board.refresh_every == board_module.MIN_INTERVAL
