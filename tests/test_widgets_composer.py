"""The notes form and the composer as widgets, driven without a browser:
set values, fire callbacks, assert on the model, the score and the HTML."""

from __future__ import annotations

import email
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from coachkit.notes import load_notes, notes_from_dict
from coachkit.widgets import FollowUpComposer, InterviewNotesForm
from samples import NOTES as NOTES_DICT

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample_notes.yml"
NOTES = notes_from_dict(NOTES_DICT)
EVENING = datetime(2026, 11, 20, 19, 0)


def _composer(**kwargs) -> FollowUpComposer:
    kwargs.setdefault("journal", False)
    kwargs.setdefault("clock", lambda: EVENING)
    return FollowUpComposer(NOTES, sender="Alex Morgan", **kwargs)


# -- the notes form --------------------------------------------------------------
def test_form_shows_the_notes_and_gives_them_back():
    form = InterviewNotesForm(NOTES)
    assert form.company.value == NOTES.company
    assert form.interviewers.value == "Dana Whitfield, Sam Ortiz"
    assert form.interviewed_at.value == datetime(2026, 11, 20, 14, 0)
    assert form.value == NOTES
    assert "all the composer uses" in form.status.value


def test_form_validates_as_you_type_and_reports_changes():
    seen = []
    form = InterviewNotesForm()
    form.on_change(seen.append)
    assert "Add the company" in form.status.value
    form.company.value = "Contoso"
    form.topics.value = "pricing engine\n\n  data quality  \n"
    assert seen[-1].company == "Contoso"
    assert seen[-1].topics == ("pricing engine", "data quality")
    form.topics.value = "x" * 300
    assert form.value is None
    assert "under 200 characters" in form.status.value
    assert "ck-notes-problems" in form.status.value


def test_form_loads_a_file_and_shows_a_broken_one_without_a_traceback(tmp_path):
    form = InterviewNotesForm(path=SAMPLE)
    assert form.value == load_notes(SAMPLE)
    broken = tmp_path / "broken.yml"
    broken.write_text("company: [unclosed\n")
    assert form.load(broken) is False
    assert "broken.yml" in form.file_status.value and "line" in form.file_status.value
    assert form.value == load_notes(SAMPLE)  # what was on screen is kept
    assert form.load(tmp_path / "missing.yml") is False
    assert "cannot read" in form.file_status.value


def test_form_saves_a_copy_and_never_replaces_the_users_file(tmp_path):
    mine = tmp_path / "mine.yml"
    mine.write_text("company: Original\n")
    form = InterviewNotesForm(NOTES, path=mine)
    written = form.save()
    assert mine.read_text() == "company: Original\n"
    assert written == tmp_path / "mine (2).yml"
    assert load_notes(written) == NOTES
    assert "was kept" in form.file_status.value


def test_form_escapes_what_the_user_typed():
    form = InterviewNotesForm()
    assert form.load("<script>alert(1)</script>.yml") is False
    assert "<script>" not in form.file_status.value
    assert "&lt;script&gt;" in form.file_status.value


# -- the composer ------------------------------------------------------------------
def test_composer_opens_on_the_first_step_with_guidance_from_the_notes():
    c = _composer()
    assert c.steps.value == "greeting"
    assert [v for _, v in c.steps.options][:2] == ["greeting", "gratitude"]
    assert "Step 1 of 6" in c.step_guide.value
    assert "Dear Dana and Sam," in c.examples.children[1].children[1].value
    assert "Send within the next 19 hours" in c.clock_label.value
    assert "Write the first part" in c.score_panel.value
    assert c.report is None


