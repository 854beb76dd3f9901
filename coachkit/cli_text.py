"""The terminal view of a report, shared by ``coachkit score`` and ``coachkit drafts score``."""

from __future__ import annotations

from coachkit.labels import CATEGORIES
from coachkit.model import Report

__all__ = ["format_text"]


def format_text(report: Report, name: str | None = None) -> str:
    """A terminal view: scores, then findings by category with the line and a caret."""
    text = report.text
    lines = [f"== {name} ==" if name else "", f"Overall {report.overall}/100   " + "   ".join(
        f"{c} {'n/a' if report.categories[c] is None else report.categories[c]}"
        for c in CATEGORIES)]
    s = report.stats
    lines.append(f"{s.words} words, {s.sentences} sentences, reading grade {s.reading_grade}, "
                 f"{s.questions} questions")
    if not report.findings:
        lines.append("No findings.")
    for cat, items in report.by_category().items():
        if not items:
            continue
        lines.append("")
        lines.append(f"{cat.capitalize()} ({len(items)})")
        for f in items:
            line_no = text.count("\n", 0, f.start) + 1
            line_start = text.rfind("\n", 0, f.start) + 1
            line_end = text.find("\n", f.start)
            line_end = len(text) if line_end == -1 else line_end
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
