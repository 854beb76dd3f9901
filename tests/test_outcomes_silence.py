"""The silence assumption, interview stages, and charts with nothing to show."""

from __future__ import annotations

import io
import math
from contextlib import redirect_stderr
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest
from outcomes_helpers import AS_OF, log, waits

from coachkit.cli import run
from coachkit.outcomes.analysis import analyse
from coachkit.outcomes.model import Applications
from coachkit.outcomes.plots import plot_funnel, plot_timeline
from coachkit.outcomes.report import render_report
from coachkit.outcomes.stats import (
    SILENCE_BOUNDS,
    answered_by,
    apply_silence,
    default_silence,
    funnel,
    stage_names,
    time_to_response,
)

SAMPLE = Path(__file__).parents[1] / "data" / "sample_applications.csv"


def test_default_silence_is_the_90th_percentile_of_the_answers_kept_within_bounds():
    low, high = SILENCE_BOUNDS
    # answers after 40..59 days: the 90th percentile is 57 + 0.1 · (58 - 57), rounded up
    rule = default_silence(waits(list(range(40, 60)), [5]), AS_OF)
    assert (rule.days, rule.derived, rule.answers) == (58, True, 20)
    assert rule.p90 == pytest.approx(57.1)
    assert default_silence(waits([2, 3, 4, 5, 6, 7], []), AS_OF).days == low
    assert default_silence(waits([150] * 6, []), AS_OF).days == high
    few = default_silence(waits([50, 60], [3]), AS_OF)
    assert few.days == low and math.isnan(few.p90)
    chosen = default_silence(waits([2] * 9, []), AS_OF, 12)
    assert (chosen.days, chosen.derived) == (12, False)
    with pytest.raises(ValueError, match="at least 1"):
        default_silence(waits([2], []), AS_OF, 0)


def test_apply_silence_turns_only_long_waits_into_no_answer():
    frame = waits([5], [10, 30, 31, 100])
    out = apply_silence(frame, AS_OF, 30)
    assert out["assumed_no_answer"].tolist() == [False, False, False, True, True]
    assert out["status"].tolist() == ["responded", "waiting", "waiting", "silent", "silent"]
    assert frame["status"].tolist().count("waiting") == 4, "the input is not changed"


def test_changing_the_assumption_changes_the_rate():
    frame = waits([3, 4, 5, 6, 8], [10, 40, 50, 60, 70, 80, 90])
    loose = analyse(frame, AS_OF, silence_days=85)
    strict = analyse(frame, AS_OF, silence_days=20)
    assert loose.overall.iloc[0].decided == 6 and strict.overall.iloc[0].decided == 11
    assert "Counting more than 20 days of silence" in strict.headline
    assert "45% of the 11 decided applications" in strict.headline
    assert strict.silence_note.endswith("as chosen.")
    assert "By day 20," in strict.headline and "By day 85," in loose.headline


def test_answered_by_reads_the_curve_as_a_step():
    timing = time_to_response(waits([2, 4, 4, 7, 10], [3, 6, 9]), AS_OF)
    assert answered_by(timing, 1)[0] == 0
    share, low, high = answered_by(timing, 5)
    assert share == pytest.approx(1 - 0.583333, abs=1e-6) and low < share < high
    assert answered_by(timing, 400)[0] == pytest.approx(1.0)


def test_a_young_log_says_how_far_it_can_see():
    analysis = analyse(waits([2, 3], [4, 6, 8]), AS_OF)
    assert analysis.headline.startswith("By day 8 (the longest any application has waited so "
                                        "far), an estimated")


# stages (the loader adds the column; here frames are built by hand) ----------------
def staged() -> Applications:
    frame = log([{"outcome": "offer", "response_at": "2026-10-05"},
                 {"outcome": "rejected", "response_at": "2026-10-04"},
                 {"outcome": "pending"}, {"outcome": "pending"}])
    day = pd.Timestamp
    frame["stages"] = [
        (("recruiter call", day("2026-10-05")), ("phone screen", day("2026-10-09")),
         ("on-site", day("2026-10-20"))),
        (("recruiter call", day("2026-10-06")), ("phone screen", pd.NaT)),
        (("recruiter call", day("2026-10-07")),),
        (),
    ]
    return Applications(frame=frame, source="staged.csv")


def test_the_funnel_goes_through_each_stage():
    apps = staged()
    assert stage_names(apps.frame) == ("recruiter call", "phone screen", "on-site")
    steps = funnel(apps).set_index("stage")["count"].to_dict()
    assert steps == {"applied": 4, "answered": 3, "recruiter call": 3, "phone screen": 2,
                     "on-site": 1, "offer": 1}
    analysis = analyse(apps, AS_OF)
    assert analysis.section("funnel").sentence == (
        "Of 4 applications, 3 had an answer (75%); 3 reached \u201crecruiter call\u201d, "
        "2 reached \u201cphone screen\u201d, 1 reached \u201con-site\u201d; 1 ended in an "
        "offer.")
    fig = plot_funnel(funnel(apps))
    assert [p.get_width() for p in fig.axes[0].patches] == [4, 3, 3, 2, 1, 1]