def test_typing_updates_preview_score_highlights_and_step_marks():
    c = _composer()
    c.editors["greeting"].value = "Dear Dana,"
    c.steps.value = "gratitude"
    assert "Step 2 of 6" in c.step_guide.value
    c.editors["gratitude"].value = "Thank you for meeting me. I beleive it went well."
    first = c.report
    assert first is not None
    assert '<span class="ck-overall">' in c.score_panel.value
    assert 'data-rule="correctness.spelling"' in c.preview.value
    assert ">beleive</mark>" in c.preview.value
    assert "beleive" in c.step_findings.value and "believe" in c.step_findings.value
    assert c.steps.options[0][0].startswith("✓")
    c.editors["gratitude"].value = (
        f"Thank you for meeting me about the {NOTES.role} role at {NOTES.company}. "
        f"I believe my forecasting work fits the {NOTES.topics[0]}.")
    assert c.report.overall > first.overall
    assert "beleive" not in c.preview.value


def test_examples_fill_the_current_step_after_what_is_typed():
    c = _composer()
    c.use_example(0)
    assert c.editors["greeting"].value == "Dear Dana and Sam,"
    c.steps.value = "close"
    c.editors["close"].value = "Thanks again."
    c.use_example(1)
    assert c.editors["close"].value.startswith("Thanks again.\nPlease let me know")
    assert c.editors["close"].value.endswith("Alex Morgan")


def test_back_and_next_walk_the_steps():
    c = _composer()
    assert c.back.disabled and not c.next.disabled
    for _ in range(10):
        c.next.click()
    assert c.steps.value == "close" and c.next.disabled
    c.back.click()
    assert c.steps.value == "additional"


def test_switching_kind_changes_the_parts_and_keeps_shared_ones():
    c = _composer()
    c.editors["greeting"].value = "Dear Dana,"
    c.kind.value = "check_in"
    assert [v for _, v in c.steps.options] == ["greeting", "reference", "interest",
                                               "timeline_question", "close"]
    assert c.editors["greeting"].value == "Dear Dana,"
    assert "first polite day to check in is Wednesday 2 December" in c.clock_label.value
    assert c.subject.options[0].startswith("Following up")


def test_a_suggested_subject_follows_the_kind_and_a_typed_one_stays():
    c = _composer()
    c.subject.value = c.subject.options[0]
    c.kind.value = "rejection_reply"
    assert c.subject.value == c.subject.options[0] == f"Re: {NOTES.role} position"
    c.subject.value = "My own words"
    c.kind.value = "check_in"
    assert c.subject.value == "My own words" == c.composition.subject


def test_subject_suggestions_and_typed_subject_reach_the_draft():
    c = _composer()
    assert c.subject.options[0] == f"Thank you - {NOTES.role} interview"
    c.editors["greeting"].value = "Dear Dana,"
    c.subject.value = c.subject.options[0]
    assert c.composition.assemble().draft.subject == c.subject.options[0]
    assert c.report.text.startswith("Subject: Thank you")


def test_notes_edited_in_the_form_change_the_prompts():
    c = _composer()
    c.notes_form.company.value = "Fabrikam"
    c.steps.value = "gratitude"
    assert "Fabrikam" in c.examples.children[1].children[1].value
    assert c.composition.notes.company == "Fabrikam"


def test_html_in_a_draft_is_shown_as_text():
    c = _composer()
    hostile = "Dear Dana, <img src=x onerror=alert(1)> <script>alert(2)</script>"
    c.editors["greeting"].value = hostile
    for panel in (c.preview.value, c.findings.value, c.step_findings.value):
        assert "<img" not in panel and "<script" not in panel
    assert "&lt;script&gt;" in c.preview.value and "&lt;img src=x" in c.preview.value
    assert 'data-rule="correctness.markup"' in c.preview.value
    assert "HTML tag" in c.findings.value


def test_an_enormous_draft_pauses_scoring_with_a_message():
    c = _composer()
    c.editors["greeting"].value = "Dear Dana,"
    c.steps.value = "gratitude"
    c.editors["gratitude"].value = "word " * 6000
    assert "live scoring is paused" in c.score_panel.value
    c.editors["gratitude"].value = "Thank you for your time."
    assert '<span class="ck-overall">' in c.score_panel.value


