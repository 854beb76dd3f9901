"""LogEventForm and ImportBox over a stand-in store: one click logs an event; an import
lists its duplicates with a choice for each."""

from __future__ import annotations

from datetime import date, datetime

import pytest

pytest.importorskip("ipywidgets")

from loop_fakes import FakeApp, FakeStore, sample_store

from coachkit.widgets.log_event import EVENT_LABELS, ImportBox, LogEventForm

NOW = datetime(2026, 12, 4, 15, 30)


def _form(store: FakeStore, **kwargs) -> LogEventForm:
    return LogEventForm(store, clock=lambda: NOW, **kwargs)


def test_the_six_outcomes_in_the_store_order():
    assert tuple(EVENT_LABELS) == ("answer", "interview", "rejected", "offer", "withdrew",
                                   "no_response")
    form = _form(sample_store(4, pending=1))
    assert [label for label, _ in form.kind.options] == [
        "an answer", "an interview", "rejected", "an offer", "withdrew", "no answer"]
    assert form.kind.value is None
    assert form.on.value == date(2026, 12, 4)


def test_pending_applications_come_first_named_by_company_role_and_day():
    store = FakeStore([
        FakeApp("Decided Ltd", "Analyst", date(2026, 11, 1), outcome="rejected", id="00000001"),
        FakeApp("Waiting Co", "Data Analyst", date(2026, 10, 3), id="00000002"),
    ])
    form = _form(store)
    labels = [label for label, _ in form.application.options]
    assert labels == ["Waiting Co · Data Analyst · applied 3 Oct 2026",
                      "Decided Ltd · Analyst · applied 1 Nov 2026"]
    assert form.application.value == "00000002"


def test_one_click_logs_the_event_and_tells_the_dashboard():
    store = sample_store(6, pending=2)
    seen = []
    form = _form(store, on_logged=seen.append)
    chosen = form.application.value
    form.kind.value = "answer"
    form.note.value = "  phone call from Dana  "
    form.log_button.click()
    assert store.logged == [(chosen, "answer", NOW, "phone call from Dana")]
    assert [a.id for a in seen] == [chosen] and seen[0].response_at == NOW
    assert "Logged: an answer for Company 2" in form.result.value
    assert form.kind.value is None and form.note.value == ""  # ready for the next event
    assert form.application.value == chosen


def test_a_past_day_is_logged_at_midday_and_a_decision_moves_the_application_down():
    store = sample_store(6, pending=2)
    form = _form(store)
    first = form.application.value
    form.kind.value = "rejected"
    form.on.value = date(2026, 11, 28)
    form.log()
    assert store.logged[-1][2] == datetime(2026, 11, 28, 12, 0)
    assert store.get(first).outcome == "rejected"
    pending_first = form.application.options[0][1]
    assert pending_first != first and store.get(pending_first).outcome == "pending"


def test_what_is_missing_or_wrong_is_said_and_nothing_is_logged():
    store = sample_store(3, pending=1)
    form = _form(store)
    form.log_button.click()
    assert "Choose what happened first" in form.result.value
    form.kind.value = "offer"
    form.on.value = date(2026, 12, 25)
    form.log_button.click()
    assert "in the future" in form.result.value
    form.on.value = date(2026, 12, 1)
    store.fail_with = KeyError("no application 'abc'")
    form.log_button.click()
    assert "Not logged" in form.result.value and "ck-error" in form.result.value
    assert store.logged == []


def test_an_empty_store_disables_the_button():
    form = _form(FakeStore())
    assert form.application.options == () and form.log_button.disabled
    form.log()
    assert "Choose an application first" in form.result.value


CSV = ("company,role,applied_on,outcome\nCompany 1,Backend Developer,2026-08-01,offer\n"
       "New Co,Analyst,2026-09-01,pending\nOther Co,Analyst,2026-09-02,rejected\n")


def test_an_import_lists_each_duplicate_with_a_choice(tmp_path):
    store = sample_store(3, pending=1)
    changes = []
    box = ImportBox(store, on_change=lambda: changes.append(len(store.apps)))
    path = tmp_path / "mine.csv"
    path.write_text(CSV, encoding="utf-8")
    box.path.value = str(path)
    box.import_button.click()
    assert "Added 2 applications; 1 look like applications already in your log" \
        in box.result.value
    assert changes == [5]
    (row,) = box.duplicates.children
    assert "Company 1" in row.children[0].value and "offer" in row.children[0].value
    assert [b.description for b in row.children[1:]] == ["Keep both", "Keep existing",
                                                         "Replace"]
    row.children[3].click()  # replace
    assert box.duplicates.children == ()
    assert changes == [5, 5]
    assert [a.outcome for a in store.apps if a.company == "Company 1"] == ["offer"]


def test_an_import_that_fails_says_why():
    box = ImportBox(FakeStore())
    box.import_log("")
    assert "Type the path" in box.result.value
    box.import_log("/no/such/file.csv")
    assert "Not imported" in box.result.value
