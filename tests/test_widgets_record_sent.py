"""Recording a sent follow-up from the composer: "Mark as sent", the question asked after
an export (once per version of the message), the company box, the store's errors, and
no recording at all in a workshop. The store is an in-memory stand-in (applog_fake)."""

from __future__ import annotations

import sys
import types
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from applog_fake import FakeStore

from coachkit.compose import ComposeSession
from coachkit.errors import StoreError
from coachkit.notes import notes_from_dict
from coachkit.store import DraftJournal
from coachkit.widgets import FollowUpComposer
from coachkit.widgets.record_sent import QUESTION, recorded_sentence
from samples import NOTES as NOTES_DICT

NOTES = notes_from_dict(NOTES_DICT)
EVENING = datetime(2026, 11, 20, 19, 0)


def _composer(tmp_path: Path, store: object = None, notes=NOTES, **kwargs) -> FollowUpComposer:
    kwargs.setdefault("journal", DraftJournal(tmp_path / "drafts.sqlite3"))
    kwargs.setdefault("clock", lambda: EVENING)
    store = FakeStore() if store is None else store
    return FollowUpComposer(notes, sender="Alex Morgan", export_dir=tmp_path,
                            applications=store, **kwargs)


def _write(c: FollowUpComposer) -> None:
    c.use_example(0)
    c.subject.value = c.subject.options[0]


# -- Mark as sent ---------------------------------------------------------------------
def test_mark_as_sent_records_kind_time_score_verdict_and_draft_version(tmp_path):
    store = FakeStore()
    c = _composer(tmp_path, store)
    _write(c)
    assert c.mark_sent_button in c.export_box.children[0].children[1].children
    c.mark_sent_button.click()
    [call] = store.calls
    assert call["notes"] == NOTES and call["company"] is None
    assert call["kind"] == "thank_you" and call["sent_at"] == EVENING
    assert call["score"] == c.report.overall and call["verdict"] == c.report.verdict
    assert call["verdict"] in ("ready", "revise", "rewrite")
    assert call["draft_id"] == c.draft_id and call["draft_version"] == c.version
    # the version sent is a checkpoint: typing afterwards never overwrites it
    sent = c.journal.version(c.draft_id, call["draft_version"])
    assert sent.label == "sent" and sent.content["subject"] == c.subject.value
    c.editors["greeting"].value = "Dear Dana, Sam and Lee,"
    c.flush()
    assert c.version > call["draft_version"]
    assert c.journal.version(c.draft_id, call["draft_version"]).content == sent.content
    app, _follow_up = c.record_sent.last
    assert app.company == "Northwind Analytics"
    assert ("Recorded: thank-you note to Northwind Analytics (application 3fa2c1d0); "
            "log the answer in notebook 03 or with `coachkit log reply 3fa2c1d0 …`"
            in c.record_sent.result.value.replace("&#x27;", "'").replace("&#x60;", "`"))
    assert not c.record_sent.asking


def test_the_score_recorded_is_the_score_of_the_text_sent(tmp_path):
    store = FakeStore()
    c = _composer(tmp_path, store)
    _write(c)
    c.editors["greeting"].value = "Dear Dana,\n\nthe the"  # typed a moment ago
    c.mark_sent()
    assert store.calls[0]["score"] == c.report.overall
    assert c.journal.latest(c.draft_id).content["parts"]["greeting"].endswith("the the")


def test_a_check_in_for_the_same_notes_goes_to_the_same_application(tmp_path):
    store = FakeStore()
    c = _composer(tmp_path, store)
    _write(c)
    c.mark_sent()
    first = c.record_sent.last[0].id
    later = _composer(tmp_path, store, kind="check_in", draft=None,
                      clock=lambda: EVENING + timedelta(days=8))
    _write(later)
    later.mark_sent()
    thank_you, check_in = store.calls
    assert check_in["kind"] == "check_in" and check_in["notes"] == thank_you["notes"]
    assert check_in["draft_id"] != thank_you["draft_id"]
    assert later.record_sent.last[0].id == first
    assert "check-in to Northwind Analytics (application 3fa2c1d0)" in \
        later.record_sent.result.value