def test_a_broken_notes_file_is_reported_and_the_composer_still_works(tmp_path):
    broken = tmp_path / "notes.yml"
    broken.write_text("interviewed_at: next week\n")
    c = FollowUpComposer(broken, journal=False, clock=lambda: EVENING)
    assert "interviewed_at" in c.notice.value
    assert c.notes_box.selected_index == 0  # the notes are open for fixing
    c.editors["greeting"].value = "Dear Dana,"
    assert c.report is not None


def test_export_copy_text_eml_and_ics_without_replacing_files(tmp_path):
    c = _composer(export_dir=tmp_path)
    c.use_example(0)
    c.subject.value = c.subject.options[0]
    text = c.export_text()
    assert c.copy_text.value == text and text.startswith("Subject: Thank you")
    c.recipient.value = "dana@example.com"
    eml = c.export_eml()
    again = c.export_eml()
    assert eml != again and eml.exists() and again.exists()
    message = email.message_from_bytes(eml.read_bytes())
    assert message["To"] == "dana@example.com"
    assert message["Subject"] == c.subject.value
    ics = c.export_ics()
    assert ics.name == f"check-in-{date(2026, 12, 2).isoformat()}.ics"
    assert b"BEGIN:VEVENT" in ics.read_bytes()
    c.export_dir.value = str(tmp_path / "missing")
    assert c.export_eml() is None
    assert "no such folder" in c.export_result.value


def test_ics_without_dates_says_what_is_missing():
    c = FollowUpComposer(notes_from_dict({"company": "X"}), journal=False)
    assert c.export_ics() is None
    assert "interview date" in c.export_result.value


@pytest.mark.parametrize("kind", ["thank_you", "check_in", "additional_info", "rejection_reply"])
def test_every_kind_can_be_written_from_its_examples(kind):
    # a check-in goes out after a week of silence; the evening of the interview is too soon
    clock = (lambda: EVENING + timedelta(days=7)) if kind == "check_in" else (lambda: EVENING)
    c = _composer(kind=kind, clock=clock)
    for step in c.composition.guide.steps:
        c.steps.value = step.id
        if not step.optional:
            c.use_example(0)
    c.subject.value = c.subject.options[0]
    assert c.composition.missing_steps() == []
    assert c.report.overall >= 70, (kind, [f.rule for f in c.report.findings])
    assert yaml.safe_load(yaml.safe_dump(c.composition.to_content()))["kind"] == kind


# -- the drafts journal ------------------------------------------------------------
def _journal(tmp_path):
    from coachkit.store import DraftJournal

    return DraftJournal(tmp_path / "drafts.sqlite3")


def test_typing_is_saved_and_a_new_composer_reopens_it(tmp_path):
    journal = _journal(tmp_path)
    c = FollowUpComposer(SAMPLE, journal=journal, clock=lambda: EVENING)
    assert c.draft_id is None  # nothing typed, nothing kept
    c.use_example(0)
    c.steps.value = "gratitude"
    c.editors["gratitude"].value = "Thank you for your time."
    c.notes_form.company.value = "Contoso Freight"  # edited notes stay with the draft
    c.flush()
    assert "version" in c.status.value
    saved = journal.latest(c.draft_id).content
    assert saved["parts"]["gratitude"] == "Thank you for your time."
    again = FollowUpComposer(SAMPLE, journal=journal, clock=lambda: EVENING)
    assert again.draft_id == c.draft_id
    assert "Reopened your draft" in again.notice.value
    assert again.steps.value == "gratitude"
    assert again.editor_box.children[0].value == "Thank you for your time."
    assert again.notes_form.company.value == "Contoso Freight"
    fresh = FollowUpComposer(SAMPLE, journal=journal, draft=None)
    assert fresh.draft_id is None and fresh.composition.parts == {}


def test_other_notes_start_their_own_draft(tmp_path):
    journal = _journal(tmp_path)
    c = _composer(journal=journal)
    c.use_example(0)
    c.flush()
    other = FollowUpComposer(notes_from_dict({"company": "Fabrikam", "role": "Analyst"}),
                             journal=journal)
    assert other.draft_id is None
    same = _composer(journal=journal)
    assert same.draft_id == c.draft_id


