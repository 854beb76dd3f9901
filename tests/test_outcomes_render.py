"""The dashboard's HTML fragments, without widgets: data in, escaped HTML out."""

from __future__ import annotations

from dataclasses import dataclass

from coachkit.outcomes.render import (
    render_error,
    render_headline,
    render_loaded,
    render_sentence,
)
from coachkit.problem import Problem


@dataclass(frozen=True)
class _Log:
    source: str
    extra_columns: tuple[str, ...]
    warnings: tuple[Problem, ...]
    n: int = 3

    def __len__(self) -> int:
        return self.n


def test_render_error_heads_the_first_line_and_lists_the_rest_escaped():
    html = render_error("log.csv: 2 problems to fix\n  row 2: <b>bad</b>\n  row 3: x & y")
    assert html.startswith('<div class="ck-load-error"')
    assert "<b>log.csv: 2 problems to fix</b>" in html
    assert "<li>row 2: &lt;b&gt;bad&lt;/b&gt;</li><li>row 3: x &amp; y</li>" in html
    assert "<ul>" not in render_error("only a heading")
    assert "Could not load the file" in render_error("")


def test_render_loaded_names_the_source_the_extras_and_the_warnings():
    warning = Problem("warning", "future_date", "2030-01-01 is <soon>", row=4, column="Date")
    html = render_loaded(_Log("my <log>.csv", ("Notes 2",), (warning,)))
    assert "<b>my &lt;log&gt;.csv</b>: 3 applications." in html
    assert "Kept as extra columns: Notes 2." in html
    assert "<li>row 4, column &#x27;Date&#x27;: 2030-01-01 is &lt;soon&gt;</li>" in html
    assert html.endswith("</div>")


def test_render_loaded_counts_the_warnings_past_the_limit():
    warnings = tuple(Problem("warning", "w", f"w{i}") for i in range(5))
    html = render_loaded(_Log("a.csv", (), warnings), limit=2)
    assert html.count("<li>") == 3 and "<li>… and 3 more</li>" in html
    assert "ck-warnings" not in render_loaded(_Log("a.csv", (), ()))


def test_render_sentence_and_headline_escape_the_text():
    assert render_sentence("a < b") == ('<p class="ck-summary" style="margin:4px 0 12px">'
                                        "a &lt; b</p>")
    assert render_headline(12, "Most got an answer & fast.") == (
        '<p class="ck-headline-text" style="margin:4px 0 12px">12 applications shown. '
        "Most got an answer &amp; fast.</p>")
