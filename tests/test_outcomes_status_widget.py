"""The status-readings table in the dashboard: every word once, a changed reading reloads."""

from __future__ import annotations

from pathlib import Path

from coachkit.outcomes.model import StatusReading
from coachkit.widgets import OutcomesDashboard
from coachkit.widgets.status_readings import MAX_WORDS, StatusReadingsTable

MESSY = Path(__file__).parent / "outcomes_messy" / "messy_log.csv"


def test_the_table_lists_each_word_and_calls_back_with_every_choice():
    seen = []
    table = StatusReadingsTable(on_change=seen.append)
    assert table.layout.display == "none"
    table.show([StatusReading("Ghosted", 4, "no_response", "word list"),
                StatusReading("hmm??", 1, "unknown", "not recognised; counted as pending")])
    assert table.layout.display is None
    assert "1 rows not recognised" in table.title.value
    assert set(table.dropdowns) == {"Ghosted", "hmm??"}
    table.choose("hmm??", "rejected")
    table.choose("Ghosted", "pending")
    assert seen == [{"hmm??": "rejected"}, {"hmm??": "rejected", "Ghosted": "pending"}]


def test_a_long_list_is_cut_and_counted():
    table = StatusReadingsTable()
    table.show([StatusReading(f"w{i}", 1, "pending", "keyword") for i in range(MAX_WORDS + 5)])
    assert len(table.dropdowns) == MAX_WORDS
    assert "… and 5 more words" in table.rows.children[-1].value


def test_changing_a_reading_in_the_dashboard_changes_the_figures():
    dash = OutcomesDashboard(MESSY, as_of="2025-03-01")
    before = dash.analysis.overall.iloc[0]
    assert "hmm??" in dash.readings.dropdowns
    assert "left out" in dash.messages.value
    dash.readings.choose("hmm??", "rejected")
    after = dash.analysis.overall.iloc[0]
    # the row was pending: still waiting, or past the silence assumption and so silent
    assert after["responded"] == before["responded"] + 1
    assert after["waiting"] + after["silent"] == before["waiting"] + before["silent"] - 1
    assert dash.status_readings == {"hmm??": "rejected"}
    assert dash.readings.dropdowns["hmm??"].value == "rejected"


def test_a_clean_log_shows_its_words_too():
    dash = OutcomesDashboard(MESSY.parents[2] / "data" / "sample_applications.csv",
                             as_of="2026-11-30")
    words = {w.lower() for w in dash.readings.dropdowns}
    assert words <= {"offer", "rejected", "no_response", "pending", "withdrew"}
