"""The board's HTML without widgets: counts, problems, teaching moments, all escaped."""

from __future__ import annotations

from datetime import datetime

from workshop_helpers import body, make_folder, submit

from coachkit.workshop import Cohort
from coachkit.workshop.layout import Problem
from coachkit.workshop.render import (
    render_board_header,
    render_board_placeholder,
    render_count,
    render_heading,
    render_moments,
    render_problems,
)

NOW = datetime(2026, 3, 2, 14, 5, 9)


def test_headings_and_problems_are_escaped():
    assert render_heading("A & B") == '<h4 style="margin:.8em 0 .2em">A &amp; B</h4>'
    shown = render_problems([Problem("submissions/<b>x<", "not a <i>file</i>; skipped")])
    assert "<code>submissions/&lt;b&gt;x&lt;</code>: not a &lt;i&gt;file" in shown
    assert "Every file in the folder could be read." in render_problems([])
    assert "Workshop board" in render_board_placeholder()


def test_an_empty_room(tmp_path):
    folder = make_folder(tmp_path)
    cohort = Cohort.from_folder(folder, workers=1)
    assert "0 participants have submitted · 0 submissions · refreshed 14:05:09" in \
        render_count(cohort, NOW)
    assert "No drafts yet." in render_moments(cohort)
    header = render_board_header(folder.exercise())
    assert "ck-board-title" in header and f"{folder.exercise().minutes} minutes" in header


def test_a_room_with_drafts_gets_a_moments_table(tmp_path):
    folder = make_folder(tmp_path)
    for code in ("ab", "cd"):
        submit(folder, code, body("Just checking in, sorry to bother you again!!!"))
    cohort = Cohort.from_folder(folder, workers=1)
    assert "2 participants have submitted · 2 submissions" in render_count(cohort, NOW)
    shown = render_moments(cohort)
    assert shown.startswith('<table class="ck-board-moments-table"')
    assert "of 2 (" in shown and "<tr data-rule=" in shown
