"""The HTML of the composer's side panels, without widgets: escaped, and saying the same."""

from __future__ import annotations

from datetime import datetime

from coachkit.compose.render import render_message, render_notes_status, render_version
from coachkit.model import InterviewNotes

EVIL = "<script>alert('x')</script>"


def test_a_message_is_escaped_and_coloured_by_kind():
    assert render_message(EVIL) == (
        '<div class="ck-info" style="color:#555">&lt;script&gt;alert(&#x27;x&#x27;)'
        "&lt;/script&gt;</div>")
    assert 'class="ck-error"' in render_message("no", error=True)
    assert 'class="ck-ok"' in render_message("yes", ok=True)


def test_notes_status_lists_problems_first_then_what_is_missing():
    shown = render_notes_status(None, [EVIL, "field 'role': expected text"])
    assert "ck-notes-problems" in shown and "<script>" not in shown
    assert shown.count("<li>") == 2
    empty = render_notes_status(None, [])
    assert "ck-notes-hints" in empty and empty.count("<li>") == 5
    partial = render_notes_status(InterviewNotes(company="Northwind", role="Analyst"), [])
    assert "Add the company" not in partial and "Add the role" not in partial
    assert "Add the interviewers&#x27; names" in partial


def test_complete_notes_get_a_tick():
    notes = InterviewNotes(company="N", role="R", interviewers=("Dana",), topics=("SQL",),
                           interviewed_at=datetime(2026, 3, 2, 10))
    assert "✓ The notes have all the composer uses." in render_notes_status(notes, [])


def test_a_version_shows_its_subject_and_parts_escaped():
    shown = render_version({"subject": "Thanks & more",
                            "parts": {"open": " Dear Dana, ", "body": "", "close": EVIL}})
    assert shown.startswith('<div class="ck-version-text"')
    assert "Subject: Thanks &amp; more\n\nDear Dana,\n\n&lt;script&gt;" in shown
    assert render_version({}).endswith("padding:6px\"></div>")
