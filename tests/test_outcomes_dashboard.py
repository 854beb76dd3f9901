"""The dashboard widget without a browser: set values, check what the core recomputed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from coachkit.outcomes.analysis import CHARTS
from coachkit.outcomes.sample import generate

ROOT = Path(__file__).parents[1]
SAMPLE = ROOT / "data" / "sample_applications.csv"
AS_OF = "2026-11-30"

pytest.importorskip("ipywidgets")


@pytest.fixture
def dash():
    from coachkit.widgets import OutcomesDashboard

    return OutcomesDashboard(SAMPLE, as_of=AS_OF)


def test_opens_on_the_sample_with_every_sentence(dash):
    assert dash.error is None
    assert dash.analysis.n == 60
    assert "60 applications shown" in dash.headline.value
    for key in CHARTS:
        assert dash.sentences[key].value.startswith('<p class="ck-summary"')
        assert len(dash.sentence(key)) > 20
    assert bytes(dash.images["delay"].value).startswith(b"\x89PNG")
    assert dash.channel.options[0] == "all"
    assert set(dash.channel.options[1:]) == {"job board", "company site", "referral",
                                             "recruiter"}
    assert dash.start.value == date(2026, 7, 31) and dash.end.value == date(2026, 11, 27)


def test_a_channel_filter_recomputes_every_chart(dash):
    before = {k: dash.sentence(k) for k in CHARTS}
    delay_png = dash.images["delay"].value
    dash.channel.value = "referral"
    referral = dash.filtered()
    assert set(referral["channel"]) == {"referral"}
    assert dash.analysis.n == len(referral)
    assert f"Of {len(referral)} applications" in dash.sentence("funnel")
    assert all(dash.sentence(k) != before[k] for k in ("delay", "funnel", "timeline"))
    assert dash.images["delay"].value != delay_png
    fig = dash.draw("funnel")
    assert fig.axes[0].patches[0].get_width() == len(referral)


def test_date_and_role_filters(dash):
    dash.start.value = date(2026, 10, 1)
    assert dash.filtered()["applied_on"].min() >= pd.Timestamp("2026-10-01")
    n_dates = dash.analysis.n
    dash.role.value = "data"
    assert dash.analysis.n < n_dates
    assert set(dash.filtered()["role_kind"]) == {"data"}
    dash.end.value = date(2026, 7, 1)  # nothing left: charts say so, no error
    assert dash.analysis.n == 0
    assert "No applications match" in dash.sentence("funnel")
    assert dash.draw("funnel") is not None


def test_other_tabs_are_drawn_when_opened(dash):
    dash.channel.value = "job board"
    assert "timeline" in dash._stale
    dash.tabs.selected_index = CHARTS.index("timeline")
    assert "timeline" not in dash._stale
    assert "job board" not in dash.sentence("timeline")  # sentence text is from the core
    fig = dash.figures["timeline"]
    assert len(fig.axes[0].get_yticklabels()) == len(dash.filtered())


def test_loading_another_file_with_the_path_box(dash, tmp_path):
    path = tmp_path / "mine.csv"
    generate(25, seed=3).to_csv(path, index=False)
    dash.path.value = str(path)
    dash.load_button.click()
    assert dash.error is None
    assert dash.analysis.n == 25
    assert "mine.csv" in dash.messages.value and "25 applications" in dash.messages.value


def test_a_bad_file_shows_every_problem_as_a_list_and_keeps_the_last_data(dash, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("company,applied_on,outcome,score\n<b>A</b>,yesterday,offer,\n"
                    "B,2026-10-01,maybe,120\n", encoding="utf-8")
    assert dash.load(str(path)) is False
    shown = dash.messages.value
    assert shown.count("<li>") == 3
    assert "row 2, column &#x27;applied_on&#x27;: cannot read &#x27;yesterday&#x27;" in shown
    assert "Traceback" not in shown
    assert dash.analysis.n == 60  # the sample is still shown


def test_an_empty_path_asks_for_one(dash):
    dash.path.value = "  "
    dash.load_button.click()
    assert "Type the path" in dash.messages.value


def test_html_in_the_data_is_escaped(tmp_path):
    from coachkit.widgets import OutcomesDashboard

    path = tmp_path / "x.csv"
    path.write_text("company,applied_on,outcome,<img src=x onerror=alert(1)>\n"
                    "A,2026-10-01,pending,1\n", encoding="utf-8")
    dash = OutcomesDashboard(path, as_of=AS_OF)
    assert "<img" not in dash.messages.value
    assert "&lt;img src=x onerror=alert(1)&gt;" in dash.messages.value
