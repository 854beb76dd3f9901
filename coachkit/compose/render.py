"""The HTML the composer and its workshop panel show, as pure functions.

Text in, HTML out: everything the user, the notes or an exercise supplies is escaped
with ``html.escape``, so a draft shows exactly what was typed and runs nothing.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import datetime

from coachkit.model import Finding

__all__ = [
    "render_brief",
    "render_clock",
    "render_example",
    "render_heading",
    "render_message",
    "render_missing",
    "render_notices",
    "render_saved",
    "render_step_findings",
    "render_step_guide",
    "render_timer",
    "render_too_long",
]

GREY = "#555"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def render_message(text: str, *, error: bool = False, ok: bool = False) -> str:
    """Render a status line: grey, green when something succeeded, red for a problem."""
    kind, colour = (("error", "#d93025") if error else ("ok", "#188038") if ok
                    else ("info", GREY))
    return f'<div class="ck-{kind}" style="color:{colour}">{_esc(text)}</div>'


def render_clock(send_by: str | None) -> str:
    """Render the send-by sentence; None when the exercise does not judge timing."""
    if send_by is None:
        return (f'<div class="ck-clock" style="color:{GREY}">When it is '
                "sent is not judged in this exercise.</div>")
    return f'<div class="ck-clock" style="font-weight:bold">{_esc(send_by)}</div>'


def render_notices(notices: Iterable[str]) -> str:
    """Render the session's notices (problems, a reopened draft), one line each."""
    return "".join(f'<div style="color:{GREY}">{_esc(n)}</div>' for n in notices)


def render_step_guide(index: int, total: int, title: str, *, optional: bool, why: str,
                      prompts: Iterable[str]) -> str:
    """Render the head of one step: its number and title, why it matters, its prompts."""
    items = "".join(f"<li>{_esc(p)}</li>" for p in prompts)
    return (f'<div class="ck-step-head"><b>Step {index + 1} of {total}: '
            f'{_esc(title)}</b>{" (optional)" if optional else ""}</div>'
            f'<div class="ck-why" style="color:#444;margin:4px 0">{_esc(why)}</div>'
            f'<ul class="ck-prompts" style="margin:4px 0">{items}</ul>')


def render_example(example: str) -> str:
    """Render one example opening on a single line (line breaks shown as ⏎)."""
    return f'<span class="ck-example">{_esc(example)}</span>'.replace("\n", " ⏎ ")


def render_missing(titles: Sequence[str]) -> str:
    """Render the required steps still to write (nothing when none are left)."""
    if not titles:
        return ""
    return (f'<div class="ck-missing" style="color:{GREY}">Still to write: '
            + ", ".join(_esc(t) for t in titles) + "</div>")


def render_heading(text: str, *, italic: bool = False) -> str:
    """Render a short label above a pane (bold, or italic for a quieter one)."""
    tag = "i" if italic else "b"
    return f"<{tag}>{_esc(text)}</{tag}>"


def render_step_findings(findings: Sequence[Finding]) -> str:
    """Render the findings inside the current step, each with its suggestion."""
    if not findings:
        return ""
    items = "".join(f"<li>“{_esc(f.text[:60])}”: {_esc(f.message)}"
                    + (f" → <b>{_esc(f.suggestion)}</b>" if f.suggestion else "") + "</li>"
                    for f in findings)
    return f'<div class="ck-step-findings-list"><b>In this part:</b><ul>{items}</ul></div>'


def render_too_long(limit: int) -> str:
    """Render why live scoring is paused for a draft longer than ``limit`` characters."""
    return render_message(
        f"This draft is over {limit:,} characters, far longer than a follow-up should be "
        "(75–200 words): live scoring is paused until it is shorter. It is still being "
        "saved.", error=True)


def render_saved(version: int, when: datetime) -> str:
    """Render the autosave status line after version ``version`` was kept."""
    return render_message(f"Saved {when:%H:%M:%S} · version {version}"
                          " · drafts are kept as you type")


def render_brief(title: str, brief: str, coach_rules: Sequence[str]) -> str:
    """Render a workshop exercise's title, brief and the coach's extra rules."""
    coach = (f'<div class="ck-coach-rules"><b>Your coach asks:</b> '
             f'{_esc("; ".join(coach_rules))}</div>' if coach_rules else "")
    return (f'<div><b style="font-size:1.1em">Workshop: {_esc(title)}</b></div>'
            f'<div class="ck-brief" style="margin:4px 0">{_esc(brief)}</div>{coach}')


def render_timer(minutes: int, used: float) -> str:
    """Render the time allowed and about how much is left after ``used`` minutes."""
    left = minutes - used
    text = (f"Time allowed: {minutes} minutes · about {max(1, round(left))} left" if left > 0
            else f"Time allowed: {minutes} minutes · time is up: submit what you have")
    return f'<div style="color:{GREY}">{_esc(text)}</div>'
