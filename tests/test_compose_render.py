"""The composer's HTML, rendered without widgets: what it says, and that it escapes."""

from __future__ import annotations

from datetime import datetime

import pytest

from coachkit.compose import render
from coachkit.model import Finding

HOSTILE = '<script>alert("x")</script> & <b>'


def _finding(text: str, suggestion: str | None = None) -> Finding:
    return Finding(rule="correctness.spelling", category="correctness", severity="error",
                   message="Misspelled", start=0, end=len(text), text=text,
                   suggestion=suggestion)


@pytest.mark.parametrize("html", [
    render.render_message(HOSTILE),
    render.render_clock(HOSTILE),
    render.render_notices([HOSTILE, "ok"]),
    render.render_step_guide(0, 3, HOSTILE, optional=True, why=HOSTILE, prompts=[HOSTILE]),
    render.render_example(HOSTILE),
    render.render_heading(HOSTILE),
    render.render_missing([HOSTILE]),
    render.render_step_findings([_finding(HOSTILE, HOSTILE)]),
    render.render_brief(HOSTILE, HOSTILE, [HOSTILE]),
])
def test_everything_supplied_is_escaped(html):
    assert "<script" not in html and "& <b>" not in html
    assert "&lt;script&gt;" in html and "&amp; &lt;b&gt;" in html


def test_messages_carry_their_kind():
    assert 'class="ck-error" style="color:#d93025"' in render.render_message("x", error=True)
    assert 'class="ck-ok"' in render.render_message("x", ok=True)
    assert 'class="ck-info"' in render.render_message("x")


def test_the_clock_says_when_timing_is_not_judged():
    assert "not judged" in render.render_clock(None)
    assert 'class="ck-clock" style="font-weight:bold">Send now' in render.render_clock("Send now")


def test_the_step_guide_numbers_the_step_and_lists_the_prompts():
    html = render.render_step_guide(1, 6, "Gratitude", optional=False, why="Because.",
                                    prompts=["What stood out?", "Who was there?"])
    assert "<b>Step 2 of 6: Gratitude</b></div>" in html
    assert html.count("<li>") == 2 and "Because." in html
    assert "(optional)" in render.render_step_guide(0, 1, "P.S.", optional=True, why="",
                                                    prompts=[])


def test_an_example_stays_on_one_line():
    assert render.render_example("Dear Dana,\nThanks") == \
        '<span class="ck-example">Dear Dana, ⏎ Thanks</span>'


def test_nothing_missing_and_no_findings_render_nothing():
    assert render.render_missing([]) == "" and render.render_step_findings([]) == ""
    assert "Still to write: Close, Fit" in render.render_missing(["Close", "Fit"])


def test_step_findings_quote_the_text_and_the_suggestion():
    html = render.render_step_findings([_finding("beleive", "believe"), _finding("x" * 80)])
    assert "<li>“beleive”: Misspelled → <b>believe</b></li>" in html
    assert "“" + "x" * 60 + "”" in html and "x" * 61 not in html


def test_saved_too_long_brief_and_timer():
    assert "Saved 19:05:09 · version 3" in render.render_saved(3, datetime(2026, 1, 1, 19, 5, 9))
    assert "over 20,000 characters" in render.render_too_long(20_000)
    assert "Your coach asks" not in render.render_brief("T", "B", [])
    assert "<b>Your coach asks:</b> a; b" in render.render_brief("T", "B", ["a", "b"])
    assert "about 20 left" in render.render_timer(20, 0)
    assert "about 1 left" in render.render_timer(20, 19.9)
    assert "time is up" in render.render_timer(20, 20)
