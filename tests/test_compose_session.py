"""ComposeSession without widgets: a draft written part by part, scored, saved, reopened
after a restart, exported without replacing files, and submitted to a workshop."""

from __future__ import annotations

import email
import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from workshop_helpers import PANEL, REJECTION

from coachkit.compose import Composition
from coachkit.compose.session import ComposeSession
from coachkit.errors import InputError, WorkshopError
from coachkit.notes import load_notes, notes_from_dict
from coachkit.store import DraftJournal, journal_path
from coachkit.workshop import WorkshopFolder, WorkshopSession
from samples import NOTES as NOTES_DICT

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample_notes.yml"
NOTES = notes_from_dict(NOTES_DICT)
EVENING = datetime(2026, 11, 20, 19, 0)


def _session(**kwargs) -> ComposeSession:
    kwargs.setdefault("journal", False)
    kwargs.setdefault("now", lambda: EVENING)
    kwargs.setdefault("sender", "Alex Morgan")
    return ComposeSession(kwargs.pop("notes", NOTES), **kwargs)


def _journal(tmp_path: Path) -> DraftJournal:
    return DraftJournal(tmp_path / "drafts.sqlite3")


def _write(session: ComposeSession, *texts: str) -> None:
    for step, text in zip(session.composition.guide.ids, texts, strict=False):
        session.composition.set_text(step, text)


