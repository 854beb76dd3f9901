"""Charts: n on every bar, a visible warning for small groups, bands and medians drawn."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from outcomes_helpers import AS_OF, waits

from coachkit.outcomes import load_applications
from coachkit.outcomes.analysis import analyse, to_png
from coachkit.outcomes.plots import (
    TOO_FEW,
    plot_funnel,
    plot_rates,
    plot_reply_days,
    plot_timeline,
    plot_timing,
)
from coachkit.outcomes.sample import generate
from coachkit.outcomes.stats import funnel, response_rates, time_to_response


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return load_applications(generate(300, seed=2), as_of="2026-11-27").frame


def texts(fig: Figure) -> list[str]:
    found = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        found += [t.get_text() for t in ax.texts]
        found += [t.get_text() for c in ax.containers for t in getattr(c, "datavalues", [])
                  if isinstance(t, str)]
    return found


def test_rates_chart_has_n_on_every_bar_and_flags_small_groups(frame):
    table = response_rates(frame, "delay_band")
    fig = plot_rates(table)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.texts]
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    for tick, (_, row) in zip(ticks, table.iterrows(), strict=True):
        assert tick.startswith(f"{row.group}\nn={row.decided}"), tick
        assert (f"+{row.waiting} waiting" in tick) is (row.waiting > 0)
    heights = [p.get_height() for p in ax.patches]
    assert heights == pytest.approx((table["rate"].fillna(0) * 100).tolist())
    small = int(table["too_few"].sum())
    assert small > 0
    assert sum(label == TOO_FEW for label in labels) == small
    assert any("fewer than 10" in t.get_text() for t in fig.texts)


def test_no_warning_when_every_group_is_large(frame):
    table = response_rates(frame, "followed_up")
    table = table[~table["too_few"]]
    fig = plot_rates(table)
    assert not fig.texts and TOO_FEW not in [t.get_text() for t in fig.axes[0].texts]


def test_timing_chart_draws_the_curve_its_band_and_the_median():
    timing = time_to_response(waits([2, 4, 4, 7, 10], [3, 6, 9]), AS_OF)
    fig = plot_timing(timing)
    ax = fig.axes[0]
    line = ax.lines[0]
    assert line.get_ydata()[-1] == pytest.approx(100)
    assert len(ax.collections) == 1  # the band
    assert any("median 7 d" in t.get_text() for t in ax.texts)
    assert any(t.get_text().startswith("n=8") for t in ax.texts)
    assert any(TOO_FEW in t.get_text() for t in fig.texts)


def test_histogram_bars_count_every_answer(frame):
    timing = time_to_response(frame, pd.Timestamp("2026-11-27"))
    fig = plot_reply_days(timing)
    ax = fig.axes[0]
    assert sum(p.get_height() for p in ax.patches) == timing.answered
    shown = [t.get_text() for t in ax.texts if t.get_text()]
    assert all(s.startswith("n=") for s in shown)
    assert sum(int(s[2:]) for s in shown) == timing.answered


def test_funnel_and_timeline(frame):
    steps = funnel(frame)
    fig = plot_funnel(steps)
    assert [p.get_width() for p in fig.axes[0].patches] == steps["count"].tolist()
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert labels[0].startswith(f"n={len(frame)} (100%)")
    fig = plot_timeline(frame, pd.Timestamp("2026-11-27"), limit=40)
    ax = fig.axes[0]
    assert len(ax.get_yticklabels()) == 40
    assert f"latest 40 of {len(frame)}" in ax.get_title(loc="left")


def test_empty_data_draws_a_message_not_an_error():
    empty = load_applications(generate(5, seed=1), as_of="2026-11-27").frame.iloc[0:0]
    result = analyse(empty, AS_OF)
    for section in result.sections:
        fig = section.draw()
        assert to_png(fig).startswith(b"\x89PNG")
        assert section.sentence


def test_figures_do_not_go_through_pyplot(frame):
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    for section in analyse(frame, AS_OF).sections:
        section.draw()
    assert plt.get_fignums() == before


def test_drawing_on_a_given_axes_returns_its_figure(frame):
    fig = Figure()
    ax = fig.add_subplot()
    assert plot_funnel(funnel(frame), ax=ax) is fig
    assert np.isclose(ax.patches[0].get_width(), len(frame))


def test_a_wilson_bound_a_rounding_error_below_the_rate_still_draws():
    # 20 answers in 20: the upper bound can come out as 0.9999999999999999 < 1.0
    table = pd.DataFrame({"group": ["analyst"], "applications": [20], "decided": [20],
                          "waiting": [0], "rate": [1.0], "ci_low": [0.84],
                          "ci_high": [1.0 - 1e-16], "too_few": [False]})
    fig = plot_rates(table)
    assert isinstance(fig, Figure)
    assert len(fig.axes[0].patches) == 1