# -- the question after an export -----------------------------------------------------
def test_eml_export_asks_once_per_version(tmp_path):
    store = FakeStore()
    c = _composer(tmp_path, store)
    _write(c)
    assert c.export_eml() is not None
    assert c.record_sent.asking and QUESTION in c.record_sent.question.value
    assert c.record_sent.company.layout.display == "none"  # the notes name the company
    c.record_sent.yes_button.click()
    assert len(store.calls) == 1 and not c.record_sent.asking
    assert "Recorded:" in c.record_sent.result.value
    c.export_eml()
    c.export_text()
    assert not c.record_sent.asking and len(store.calls) == 1  # this version is recorded
    c.editors["greeting"].value = "Hello Dana and Sam,"
    c.export_eml()
    assert c.record_sent.asking  # a new version is asked about again
    c.record_sent.yes_button.click()
    first, second = (call["draft_version"] for call in store.calls)
    assert first < second == c.version


def test_not_now_is_not_asked_again_for_that_version(tmp_path):
    store = FakeStore()
    c = _composer(tmp_path, store)
    _write(c)
    c.export_text()
    assert c.record_sent.asking
    c.record_sent.not_now_button.click()
    assert not c.record_sent.asking
    c.export_text()
    c.export_eml()
    assert not c.record_sent.asking and store.calls == []
    c.editors["greeting"].value = "Hello Dana and Sam,"
    c.export_text()
    assert c.record_sent.asking
    c.mark_sent_button.click()  # still possible at any time
    assert len(store.calls) == 1 and not c.record_sent.asking


def test_a_failed_export_does_not_ask(tmp_path):
    c = _composer(tmp_path)
    _write(c)
    c.export_dir.value = str(tmp_path / "missing")
    assert c.export_eml() is None
    assert not c.record_sent.asking


def test_without_a_journal_the_text_stands_for_the_version(tmp_path):
    store = FakeStore()
    c = _composer(tmp_path, store, journal=False)
    _write(c)
    c.export_text()
    c.record_sent.not_now()
    c.export_text()
    assert not c.record_sent.asking
    c.mark_sent()
    assert store.calls[0]["draft_id"] is None and store.calls[0]["draft_version"] is None
    assert store.calls[0]["score"] == c.report.overall


# -- notes without a company ------------------------------------------------------------
def test_no_company_in_the_notes_asks_for_it_before_recording(tmp_path):
    store = FakeStore()
    notes = notes_from_dict({"role": "Operations Analyst", "interviewers": ["Dana Whitfield"],
                             "interviewed_at": "2026-11-20T14:00"})
    c = _composer(tmp_path, store, notes=notes)
    _write(c)
    c.mark_sent_button.click()
    assert store.calls == [] and c.record_sent.asking
    assert c.record_sent.company.layout.display != "none"
    assert "Which company" in c.record_sent.question.value
    c.record_sent.yes_button.click()  # the box is still empty
    assert store.calls == [] and c.record_sent.asking
    assert "Type the company first" in c.record_sent.result.value
    c.record_sent.company.value = "  Contoso Freight "
    c.record_sent.yes_button.click()
    [call] = store.calls
    assert call["company"] == "Contoso Freight" and call["notes"] == notes
    assert "to Contoso Freight (application" in c.record_sent.result.value
    assert c.record_sent.company.value == "  Contoso Freight "  # kept for the next one
    # the question after an export shows the box too
    c.editors["greeting"].value = "Hello Dana,"
    c.export_text()
    assert QUESTION in c.record_sent.question.value
    assert c.record_sent.company.layout.display != "none"


# -- errors -----------------------------------------------------------------------------------
def test_a_store_error_is_a_message_and_the_draft_is_kept(tmp_path):
    store = FakeStore(fail=StoreError("the outcome log /x/applications.sqlite3 is locked."))
    c = _composer(tmp_path, store)
    _write(c)
    c.mark_sent_button.click()  # no exception escapes the click
    shown = c.record_sent.result.value
    assert "ck-error" in shown and "Not recorded: the outcome log" in shown
    assert "is locked. Your draft is still here" in shown
    assert c.record_sent.last is None
    assert c.journal.latest(c.draft_id).content["subject"] == c.subject.value
    c.export_eml()
    assert c.record_sent.asking
    store.fail = None
    c.record_sent.yes_button.click()  # trying again works
    assert len(store.calls) == 1 and "Recorded:" in c.record_sent.result.value


def test_a_journal_error_is_a_message_too(tmp_path, monkeypatch):
    store = FakeStore()
    c = _composer(tmp_path, store)
    _write(c)

    def broken(*_args, **_kwargs):
        raise StoreError("the drafts journal is read-only.")

    monkeypatch.setattr(c.journal, "save", broken)
    c.editors["greeting"].value = "Hello Dana and Sam,"
    c.mark_sent()
    assert "Not recorded: the drafts journal is read-only." in c.record_sent.result.value
    assert store.calls == [] and c.editors["greeting"].value == "Hello Dana and Sam,"


