"""The HTML the composer, its workshop panel and its side panels show, as pure functions.

Text in, HTML out: everything the user, the notes or an exercise supplies is escaped
with ``html.escape``, so a draft shows exactly what was typed and runs nothing.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from coachkit.model import Finding, InterviewNotes

__all__ = [
    "NOTES_HINTS",
    "esc",
    "render_brief",
    "render_clock",
    "render_example",
    "render_heading",
    "render_message",
    "render_missing",
    "render_notes_status",
    "render_notices",
    "render_saved",
    "render_step_findings",
    "render_step_guide",
    "render_timer",
    "render_too_long",
    "render_version",
]

GREY = "#555"
# what each empty field of the notes costs the composer, in the order the form shows them
NOTES_HINTS = (
    ("company", "Add the company so the composer can name it."),
    ("role", "Add the role you interviewed for."),
    ("interviewers", "Add the interviewers' names so the composer can greet them."),
    ("interviewed_at", "Add the interview date and time to see when to send."),
    ("topics", "Add a topic you discussed: specific topics make the strongest notes."),
)


def esc(text: str) -> str:
    """Return text as HTML that shows exactly what was typed and runs nothing."""
    return html.escape(text, quote=True)


def render_message(text: str, *, error: bool = False, ok: bool = False) -> str:
    """Render a status line: grey, green when something succeeded, red for a problem."""
    kind, colour = (("error", "#d93025") if error else ("ok", "#188038") if ok
                    else ("info", GREY))
    return f'<div class="ck-{kind}" style="color:{colour}">{esc(text)}</div>'


def render_clock(send_by: str | None) -> str:
    """Render the send-by sentence; None when the exercise does not judge timing."""
    if send_by is None:
        return (f'<div class="ck-clock" style="color:{GREY}">When it is '
                "sent is not judged in this exercise.</div>")
    return f'<div class="ck-clock" style="font-weight:bold">{esc(send_by)}</div>'


def render_notices(notices: Iterable[str]) -> str:
    """Render the session's notices (problems, a reopened draft), one line each."""
    return "".join(f'<div style="color:{GREY}">{esc(n)}</div>' for n in notices)


def render_step_guide(index: int, total: int, title: str, *, optional: bool, why: str,
                      prompts: Iterable[str]) -> str:
    """Render the head of one step: its number and title, why it matters, its prompts."""
    items = "".join(f"<li>{esc(p)}</li>" for p in prompts)
    return (f'<div class="ck-step-head"><b>Step {index + 1} of {total}: '
            f'{esc(title)}</b>{" (optional)" if optional else ""}</div>'
            f'<div class="ck-why" style="color:#444;margin:4px 0">{esc(why)}</div>'
            f'<ul class="ck-prompts" style="margin:4px 0">{items}</ul>')


def render_example(example: str) -> str:
    """Render one example opening on a single line (line breaks shown as ⏎)."""
    return f'<span class="ck-example">{esc(example)}</span>'.replace("\n", " ⏎ ")


def render_missing(titles: Sequence[str]) -> str:
    """Render the required steps still to write (nothing when none are left)."""
    if not titles:
        return ""
    return (f'<div class="ck-missing" style="color:{GREY}">Still to write: '
            + ", ".join(esc(t) for t in titles) + "</div>")


def render_heading(text: str, *, italic: bool = False) -> str:
    """Render a short label above a pane (bold, or italic for a quieter one)."""
    tag = "i" if italic else "b"
    return f"<{tag}>{esc(text)}</{tag}>"


def render_step_findings(findings: Sequence[Finding]) -> str:
    """Render the findings inside the current step, each with its suggestion."""
    if not findings:
        return ""
    items = "".join(f"<li>“{esc(f.text[:60])}”: {esc(f.message)}"
                    + (f" → <b>{esc(f.suggestion)}</b>" if f.suggestion else "") + "</li>"
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
             f'{esc("; ".join(coach_rules))}</div>' if coach_rules else "")
    return (f'<div><b style="font-size:1.1em">Workshop: {esc(title)}</b></div>'
            f'<div class="ck-brief" style="margin:4px 0">{esc(brief)}</div>{coach}')


def render_timer(minutes: int, used: float) -> str:
    """Render the time allowed and about how much is left after ``used`` minutes."""
    left = minutes - used
    text = (f"Time allowed: {minutes} minutes · about {max(1, round(left))} left" if left > 0
            else f"Time allowed: {minutes} minutes · time is up: submit what you have")
    return f'<div style="color:{GREY}">{esc(text)}</div>'


def render_notes_status(notes: InterviewNotes | None, problems: Sequence[str]) -> str:
    """Render the notes form's check: its problems, else what is missing, else a tick."""
    if problems:
        items = "".join(f"<li>{esc(p)}</li>" for p in problems)
        return f'<div class="ck-notes-problems" style="color:#d93025"><ul>{items}</ul></div>'
    notes = notes or InterviewNotes()
    hints = [text for field, text in NOTES_HINTS if not getattr(notes, field)]
    if not hints:
        return '<span style="color:#188038">✓ The notes have all the composer uses.</span>'
    items = "".join(f"<li>{esc(h)}</li>" for h in hints)
    return f'<div class="ck-notes-hints" style="color:#555"><ul>{items}</ul></div>'


def render_version(content: Mapping[str, Any]) -> str:
    """Render one saved version of a draft (its subject and parts) as a scrolling box."""
    parts = content.get("parts") or {}
    text = "\n\n".join(str(t).strip() for t in parts.values() if str(t).strip())
    subject = str(content.get("subject") or "")
    head = f"Subject: {subject}\n\n" if subject else ""
    return ('<div class="ck-version-text" style="white-space:pre-wrap;max-height:220px;'
            f'overflow:auto;border:1px solid #ddd;padding:6px">{esc(head + text)}</div>')
