"""The composer's panes as a Solara room's page builds them: one widget for the score,
preview and findings (one message per re-score), and editors made when first needed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from ipywidgets import Widget

from coachkit.notes import notes_from_dict
from coachkit.widgets import FollowUpComposer
from coachkit.widgets._score import ScorePane
from samples import NOTES as NOTES_DICT

NOTES = notes_from_dict(NOTES_DICT)


def _composer() -> FollowUpComposer:
    return FollowUpComposer(NOTES, sender="Alex Morgan", journal=False,
                            clock=lambda: datetime(2026, 11, 20, 19, 0))


@pytest.mark.parametrize("greeting", ["", "Dear Dana,", "Dear Dana, I beleive <b>it</b>"])
def test_the_combined_pane_shows_what_the_three_widgets_show(greeting: str) -> None:
    composer = _composer()
    composer.editors["greeting"].value = greeting
    scoring = composer.session.score()
    combined = ScorePane(combined=True)
    combined.show(scoring)
    shown = combined.preview.value
    assert combined.score_panel is combined.preview is combined.findings
    assert "ck-preview" in combined.preview._dom_classes
    parts = [composer.score_panel.value, "<b>Preview</b>", composer.preview.value,
             composer.findings.value]
    parts = [part for part in parts if part]  # no findings before anything is written
    assert all(part in shown for part in parts)
    assert [shown.index(part) for part in parts] == sorted(shown.index(p) for p in parts)
    assert '<div class="ck-score-panel">' in shown and '<div class="ck-findings">' in shown


def test_a_re_score_is_one_change_and_a_failed_one_keeps_the_preview() -> None:
    composer = _composer()
    composer.editors["greeting"].value = "Dear Dana, I beleive it went well"
    scoring = composer.session.score()
    pane = ScorePane(combined=True)
    changed: list[Widget] = []
    for child in pane.children:  # each change of a value is one message to the page
        child.observe(lambda change: changed.append(change["owner"]), names="value")
    pane.show(scoring)
    assert changed == [pane.preview]
    before = pane.preview.value
    pane.show(replace(scoring, state="failed", error="boom"))
    assert "Could not score this draft: boom" in pane.preview.value
    assert composer.preview.value in pane.preview.value  # the preview stays
    assert composer.findings.value in pane.preview.value
    assert before != pane.preview.value


def test_editors_are_made_when_first_needed_with_the_draft_s_text() -> None:
    composer = _composer()
    step = composer.composition.step
    assert list(composer.editors) == [step]  # only the editor on screen
    composer.composition.set_text("close", "Thanks again.")
    assert composer.editors["close"].value == "Thanks again."
    composer.editors["gratitude"].value = "Thank you for meeting me."
    assert composer.composition.text_of("gratitude") == "Thank you for meeting me."
    assert "Thank you for meeting me." in composer.report.text