# -- which store ------------------------------------------------------------------------
def test_no_recording_shows_no_button_and_asks_nothing(tmp_path):
    c = _composer(tmp_path, store=False)
    assert c.mark_sent_button is None and c.record_sent is None
    shown = [b.description for b in c.export_box.children[0].children[1].children]
    assert "Mark as sent" not in shown
    _write(c)
    c.export_text()
    c.export_eml()
    c.mark_sent()  # nothing to do, nothing raised
    pane = c.export_box.children[0].children
    assert not any("ck-record-sent" in child._dom_classes for child in pane)


def test_a_workshop_composer_records_nothing_by_default(tmp_path, monkeypatch):
    from workshop_helpers import make_folder

    c = FollowUpComposer(workshop=make_folder(tmp_path / "room"), journal=False)
    assert c.mark_sent_button is None and c.record_sent is None


@pytest.fixture
def fake_applog(monkeypatch):
    """A ``coachkit.applog`` module whose ApplicationStore remembers where it was opened."""
    opened: list[Path | None] = []

    def store(path=None):
        opened.append(path)
        return FakeStore()

    module = types.SimpleNamespace(
        ApplicationStore=store,
        applications_store_path=lambda chosen=None: Path(chosen) / "applications.sqlite3")
    monkeypatch.setitem(sys.modules, "coachkit.applog", module)
    return opened


def test_the_default_store_opens_beside_the_journal_at_the_first_recording(tmp_path,
                                                                         fake_applog):
    c = FollowUpComposer(NOTES, journal=DraftJournal(tmp_path / "drafts.sqlite3"),
                          clock=lambda: EVENING)
    assert fake_applog == [] and c.mark_sent_button is not None  # nothing opened yet
    _write(c)
    c.mark_sent()
    c.editors["greeting"].value = "Hello Dana and Sam,"
    c.mark_sent()
    assert fake_applog == [tmp_path / "applications.sqlite3"]  # opened once
    assert len(c.record_sent.store.calls) == 2


def test_without_a_journal_the_default_store_is_the_personal_one(tmp_path, fake_applog):
    c = FollowUpComposer(NOTES, journal=False, clock=lambda: EVENING)
    _write(c)
    c.mark_sent()
    assert fake_applog == [None]
    assert "Recorded:" in c.record_sent.result.value


# -- the session and the sentence, without widgets --------------------------------------------
def test_session_mark_sent_keeps_a_checkpoint_and_says_what_to_record(tmp_path):
    session = ComposeSession(NOTES, journal=DraftJournal(tmp_path / "d.sqlite3"),
                             now=lambda: EVENING)
    empty = session.mark_sent()
    assert empty.draft_id is None and empty.draft_version is None and empty.score is None
    session.composition.set_text("greeting", "Dear Dana,")
    sent = session.mark_sent()
    assert (sent.kind, sent.sent_at, sent.notes) == ("thank_you", EVENING, NOTES)
    assert sent.draft_id == session.draft_id and sent.draft_version == 1
    assert sent.score == session.report.overall and sent.verdict == session.report.verdict
    session.composition.set_text("greeting", "Hello Dana and Sam,")
    assert session.save() == 2  # not coalesced into the version sent


@pytest.mark.parametrize(("kind", "words"), [
    ("thank_you", "thank-you note to Acme"), ("check_in", "check-in to Acme"),
    ("additional_info", "note adding information to Acme"),
    ("rejection_reply", "reply to a rejection to Acme"),
])
def test_recorded_sentence_names_the_kind_company_and_application(kind, words):
    sentence = recorded_sentence(kind, "Acme", "0badcafe")
    assert sentence.startswith(f"Recorded: {words} (application 0badcafe);")
    assert "coachkit log reply 0badcafe" in sentence


def test_what_was_typed_is_shown_as_text(tmp_path):
    c = _composer(tmp_path, notes=notes_from_dict({"role": "Analyst"}))
    c.editors["greeting"].value = "Dear Dana,"
    c.record_sent.company.value = "<b>Fabrikam</b>"
    c.mark_sent()
    assert "&lt;b&gt;Fabrikam&lt;/b&gt;" in c.record_sent.result.value
    assert "<b>" not in c.record_sent.result.value
