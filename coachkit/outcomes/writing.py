"""What works for me: how the follow-ups a person wrote relate to the answers they had.

Answer rates by follow-up delay, by score band and by verdict count the decided
applications only: answered, or silent for longer than the silence rule that the rest
of the analysis uses (``default_silence``). The time to an answer, with and without a
follow-up, is a Kaplan–Meier estimate over every application with a date, those without
an answer followed up to ``as_of``. The delay is counted from the interview, or from the
application when there was none. A verdict is the log's ``follow_up_verdict`` column when
it has one, else the scoring policy's verdict on ``follow_up_score``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, datetime

import numpy as np
import pandas as pd

from coachkit.outcomes.load import as_timestamp
from coachkit.outcomes.model import Applications
from coachkit.outcomes.stats import (
    MIN_GROUP,
    apply_silence,
    default_silence,
    time_to_response,
    wilson_interval,
)

__all__ = ["DELAY_GROUPS", "FOLLOWED_GROUPS", "MIN_DECIDED", "VERDICTS", "RateRow", "WaitRow",
           "WritingPanel", "describe_panel", "plot_what_works", "score_groups", "too_early",
           "what_works", "writing_groups"]

MIN_DECIDED = 20  # fewer decided applications than this say too little to compare
DELAY_GROUPS = ("within 1 day", "2–3 days", "4+ days", "no follow-up")
VERDICTS = ("ready", "revise", "rewrite")
FOLLOWED_GROUPS = ("follow-up sent", "no follow-up")
_UNKNOWN, _NO_SCORE = "unknown", "no score"


@dataclass(frozen=True)
class RateRow:
    """One group's answer rate: ``answered`` of ``n`` decided, with a 95% Wilson interval."""

    group: str
    n: int
    answered: int
    rate: float  # NaN when n is 0
    low: float
    high: float


@dataclass(frozen=True)
class WaitRow:
    """One group's Kaplan–Meier wait: median days and its 95% interval (None: not reached)."""

    group: str
    n: int
    answered: int
    median_days: float | None
    low: float | None
    high: float | None


@dataclass(frozen=True)
class WritingPanel:
    """The "what works for me" figures, their sentences, or why it is too early to tell.

    ``sentences`` is empty and ``too_early`` set while fewer than MIN_DECIDED applications
    are decided; the rows are computed either way.
    """

    decided: int
    enough: bool
    by_delay: tuple[RateRow, ...]
    by_score: tuple[RateRow, ...]
    by_verdict: tuple[RateRow, ...]
    time_to_answer: tuple[WaitRow, ...]
    sentences: tuple[str, ...]
    too_early: str | None
    applications: int = 0  # every application in the log, decided or not
    silence_days: int = 0  # the silence rule the rates used
    as_of: pd.Timestamp | None = None


def _bands() -> tuple[float, float]:
    """The scoring policy's lowest scores of "ready" and "revise"."""
    from coachkit.scoring.rules import default_rules

    ready, revise = default_rules().policy.verdict_bands
    return float(ready), float(revise)


def score_groups() -> tuple[str, str, str, str]:
    """The score-band names from the verdict bands: "80+", "60–79", "under 60", "no score"."""
    ready, revise = _bands()
    top = f"{ready - 1:g}" if ready.is_integer() else f"{ready:g}"
    return f"{ready:g}+", f"{revise:g}–{top}", f"under {revise:g}", _NO_SCORE


def _given_verdicts(frame: pd.DataFrame) -> pd.Series:
    """The log's own verdict per row (ready/revise/rewrite), NaN where it has none."""
    if "follow_up_verdict" not in frame.columns:
        return pd.Series(np.nan, index=frame.index, dtype=object)
    words = frame["follow_up_verdict"].astype(str).str.strip().str.casefold()
    return words.where(words.isin(VERDICTS)).astype(object)


