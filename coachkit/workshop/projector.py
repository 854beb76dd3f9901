"""HTML for showing one draft to the room: highlights kept, people and contacts masked."""

from __future__ import annotations

import html

from coachkit.render import highlight, render_findings, render_scores
from coachkit.workshop.cohort import Cohort, Entry

__all__ = ["projector_html"]


def projector_html(cohort: Cohort, entry: Entry, *, label: str = "") -> str:
    """One draft for the projector: scores, the masked text with its highlights and the
    masked findings. ``label`` names it on screen (for example "Draft 3 of 24");
    the participant code is not shown."""
    masked = cohort.masker().mask(entry.submission.draft(), entry.report.findings)
    title = html.escape(label or "A draft from the room")
    return (f'<div class="ck-projector" style="font-size:1.15em">'
            f'<h3 style="margin:0 0 .4em">{title}</h3>'
            + render_scores(entry.report)
            + f'<div class="ck-projector-text" style="border:1px solid #ddd;padding:10px;'
              f'margin:.6em 0;background:#fff">{highlight(masked.text, masked.findings)}</div>'
            + render_findings(masked.findings) + "</div>")
