"""Statistics against hand-worked numbers and against second implementations."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from outcomes_helpers import AS_OF, log, waits

from coachkit.outcomes.stats import (
    MIN_GROUP,
    Z95,
    filter_applications,
    funnel,
    response_rates,
    time_to_response,
    weekly_activity,
    wilson_interval,
)
from coachkit.outcomes.summary import describe_rates, describe_timing


def wilson_by_hand(k: float, n: float, z: float = Z95) -> tuple[float, float]:
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return centre - half, centre + half


def kaplan_meier_by_hand(days, answered):
    """Product-limit estimate with Greenwood variance, one step per distinct answer time."""
    days, answered = np.asarray(days, float), np.asarray(answered, bool)
    out, surv, greenwood = [], 1.0, 0.0
    for t in np.unique(days[answered]):
        at_risk = int((days >= t).sum())
        d = int(((days == t) & answered).sum())
        surv *= 1 - d / at_risk
        if at_risk > d:
            greenwood += d / (at_risk * (at_risk - d))
        out.append((t, at_risk, d, surv, surv * math.sqrt(greenwood)))
    return out


def test_wilson_hand_worked_12_of_15():
    # p = 0.8, z² = 3.8415; centre = (0.8 + 0.12805) / 1.25610 = 0.73884;
    # half = 1.95996 · sqrt(0.010667 + 0.0042683) / 1.25610 = 0.19069
    low, high = wilson_interval(12, 15)
    assert float(low) == pytest.approx(0.548146, abs=1e-6)
    assert float(high) == pytest.approx(0.929525, abs=1e-6)


def test_wilson_of_an_empty_group_is_nan():
    low, high = wilson_interval(np.array([0, 3]), np.array([0, 3]))
    assert math.isnan(low[0]) and math.isnan(high[0])
    assert high[1] == pytest.approx(1.0)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 5000).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_wilson_matches_the_formula(kn):
    k, n = kn
    low, high = wilson_interval(k, n)
    want = wilson_by_hand(k, n)
    assert float(low) == pytest.approx(want[0], abs=1e-9)
    assert float(high) == pytest.approx(want[1], abs=1e-9)
    assert 0 <= float(low) <= k / n + 1e-12 and k / n <= float(high) + 1e-12 <= 1 + 2e-12


def test_response_rate_counts_waiting_apart():
    frame = log([{"outcome": "rejected"}, {"outcome": "offer", "response_at": "2026-10-09"},
                 {"outcome": "no_response"}, {"outcome": "pending"}, {"outcome": "pending"},
                 {"outcome": "withdrew"}, {"outcome": "pending", "response_at": "2026-10-20"}])
    row = response_rates(frame).iloc[0]
    assert (row.applications, row.responded, row.silent, row.waiting, row.withdrew) == \
        (7, 3, 1, 2, 1)
    assert row.decided == 4
    assert row.rate == pytest.approx(0.75)
    assert (row.ci_low, row.ci_high) == pytest.approx(wilson_by_hand(3, 4))
    assert bool(row.too_few)


def test_response_rate_by_delay_band():
    rows = []
    for hours, answered in [(3, True), (20, True), (23, False), (30, True), (50, False),
                            (80, False), (None, False)]:
        rows.append({"interviewed_at": "2026-10-05 10:00",
                     "follow_up_sent_at": "" if hours is None else
                     f"{pd.Timestamp('2026-10-05 10:00') + pd.Timedelta(hours=hours)}",
                     "outcome": "rejected" if answered else "no_response"})
    rows.append({"outcome": "rejected"})  # no interview: not in any delay band
    table = response_rates(log(rows), "delay_band").set_index("group")
    assert list(table.index) == ["<24 h", "24–48 h", "48–72 h", ">72 h", "none"]
    assert table.loc["<24 h", ["responded", "decided"]].tolist() == [2, 3]
    assert table.loc["24–48 h", "rate"] == 1.0
    assert table.loc[">72 h", "rate"] == 0.0
    assert table.loc["none", "decided"] == 1
    assert table["applications"].sum() == 7
    assert table["too_few"].all()


def test_groupings_by_channel_score_and_role():
    frame = log([{"channel": "referral", "outcome": "offer", "role": "Software Engineer",
                  "interviewed_at": "2026-10-03", "follow_up_sent_at": "2026-10-03 18:00",
                  "follow_up_score": "91"},
                 {"channel": "referral", "outcome": "no_response", "role": "UX designer"},
                 {"channel": "job board", "outcome": "rejected", "role": ""}])
    by_channel = response_rates(frame, "channel").set_index("group")
    assert by_channel.loc["referral", ["responded", "silent"]].tolist() == [1, 1]
    by_score = response_rates(frame, "score_band").set_index("group")
    assert by_score.loc["80–100", "responded"] == 1
    roles = response_rates(frame, "role_kind").set_index("group")["applications"].to_dict()
    assert roles == {"engineering": 1, "design": 1, "unknown": 1}
    with pytest.raises(ValueError, match="by must be"):
        response_rates(frame, "colour")


def test_kaplan_meier_hand_worked():
    # answers after 2, 4, 4, 7 and 10 days; silences lasting 3, 6 and 9 days so far.
    # S(2) = 7/8 = 0.875; S(4) = 0.875 · 4/6 = 0.58333; S(7) = 0.58333 · 2/3 = 0.38889;
    # S(10) = 0. Greenwood at day 4: 0.58333² · (1/(8·7) + 2/(6·4)) → se 0.18556.
    timing = time_to_response(waits([2, 4, 4, 7, 10], [3, 6, 9]), AS_OF)
    curve = timing.curve
    assert curve["day"].tolist() == [2, 4, 7, 10]
    assert curve["at_risk"].tolist() == [8, 6, 3, 1]
    assert curve["waiting"].tolist() == pytest.approx([0.875, 0.583333, 0.388889, 0.0], abs=1e-6)
    assert timing.median == 7
    assert (timing.n, timing.answered, timing.censored) == (8, 5, 3)
    sentence = describe_timing(timing)
    assert sentence.startswith("Half of the applications had an answer within 7 days")
    assert "The 3 without an answer count as still waiting up to 2026-11-30, not as a no." \
        in sentence
    assert "With 5 answers this is not yet conclusive." in sentence
    from statsmodels.duration.survfunc import SurvfuncRight

    sf = SurvfuncRight([2, 3, 4, 4, 6, 7, 9, 10], [1, 0, 1, 1, 0, 1, 0, 1])
    assert sf.surv_prob_se[1] == pytest.approx(0.185561, abs=1e-6)
    low, high = curve.loc[1, ["ci_low", "ci_high"]]
    assert low < 0.583333 < high


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.booleans()), min_size=1, max_size=40))
def test_kaplan_meier_matches_a_hand_written_product_limit(pairs):
    events = [d for d, e in pairs if e]
    censored = [d for d, e in pairs if not e]
    if not events:
        return
    timing = time_to_response(waits(events, censored), AS_OF)
    want = kaplan_meier_by_hand([d for d, _ in pairs], [e for _, e in pairs])
    assert timing.curve["day"].tolist() == pytest.approx([w[0] for w in want])
    assert timing.curve["at_risk"].tolist() == [w[1] for w in want]
    assert timing.curve["waiting"].tolist() == pytest.approx([w[3] for w in want], abs=1e-9)
    below = [w[0] for w in want if w[3] <= 0.5 + 1e-12]
    if below:
        assert timing.median == pytest.approx(below[0])
    else:
        assert math.isnan(timing.median)


def test_kaplan_meier_agrees_with_lifelines():
    lifelines = pytest.importorskip("lifelines")
    rng = np.random.default_rng(3)
    events = rng.integers(1, 40, 60).tolist()
    censored = rng.integers(1, 40, 40).tolist()
    timing = time_to_response(waits(events, censored), AS_OF)
    km = lifelines.KaplanMeierFitter().fit(events + censored, [1] * 60 + [0] * 40)
    theirs = km.survival_function_.iloc[:, 0]
    for day, value in zip(timing.curve["day"], timing.curve["waiting"], strict=True):
        assert theirs.loc[day] == pytest.approx(value, abs=1e-9)
    assert timing.median == pytest.approx(km.median_survival_time_)


def test_pending_applications_are_censored_at_as_of():
    frame = waits([5], [20])
    early = time_to_response(frame, AS_OF)
    later = time_to_response(frame, AS_OF + pd.Timedelta(days=10))
    assert early.censored == later.censored == 1
    from coachkit.outcomes.stats import durations

    days, _ = durations(frame, AS_OF)
    assert sorted(days.tolist()) == [5, 20]
    days_later, _ = durations(frame, AS_OF + pd.Timedelta(days=10))
    assert sorted(days_later.tolist()) == [5, 30]


def test_no_answers_gives_an_empty_curve_and_a_sentence():
    timing = time_to_response(waits([], [3, 4]), AS_OF)
    assert timing.curve.empty and math.isnan(timing.median)
    assert "None of the 2 applications" in describe_timing(timing)


def test_funnel_and_weekly_activity():
    frame = log([
        {"applied_on": "2026-11-02", "interviewed_at": "2026-11-09 10:00",
         "follow_up_sent_at": "2026-11-09 15:00", "response_at": "2026-11-16", "outcome": "offer"},
        {"applied_on": "2026-11-03", "interviewed_at": "2026-11-10 10:00",
         "outcome": "no_response"},
        {"applied_on": "2026-11-20", "outcome": "pending"}])
    steps = funnel(frame).set_index("stage")["count"].to_dict()
    assert steps == {"applied": 3, "interviewed": 2, "followed up": 1,
                     "answered after interview": 1, "offer": 1}
    weekly = weekly_activity(frame)
    assert weekly["week"].dt.day_of_week.eq(0).all()
    assert weekly.set_index("week").loc["2026-11-02", "applied"] == 2
    assert weekly["applied"].sum() == 3 and weekly["answers"].sum() == 1
    assert len(weekly) == 3  # the empty week between is there, with zeros


def test_filter_applications():
    frame = log([{"applied_on": "2026-10-01", "channel": "referral"},
                 {"applied_on": "2026-10-15", "channel": "job board"},
                 {"applied_on": "2026-11-01", "channel": "referral", "role": "Designer"}])
    assert len(filter_applications(frame, start="2026-10-10")) == 2
    assert len(filter_applications(frame, end="2026-10-15")) == 2
    assert len(filter_applications(frame, channel="referral")) == 2
    assert len(filter_applications(frame, channel="referral", role_kind="design")) == 1
    assert len(filter_applications(frame, channel="all")) == 3


def test_sentences_say_when_a_result_is_not_conclusive():
    table = response_rates(log([{"outcome": "rejected"}] * 3 + [{"outcome": "no_response"}]))
    assert "75% of the 4 decided applications" in describe_rates(table)
    rows = ([{"channel": "referral", "outcome": "rejected"}] * 4
            + [{"channel": "job board", "outcome": "no_response"}] * 5
            + [{"channel": "job board", "outcome": "pending"}])
    text = describe_rates(response_rates(log(rows), "channel"), "channel")
    assert "“referral”: 100% (4 of 4)" in text and "0% (0 of 5)" in text
    assert f"needs at least {MIN_GROUP}" in text and "1 still waiting is not counted" in text
    big = ([{"channel": "referral", "outcome": "rejected"}] * 30
           + [{"channel": "job board", "outcome": "no_response"}] * 28
           + [{"channel": "job board", "outcome": "rejected"}] * 2)
    text = describe_rates(response_rates(log(big), "channel"), "channel")
    assert "likely real" in text