def test_drafts_list_opens_restores_and_deletes(tmp_path):
    from coachkit.widgets import DraftsList

    journal = _journal(tmp_path)
    c = _composer(journal=journal)
    c.use_example(0)
    c.flush()
    first_id = c.draft_id
    journal.save(first_id, {**journal.latest(first_id).content, "parts": {"greeting": "Hi!"}},
                 label="checkpoint")
    c.new_draft()
    c.editors["greeting"].value = "Hello Sam,"
    c.flush()
    drafts = DraftsList(composer=c)
    assert [v for _, v in drafts.drafts.options] == [c.draft_id, first_id]
    drafts.drafts.value = first_id
    assert drafts.versions.options[0][1] == 2 and "checkpoint" in drafts.versions.options[0][0]
    assert "Hi!" in drafts.version_preview.value
    drafts.versions.value = 1
    assert "Dear Dana and Sam," in drafts.version_preview.value
    drafts.restore()
    assert journal.latest(first_id).content["parts"]["greeting"] == "Dear Dana and Sam,"
    assert "restored as version 3" in drafts.message.value
    drafts.open_selected()
    assert c.draft_id == first_id
    assert c.editors["greeting"].value == "Dear Dana and Sam,"
    drafts.delete()
    assert first_id not in [v for _, v in drafts.drafts.options]
    assert len(drafts.drafts.options) == 1
    drafts.undo_delete()
    assert drafts.drafts.value == first_id


def test_a_damaged_journal_is_reported_and_writing_goes_on(tmp_path, monkeypatch):
    from coachkit.store import DraftJournal, StoreError

    bad = tmp_path / "drafts.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match=r"drafts\.sqlite3"):
        DraftJournal(bad)
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path))
    c = FollowUpComposer(NOTES, clock=lambda: EVENING)
    assert c.journal is None
    assert "not being saved" in c.notice.value
    c.editors["greeting"].value = "Dear Dana,"
    assert c.report is not None
    assert bad.read_bytes() == b"this is not a database" * 100


def test_the_send_by_clock_ticks_in_a_kernel(monkeypatch):
    """In a kernel the clock updates by itself; outside one nothing is scheduled."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from coachkit.widgets import composer as module

    times = iter([datetime(2026, 11, 20, 15, 0)] * 3 + [datetime(2026, 11, 21, 13, 0)] * 50)

    async def main():
        monkeypatch.setattr(module, "kernel_loop", asyncio.get_running_loop)
        monkeypatch.setattr(module, "CLOCK_TICK", 0.01)
        c = FollowUpComposer(NOTES, journal=False, clock=lambda: next(times))
        first = c.clock_label.value
        await asyncio.sleep(0.1)
        return first, c.clock_label.value

    with ThreadPoolExecutor(1) as pool:
        first, later = pool.submit(asyncio.run, main()).result()
    assert "next 23 hours" in first
    assert "next 1 hour:" in later


def test_a_scoring_failure_is_shown_not_raised(monkeypatch):
    from coachkit.compose import composition

    c = _composer()

    def broken(self, now=None, assembly=None):
        raise RuntimeError("rules file vanished")

    monkeypatch.setattr(composition.Composition, "report", broken)
    c.editors["greeting"].value = "Dear Dana,"
    assert "Could not score this draft: rules file vanished" in c.score_panel.value
    assert c.report is None


def test_the_drafts_list_shows_a_draft_as_soon_as_typing_starts(tmp_path):
    from coachkit.widgets import DraftsList

    c = _composer(journal=_journal(tmp_path))
    drafts = DraftsList(composer=c)
    assert drafts.drafts.options == ()
    assert "No drafts yet" in drafts.message.value
    c.editors["greeting"].value = "Dear Dana,"
    assert [v for _, v in drafts.drafts.options] == [c.draft_id]
    assert "Dear Dana," in drafts.version_preview.value
    assert "No drafts yet" not in drafts.message.value