def writing_groups(frame: pd.DataFrame) -> pd.DataFrame:
    """Each application's delay group, score group, verdict and follow-up group ("" : none)."""
    ready, revise = _bands()
    high, middle, low, no_score = score_groups()
    sent_at = frame["follow_up_sent_at"]
    score = pd.to_numeric(frame["follow_up_score"], errors="coerce")
    given = _given_verdicts(frame)
    followed = (sent_at.notna() | score.notna() | given.notna()).to_numpy()
    start = frame["interviewed_at"].fillna(frame["applied_on"])
    hours = ((sent_at - start).dt.total_seconds() / 3600).to_numpy()
    with np.errstate(invalid="ignore"):
        delay = np.select([~followed, hours < 24, hours < 72, hours >= 72],
                          [DELAY_GROUPS[3], *DELAY_GROUPS[:3]], "")
        scored = score.to_numpy()
        band = np.select([~followed, np.isnan(scored), scored >= ready, scored >= revise],
                         ["", no_score, high, middle], low)
        derived = np.select([np.isnan(scored), scored >= ready, scored >= revise],
                            [_UNKNOWN, "ready", "revise"], "rewrite")
    verdict = given.fillna(pd.Series(derived, index=frame.index)).to_numpy(dtype=object)
    return pd.DataFrame({"delay": delay, "score": band,
                         "verdict": np.where(followed, verdict, ""),
                         "followed": np.where(followed, *FOLLOWED_GROUPS)}, index=frame.index)


def _rates(keys: pd.Series, answered: pd.Series, groups: tuple[str, ...]) -> tuple[RateRow, ...]:
    """One RateRow per group, in the given order (a group with no application has n 0)."""
    n = np.array([int((keys == g).sum()) for g in groups])
    yes = np.array([int(((keys == g) & answered).sum()) for g in groups])
    low, high = wilson_interval(yes, n)
    return tuple(RateRow(g, int(k), int(a), float(a / k) if k else float("nan"), float(lo),
                         float(hi))
                 for g, k, a, lo, hi in zip(groups, n, yes, low, high, strict=True))


def _wait(group: str, frame: pd.DataFrame, as_of: pd.Timestamp) -> WaitRow:
    timing = time_to_response(frame, as_of)

    def finite(x: float) -> float | None:
        return float(x) if math.isfinite(x) else None

    return WaitRow(group, timing.n, timing.answered, finite(timing.median),
                   finite(timing.median_ci[0]), finite(timing.median_ci[1]))


def what_works(apps: Applications | pd.DataFrame, *,
               as_of: date | datetime | str | pd.Timestamp | None = None,
               silence_days: int | None = None) -> WritingPanel:
    """Relate the follow-ups to the answers: rates by delay, score and verdict, and the wait.

    ``silence_days``: more days than this without an answer count as no answer (None:
    derived from the log, as ``analyse`` does).
    """
    stamp = as_timestamp(as_of)
    rule = default_silence(apps, stamp, silence_days)
    frame = apply_silence(apps, stamp, rule.days)
    groups = writing_groups(frame)
    decided = frame["status"].isin(["responded", "silent"])
    answered = frame["status"].eq("responded")
    keys = groups[decided.to_numpy()]
    yes = answered[decided]
    verdicts = (*VERDICTS, _UNKNOWN)
    waits = tuple(_wait(g, frame[(groups["followed"] == g).to_numpy()], stamp)
                  for g in FOLLOWED_GROUPS)
    n = int(decided.sum())
    panel = WritingPanel(n, n >= MIN_DECIDED, _rates(keys["delay"], yes, DELAY_GROUPS),
                         _rates(keys["score"], yes, score_groups()),
                         _rates(keys["verdict"], yes, verdicts), waits, (), None,
                         applications=len(frame), silence_days=rule.days, as_of=stamp)
    if not panel.enough:
        return replace(panel, too_early=too_early(panel))
    return replace(panel, sentences=describe_panel(panel))


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _rate_phrase(row: RateRow) -> str:
    """"within 1 day 52% (12 of 23; 95% interval 33–71%)"."""
    return (f"{row.group} {_pct(row.rate)} ({row.answered} of {row.n}; 95% interval "
            f"{100 * row.low:.0f}–{_pct(row.high)})")


def _rates_sentence(what: str, counted: str, rows: tuple[RateRow, ...]) -> str:
    """The answer rate of each group that has applications, with its n and interval."""
    shown = [r for r in rows if r.n]
    total = sum(r.n for r in rows)
    if not shown:
        return f"Answer rate by {what}: none of the decided applications {counted}."
    text = (f"Answer rate by {what}, counting the {total} decided applications {counted}: "
            + ", ".join(_rate_phrase(r) for r in shown) + ".")
    few = [r.group for r in shown if r.n < MIN_GROUP]
    if few:
        text += (f" Fewer than {MIN_GROUP} is too few to judge: "
                 + ", ".join(f"\u201c{g}\u201d" for g in few) + ".")
    return text