def test_the_session_needs_no_widgets():
    code = ("import sys, coachkit.compose.session, coachkit.compose.render; "
            "print('ipywidgets' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


# -- writing and scoring -------------------------------------------------------------
def test_a_new_session_has_nothing_to_score_and_a_send_by_clock():
    s = _session()
    assert s.draft_id is None and s.composition.parts == {}
    assert s.composition.step == "greeting"
    assert s.score().state == "empty" and s.report is None
    assert s.send_by().startswith("Send within the next 19 hours")


def test_typing_parts_changes_the_score_and_the_findings_per_step():
    s = _session()
    _write(s, "Dear Dana,", "Thank you for meeting me. I beleive it went well.")
    first = s.score()
    assert first.state == "scored" and s.report is first.report
    assert "correctness.spelling" in {f.rule for f in first.by_step["gratitude"]}
    assert len(first.missing) == 3  # six steps, one optional, two written
    s.composition.set_text("gratitude", f"Thank you for meeting me about the {NOTES.role} "
                           f"role at {NOTES.company}. I believe my forecasting work fits "
                           f"the {NOTES.topics[0]}.")
    better = s.score()
    assert better.report.overall > first.report.overall
    assert "correctness.spelling" not in {f.rule for f in better.report.findings}


def test_an_enormous_draft_is_not_scored_and_a_failure_is_reported(monkeypatch):
    s = _session()
    _write(s, "Dear Dana,", "word " * 6000)
    assert s.score().state == "too_long" and s.report is None
    s.composition.set_text("gratitude", "Thank you.")

    def broken(self, now=None, assembly=None):
        raise RuntimeError("rules file vanished")

    monkeypatch.setattr(Composition, "report", broken)
    failed = s.score()
    assert failed.state == "failed" and failed.error == "rules file vanished"
    assert s.report is None


def test_the_clock_is_injected_and_timeliness_uses_it():
    late = _session(now=lambda: datetime(2026, 11, 23, 9, 0))
    _write(late, "Dear Dana,", "Thank you for the interview.")
    on_time = _session()
    _write(on_time, "Dear Dana,", "Thank you for the interview.")
    assert late.score().report.categories["timeliness"] < \
        on_time.score().report.categories["timeliness"]
    assert "19 hours" not in late.send_by()


def test_changing_the_kind_keeps_shared_parts_and_a_suggested_subject_follows():
    s = _session()
    s.composition.set_text("greeting", "Dear Dana,")
    s.composition.subject = s.composition.subject_suggestions()[0]
    s.change_kind("rejection_reply")
    assert s.composition.step == "greeting" and s.composition.text_of("greeting") == "Dear Dana,"
    assert s.composition.subject == f"Re: {NOTES.role} position"
    s.composition.subject = "My own words"
    s.change_kind("check_in")
    assert s.composition.subject == "My own words"
    assert "first polite day to check in is Wednesday 2 December" in s.send_by()


# -- the journal ---------------------------------------------------------------------
def test_nothing_typed_is_not_saved_and_without_a_journal_nothing_is(tmp_path):
    s = _session(journal=_journal(tmp_path))
    assert s.save() is None and s.journal.list_drafts() == []
    assert _session(journal=False).journal is None


def test_saved_then_reopened_by_a_fresh_session_after_a_restart(tmp_path):
    journal = _journal(tmp_path)
    s = ComposeSession(SAMPLE, journal=journal, now=lambda: EVENING)
    started = []
    s.on_new_draft(started.append)
    _write(s, "Dear Dana,", "Thank you for your time.")
    s.composition.step = "gratitude"
    assert s.save() == 1 and started == [s.draft_id]
    assert s.save() == 1  # nothing changed: no new version
    s.composition.subject = "Thank you"
    assert s.save() == 2 and started == [s.draft_id]  # a new version, not a new draft
    journal.close()  # the kernel restarts
    again = ComposeSession(SAMPLE, journal=_journal(tmp_path), now=lambda: EVENING)
    assert again.draft_id == s.draft_id and again.version == 2
    assert again.composition.text_of("gratitude") == "Thank you for your time."
    assert again.composition.step == "gratitude"
    assert any(n.startswith("Reopened your draft") for n in again.notices)
    fresh = ComposeSession(SAMPLE, journal=_journal(tmp_path), draft=None)
    assert fresh.draft_id is None and fresh.composition.parts == {}


def test_drafts_match_by_company_and_role_and_open_by_id(tmp_path):
    journal = _journal(tmp_path)
    s = _session(journal=journal)
    _write(s, "Dear Dana,")
    s.save()
    other = _session(journal=journal, notes=notes_from_dict({"company": "Fabrikam"}))
    assert other.draft_id is None
    assert _session(journal=journal).draft_id == s.draft_id
    other.composition.set_text("greeting", "Hello,")
    other.save()
    assert other.open_draft(s.draft_id) is True
    assert other.draft_id == s.draft_id and other.composition.text_of("greeting") == "Dear Dana,"
    assert other.open_draft("no-such-draft") is False
    assert other.notices and "Could not reopen" in other.notices[0]


def test_a_new_draft_keeps_kind_sender_and_takes_the_notes_given(tmp_path):
    s = _session(journal=_journal(tmp_path), kind="check_in")
    _write(s, "Dear Dana,")
    s.save()
    s.new_draft(None)
    assert s.draft_id is None and s.version is None and s.composition.parts == {}
    assert s.composition.kind == "check_in" and s.composition.sender == "Alex Morgan"
    assert s.composition.notes is None


def test_problems_are_collected_not_raised(tmp_path, monkeypatch):
    broken = tmp_path / "notes.yml"
    broken.write_text("interviewed_at: next week\n")
    s = ComposeSession(broken, journal=False)
    assert s.composition.notes is None and s.start_notes is None
    assert "interviewed_at" in s.notices[0] and s.notes_path == str(broken)
    (tmp_path / "drafts.sqlite3").write_bytes(b"this is not a database" * 100)
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path))
    damaged = ComposeSession(NOTES)
    assert damaged.journal is None and "not being saved" in damaged.notices[0]


# -- exports -------------------------------------------------------------------------
def test_exports_are_named_after_kind_and_company_and_never_replace_a_file(tmp_path):
    s = _session()
    _write(s, "Dear Dana and Sam,")
    s.composition.subject = "Thank you"
    assert s.copy_text().startswith("Subject: Thank you\n")
    (tmp_path / "thank-you-northwind-analytics.eml").write_text("mine")
    first = s.save_eml(tmp_path, to="dana@example.com")
    second = s.save_eml(str(tmp_path) + "  ")
    assert (tmp_path / "thank-you-northwind-analytics.eml").read_text() == "mine"
    assert first.name == "thank-you-northwind-analytics (2).eml"
    assert second.name == "thank-you-northwind-analytics (3).eml"
    message = email.message_from_bytes(first.read_bytes())
    assert message["To"] == "dana@example.com" and message["From"] == "Alex Morgan"
    assert message["Subject"] == "Thank you"
    ics, day = s.save_ics(tmp_path)
    assert day == date(2026, 12, 2) and ics.name == "check-in-2026-12-02.ics"
    assert s.save_ics(tmp_path)[0].name == "check-in-2026-12-02 (2).ics"
    with pytest.raises(InputError, match="no such folder"):
        s.save_eml(tmp_path / "missing")


