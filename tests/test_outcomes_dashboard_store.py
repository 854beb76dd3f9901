"""The dashboard on the person's store (a stand-in here): logging an event recomputes the
counts, the charts and the "what works" panel; an empty store shows the way in."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("ipywidgets")

import ipywidgets as w
from loop_fakes import (
    AS_OF,
    FakeStore,
    fake_plot,
    fake_waiting_longer,
    fake_what_works,
    sample_store,
)

from coachkit.widgets.dashboard import EMPTY_STORE, OutcomesDashboard


def _dash(store: FakeStore, **kwargs) -> OutcomesDashboard:
    opened = kwargs.setdefault("opened", [])
    del kwargs["opened"]
    return OutcomesDashboard(store=store, as_of=AS_OF, what_works=fake_what_works,
                             plot_what_works=fake_plot, waiting_longer=fake_waiting_longer,
                             composer=lambda notes: opened.append(notes) or w.HTML(),
                             **kwargs)


def _titles(dash: OutcomesDashboard) -> list[str]:
    return [c.value for c in dash._loop.children if "ck-section-title" in c._dom_classes]


def test_it_opens_on_the_store_with_the_three_sections():
    dash = _dash(sample_store(25, pending=5))
    assert dash.error is None and dash.analysis.n == 25
    assert "25 applications shown" in dash.headline.value
    assert "25 applications, 10 answered, 5 still waiting" in dash.counts.value
    assert [t.split(">")[1].split("<")[0] for t in _titles(dash)] == [
        "Log what happened", "Waiting longer than usual", "What works for me"]
    assert dash.file_row.layout.display == "none" and dash.empty.layout.display == "none"
    assert len(dash.waiting.rows) == 5
    assert len(dash.log_form.application.options) == 25
    assert "10 of 20 applications got an answer" in dash.what_works.text.value


def test_logging_an_answer_changes_the_counts_the_charts_and_the_panel():
    store = sample_store(25, pending=5)
    dash = _dash(store)
    headline, panel, png = dash.headline.value, dash.what_works.text.value, \
        dash.images["delay"].value
    dash.log_form.application.value = dash.waiting.rows[0].application_id
    dash.log_form.kind.value = "answer"
    dash.log_form.on.value = date(2026, 11, 20)  # before AS_OF, the dashboard's today
    dash.log_form.log_button.click()
    assert "11 answered" in dash.counts.value
    assert dash.headline.value != headline
    assert dash.images["delay"].value != png
    assert "11 of 20 applications got an answer" in dash.what_works.text.value != panel


def test_a_decision_takes_an_application_off_the_waiting_list_and_keeps_the_filters():
    store = sample_store(25, pending=5)
    dash = _dash(store)
    dash.channel.value = "job board"
    dash.silence.value = 45
    waiting = dash.waiting.rows[0]
    dash.log_form.application.value = waiting.application_id
    dash.log_form.kind.value = "offer"
    dash.log_form.on.value = date(2026, 11, 20)
    dash.log_form.log()
    assert len(dash.waiting.rows) == 4
    assert waiting.application_id not in {r.application_id for r in dash.waiting.rows}
    assert "4 still waiting" in dash.counts.value
    assert dash.channel.value == "job board" and dash.silence.value == 45


def test_a_check_in_from_the_dashboard_opens_the_composer_below_the_list():
    store = sample_store(25, pending=5)
    opened = []
    dash = _dash(store, opened=opened)
    dash.waiting.list.children[0].children[1].click()
    assert opened == [store.get(dash.waiting.rows[0].application_id).to_notes()]


def test_an_empty_store_says_how_to_fill_it():
    dash = _dash(FakeStore())
    assert dash.apps is None and dash.error is None
    assert dash.empty.layout.display is None
    assert "Your outcome log is empty" in dash.empty.value and "Mark as sent" in dash.empty.value
    assert EMPTY_STORE.startswith("Your outcome log is empty")
    assert dash.importer.layout.display is None
    assert all(v.layout.display == "none" for v in (*dash._views, dash._loop))


def test_importing_into_an_empty_store_shows_the_figures_and_asks_about_duplicates(tmp_path):
    from coachkit.outcomes.sample import generate

    store = FakeStore()
    dash = _dash(store)
    path = tmp_path / "mine.csv"
    frame = generate(25, seed=3)
    frame.to_csv(path, index=False)
    dash.importer.path.value = str(path)
    dash.importer.import_button.click()
    assert dash.empty.layout.display == "none"
    assert "25 applications shown" in dash.headline.value
    dash.importer.import_log(str(path))  # the same file again: every row is a duplicate
    assert "Added 0 applications; 25 look like" in dash.importer.result.value
    row = dash.importer.duplicates.children[0]
    row.children[1].click()  # keep both
    assert len(dash.importer.duplicates.children) == 24
    assert len(store.apps) == 26


def test_a_store_that_cannot_be_read_is_said_not_raised():
    class Broken(FakeStore):
        def list(self):
            raise OSError("database is locked")

    dash = _dash(Broken())
    assert "database is locked" in dash.messages.value and dash.error


SAMPLE = "data/sample_applications.csv"


def test_an_empty_store_with_a_sample_shows_the_sample_until_something_is_imported(tmp_path):
    from pathlib import Path

    sample = Path(__file__).parents[1] / SAMPLE
    store = FakeStore()
    dash = _dash(store, sample=sample)
    assert "Meanwhile, the sample log below" in dash.empty.value
    assert "60 applications shown" in dash.headline.value
    assert dash.file_row.layout.display is None and dash.path.value == str(sample)
    assert dash.what_works.panel is not None  # the panels show the sample too
    assert dash.log_form.log_button.disabled
    assert "No applications in your outcome log yet" in dash.log_form.result.value
    path = tmp_path / "mine.csv"
    path.write_text(CSV_THREE, encoding="utf-8")
    dash.importer.import_log(str(path))
    assert dash.empty.layout.display == "none" and dash.file_row.layout.display == "none"
    assert "3 applications shown" in dash.headline.value
    assert "3 applications, 1 answered, 1 still waiting" in dash.counts.value


CSV_THREE = ("company,role,applied_on,interviewed_at,response_at,outcome\n"
             "A Co,Analyst,2026-10-01,2026-10-08 10:00,2026-10-12 09:00,rejected\n"
             "B Co,Analyst,2026-10-02,,,pending\n"
             "C Co,Analyst,2026-10-03,,,no_response\n")


def test_the_sections_can_be_shown_apart():
    dash = _dash(sample_store(25, pending=5), sections=False)
    assert dash._loop not in dash.children
    assert len(dash.log_form.application.options) == 25  # built and wired all the same
    dash.log_form.application.value = dash.waiting.rows[0].application_id
    dash.log_form.kind.value = "answer"
    dash.log_form.on.value = date(2026, 11, 20)
    dash.log_form.log()
    assert "11 answered" in dash.counts.value


def test_a_store_that_cannot_be_opened_is_said_and_the_sample_still_shows(monkeypatch):
    from pathlib import Path

    import coachkit.widgets.dashboard as dashboard

    def refuse(store=None):
        raise OSError("file is not a database")

    monkeypatch.setattr(dashboard, "open_store", refuse)
    dash = OutcomesDashboard(sample=Path(__file__).parents[1] / SAMPLE, as_of=AS_OF,
                             what_works=fake_what_works, plot_what_works=fake_plot,
                             waiting_longer=fake_waiting_longer)
    assert dash.store is None
    assert "Could not open your outcome log: file is not a database" in dash.empty.value
    assert "60 applications shown" in dash.headline.value
    assert dash.what_works.panel is not None


def test_a_store_of_one_application_is_counted_in_the_singular(tmp_path):
    from coachkit.applog import ApplicationStore

    with ApplicationStore(tmp_path / "applications.sqlite3") as store:
        store.add("Northwind", applied_on=date(2026, 11, 2))
        dash = OutcomesDashboard(store=store, as_of="2026-11-30")
        assert "Your outcome log: 1 application, 0 answered, 1 still waiting." in \
            dash.counts.value
        assert dash.error is None and dash.empty.layout.display == "none"
