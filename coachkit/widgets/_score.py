"""The composer's score pane: the scores, the highlighted preview and the findings."""

from __future__ import annotations

import ipywidgets as w

from coachkit.compose.composition import LIVE_SCORE_LIMIT
from coachkit.compose.render import render_heading, render_message, render_missing, render_too_long
from coachkit.compose.session import Scoring
from coachkit.render import highlight, render_findings, render_scores

__all__ = ["ScorePane"]


class ScorePane(w.VBox):
    """The score panel, the preview with its highlights and the list of findings."""

    def __init__(self) -> None:
        self.score_panel = w.HTML()
        self.preview = w.HTML()
        self.findings = w.HTML()
        for name in ("score_panel", "preview", "findings"):
            getattr(self, name).add_class("ck-" + name.replace("_", "-"))
        super().__init__([self.score_panel, w.HTML(render_heading("Preview")), self.preview,
                          self.findings], layout=w.Layout(width="48%"))

    def show(self, scoring: Scoring) -> None:
        """Show one re-score; a failed one replaces only the score panel."""
        if scoring.state == "failed":
            self.score_panel.value = render_message(
                f"Could not score this draft: {scoring.error}", error=True)
            return
        report = scoring.report
        self.score_panel.value = (
            render_too_long(LIVE_SCORE_LIMIT) if scoring.state == "too_long" else
            render_message("Write the first part to see the score.") if report is None else
            render_scores(report) + render_missing(scoring.missing))
        text = report.text if report else scoring.assembly.draft.text
        self.preview.value = highlight(text, report.findings if report else [])
        self.findings.value = render_findings(report.findings) if report else ""