def test_file_names_without_a_company_and_a_reminder_without_notes():
    assert _session(notes=None).file_stem() == "thank-you-follow-up"
    assert _session(notes=notes_from_dict({"company": "A & B"})).file_stem() == "thank-you-a---b"
    with pytest.raises(InputError, match="Add the interview notes first"):
        _session(notes=None).save_ics(".")
    with pytest.raises(InputError, match="interview date"):
        _session(notes=notes_from_dict({"company": "X"})).save_ics(".")


# -- the workshop --------------------------------------------------------------------
@pytest.fixture
def room(tmp_path: Path) -> WorkshopFolder:
    return WorkshopFolder.create(tmp_path / "room", PANEL)


def test_the_exercise_sets_kind_notes_rules_and_time(room):
    s = WorkshopSession(room, journal=False, now=lambda: EVENING)
    ex = s.exercise
    assert s.composition.kind == ex.kind and s.composition.notes == ex.scenario
    assert s.composition.rules is s.rules is not None
    assert s.now() == ex.sent_at and s.timed
    _write(s, "Dear Priya,", "Thank you for the panel. I will circle back soon.")
    assert "tone.avoid" in {f.rule for f in s.score().report.findings}


def test_an_exercise_without_a_time_does_not_judge_timing(tmp_path):
    s = WorkshopSession(WorkshopFolder.create(tmp_path / "b", REJECTION), journal=False)
    assert s.send_by() is None
    _write(s, "Dear Maya,", "Thank you for letting me know.")
    assert s.score().report.categories["timeliness"] is None


def test_submit_resubmit_and_reopen_the_last_submission(room):
    s = WorkshopSession(room, journal=False)
    _write(s, "Dear Priya,", "Thank you for the panel interview.")
    s.score()
    first = s.submit(" Blue-Heron-7 ")
    assert (first.code, first.revision) == ("blue-heron-7", 1)
    assert first.path.name == "blue-heron-7-r0001.json"
    s.composition.set_text("gratitude", "Thank you for the panel interview yesterday.")
    s.score()
    second = s.submit("blue-heron-7")
    saved = json.loads(second.path.read_text(encoding="utf-8"))
    assert second.revision == 2 and saved["score"]["overall"] == s.report.overall
    reloaded = WorkshopSession(room, journal=False)
    code, revision, composition = reloaded.last_submission("BLUE-HERON-7")
    assert (code, revision) == ("blue-heron-7", 2)
    assert composition.parts["gratitude"] == "Thank you for the panel interview yesterday."
    reloaded.adopt(composition)
    assert reloaded.composition.rules is reloaded.rules and reloaded.draft_id is None
    with pytest.raises(InputError, match="Nothing submitted under kite yet"):
        reloaded.last_submission("kite")
    with pytest.raises(WorkshopError, match="not your name"):
        reloaded.submit("Jane Doe")


def test_room_drafts_live_apart_and_are_never_reopened_by_notes(room):
    s = WorkshopSession(room)
    assert s.journal.path == s.room_journal_path()
    assert s.journal.path == journal_path().parent / "workshop-drafts" / "thank-you-panel.sqlite"
    _write(s, "Dear Priya,")
    s.save()
    assert WorkshopSession(room).draft_id is None


def test_a_folder_that_is_not_a_workshop_is_a_notice_and_submitting_is_refused(tmp_path):
    s = WorkshopSession(tmp_path / "nothing", journal=False)
    assert s.exercise is None and "no such workshop folder" in s.notices[0]
    with pytest.raises(InputError, match="no such workshop folder"):
        s.submit("wren")
    with pytest.raises(InputError):
        s.room_journal_path()
    assert not hasattr(_session(), "submit")  # only a workshop session submits


def test_notes_file_path_is_kept_with_the_draft():
    s = ComposeSession(SAMPLE, journal=False)
    assert s.composition.notes == load_notes(SAMPLE)
    assert s.composition.source == str(SAMPLE.resolve())
