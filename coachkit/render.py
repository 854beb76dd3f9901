"""Pure HTML rendering of reports: strings in, escaped strings out, no widgets.

Everything the user wrote is passed through ``html.escape``, so a draft that
contains ``<script>`` or ``<img onerror=...>`` shows as text and runs nothing.
A base module like the model: ``Report._repr_html_`` calls it, so it reads the model's
types for annotations only and never imports the model (nor scoring) when it runs.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from coachkit.labels import CATEGORIES, category_label

if TYPE_CHECKING:
    from coachkit.model import Finding, Report

__all__ = ["VERDICT_TEXT", "cap_sentence", "highlight", "render_findings", "render_report",
           "render_scores", "render_verdict"]

_COLOURS = {"error": "#d93025", "warning": "#e8a317", "suggestion": "#1a73e8"}
# verdict -> (badge, what to do, badge colour)
VERDICT_TEXT: dict[str, tuple[str, str, str]] = {
    "ready": ("Ready to send", "Send it as it is, or polish the suggestions.", "#188038"),
    "revise": ("Revise", "Fix the findings below before sending.", "#b06000"),
    "rewrite": ("Rewrite", "Too much is wrong to send: rework it from your notes with the "
                "findings below.", "#d93025"),
}


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


class _Spans:
    """Disjoint spans kept in order, so a new one is checked against its two neighbours
    instead of every span taken so far (a long draft has thousands of findings)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> bool:
        """Add the span unless it overlaps one already taken; say whether it was added."""
        i = bisect.bisect_right(self.starts, start)
        if (i and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < end):
            return False
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True


def highlight(text: str, findings: Sequence[Finding]) -> str:
    """The text as HTML with each finding's span marked. Findings about the message as a
    whole (length, missing sign-off, timing) are left to the findings list. Where spans
    overlap the shorter one is marked (a misspelt word inside a long sentence)."""
    chosen: list[Finding] = []
    taken = _Spans()
    for f in sorted(findings, key=lambda f: (f.end - f.start, f.start)):
        if f.scope == "message":
            continue  # about the whole message: named in the findings list, not underlined
        if f.end <= f.start or not taken.add(f.start, f.end):
            continue
        chosen.append(f)
    out: list[str] = []
    pos = 0
    for f in sorted(chosen, key=lambda f: f.start):
        out.append(_esc(text[pos:f.start]))
        tip = f.message + (f" → {f.suggestion}" if f.suggestion else "")
        out.append(
            f'<mark class="ck-{f.severity}" data-rule="{_esc(f.rule)}" title="{_esc(tip)}" '
            f'style="background:none;border-bottom:2px solid {_COLOURS[f.severity]};'
            f'padding:0">{_esc(text[f.start:f.end])}</mark>'
        )
        pos = f.end
    out.append(_esc(text[pos:]))
    return ('<div class="ck-text" style="white-space:pre-wrap;font-family:inherit;'
            'line-height:1.5">' + "".join(out) + "</div>")


def cap_sentence(report: Report) -> str:
    """Why the score is held down, as "capped at 45 by: pushy phrasing" ("" when it is not)."""
    if not report.caps:
        return ""
    labels = ", ".join(c.label for c in report.caps)
    return f"capped at {report.caps[0].limit} by: {labels}"


def render_verdict(report: Report) -> str:
    """A coloured badge with the verdict, what to do, and the cap and its reason if any."""
    if report.verdict not in VERDICT_TEXT:
        return ""
    badge, advice, colour = VERDICT_TEXT[report.verdict]
    cap = ""
    if report.caps:
        reasons = " ".join(dict.fromkeys(c.reason for c in report.caps if c.reason))
        sentence = cap_sentence(report)
        cap = (f'<div class="ck-cap" style="color:{colour}">'
               f'{_esc(sentence[:1].upper() + sentence[1:])}'
               + (f'<br><small style="color:#555">{_esc(reasons)}</small>' if reasons else "")
               + "</div>")
    return (f'<div class="ck-verdict ck-verdict-{report.verdict}" style="margin:4px 0">'
            f'<span class="ck-verdict-badge" style="background:{colour};color:white;'
            f'border-radius:10px;padding:1px 10px;font-weight:bold">{badge}</span> '
            f'<span style="color:#444">{advice}</span>{cap}</div>')


def render_scores(report: Report) -> str:
    """The overall score, its verdict and one bar per category (n/a where not judged)."""
    rows = []
    for cat in CATEGORIES:
        value = report.categories.get(cat)
        if value is None:
            bar, label = "", "n/a"
        else:
            colour = "#188038" if value >= 80 else "#e8a317" if value >= 60 else "#d93025"
            bar = (f'<div style="background:{colour};width:{value}%;height:8px;'
                   'border-radius:4px"></div>')
            label = str(value)
        rows.append(
            f'<tr><td style="padding-right:8px">{category_label(cat)}</td>'
            f'<td style="width:160px;background:#eee;border-radius:4px">{bar}</td>'
            f'<td class="ck-cat-{cat}" style="padding-left:8px">{label}</td></tr>'
        )
    return (f'<div class="ck-scores"><div style="font-size:1.6em;font-weight:bold">'
            f'<span class="ck-overall">{report.overall}</span>/100</div>'
            f'{render_verdict(report)}'
            f'<table style="border-collapse:collapse">{"".join(rows)}</table></div>')


def render_findings(findings: Sequence[Finding]) -> str:
    """Findings grouped by category, each with its message, suggestion and reason."""
    if not findings:
        return '<p class="ck-findings">No findings: nothing to fix.</p>'
    parts = ['<div class="ck-findings">']
    for cat in CATEGORIES:
        items = [f for f in findings if f.category == cat]
        if not items:
            continue
        parts.append(f"<h4>{category_label(cat)} ({len(items)})</h4><ul>")
        for f in items:
            fix = f" → <b>{_esc(f.suggestion)}</b>" if f.suggestion else ""
            quoted = _esc(f.text if len(f.text) <= 80 else f.text[:77] + "…")
            why = f'<br><small style="color:#555">{_esc(f.why)}</small>' if f.why else ""
            parts.append(
                f'<li class="ck-finding ck-{f.severity}" data-rule="{_esc(f.rule)}">'
                f'<span style="color:{_COLOURS[f.severity]}">{f.severity}</span> '
                f'“{quoted}”: {_esc(f.message)}{fix}{why}</li>'
            )
        parts.append("</ul>")
    parts.append("</div>")
    return "".join(parts)


def render_report(report: Report) -> str:
    """A whole report: scores, the highlighted text and the findings."""
    s = report.stats
    stats = (f'<p class="ck-stats" style="color:#555">{s.words} words · {s.sentences} '
             f'sentences · reading grade {s.reading_grade} · {s.questions} questions</p>')
    return ('<div class="ck-report">' + render_scores(report) + stats
            + highlight(report.text, report.findings) + render_findings(report.findings)
            + "</div>")
