"""HTML for the coach's board of a workshop: header, counts, teaching moments, problems.

Pure: values in, escaped HTML out, no widgets (the projector view of one draft is in
``coachkit.workshop.projector``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from coachkit.compose.render import esc, render_message
from coachkit.model import VERDICTS
from coachkit.render import VERDICT_TEXT
from coachkit.workshop.cohort import Cohort
from coachkit.workshop.exercise import Exercise
from coachkit.workshop.layout import Problem

__all__ = ["render_board_header", "render_board_placeholder", "render_count",
           "render_heading", "render_moments", "render_problems", "render_verdicts"]


def render_heading(text: str) -> str:
    """Render the heading of one section of the board."""
    return f'<h4 style="margin:.8em 0 .2em">{esc(text)}</h4>'


def render_board_header(exercise: Exercise) -> str:
    """Render the exercise's title, kind of message and minutes."""
    from coachkit.compose import guide_for

    return (f'<div class="ck-board-title" style="font-size:1.3em;font-weight:bold">'
            f'{esc(exercise.title)}</div>'
            f'<div class="ck-board-facts" style="color:#555">'
            f'{esc(guide_for(exercise.kind).label)} · {exercise.minutes} minutes</div>')


def render_board_placeholder() -> str:
    """Render the board's title while no exercise could be read."""
    return ('<div class="ck-board-title" style="font-size:1.3em;font-weight:bold">'
            'Workshop board</div>')


def render_count(cohort: Cohort, now: datetime) -> str:
    """Render who has submitted, how often, the files skipped and when it was read."""
    n, subs, bad = cohort.participants, cohort.submissions, len(cohort.problems)
    parts = [f"{n} participant{'s have' if n != 1 else ' has'} submitted",
             f"{subs} submission{'s' * (subs != 1)}"]
    if bad:
        parts.append(f"{bad} file{'s' * (bad != 1)} skipped")
    parts.append(f"refreshed {now:%H:%M:%S}")
    return (f'<div class="ck-board-count-text" style="font-size:1.1em">'
            f'{esc(" · ".join(parts))}</div>' + render_verdicts(cohort))


def render_verdicts(cohort: Cohort) -> str:
    """Render how many of the room's newest drafts are ready, to revise and to rewrite."""
    if not cohort.participants:
        return ""
    counts = Counter(e.report.verdict for e in cohort.entries)
    badges = []
    for verdict in VERDICTS:
        badge, _, colour = VERDICT_TEXT[verdict]
        badges.append(f'<span class="ck-board-verdict-{verdict}" style="margin-right:10px">'
                      f'<b style="color:{colour}">{counts[verdict]}</b> {esc(badge.lower())}'
                      "</span>")
    return f'<div class="ck-board-verdicts">Verdicts: {"".join(badges)}</div>'


def render_problems(problems: Sequence[Problem]) -> str:
    """Render the files of the folder that were skipped, and why."""
    if not problems:
        return '<p style="color:#555">Every file in the folder could be read.</p>'
    return '<ul class="ck-board-problem-list">' + "".join(
        f"<li><code>{esc(p.path)}</code>: {esc(p.message)}</li>" for p in problems) + "</ul>"


def render_moments(cohort: Cohort) -> str:
    """Render the teaching moments: what most of the room should fix, with an example."""
    if not cohort.participants:
        return render_message("No drafts yet.")
    table = cohort.teaching_moments()
    if table.empty:
        return render_message("Nothing to fix across the room: no check found anything.",
                              ok=True)
    n = cohort.participants
    rows = []
    for row in table.itertuples(index=False):
        example = f"“{esc(row.example)}”" if row.example else "—"
        rows.append(
            f'<tr data-rule="{esc(row.rule)}"><td><b>{esc(row.finding)}</b><br>'
            f'<small style="color:#555">{esc(row.category)}</small></td>'
            f'<td style="white-space:nowrap">{row.participants} of {n} '
            f'({row.share:.0%})</td><td>{example}</td>'
            f'<td style="color:#444">{esc(row.why)}</td></tr>')
    head = "".join(f'<th style="text-align:left;padding-right:12px">{h}</th>'
                   for h in ("Finding", "Participants", "Example wording", "Why it matters"))
    return (f'<table class="ck-board-moments-table" style="border-collapse:collapse">'
            f"<tr>{head}</tr>{''.join(rows)}</table>")