def _days(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.0f} day{'' if round(x) == 1 else 's'}"


def _wait_phrase(row: WaitRow) -> str:
    counted = f"{row.n} applications, {row.answered} answered"
    if row.median_days is None:
        return f"{row.group}: fewer than half have had an answer so far ({counted})"
    ci = ("" if row.low is None else f"; 95% interval {_days(row.low)} to {_days(row.high)}"
          if row.high is not None else f"; 95% interval from {_days(row.low)}, its upper end "
          "not reached")
    return f"{row.group}: half had an answer within {_days(row.median_days)} ({counted}{ci})"


def describe_panel(panel: WritingPanel) -> tuple[str, ...]:
    """The panel's sentences: which applications count, then each grouping and the wait."""
    waiting = panel.applications - panel.decided
    lead = (f"This panel counts the {panel.decided} decided applications of "
            f"{panel.applications}: answered, or silent for more than {panel.silence_days} "
            f"days; {waiting} still waiting {'is' if waiting == 1 else 'are'} left out of the "
            "rates. These are associations in your own log, not proof of cause.")
    followed = "with a follow-up"
    waits = panel.time_to_answer
    until = "today" if panel.as_of is None else f"{panel.as_of:%Y-%m-%d}"
    wait = (f"Time to an answer (Kaplan–Meier, the {sum(r.n for r in waits)} applications "
            f"with a date, those without an answer followed up to {until}): "
            + "; ".join(_wait_phrase(r) for r in waits) + ".")
    return (lead,
            _rates_sentence("follow-up delay", "with a dated follow-up or none", panel.by_delay),
            _rates_sentence("follow-up score", followed, panel.by_score),
            _rates_sentence("verdict", followed, panel.by_verdict),
            wait)


def too_early(panel: WritingPanel) -> str:
    """Say plainly that it is too early to tell, with the current n and what 20 will show."""
    n, total = panel.decided, panel.applications
    verb = "is" if n == 1 else "are"
    high, middle, low, _ = score_groups()
    return (f"It is too early to tell what works for you: {n} of your {total} applications "
            f"{verb} decided (answered, or silent for more than {panel.silence_days} days), "
            f"and this panel needs {MIN_DECIDED}. At {MIN_DECIDED} decided applications this "
            "panel will compare the answer rate of follow-ups sent within a day with later "
            f"ones and with none, the answer rate by score band ({high}, {middle}, {low}) and "
            f"by verdict ({', '.join(VERDICTS)}), and how long answers take with and without "
            "a follow-up, each with its n and 95% interval.")


def plot_what_works(panel: WritingPanel):
    """One figure: answer rates by delay, score and verdict, and the median wait, n on each."""
    from matplotlib.figure import Figure

    from coachkit.outcomes.plots import plot_rate_rows, plot_wait_rows

    fig = Figure(figsize=(9.6, 6.8), dpi=80, layout="constrained")
    axes = fig.subplots(2, 2)
    plot_rate_rows(panel.by_delay, title="Answered, by follow-up delay", ax=axes[0, 0])
    plot_rate_rows(panel.by_score, title="Answered, by follow-up score", ax=axes[0, 1])
    plot_rate_rows(panel.by_verdict, title="Answered, by verdict", ax=axes[1, 0])
    plot_wait_rows(panel.time_to_answer, title="Median days to an answer", ax=axes[1, 1])
    if not panel.enough:
        fig.supxlabel(f"⚠ {panel.decided} decided applications: too early to tell "
                      f"(this panel needs {MIN_DECIDED})", fontsize=8, color="#d93025",
                      ha="right", x=0.99)
    elif any(0 < r.n < MIN_GROUP for r in (*panel.by_delay, *panel.by_score,
                                            *panel.by_verdict)):
        fig.supxlabel(f"⚠ grey bars: fewer than {MIN_GROUP} decided applications, too few "
                      "to judge", fontsize=8, color="#d93025", ha="right", x=0.99)
    return fig
