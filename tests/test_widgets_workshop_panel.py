"""The composer in workshop mode, driven without a browser: the exercise sets the message,
the coach's rules score it, and the panel submits, resubmits and reopens drafts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from workshop_helpers import PANEL, REJECTION

from coachkit.store import DraftJournal, journal_path
from coachkit.widgets import FollowUpComposer
from coachkit.workshop import WorkshopFolder


@pytest.fixture
def folder(tmp_path: Path) -> WorkshopFolder:
    return WorkshopFolder.create(tmp_path / "room", PANEL)


def write(composer: FollowUpComposer, *texts: str) -> None:
    """Type ``texts`` into the first steps and let the throttles catch up."""
    for step, text in zip(composer.composition.guide.ids, texts, strict=False):
        composer.editors[step].value = text
    composer.flush()


def submissions(folder: WorkshopFolder, code: str) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((folder.path / "submissions" / code).glob("*.json"))]


def test_the_exercise_sets_the_message_and_the_coachs_rules_score_it(folder):
    composer = FollowUpComposer(workshop=folder, journal=False)
    assert composer.composition.kind == "thank_you" and composer.kind.disabled
    assert composer.composition.notes.company == "Harbourline Logistics"
    brief = composer.workshop_panel.brief.value
    assert "Thank-you after a panel interview" in brief and "Rotterdam" in brief
    assert "aim for 90–170 words" in brief and "“circle back”" in brief
    assert composer.export_box.layout.display == "none"  # files would land on the server
    write(composer, "Dear Priya,", "Thank you for the panel. I will circle back soon.")
    rules = {f.rule for f in composer.report.findings}
    assert "tone.avoid" in rules  # the coach's phrase, not a built-in one
    assert "tone.avoid" in composer.findings.value
    assert "90-170" in composer.findings.value  # the coach's word band


def test_timing_follows_the_exercise(tmp_path):
    panel = FollowUpComposer(workshop=WorkshopFolder.create(tmp_path / "a", PANEL),
                             journal=False)
    write(panel, "Dear Priya,", "Thank you for the panel interview.")
    assert panel.report.categories["timeliness"] is not None  # as if sent on the evening
    assert "Send within" in panel.clock_label.value
    rejection = FollowUpComposer(workshop=WorkshopFolder.create(tmp_path / "b", REJECTION),
                                 journal=False)
    write(rejection, "Dear Maya,", "Thank you for letting me know.")
    assert rejection.report.categories["timeliness"] is None
    assert "not judged" in rejection.clock_label.value


def test_submit_resubmit_and_every_version_is_kept(folder):
    composer = FollowUpComposer(workshop=folder, journal=False)
    panel = composer.workshop_panel
    write(composer, "Dear Priya,", "Thank you for the panel interview.")
    composer.sender.value = "Rosa Lind"
    panel.code.value = " Blue-Heron-7 "
    first = panel.submit()
    assert first is not None and first.name == "blue-heron-7-r0001.json"
    assert "Submitted as blue-heron-7" in panel.result.value
    assert panel.code.value == "blue-heron-7"
    write(composer, "Dear Priya,", "Thank you for the panel interview yesterday.")
    second = panel.submit()
    assert second is not None and second.name == "blue-heron-7-r0002.json"
    assert "submission 2; your earlier ones are kept" in panel.result.value
    saved = submissions(folder, "blue-heron-7")
    assert [s["revision"] for s in saved] == [1, 2]
    assert saved[0]["body"].startswith("Dear Priya,\n\nThank you for the panel interview.")
    assert saved[1]["parts"]["gratitude"] == "Thank you for the panel interview yesterday."
    assert saved[1]["sender"] == "Rosa Lind"
    assert saved[1]["score"]["overall"] == composer.report.overall
    assert [s.revision for s in folder.scan().latest] == [2]


@pytest.mark.parametrize("code", ["", "Jane Doe", "../up", "con"])
def test_a_bad_code_is_explained_and_nothing_is_written(folder, code):
    composer = FollowUpComposer(workshop=folder, journal=False)
    write(composer, "Dear Priya,", "Thank you.")
    composer.workshop_panel.code.value = code
    assert composer.workshop_panel.submit() is None
    result = composer.workshop_panel.result.value
    assert "Not submitted" in result and "not your name" in result and "ck-error" in result
    assert list((folder.path / "submissions").iterdir()) == []


def test_an_empty_draft_is_not_submitted(folder):
    composer = FollowUpComposer(workshop=folder, journal=False)
    composer.workshop_panel.code.value = "wren"
    assert composer.workshop_panel.submit() is None
    assert "nothing to submit yet" in composer.workshop_panel.result.value


def test_html_in_a_submission_is_escaped_in_the_panel(folder):
    composer = FollowUpComposer(workshop=folder, journal=False)
    write(composer, "Dear Priya,", "<script>alert(1)</script> Thank you.")
    composer.workshop_panel.code.value = "<b>x</b>"
    composer.workshop_panel.submit()
    assert "<b>x</b>" not in composer.workshop_panel.result.value
    assert "&lt;b&gt;x&lt;/b&gt;" in composer.workshop_panel.result.value
    assert "<script>" not in composer.preview.value


def test_reopen_brings_back_the_last_submission_after_a_reload(folder):
    first = FollowUpComposer(workshop=folder, journal=False)
    write(first, "Dear Tomás,", "Thank you for showing me the Zendesk set-up.")
    first.subject.value = "Thank you"
    first.workshop_panel.code.value = "wren"
    first.workshop_panel.submit()
    reloaded = FollowUpComposer(workshop=folder, journal=False)  # a new page, empty
    assert reloaded.editors["greeting"].value == ""
    panel = reloaded.workshop_panel
    panel.code.value = "kite"
    assert panel.reopen() is False and "Nothing submitted under kite" in panel.result.value
    panel.code.value = "WREN"
    assert panel.reopen() is True
    assert "Reopened submission 1 of wren" in panel.result.value
    assert reloaded.editors["greeting"].value == "Dear Tomás,"
    assert reloaded.subject.value == "Thank you"
    assert reloaded.report is not None and "Zendesk" in reloaded.preview.value
    assert reloaded.composition.rules is first.composition.rules  # still the coach's rules


def test_a_folder_that_is_not_a_workshop_disables_the_panel(tmp_path):
    composer = FollowUpComposer(workshop=tmp_path / "nothing-here", journal=False)
    assert "Workshop not available" in composer.notice.value
    assert "no such workshop folder" in composer.notice.value
    panel = composer.workshop_panel
    assert panel.submit_button.disabled and panel.reopen_button.disabled
    assert panel.code.disabled


def test_the_timer_counts_down_the_time_allowed(folder, monkeypatch):
    composer = FollowUpComposer(workshop=folder, journal=False)
    panel = composer.workshop_panel
    assert "Time allowed: 20 minutes · about 20 left" in panel.timer.value
    monkeypatch.setattr(panel, "opened", panel.opened - 15 * 60)
    composer.refresh_clock()
    assert "about 5 left" in panel.timer.value
    monkeypatch.setattr(panel, "opened", panel.opened - 10 * 60)
    composer.refresh_clock()
    assert "time is up: submit what you have" in panel.timer.value


def test_room_drafts_are_kept_apart_from_personal_drafts(folder):
    composer = FollowUpComposer(workshop=folder)
    write(composer, "Dear Priya,", "Thank you for the panel.")
    assert composer.journal is not None and composer.draft_id is not None
    assert composer.journal.path.name == "thank-you-panel.sqlite"
    assert composer.journal.path.parent.name == "workshop-drafts"
    personal = DraftJournal(journal_path())
    assert composer.draft_id not in {d.id for d in personal.list_drafts()}
    # a second page never reopens someone else's draft
    other = FollowUpComposer(workshop=folder)
    assert other.draft_id is None and other.editors["greeting"].value == ""
