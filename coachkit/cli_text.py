"""The terminal view of a report, shared by ``coachkit score`` and ``coachkit drafts score``."""

from __future__ import annotations

import bisect
import re

from coachkit.labels import CATEGORIES
from coachkit.model import Report
from coachkit.render import cap_sentence

__all__ = ["format_text"]


def format_text(report: Report, name: str | None = None) -> str:
    """A terminal view: score and verdict, categories, then findings by category with the
    line and a caret."""
    text = report.text
    cap = cap_sentence(report)
    lines = [f"== {name} ==" if name else "",
             f"Overall {report.overall}/100 - {report.verdict or 'no verdict'}"
             + (f" ({cap})" if cap else ""),
             "   ".join(f"{c} {'n/a' if report.categories[c] is None else report.categories[c]}"
                        for c in CATEGORIES)]
    s = report.stats
    lines.append(f"{s.words} words, {s.sentences} sentences, reading grade {s.reading_grade}, "
                 f"{s.questions} questions")
    if not report.findings:
        lines.append("No findings.")
    # the line breaks, found once (a 20 MB draft has many), and only when needed
    breaks = [m.start() for m in re.finditer("\n", text)] if report.findings else []
    for cat, items in report.by_category().items():
        if not items:
            continue
        lines.append("")
        lines.append(f"{cat.capitalize()} ({len(items)})")
        for f in items:
            before = bisect.bisect_left(breaks, f.start)  # line breaks before the finding
            line_no = before + 1
            line_start = breaks[before - 1] + 1 if before else 0
            line_end = breaks[before] if before < len(breaks) else len(text)
            col = f.start - line_start
            fix = f" -> {f.suggestion}" if f.suggestion else ""
            lines.append(f"  {line_no}:{col + 1} {f.severity} [{f.rule}] {f.message}{fix}")
            shown = text[line_start:line_end]
            if len(shown) > 160:  # keep long lines readable around the span
                left = max(0, col - 60)
                shown = ("…" if left else "") + shown[left:left + 150]
                col = col - left + (1 if left else 0)
            width = max(1, min(f.end, line_end) - f.start)
            lines.append("      " + shown.replace("\t", " "))
            lines.append("      " + " " * col + "^" * min(width, max(1, len(shown) - col)))
    return "\n".join(x for x in lines if x is not None) + "\n"
