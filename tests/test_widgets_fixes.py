"""Apply and Undo on screen, driven without a browser: the composer's fix list and the
scoring notebook's DraftFixer."""

from __future__ import annotations

from datetime import datetime

from coachkit.model import Finding
from coachkit.notes import notes_from_dict
from coachkit.widgets import FollowUpComposer
from coachkit.widgets.fix_list import DraftFixer, FixList, render_fix, render_fixes_heading
from samples import NOTES as NOTES_DICT

NOTES = notes_from_dict(NOTES_DICT)
EVENING = datetime(2026, 11, 20, 19, 0)
GRATITUDE = ("Thank you for the interview about the Operations Analyst role. "
             "I'm gonna send the forecast deck tomorrow.")
DRAFT = ("Dear Dana,\n\nThank you for the interview. I'm gonna send the deck tomorrow, "
         "and I beleive it answers your question.\n\nBest regards,\nAlex")


def _composer() -> FollowUpComposer:
    return FollowUpComposer(NOTES, sender="Alex Morgan", journal=False, clock=lambda: EVENING)


def _click(button) -> None:
    button.click()


def _apply_button(fix_list: FixList, text: str):
    index = next(i for i, f in enumerate(fix_list.findings) if f.text == text)
    return fix_list.rows.children[index].children[0]


def test_the_composer_applies_and_undoes_a_fix() -> None:
    c = _composer()
    c.editors["greeting"].value = "Dear Dana,"
    c.editors["gratitude"].value = GRATITUDE
    c.flush()
    before = c.report.overall
    assert "gonna" in c.preview.value and 'data-rule="tone.slang"' in c.preview.value
    assert c.fix_list.undo_button.disabled
    _click(_apply_button(c.fix_list, "gonna"))
    assert c.editors["gratitude"].value == GRATITUDE.replace("gonna", "going to")
    assert 'data-rule="tone.slang"' not in c.preview.value
    assert c.report.overall > before
    assert not c.fix_list.undo_button.disabled
    assert "Undo: “gonna” → “going to”" in c.fix_list.heading.value
    _click(c.fix_list.undo_button)
    assert c.editors["gratitude"].value == GRATITUDE
    assert c.report.overall == before and 'data-rule="tone.slang"' in c.preview.value
    assert c.fix_list.undo_button.disabled
    # typing after a fix goes on as before
    c.editors["gratitude"].value = GRATITUDE + " More."
    c.flush()
    assert c.composition.text_of("gratitude").endswith("More.")


def test_the_composer_shows_a_refused_fix() -> None:
    c = _composer()
    c.editors["greeting"].value = "Dear Dana,"
    c.flush()
    c.undo_fix()
    assert "no fix to undo" in c.status.value


def test_draft_fixer_applies_undoes_and_keeps_the_text() -> None:
    fixer = DraftFixer(DRAFT, notes=NOTES)
    before = fixer.report.overall
    texts = [f.text for f in fixer.fix_list.findings]
    assert "gonna" in texts and "beleive" in texts
    _click(_apply_button(fixer.fix_list, "beleive"))
    assert "I believe it" in fixer.text and fixer.fixed_text.value == fixer.text
    assert fixer.report.overall > before
    assert "beleive" not in [f.text for f in fixer.fix_list.findings]
    _click(fixer.fix_list.undo_button)
    assert fixer.text == DRAFT and fixer.report.overall == before
    assert fixer.fix_list.undo_button.disabled


def test_draft_fixer_shows_a_stale_fix_without_raising() -> None:
    fixer = DraftFixer(DRAFT)
    stale = Finding("tone.slang", "tone", "warning", 0, 4, "Nope", "m", suggestion="No")
    fixer.apply(stale)
    assert "changed since it was scored" in fixer.message.value
    assert fixer.text == DRAFT


def test_render_fix_escapes() -> None:
    f = Finding("tone.slang", "tone", "warning", 0, 8, "<b>gonna", "<i>m", suggestion="x")
    out = render_fix(f)
    assert "<b>" not in out and "<i>" not in out and "&lt;b&gt;gonna" in out
    assert "3 fixes" in render_fixes_heading(3, None)
    assert "No suggestion left" in render_fixes_heading(0, None)
