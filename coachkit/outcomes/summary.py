"""Plain-language sentences under each chart, computed from the statistics (not the UI)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from coachkit.outcomes.model import ResponseTiming
from coachkit.outcomes.stats import MIN_GROUP, SILENCE_BOUNDS, SilenceRule, answered_by

__all__ = [
    "describe_funnel",
    "describe_headline",
    "describe_rates",
    "describe_reply_days",
    "describe_silence",
    "describe_timeline",
    "describe_timing",
    "describe_weekly",
    "n_applications",
]


def _pct(x: float) -> str:
    return "n/a" if x is None or not math.isfinite(x) else f"{100 * x:.0f}%"


def _interval(low: float, high: float) -> str:
    """" (18–33%)", or nothing when the interval is undefined or a point."""
    if not (math.isfinite(low) and math.isfinite(high)) or _pct(low) == _pct(high):
        return ""
    return f" ({100 * low:.0f}–{_pct(high)})"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def n_applications(n: int) -> str:
    """"1 application" or "n applications"."""
    return _plural(n, "application")


def _days(x: float) -> str:
    if not math.isfinite(x):
        return "n/a"
    return f"{x:.0f} day{'s' if round(x) != 1 else ''}" if x >= 1.5 else f"{x:.1f} days"


def describe_rates(table: pd.DataFrame, what: str = "group", focus: str | None = None,
                   counted: str | None = None) -> str:
    """Compare the best-answered group with the rest; say when it is not yet conclusive.

    ``counted`` names the applications the table counts ("the 34 interviewed
    applications of 60"); the sentence then starts by saying so.
    """
    if counted is not None:
        return f"This chart counts {counted}. " + describe_rates(table, what, focus)
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
        decided_n = _plural(int(row.decided), "decided application")
        return (f"{_pct(row.rate)} of the {decided_n} got an answer "
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
        text += (f" With {_plural(decided, 'decided application')} this is not yet "
                 f"conclusive: a group needs at least {MIN_GROUP} to judge.")
    elif best.ci_low > high:
        text += " The 95% intervals do not overlap, so the difference is likely real."
    elif low <= best.rate <= high:
        text += " The intervals overlap a lot, so this may well be chance."
    else:
        text += (f" With {_plural(decided, 'decided application')} the intervals still overlap: "
                 "suggestive, not conclusive.")
    return text + tail


def describe_headline(timing: ResponseTiming, overall: pd.DataFrame, silence_days: int,
                      assumed: int = 0) -> str:
    """Lead with the share answered by day ``silence_days`` and the typical wait, then the
    response rate that counts more than ``silence_days`` days of silence as no answer.

    ``overall`` is the one-row response-rate table (silence already applied) and
    ``assumed`` how many of its silent applications are silent by that assumption.
    """
    total = int(overall["applications"].sum()) if len(overall) else 0
    if total == 0:
        return "No applications match."
    return _lead(timing, silence_days) + _rate(overall.iloc[0], silence_days, assumed)


def _lead(timing: ResponseTiming, day: int) -> str:
    if timing.answered == 0:
        text = f"None of the {n_applications(timing.n)} has had an answer yet."
        if math.isfinite(timing.longest):
            text += f" The longest has waited {_days(timing.longest)} since its last step."
        return text
    horizon, note = day, ""
    if timing.longest < day:
        horizon = int(timing.longest)
        note = " (the longest any application has waited so far)"
    share, low, high = answered_by(timing, horizon)
    text = (f"By day {horizon}{note}, an estimated {_pct(share)}{_interval(low, high)} of the "
            f"{timing.n} applications had an answer.")
    if math.isfinite(timing.median):
        lo, hi = timing.median_ci
        ci = (f" (95% interval {_days(lo)} to {_days(hi)})" if math.isfinite(lo)
              and math.isfinite(hi) else "")
        return text + f" The typical wait for an answer is {_days(timing.median)}{ci}."
    return text + " The typical wait is not reached: fewer than half have had an answer."


def _rate(row: pd.Series, days: int, assumed: int) -> str:
    rule = f" Counting more than {days} days of silence as no answer, "
    decided, waiting = int(row.decided), int(row.waiting)
    if decided == 0:
        return rule + "no application has had an answer or counts as unanswered yet."
    if waiting > decided:
        return (rule + f"{waiting} of the {n_applications(int(row.applications))} are still "
                f"waiting, more than the {decided} decided, so a response rate would mislead: "
                f"so far {int(row.responded)} answered and {int(row.silent)} had no answer.")
    text = (rule + f"{_pct(row.rate)} of the {_plural(decided, 'decided application')} got "
            f"an answer (95% interval {_pct(row.ci_low)}–{_pct(row.ci_high)})")
    if assumed:
        text += (f"; the {decided} include {assumed} silent for more than {days} days "
                 "without a word in the log")
    text += "."
    if waiting:
        text += f" {waiting} still waiting {'is' if waiting == 1 else 'are'} not counted."
    return text


def describe_silence(rule: SilenceRule) -> str:
    """Where the number of days of silence that count as no answer came from."""
    text = f"More than {_plural(rule.days, 'day')} without an answer count as no answer"
    if not rule.derived:
        return text + ", as chosen."
    low, high = SILENCE_BOUNDS
    if not math.isfinite(rule.p90):
        return (text + f": with {_plural(rule.answers, 'answer')} the log says too little about "
                f"its own answer times, so the default is {low} days.")
    text += (f" by default: 9 in 10 of this log's {rule.answers} answers came within "
             f"{_days(rule.p90)}")
    if rule.p90 < low:
        return text + (f", and the default is never under {low} days, because slow answers to "
                       "recent applications have not come yet.")
    if rule.p90 > high:
        return text + f", and the default is never over {high} days."
    return text + "."


def describe_timing(timing: ResponseTiming, silence_days: int | None = None) -> str:
    """The median wait (or why it is not reached) and how many applications it counts.

    With ``silence_days`` (the assumption the response rates use) the sentence says
    that this estimate needs no such assumption.
    """
    if timing.answered == 0:
        return (f"None of the {n_applications(timing.n)} has had an answer yet, so the wait "
                "cannot be estimated.")
    if math.isfinite(timing.median):
        lo, hi = timing.median_ci
        ci = (f" (95% interval {_days(lo)} to {_days(hi)})" if math.isfinite(lo)
              and math.isfinite(hi) else "")
        text = (f"Half of the applications had an answer within {_days(timing.median)}{ci}; "
                f"the estimate counts all {n_applications(timing.n)}.")
    else:
        share = float(timing.curve["answered_share"].iloc[-1])
        last = float(timing.curve["day"].iloc[-1])
        text = (f"An estimated {_pct(share)} of the {n_applications(timing.n)} had an answer by "
                f"day {last:.0f}, the day of the latest answer; fewer than half did, so the "
                "median wait is not reached.")
    if timing.answered >= 3:
        p90 = float(np.quantile(timing.reply_days, 0.9))
        text += f" Nine in ten of the {timing.answered} answers came within {_days(p90)}."
    if silence_days is None:
        text += (f" The {timing.censored} without an answer count as still waiting up to "
                 f"{timing.as_of:%Y-%m-%d}, not as a no.")
    else:
        text += (f" It follows the {timing.censored} without an answer up to "
                 f"{timing.as_of:%Y-%m-%d}, so unlike the response rates it needs no "
                 f"assumption about silence.")
    if timing.answered < MIN_GROUP:
        text += f" With {timing.answered} answers this is not yet conclusive."
    return text


def describe_reply_days(timing: ResponseTiming) -> str:
    """How long the answers that came took, and out of how many applications."""
    days = timing.reply_days
    if len(days) == 0:
        return (f"None of the {n_applications(timing.n)} has had an answer yet, so there are no "
                "reply times to show.")
    text = (f"{len(days)} of the {n_applications(timing.n)} had an answer, after a median of "
            f"{_days(float(np.median(days)))} (from {_days(float(days.min()))} to "
            f"{_days(float(days.max()))}).")
    if len(days) < MIN_GROUP:
        text += " Too few to judge the usual wait yet."
    return text


def describe_funnel(table: pd.DataFrame) -> str:
    """The funnel in one sentence (with the interview stages when the log has them)."""
    c = dict(zip(table["stage"], table["count"], strict=True))
    n = c["applied"]
    if n == 0:
        return "No applications match, so there is no funnel to show."
    if "answered" in c:
        stages = [s for s in table["stage"] if s not in ("applied", "answered", "offer")]
        reached = ", ".join(f"{c[s]} reached \u201c{s}\u201d" for s in stages)
        return (f"Of {n_applications(n)}, {c['answered']} had an answer "
                f"({_pct(c['answered'] / n)}); {reached}; {c['offer']} ended in an offer.")
    if c["interviewed"] == 0:
        return (f"Of {n_applications(n)}, none records an interview, and {c['offer']} ended in an "
                "offer.")
    return (f"Of {n_applications(n)}, {c['interviewed']} led to an interview "
            f"({_pct(c['interviewed'] / n)}); {c['followed up']} of those got a follow-up, "
            f"{c['answered after interview']} had an answer after the interview and "
            f"{c['offer']} ended in an offer.")


def describe_weekly(table: pd.DataFrame) -> str:
    """Recent activity against the four weeks before, out of every application sent."""
    if table.empty:
        return "No application has a date to count by week."
    last = int(table["applied"].tail(4).sum())
    before = int(table["applied"].iloc[-8:-4].sum()) if len(table) > 4 else 0
    trend = "more than" if last > before else "fewer than" if last < before else "as many as"
    verb = "was" if last == 1 else "were"
    return (f"{last} of the {n_applications(int(table['applied'].sum()))} {verb} sent in the last "
            f"four weeks shown, {trend} the four weeks before ({before}).")


def describe_timeline(frame: pd.DataFrame, as_of: pd.Timestamp, silence_days: int | None = None,
                      stages: tuple[str, ...] = (), limit: int = 40) -> str:
    """How many are waiting and for how long, and how many count as no answer."""
    n = len(frame)
    if n == 0:
        return "No applications match, so there is no timeline to show."
    waiting = frame[frame["status"] == "waiting"]
    if waiting.empty:
        text = f"None of the {n_applications(n)} is still waiting for an answer."
    else:
        start = waiting["interviewed_at"].fillna(waiting["applied_on"])
        longest = float((as_of - start).dt.total_seconds().max() / 86400)
        verb = "is" if len(waiting) == 1 else "are"
        text = (f"{len(waiting)} of {n_applications(n)} {verb} still waiting; the longest has "
                f"waited {_days(longest)} since its last step.")
    assumed = int(frame["assumed_no_answer"].sum()) if "assumed_no_answer" in frame else 0
    if assumed and silence_days is not None:
        text += (f" {assumed} more {'has' if assumed == 1 else 'have'} waited over "
                 f"{_plural(silence_days, 'day')} and count as no answer.")
    if stages:
        text += " Interview stages shown: " + ", ".join(stages) + "."
    if n > limit:
        text += f" The chart shows the latest {limit}."
    return text
