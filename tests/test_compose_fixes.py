"""One-click fixes in a ComposeSession: apply a finding's suggestion to its part, save it,
re-score, and undo it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from coachkit.compose.session import ComposeSession
from coachkit.errors import InputError
from coachkit.notes import notes_from_dict
from coachkit.store import DraftJournal
from samples import NOTES as NOTES_DICT

NOTES = notes_from_dict(NOTES_DICT)
EVENING = datetime(2026, 11, 20, 19, 0)
GRATITUDE = ("\nThank you for the interview about the Operations Analyst role. "
             "I'm gonna send the forecast deck tomorrow.")


def _session(**kwargs) -> ComposeSession:
    kwargs.setdefault("journal", False)
    return ComposeSession(NOTES, now=lambda: EVENING, sender="Alex Morgan", **kwargs)


def _slang(session: ComposeSession):
    return next(f for f in session.report.findings if f.rule == "tone.slang")


def test_apply_and_undo_a_fix_in_a_step() -> None:
    s = _session()
    s.composition.set_text("greeting", "Dear Dana,")
    s.composition.set_text("gratitude", GRATITUDE)
    before = s.score().report
    slang = _slang(s)
    assert slang in s.fixes()
    after = s.apply_fix(before.findings.index(slang)).report
    assert s.composition.text_of("gratitude") == GRATITUDE.replace("gonna", "going to")
    assert "tone.slang" not in {f.rule for f in after.findings}
    assert after.overall > before.overall and s.report is after
    assert [a.finding for a in s.applied_fixes] == [slang]
    undone = s.undo_fix().report
    assert s.composition.text_of("gratitude") == GRATITUDE
    assert undone.overall == before.overall and s.applied_fixes == []
    with pytest.raises(InputError, match="no fix to undo"):
        s.undo_fix()


def test_a_fix_in_the_subject() -> None:
    s = _session()
    s.composition.subject = "Thanks  -  gonna  follow up"
    s.composition.set_text("greeting", "Dear Dana,")
    s.score()
    s.apply_fix(_slang(s))
    assert s.composition.subject == "Thanks - going to follow up"
    s.undo_fix()
    assert s.composition.subject == "Thanks  -  gonna  follow up"


def test_a_fix_is_saved_in_the_journal(tmp_path: Path) -> None:
    journal = DraftJournal(tmp_path / "drafts.sqlite3")
    s = _session(journal=journal, draft=None)
    s.composition.set_text("greeting", "Dear Dana,")
    s.composition.set_text("gratitude", GRATITUDE)
    s.save()
    s.score()
    s.apply_fix(_slang(s))
    saved = journal.latest(s.draft_id).content["parts"]["gratitude"]
    assert "going to" in saved and s.version == 2
    s.undo_fix()
    assert "gonna" in journal.latest(s.draft_id).content["parts"]["gratitude"]


def test_what_cannot_be_applied_says_why() -> None:
    s = _session()
    with pytest.raises(InputError, match="Nothing is scored yet"):
        s.apply_fix(0)
    s.composition.set_text("greeting", "Dear Dana,")
    s.composition.set_text("gratitude", GRATITUDE)
    s.score()
    with pytest.raises(InputError, match="no finding number 999"):
        s.apply_fix(999)
    no_fix = next(f for f in s.report.findings if not f.suggestion)
    with pytest.raises(InputError, match="no suggestion"):
        s.apply_fix(no_fix)
    slang = _slang(s)
    s.composition.set_text("gratitude", GRATITUDE.replace("I'm", "I am"))
    with pytest.raises(InputError, match="changed since it was scored"):
        s.apply_fix(slang)


def test_undo_refuses_when_the_part_was_edited_since() -> None:
    s = _session()
    s.composition.set_text("greeting", "Dear Dana,")
    s.composition.set_text("gratitude", GRATITUDE)
    s.score()
    s.apply_fix(_slang(s))
    s.composition.set_text("gratitude", "Something new.")
    with pytest.raises(InputError, match="edited since"):
        s.undo_fix()
    assert s.composition.text_of("gratitude") == "Something new."
    assert s.applied_fixes == []


def test_a_new_draft_forgets_the_fixes() -> None:
    s = _session()
    s.composition.set_text("greeting", "Dear Dana,")
    s.composition.set_text("gratitude", GRATITUDE)
    s.score()
    s.apply_fix(_slang(s))
    s.new_draft(NOTES)
    assert s.applied_fixes == []
