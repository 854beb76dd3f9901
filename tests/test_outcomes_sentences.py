"""Every sentence against the table it summarises: each claim is recomputed here.

The numbers, percentages and counts in the headline and under every chart are
worked out again from ``Section.table`` (and, for the headline, the input log and
the silence assumption), on the sample log and on synthetic logs shaped like the
real ones: all silent, all answered, no interviews, one row, and mostly silent
with a few answers.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from coachkit.outcomes import load_applications
from coachkit.outcomes.analysis import analyse
from coachkit.outcomes.model import Analysis, Section
from coachkit.outcomes.stats import MIN_GROUP

SAMPLE = Path(__file__).parents[1] / "data" / "sample_applications.csv"
AS_OF = pd.Timestamp("2026-11-30")


def _day(days_ago: int) -> str:
    return f"{AS_OF - pd.Timedelta(days=days_ago):%Y-%m-%d}"


def _answered(i: int, applied_ago: int, wait: int, outcome: str = "rejected",
              interview: bool = False) -> dict:
    row = {"company": f"Answered {i}", "applied_on": _day(applied_ago),
           "response_at": _day(applied_ago - wait), "outcome": outcome}
    if interview:
        row["interviewed_at"] = _day(applied_ago - 1) + " 10:00"
        row["response_at"] = _day(applied_ago - 1 - wait)
    return row


def _pending(i: int, applied_ago: int) -> dict:
    return {"company": f"Pending {i}", "applied_on": _day(applied_ago), "outcome": "pending"}


def _load(rows: list[dict]) -> pd.DataFrame:
    columns = ["company", "applied_on", "interviewed_at", "follow_up_sent_at", "response_at",
               "outcome", "channel"]
    table = pd.DataFrame(rows).reindex(columns=columns).astype(object).fillna("")
    return load_applications(table, as_of=AS_OF).frame


def _all_silent() -> pd.DataFrame:
    return _load([_pending(i, 5 + 6 * i) for i in range(20)])


def _all_answered() -> pd.DataFrame:
    return _load([_answered(i, 20 + 3 * i, 2 + i % 9, "offer" if i % 5 == 0 else "rejected",
                            interview=i % 2 == 0) for i in range(15)])


def _no_interviews() -> pd.DataFrame:
    rows = [_answered(i, 10 + 2 * i, 3 + i % 7) for i in range(12)]
    rows += [_pending(i, 4 + 3 * i) for i in range(25)]
    rows += [{"company": f"No {i}", "applied_on": _day(40 + i), "outcome": "no_response"}
             for i in range(6)]
    return _load(rows)


def _one_row() -> pd.DataFrame:
    return _load([_pending(0, 12)])


def _mostly_silent() -> pd.DataFrame:
    """Like the real log of the research: 22 answers, 66 left as "Applied" for months."""
    rng = np.random.default_rng(11)
    rows = [_answered(i, int(rng.integers(40, 130)), int(rng.integers(2, 35)))
            for i in range(22)]
    rows += [_pending(i, int(rng.integers(2, 127))) for i in range(66)]
    return _load(rows)


def _sample() -> pd.DataFrame:
    return load_applications(SAMPLE, as_of=AS_OF).frame


LOGS = {"sample": _sample, "all_silent": _all_silent, "all_answered": _all_answered,
        "no_interviews": _no_interviews, "one_row": _one_row, "mostly_silent": _mostly_silent}


@pytest.fixture(scope="module", params=sorted(LOGS))
def case(request) -> tuple[pd.DataFrame, Analysis]:
    frame = LOGS[request.param]()
    return frame, analyse(frame, AS_OF)


# formatting as a reader sees it ------------------------------------------------
def pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def days(x: float) -> str:
    return f"{x:.0f} day{'s' if round(x) != 1 else ''}" if x >= 1.5 else f"{x:.1f} days"


def apps(n: int, kind: str = "") -> str:
    return f"{n} {kind}application{'' if n == 1 else 's'}"


def waited(frame: pd.DataFrame) -> pd.Series:
    start = frame["interviewed_at"].fillna(frame["applied_on"])
    return (AS_OF - start).dt.total_seconds() / 86400


# the headline ------------------------------------------------------------------
def test_headline_leads_with_the_share_answered_by_the_silence_day(case):
    frame, analysis = case
    curve = analysis.section("timing").table
    n = len(frame)
    answered = int(frame["response_at"].notna().sum())
    if answered == 0:
        assert analysis.headline.startswith(f"None of the {apps(n)} has had an answer")
        return
    longest = float(waited(frame).where(frame["response_at"].isna(),
                                        (frame["response_at"] - frame["interviewed_at"].fillna(
                                            frame["applied_on"])).dt.total_seconds() / 86400
                                        ).max())
    day = analysis.silence_days if longest >= analysis.silence_days else int(longest)
    upto = curve[curve["day"] <= day]
    share = float(upto["answered_share"].iloc[-1]) if len(upto) else 0.0
    assert analysis.headline.startswith(f"By day {day}")
    assert f"an estimated {pct(share)}" in analysis.headline
    assert f"of the {apps(n)} had an answer." in analysis.headline
    if len(upto) and 0 < share < 1:
        low, high = 1 - upto["ci_high"].iloc[-1], 1 - upto["ci_low"].iloc[-1]
        if pct(low) != pct(high):
            assert f"{pct(share)} ({100 * low:.0f}–{pct(high)})" in analysis.headline
    still = curve["waiting"].iloc[-1] if len(curve) else 1.0
    if still > 0.5:
        assert "The typical wait is not reached: fewer than half have had an answer." \
            in analysis.headline
    else:
        median = float(curve.loc[curve["waiting"] <= 0.5 + 1e-12, "day"].iloc[0])
        assert f"The typical wait for an answer is {days(median)}" in analysis.headline


def test_headline_response_rate_counts_long_silences_as_no_answer(case):
    frame, analysis = case
    n, limit = len(frame), analysis.silence_days
    responded = int((frame["response_at"].notna()
                     | frame["outcome"].isin(["offer", "rejected"])).sum())
    pending = frame["outcome"].eq("pending") & frame["response_at"].isna()
    past = pending & (waited(frame) > limit)
    waiting = int((pending & ~past).sum())
    silent = int(frame["outcome"].eq("no_response").sum()) + int(past.sum())
    decided = responded + silent
    row = analysis.overall.iloc[0]
    assert (row.responded, row.silent, row.waiting, row.decided) == (responded, silent,
                                                                      waiting, decided)
    text = analysis.headline
    assert f"Counting more than {limit} days of silence as no answer" in text
    if decided == 0:
        assert "no application has had an answer or counts as unanswered yet" in text
    elif waiting > decided:
        assert f"{waiting} of the {apps(n)} are still waiting" in text
        assert f"so far {responded} answered and {silent} had no answer" in text
        assert "decided applications got an answer" not in text
    else:
        assert f"{pct(responded / decided)} of the {apps(decided, 'decided ')} got an answer" \
            in text
        if past.any():
            assert f"include {int(past.sum())} silent for more than {limit} days" in text
    if silent + waiting > n / 2:
        assert "100%" not in text, "a 100% response rate while most went unanswered"


def test_the_silence_assumption_is_stated(case):
    _, analysis = case
    assert analysis.silence_note.startswith(
        f"More than {analysis.silence_days} days without an answer count as no answer")


# the sections -------------------------------------------------------------------
def check_timing(section: Section, frame: pd.DataFrame, analysis: Analysis) -> None:
    curve = section.table
    n = len(frame)
    if curve.empty:
        assert section.empty
        assert section.sentence.startswith(f"None of the {apps(n)} has had an answer")
        return
    censored = n - int(curve["answered"].sum())
    assert f"the {censored} without an answer" in section.sentence
    assert f"of the {apps(n)}" in section.sentence or \
        f"counts all {apps(n)}" in section.sentence
    if curve["waiting"].iloc[-1] > 0.5:
        share = float(curve["answered_share"].iloc[-1])
        assert f"An estimated {pct(share)} of the {apps(n)} had an answer by day " \
               f"{curve['day'].iloc[-1]:.0f}" in section.sentence


def check_reply_days(section: Section, frame: pd.DataFrame, analysis: Analysis) -> None:
    waits = section.table["days"]
    if waits.empty:
        assert section.empty and "no reply times to show" in section.sentence
        return
    assert section.sentence.startswith(
        f"{len(waits)} of the {apps(len(frame))} had an answer, after a median of "
        f"{days(float(waits.median()))} (from {days(waits.min())} to {days(waits.max())})")
    assert ("Too few to judge" in section.sentence) is (len(waits) < MIN_GROUP)


def check_funnel(section: Section, frame: pd.DataFrame, analysis: Analysis) -> None:
    c = dict(zip(section.table["stage"], section.table["count"], strict=True))
    assert c["applied"] == len(frame)
    if c["interviewed"] == 0:
        assert section.sentence == (f"Of {apps(len(frame))}, none records an interview,"
                                    f" and {c['offer']} ended in an offer.")
        return
    assert section.sentence == (
        f"Of {apps(c['applied'])}, {c['interviewed']} led to an interview "
        f"({pct(c['interviewed'] / c['applied'])}); {c['followed up']} of those got a "
        f"follow-up, {c['answered after interview']} had an answer after the interview and "
        f"{c['offer']} ended in an offer.")


def check_timeline(section: Section, frame: pd.DataFrame, analysis: Analysis) -> None:
    table = section.table
    waiting = table[table["status"].eq("waiting")]
    assumed = int(table["assumed_no_answer"].sum())
    assert (waited(table[table["assumed_no_answer"]]) > analysis.silence_days).all()
    assert (waited(waiting) <= analysis.silence_days).all()
    if waiting.empty:
        assert f"None of the {apps(len(table))} is still waiting" in section.sentence
    else:
        assert section.sentence.startswith(
            f"{len(waiting)} of {apps(len(table))} {'is' if len(waiting) == 1 else 'are'} still "
            f"waiting; the longest has "
            f"waited {days(waited(waiting).max())}")
    if assumed:
        assert f"{assumed} more" in section.sentence
        assert f"over {analysis.silence_days} days and count as no answer" in section.sentence
    assert ("The chart shows the latest 40." in section.sentence) is (len(table) > 40)


def check_weekly(section: Section, frame: pd.DataFrame, analysis: Analysis) -> None:
    table = section.table
    last, before = int(table["applied"].tail(4).sum()), int(table["applied"].iloc[-8:-4].sum())
    assert int(table["applied"].sum()) == len(frame)
    verb = "was" if last == 1 else "were"
    assert section.sentence.startswith(f"{last} of the {apps(len(frame))} {verb} sent")
    assert section.sentence.endswith(f"the four weeks before ({before}).")


def check_rates(section: Section, frame: pd.DataFrame, analysis: Analysis) -> None:
    table = section.table
    counted, decided = int(table["applications"].sum()), int(table["decided"].sum())
    assert section.empty is (decided == 0)
    if counted == 0:
        assert section.sentence.startswith(f"None of the {apps(len(frame))} records")
        return
    counts = (f"all {apps(counted)}" if counted == len(frame) and section.key in
              ("rates_channel", "rates_role_kind") else f"the {counted} of {apps(len(frame))}")
    assert section.sentence.startswith(f"This chart counts {counts}")
    if decided == 0:
        assert "there is no response rate to show" in section.sentence
        return
    judged = table[table["decided"] > 0]
    if len(judged) == 1:
        row = judged.iloc[0]
        assert f"{pct(row.rate)} of the {apps(row.decided, 'decided ')} got an answer" \
            in section.sentence
        return
    named = re.search(r"\u201c(.+?)\u201d", section.sentence).group(1)
    best = table[table["group"] == named].iloc[0]
    rest = judged[judged["group"] != named]
    yes, n = int(rest["responded"].sum()), int(rest["decided"].sum())
    assert f"{pct(best.rate)} ({best.responded} of {best.decided}), against " \
           f"{pct(yes / n)} ({yes} of {n}) for the others" in section.sentence
    waiting = int(table["waiting"].sum())
    assert (f"{waiting} still waiting" in section.sentence) is (waiting > 0)


CHECKS = {"timing": check_timing, "reply_days": check_reply_days, "funnel": check_funnel,
          "timeline": check_timeline, "weekly": check_weekly}


def test_every_sentence_matches_its_table(case):
    frame, analysis = case
    for section in analysis.sections:
        CHECKS.get(section.key, check_rates)(section, frame, analysis)


def test_no_chart_contradicts_the_headline(case):
    _, analysis = case
    first = analysis.sections[0]
    assert first.key == "timing"
    if analysis.headline.startswith("None of"):
        assert first.empty and analysis.section("reply_days").empty
    else:
        assert not first.empty
    for section in analysis.sections:
        assert "No decided applications yet" not in section.sentence
        if section.empty:
            assert section.sentence.count(". ") == 0, "an empty chart is one sentence"


def test_all_silent_log_has_no_rate_of_100_and_charts_as_sentences():
    analysis = analyse(_all_silent(), AS_OF)
    assert analysis.silence_days == 30
    assert "0% of the" in analysis.headline or "still waiting" in analysis.headline
    assert {s.key for s in analysis.sections if s.empty} >= {"timing", "reply_days", "delay"}


def test_mostly_silent_log_never_claims_everyone_answered():
    frame = _mostly_silent()
    analysis = analyse(frame, AS_OF)
    rate = analysis.overall.iloc[0]
    assert rate.rate < 0.5
    assert "100%" not in analysis.headline
    assert math.isfinite(rate.ci_low)
