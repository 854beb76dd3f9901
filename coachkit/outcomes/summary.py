"""Plain-language sentences under each chart, computed from the statistics (not the UI)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from coachkit.outcomes.model import ResponseTiming
from coachkit.outcomes.stats import MIN_GROUP

__all__ = ["describe_funnel", "describe_rates", "describe_reply_days", "describe_timeline",
           "describe_timing", "describe_weekly"]


def _pct(x: float) -> str:
    return "n/a" if x is None or not math.isfinite(x) else f"{100 * x:.0f}%"


def _days(x: float) -> str:
    if not math.isfinite(x):
        return "n/a"
    return f"{x:.0f} day{'s' if round(x) != 1 else ''}" if x >= 1.5 else f"{x:.1f} days"


def describe_rates(table: pd.DataFrame, what: str = "group", focus: str | None = None) -> str:
    """Compare the best-answered group with the rest; say when it is not yet conclusive."""
    waiting = int(table["waiting"].sum())
    decided = int(table["decided"].sum())
    tail = f" {waiting} still waiting {'is' if waiting == 1 else 'are'} not counted." \
        if waiting else ""
    judged = table[table["decided"] > 0]
    if decided == 0:
        return "No application has had an answer or been marked as unanswered yet, so there " \
               f"is no response rate to show.{tail}"
    if len(table) == 1 or len(judged) < 2:
        row = judged.iloc[0]
        return (f"{_pct(row.rate)} of the {int(row.decided)} decided applications got an answer "
                f"(95% interval {_pct(row.ci_low)}–{_pct(row.ci_high)}).{tail}")
    big = judged[judged["decided"] >= MIN_GROUP]
    pool = big if len(big) else judged[judged["decided"] >= min(3, judged["decided"].max())]
    if focus is not None and focus in set(judged["group"]):
        best = judged[judged["group"] == focus].iloc[0]
    else:
        best = pool.sort_values(["rate", "decided"], ascending=False).iloc[0]
    rest = judged[judged["group"] != best.group]
    rest_yes, rest_n = int(rest["responded"].sum()), int(rest["decided"].sum())
    from coachkit.outcomes.stats import wilson_interval

    low, high = (float(v[()]) for v in wilson_interval(rest_yes, rest_n))
    rest_rate = rest_yes / rest_n if rest_n else float("nan")
    lead = f"Answers came {'more' if best.rate >= rest_rate else 'less'} often "
    text = (f"{lead}for {what} \u201c{best.group}\u201d: {_pct(best.rate)} "
            f"({int(best.responded)} of {int(best.decided)}), against {_pct(rest_rate)} "
            f"({rest_yes} of {rest_n}) for the others.")
    if best.decided < MIN_GROUP or rest_n < MIN_GROUP:
        text += (f" With {decided} decided applications this is not yet conclusive: a group "
                 f"needs at least {MIN_GROUP} to judge.")
    elif best.ci_low > high:
        text += " The 95% intervals do not overlap, so the difference is likely real."
    elif low <= best.rate <= high:
        text += " The intervals overlap a lot, so this may well be chance."
    else:
        text += (f" With {decided} decided applications the intervals still overlap: "
                 "suggestive, not conclusive.")
    return text + tail


def describe_timing(timing: ResponseTiming) -> str:
    """The median wait (or why it is not reached) and when silence becomes a likely no."""
    if timing.answered == 0:
        return (f"None of the {timing.n} applications has had an answer yet, so the wait "
                "cannot be estimated.")
    if math.isfinite(timing.median):
        lo, hi = timing.median_ci
        ci = (f" (95% interval {_days(lo)} to {_days(hi)})" if math.isfinite(lo)
              and math.isfinite(hi) else "")
        text = f"Half of the applications had an answer within {_days(timing.median)}{ci}."
    else:
        share = float(timing.curve["answered_share"].iloc[-1])
        last = float(timing.curve["day"].iloc[-1])
        text = (f"By day {last:.0f} an estimated {_pct(share)} of applications had an answer; "
                "fewer than half ever did, so the median wait is not reached.")
    if timing.answered >= 3:
        p90 = float(np.quantile(timing.reply_days, 0.9))
        text += (f" Nine in ten of the {timing.answered} answers came within {_days(p90)}; "
                 "after that, silence is most likely a no.")
    text += (f" The {timing.censored} without an answer count as still waiting up to "
             f"{timing.as_of:%Y-%m-%d}, not as a no.")
    if timing.answered < MIN_GROUP:
        text += f" With {timing.answered} answers this is not yet conclusive."
    return text


def describe_reply_days(timing: ResponseTiming) -> str:
    """How long the answers that came took."""
    days = timing.reply_days
    if len(days) == 0:
        return "No answers yet, so there are no reply times to show."
    text = (f"The {len(days)} answers came after a median of {_days(float(np.median(days)))} "
            f"(from {_days(float(days.min()))} to {_days(float(days.max()))}).")
    if len(days) < MIN_GROUP:
        text += " Too few to judge the usual wait yet."
    return text


def describe_funnel(table: pd.DataFrame) -> str:
    """The funnel in one sentence."""
    c = dict(zip(table["stage"], table["count"], strict=True))
    n = c["applied"]
    if n == 0:
        return "No applications match."
    return (f"Of {n} applications, {c['interviewed']} led to an interview "
            f"({_pct(c['interviewed'] / n)}); {c['followed up']} of those got a follow-up, "
            f"{c['answered after interview']} had an answer after the interview and "
            f"{c['offer']} ended in an offer.")


def describe_weekly(table: pd.DataFrame) -> str:
    """Recent activity against the four weeks before."""
    if table.empty:
        return "No activity to show."
    last = int(table["applied"].tail(4).sum())
    before = int(table["applied"].iloc[-8:-4].sum()) if len(table) > 4 else 0
    trend = "more than" if last > before else "fewer than" if last < before else "as many as"
    return (f"{last} applications in the last four weeks shown, {trend} the four weeks "
            f"before ({before}).")


def describe_timeline(frame: pd.DataFrame, as_of: pd.Timestamp) -> str:
    """How many are waiting and for how long."""
    waiting = frame[frame["status"] == "waiting"]
    if waiting.empty:
        return f"No application is waiting for an answer among the {len(frame)} shown."
    start = waiting["interviewed_at"].fillna(waiting["applied_on"])
    longest = float((as_of - start).dt.total_seconds().max() / 86400)
    return (f"{len(waiting)} of {len(frame)} applications are still waiting; the longest has "
            f"waited {_days(longest)} since its last step.")
