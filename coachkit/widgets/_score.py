"""The composer's score pane: the scores, the highlighted preview and the findings."""

from __future__ import annotations

from collections.abc import Sequence

import ipywidgets as w

from coachkit.compose.composition import LIVE_SCORE_LIMIT
from coachkit.compose.render import render_heading, render_message, render_missing, render_too_long
from coachkit.compose.session import Scoring
from coachkit.render import highlight, render_findings, render_scores
from coachkit.widgets._parts import Parts

__all__ = ["ScorePane"]

_PARTS = ("score_panel", "preview", "findings")


class ScorePane(w.VBox):
    """The score panel, the preview with its highlights and the list of findings.

    ``combined`` shows the three in one HTML widget (same content, same order), so a
    re-score is one message to the page instead of up to three: for a server that
    carries a whole room of pages. ``score_panel``, ``preview`` and ``findings`` are
    then that one widget. ``below`` are widgets shown under them; ``parts`` makes the
    pane's widgets (a light page's share their layouts and styles)."""

    def __init__(self, *, combined: bool = False, below: Sequence[w.Widget] = (),
                 parts: Parts | None = None) -> None:
        parts = parts or Parts()
        self.combined = combined
        self._parts = dict.fromkeys(_PARTS, "")
        if combined:
            self.score_panel = self.preview = self.findings = parts.html("", "ck-preview")
            children = [self.preview]
        else:
            self.score_panel, self.preview, self.findings = (
                parts.html("", "ck-" + name.replace("_", "-")) for name in _PARTS)
            children = [self.score_panel, parts.html(render_heading("Preview")), self.preview,
                        self.findings]
        super().__init__([*children, *below], layout=parts.layout(width="48%"))

    def show(self, scoring: Scoring) -> None:
        """Show one re-score; a failed one replaces only the score panel."""
        if scoring.state == "failed":
            self._show(score_panel=render_message(
                f"Could not score this draft: {scoring.error}", error=True))
            return
        report = scoring.report
        text = report.text if report else scoring.assembly.draft.text
        self._show(
            score_panel=(render_too_long(LIVE_SCORE_LIMIT) if scoring.state == "too_long" else
                         render_message("Write the first part to see the score.")
                         if report is None else
                         render_scores(report) + render_missing(scoring.missing)),
            preview=highlight(text, report.findings if report else []),
            findings=render_findings(report.findings) if report else "")

    def _show(self, **parts: str) -> None:
        if not self.combined:
            for name, value in parts.items():
                getattr(self, name).value = value
            return
        self._parts.update(parts)
        self.preview.value = (
            f'<div class="ck-score-panel">{self._parts["score_panel"]}</div>'
            f'{render_heading("Preview")}<div>{self._parts["preview"]}</div>'
            f'<div class="ck-findings">{self._parts["findings"]}</div>')