def test_the_timeline_shows_the_stages_with_a_date():
    apps = staged()
    fig = plot_timeline(apps.frame, AS_OF)
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    assert {"recruiter call", "phone screen", "on-site"} <= set(labels)
    assert "interview" not in labels
    ax = fig.axes[0]
    points = {line.get_label(): len(line.get_xdata()) for line in ax.lines}
    assert points["recruiter call"] == 3 and points["phone screen"] == 1
    assert "Interview stages shown: recruiter call, phone screen, on-site." in analyse(
        apps, AS_OF).section("timeline").sentence


def test_without_a_stages_column_the_funnel_is_the_usual_one():
    frame = staged().frame.drop(columns="stages")
    assert funnel(frame)["stage"].tolist() == ["applied", "interviewed", "followed up",
                                                "answered after interview", "offer"]
    assert stage_names(frame) == ()


# faces ---------------------------------------------------------------------------
def test_the_report_shows_an_empty_chart_as_its_sentence(tmp_path):
    frame = waits([], [3, 40, 50])
    apps = Applications(frame=frame, source="silent.csv")
    analysis = analyse(apps, AS_OF)
    page = render_report(apps, analysis)
    timing = analysis.section("timing")
    assert timing.empty
    start = page.index("<section id=timing>")
    body = page[start:page.index("</section>", start)]
    assert "<img" not in body and timing.sentence in body
    assert page.count("<img") == sum(not s.empty for s in analysis.sections)
    assert "More than 30 days without an answer count as no answer" in page
    assert "--silence-days N" in page


def test_cli_silence_days_changes_the_report(tmp_path):
    target = tmp_path / "r.html"
    err = io.StringIO()
    with redirect_stderr(err):
        status = run(["report", str(SAMPLE), "-o", str(target), "--as-of", "2026-11-30",
                      "--silence-days", "7"], out=io.StringIO())
    assert status == 0, err.getvalue()
    page = target.read_text(encoding="utf-8")
    assert "Counting more than 7 days of silence as no answer" in page
    assert "More than 7 days without an answer count as no answer, as chosen." in page
    err = io.StringIO()
    with redirect_stderr(err):
        status = run(["report", str(SAMPLE), "-o", str(tmp_path / "x.html"),
                      "--silence-days", "0"], out=io.StringIO())
    assert status == 2 and "at least 1 day" in err.getvalue()
    assert not (tmp_path / "x.html").exists()


def test_dashboard_silence_box_and_empty_charts():
    pytest.importorskip("ipywidgets")
    from coachkit.widgets import OutcomesDashboard

    dash = OutcomesDashboard(SAMPLE, as_of="2026-11-30")
    assert dash.silence.value == 30
    assert "9 in 10 of this log" in dash.silence_note.value
    before = dash.analysis.overall.iloc[0].decided
    dash.silence.value = 7
    assert dash.analysis.silence_days == 7 and dash.analysis.overall.iloc[0].decided > before
    assert "as chosen" in dash.silence_note.value
    assert "more than 7 days" in dash.headline.value
    dash.channel.value = "recruiter"
    dash.end.value = dash.start.value  # few left: some charts have nothing to show
    for key in dash.charts:
        hidden = dash.images[key].layout.display == "none"
        assert hidden is dash.analysis.section(key).empty


def test_rows_and_cells_a_lenient_load_left_out_are_counted_and_listed():
    from dataclasses import dataclass

    from coachkit.outcomes.render import render_loaded
    from coachkit.problem import Problem

    @dataclass(frozen=True)
    class Lenient(Applications):  # the loader's fields, as its interface fixes them
        left_out: tuple[Problem, ...] = ()
        rows_read: int = 0

    frame = waits([3, 4], [10])
    gone = (Problem("warning", "bad_date", "cannot read '31/02/2026'", row=5, column="Date"),)
    apps = Lenient(frame=frame, source="log.csv", left_out=gone, rows_read=4)
    analysis = analyse(apps, AS_OF)
    assert analysis.headline.endswith(" 1 of 4 rows left out; see the list.")
    page = render_report(apps, analysis)
    assert "1 rows or cells left out" in page
    assert "row 5, column &#x27;Date&#x27;: cannot read &#x27;31/02/2026&#x27;" in page
    assert "row 5" in render_loaded(apps)
    kept = Lenient(frame=frame, source="log.csv", left_out=gone, rows_read=3)
    assert analyse(kept, AS_OF).headline.endswith(" 1 unreadable cell left out; see the list.")
    assert not analyse(Applications(frame=frame, source="x"), AS_OF).headline.endswith(
        "see the list.")
