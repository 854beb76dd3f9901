"""HTML for the composer's side panels: status lines, the notes form's checks and a saved
version of a draft. Pure: text in, escaped HTML out, no widgets."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from coachkit.model import InterviewNotes

__all__ = ["NOTES_HINTS", "esc", "render_message", "render_notes_status", "render_version"]

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
                    else ("info", "#555"))
    return f'<div class="ck-{kind}" style="color:{colour}">{esc(text)}</div>'


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
