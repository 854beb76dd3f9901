"""WaitingList: the rows of waiting_longer, and one click to a check-in with the notes."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("ipywidgets")

import ipywidgets as w
from loop_fakes import AS_OF, Waiting, fake_waiting_longer, sample_store

from coachkit.widgets.waiting_list import WaitingList


def _recorder(opened: list):
    """A stand-in composer: remembers the notes, shows the company."""
    return lambda notes: opened.append(notes) or w.HTML(notes.company)


def _list(store, **kwargs) -> WaitingList:
    opened = []
    kwargs.setdefault("composer", _recorder(opened))
    widget = WaitingList(store.to_applications(as_of=AS_OF), store=store,
                         waiting_longer=fake_waiting_longer, **kwargs)
    return widget, opened


def test_each_row_says_how_long_it_waits_and_when_to_check_in():
    store = sample_store(8, pending=3)
    widget, _ = _list(store)
    assert len(widget.rows) == 3 and len(widget.list.children) == 3
    assert "3 applications are waiting longer" in widget.summary.value
    text = widget.list.children[0].children[0].value
    assert "<b>Company 3</b> · Data Analyst: waiting" in text
    assert "usually 12 days; check in on <b>2 Dec 2026</b>" in text
    assert widget.list.children[0].children[1].description == "Write a check-in"


def test_write_a_check_in_opens_the_composer_with_the_applications_notes():
    store = sample_store(8, pending=3)
    seen = []
    widget, opened = _list(store, on_check_in=lambda row, c: seen.append((row, c)))
    widget.list.children[1].children[1].click()
    row = widget.rows[1]
    app = store.get(row.application_id)
    assert opened == [app.to_notes()]
    assert opened[0].interviewers == ("Dana Reyes",) and opened[0].interviewed_at
    assert seen == [(row, widget.composer)]
    assert widget.composer_box.children == (widget.composer,)
    assert widget.composer.value == "Company 2"
    assert "A check-in for Company 2, below" in widget.result.value


def test_the_real_composer_opens_on_a_check_in():
    pytest.importorskip("coachkit.widgets.composer")
    store = sample_store(4, pending=1)
    widget = WaitingList(store.to_applications(as_of=AS_OF), store=store,
                         waiting_longer=fake_waiting_longer)
    composer = widget.check_in(widget.rows[0])
    assert composer is not None and widget.composer_box.children == (composer,)
    assert composer.kind.value == "check_in"
    assert composer.session.composition.notes.company == "Company 1"


def test_rows_given_directly_and_rows_without_an_id():
    row = Waiting(0, None, "Fabrikam", "", date(2026, 10, 1), 60, 14, date(2026, 12, 3),
                  "most answers came by day 14")
    opened = []
    widget = WaitingList([row], composer=_recorder(opened))
    assert "1 application is waiting" in widget.summary.value
    widget.check_in(row)
    assert opened[0].company == "Fabrikam" and opened[0].role is None


def test_nothing_waiting_and_a_failure_are_said():
    widget = WaitingList(())
    assert "Nothing is waiting longer than usual" in widget.summary.value

    def broken(apps, *, as_of=None):
        raise ValueError("no answers yet")

    store = sample_store(3, pending=1)
    widget = WaitingList(store.to_applications(as_of=AS_OF), waiting_longer=broken)
    assert "no answers yet" in widget.result.value and widget.rows == ()
