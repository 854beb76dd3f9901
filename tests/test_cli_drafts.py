"""``coachkit drafts`` and ``coachkit reminder``: the journal and reminders from a terminal."""

from __future__ import annotations

import email
import io
import json

import pytest
from icalendar import Calendar

from coachkit.cli import run
from coachkit.compose import Composition
from coachkit.notes import notes_from_dict
from coachkit.store import DraftJournal
from samples import NOTES as NOTES_DICT

NOTES = notes_from_dict(NOTES_DICT)


@pytest.fixture
def home(tmp_path):
    c = Composition(notes=NOTES, sender="Alex Morgan")
    for step in c.guide.steps:
        if not step.optional:
            c.set_text(step.id, c.examples(step.id)[0])
    c.subject = c.subject_suggestions()[0]
    with DraftJournal(tmp_path / "drafts.sqlite3") as journal:
        draft_id = journal.create("thank_you", c.title, c.to_content())
        c.set_text("gratitude", "Thank you for the tour of the warehouse.")
        journal.save(draft_id, c.to_content(), label="checkpoint")
    return tmp_path, draft_id, c


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return run(list(argv), out=out), out.getvalue()


def test_list_shows_each_draft(home):
    folder, draft_id, c = home
    status, text = _run("drafts", "--home", str(folder), "list")
    assert status == 0 and draft_id in text and c.title in text and "v2" in text
    status, text = _run("drafts", "--home", str(folder), "list", "--format", "json")
    [row] = json.loads(text)
    assert row["id"] == draft_id and row["versions"] == 2 and row["kind"] == "thank_you"


def test_show_prints_the_email_of_any_version(home):
    folder, draft_id, c = home
    status, text = _run("drafts", "--home", str(folder), "show", draft_id)
    assert status == 0 and text == c.assemble().draft.text
    status, text = _run("drafts", "--home", str(folder), "show", draft_id, "--version", "1")
    assert "Thank you for the tour" not in text and text.startswith("Subject: Thank you")


def test_score_uses_the_drafts_own_notes(home, capsys):
    folder, draft_id, c = home
    status, text = _run("drafts", "--home", str(folder), "score", draft_id, "--format", "json",
                        "--sent-at", "2026-11-20T18:00")
    report = json.loads(text)
    assert status == 0
    assert report["categories"]["timeliness"] == 100
    assert report["categories"]["personalization"] is not None
    assert report == c.report(c.notes.interviewed_at.replace(hour=18)).to_dict()
    status, _ = _run("drafts", "--home", str(folder), "score", draft_id, "--sent-at", "soon")
    assert status == 2 and "--sent-at" in capsys.readouterr().err


def test_history_and_restore_keep_every_version(home):
    folder, draft_id, _ = home
    status, text = _run("drafts", "--home", str(folder), "history", draft_id)
    assert status == 0 and "v1" in text and "(checkpoint)" in text
    status, text = _run("drafts", "--home", str(folder), "restore", draft_id, "1")
    assert status == 0 and "now version 3" in text
    with DraftJournal(folder / "drafts.sqlite3") as journal:
        assert [v.version for v in journal.history(draft_id)] == [1, 2, 3]
        assert journal.latest(draft_id).content == journal.version(draft_id, 1).content


def test_export_writes_text_or_eml_and_never_replaces(home, tmp_path, capsys):
    folder, draft_id, c = home
    eml = tmp_path / "note.eml"
    assert _run("drafts", "--home", str(folder), "export", draft_id, "-o", str(eml),
                "--to", "dana@example.com")[0] == 0
    message = email.message_from_bytes(eml.read_bytes())
    assert message["Subject"] == c.subject and message["To"] == "dana@example.com"
    before = eml.read_bytes()
    assert _run("drafts", "--home", str(folder), "export", draft_id, "-o", str(eml))[0] == 2
    assert "never replaces" in capsys.readouterr().err
    assert eml.read_bytes() == before
    txt = tmp_path / "note.txt"
    assert _run("drafts", "--home", str(folder), "export", draft_id, "-o", str(txt))[0] == 0
    assert txt.read_text() == c.assemble().draft.text
    assert _run("drafts", "--home", str(folder), "export", draft_id, "-o", "x.pdf")[0] == 2


@pytest.mark.parametrize("argv, message", [
    (["drafts", "show", "nope"], "No draft with id 'nope'"),
    (["drafts"], "choose an action"),
    (["drafts", "--home", "/nonexistent/folder", "list"], "no drafts journal here"),
])
def test_bad_requests_get_one_clear_line(argv, message, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path))
    status, _ = _run(*argv)
    err = capsys.readouterr().err
    assert status == 2 and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_reminder_writes_an_ics_for_the_check_in_day(tmp_path, monkeypatch, capsys):
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps(NOTES_DICT))
    monkeypatch.chdir(tmp_path)
    status, text = _run("reminder", str(notes))
    assert status == 0 and "Wednesday 2 December 2026" in text
    ics = (tmp_path / "check-in-2026-12-02.ics").read_bytes()
    event = Calendar.from_ical(ics).walk("VEVENT")[0]
    assert "Northwind Analytics" in str(event["summary"])
    assert _run("reminder", str(notes))[0] == 2  # the file exists: not replaced
    bare = tmp_path / "bare.yml"
    bare.write_text("company: X\n")
    assert _run("reminder", str(bare))[0] == 2
    assert "interview date" in capsys.readouterr().err
