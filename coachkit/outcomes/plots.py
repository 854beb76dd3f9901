"""Charts of the statistics: each takes a table (or result) and returns a Figure.

Rule: pass ``ax=`` to draw on an existing Axes (its figure is returned); without
it a new ``matplotlib.figure.Figure`` is made, never through pyplot, so figures
do not pile up in pyplot's registry. Every bar shows its n, and a group with
fewer than MIN_GROUP decided applications is greyed and marked "too few to judge".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from coachkit.figures import plain_text
from coachkit.outcomes.model import ResponseTiming
from coachkit.outcomes.stats import MIN_GROUP, stage_names

if TYPE_CHECKING:
    from coachkit.outcomes.writing import RateRow, WaitRow

__all__ = ["MAX_BARS", "TOO_FEW", "plot_funnel", "plot_rate_rows", "plot_rates", "plot_reply_days",
           "plot_timeline", "plot_timing", "plot_wait_rows", "plot_weekly"]

TOO_FEW = "too few to judge"
MAX_BARS = 20  # groups drawn in one chart: the largest; a log of 3,000 channels stays legible
_BLUE, _GREY, _RED, _GREEN, _ORANGE = "#1a73e8", "#bdbdbd", "#d93025", "#188038", "#e8a317"


def _axes(ax, size=(6.4, 3.6)):
    """The figure and Axes to draw on: ``ax``'s own, or a new Figure (see the rule above)."""
    if ax is not None:
        return ax.figure, ax
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=80, layout="constrained")
    return fig, fig.add_subplot()


def _warn(fig, message: str) -> None:
    """A red line under the chart, with room made for it by the layout."""
    fig.supxlabel(message, fontsize=8, color=_RED, ha="right", x=0.99)


def _empty(ax, message: str = "No applications match the filters") -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555")
    ax.set_xticks([])
    ax.set_yticks([])


def plot_rates(table: pd.DataFrame, *, title: str = "Response rate", ax=None):
    """Bars of response rate per group with 95% intervals, n on each bar (the MAX_BARS
    groups with most applications)."""
    fig, ax = _axes(ax)
    if len(table) > MAX_BARS:
        title += f" ({MAX_BARS} largest of {len(table)} groups)"
        table = table.loc[table["applications"].nlargest(MAX_BARS).index].sort_index()
    ax.set_title(plain_text(title, limit=None), loc="left", fontsize=11)
    if table["decided"].sum() == 0:
        _empty(ax, "No decided applications yet")
        return fig
    x = np.arange(len(table))
    rate = table["rate"].fillna(0).to_numpy() * 100
    few = table["too_few"].to_numpy()
    colours = [_GREY if f else _BLUE for f in few]
    ax.bar(x, rate, color=colours, hatch=None, edgecolor="white", width=0.65)
    has = table["decided"].to_numpy() > 0
    # a Wilson bound of 20 in 20 can come out a rounding error below the rate itself
    low = (table["rate"] - table["ci_low"]).fillna(0).clip(lower=0).to_numpy() * 100
    high = (table["ci_high"] - table["rate"]).fillna(0).clip(lower=0).to_numpy() * 100
    ax.errorbar(x[has], rate[has], yerr=[low[has], high[has]], fmt="none", ecolor="#333",
                capsize=4, lw=1)
    ticks = []
    for xi, top, n, w, f, g in zip(x, table["ci_high"].fillna(0) * 100, table["decided"],
                                   table["waiting"], few, table["group"], strict=True):
        ticks.append(f"{plain_text(g)}\nn={n}" + (f" (+{w} waiting)" if w else ""))
        if f:
            ax.text(xi, min(top, 100) + 2, TOO_FEW, ha="center", va="bottom", fontsize=7,
                    color=_RED, style="italic")
    ax.set_xticks(x, ticks, fontsize=8)
    ax.set_ylim(0, 112)
    ax.set_yticks(range(0, 101, 20))
    ax.set_ylabel("answered (%)")
    ax.spines[["top", "right"]].set_visible(False)
    if few.any():
        _warn(fig, f"⚠ grey bars: fewer than {MIN_GROUP} decided applications, {TOO_FEW}")
    return fig


def plot_timing(timing: ResponseTiming, *, ax=None):
    """Kaplan–Meier share answered by day, with its 95% band and the median."""
    fig, ax = _axes(ax)
    ax.set_title("Share answered, by days since the last step", loc="left", fontsize=11)
    curve = timing.curve
    if curve.empty:
        _empty(ax, "No answers yet")
        return fig
    days = np.concatenate([[0], curve["day"].to_numpy()])
    share = np.concatenate([[0], curve["answered_share"].to_numpy()]) * 100
    lo = np.concatenate([[0], 1 - curve["ci_high"].to_numpy()]) * 100
    hi = np.concatenate([[0], 1 - curve["ci_low"].to_numpy()]) * 100
    ax.fill_between(days, lo, hi, step="post", color=_BLUE, alpha=0.2, label="95% band")
    ax.step(days, share, where="post", color=_BLUE, lw=2, label="answered (Kaplan–Meier)")
    if math.isfinite(timing.median):
        ax.axvline(timing.median, color=_ORANGE, ls="--", lw=1)
        ax.text(timing.median, 52, f" median {timing.median:.0f} d", color=_ORANGE, fontsize=8)
    ax.axhline(50, color="#999", lw=0.6, ls=":")
    ax.set_ylim(0, 100)
    ax.set_xlabel("days")
    ax.set_ylabel("answered (%)")
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    ax.text(0.99, 0.03, f"n={timing.n}: {timing.answered} answered, {timing.censored} "
            "without an answer so far (censored)",
            transform=ax.transAxes, ha="right", fontsize=8)
    if timing.answered < MIN_GROUP:
        _warn(fig, f"⚠ {timing.answered} answers: {TOO_FEW}")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def plot_reply_days(timing: ResponseTiming, *, ax=None):
    """Histogram of the days the answers took, n on each bar."""
    fig, ax = _axes(ax)
    ax.set_title("Days until the answer", loc="left", fontsize=11)
    days = timing.reply_days
    if len(days) == 0:
        _empty(ax, "No answers yet")
        return fig
    top = max(7, math.ceil(float(days.max())))
    step = max(1, math.ceil(top / 15))
    edges = np.arange(0, top + step + 1, step)
    counts, edges = np.histogram(days, bins=edges)
    bars = ax.bar(edges[:-1], counts, width=step * 0.9, align="edge", color=_BLUE)
    ax.bar_label(bars, labels=[f"n={c}" if c else "" for c in counts], fontsize=7)
    ax.set_xlabel("days since the last step")
    ax.set_ylabel("answers")
    ax.spines[["top", "right"]].set_visible(False)
    if len(days) < MIN_GROUP:
        _warn(fig, f"⚠ {len(days)} answers: {TOO_FEW}")
    return fig


def plot_funnel(table: pd.DataFrame, *, ax=None):
    """Horizontal bars from application to offer (through each interview stage when the
    table has them), with counts and shares."""
    fig, ax = _axes(ax)
    ax.set_title("From application to offer", loc="left", fontsize=11)
    if table["count"].iloc[0] == 0:
        _empty(ax)
        return fig
    y = np.arange(len(table))[::-1]
    green = ("answered after interview", "offer")
    bars = ax.barh(y, table["count"], color=[_GREEN if s in green else _BLUE
                                             for s in table["stage"]])
    ax.bar_label(bars, labels=[f"n={c} ({s:.0%})" for c, s in
                               zip(table["count"], table["share_of_applications"], strict=True)],
                 fontsize=8, padding=3)
    ax.set_yticks(y, table["stage"].tolist(), fontsize=9)
    ax.set_xlim(0, table["count"].max() * 1.35)
    ax.set_xlabel("applications")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


_OUTCOME_COLOURS = {"offer": _GREEN, "rejected": _RED, "no_response": "#777",
                    "pending": _ORANGE, "withdrew": "#8e24aa"}


def plot_timeline(frame: pd.DataFrame, as_of: pd.Timestamp, *, limit: int = 40, ax=None):
    """One line per application (most recent ``limit``): applied, interview (or each
    interview stage with a date, when the frame has a ``stages`` column), follow-up, answer."""
    fig, ax = _axes(ax, size=(6.4, 4.6))
    shown = frame.sort_values("applied_on").tail(limit)
    title = "Each application's events"
    title += f" (latest {limit} of {len(frame)})" if len(frame) > limit else f" (n={len(frame)})"
    ax.set_title(title, loc="left", fontsize=11)
    if shown.empty:
        _empty(ax)
        return fig
    y = np.arange(len(shown))
    start = shown["applied_on"].to_numpy()
    end = shown["response_at"].fillna(as_of).to_numpy()
    colours = [_OUTCOME_COLOURS.get(o, "#777") for o in shown["outcome"]]
    ax.hlines(y, start, end, colors=colours, lw=1.5, alpha=0.8)
    ax.plot(start, y, "o", ms=3, color="#333", label="applied")
    if "stages" in shown.columns and stage_names(shown):
        _plot_stages(ax, shown, y)
    else:
        ax.plot(shown["interviewed_at"].to_numpy(), y, "s", ms=4, color=_BLUE,
                label="interview")
    ax.plot(shown["follow_up_sent_at"].to_numpy(), y, "^", ms=4, color=_GREEN, label="follow-up")
    ax.plot(shown["response_at"].to_numpy(), y, "*", ms=7, color=_RED, label="answer")
    ax.axvline(as_of, color="#999", ls=":", lw=1)
    labels = [plain_text(f"{str(company)[:22]} · {outcome}", limit=None)
              for company, outcome in zip(shown["company"], shown["outcome"], strict=True)]
    ax.set_yticks(y, labels, fontsize=6 if len(shown) > 25 else 8)
    fig.legend(loc="outside lower center", fontsize=7, ncol=5, frameon=False)
    ax.tick_params(axis="x", labelsize=8, rotation=30)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


_STAGE_MARKERS = ("s", "D", "P", "X", "h", "v", "<", ">")
_STAGE_COLOURS = (_BLUE, "#5e35b1", "#00897b", "#6d4c41", "#3949ab", "#c2185b")


def _plot_stages(ax, shown: pd.DataFrame, y: np.ndarray) -> None:
    """A marker per interview stage with a date; one legend entry per stage name."""
    names = stage_names(shown)
    for i, name in enumerate(names):
        points = [(when, yi) for yi, stages in zip(y, shown["stages"], strict=True)
                  if isinstance(stages, tuple | list)
                  for stage, when in stages if str(stage) == name and pd.notna(when)]
        if points:
            ax.plot([pd.Timestamp(w) for w, _ in points], [yi for _, yi in points],
                    _STAGE_MARKERS[i % len(_STAGE_MARKERS)], ms=4,
                    color=_STAGE_COLOURS[i % len(_STAGE_COLOURS)],
                    label=plain_text(name, limit=30))


def plot_weekly(table: pd.DataFrame, *, weeks: int = 26, ax=None):
    """Applications sent per week (the latest ``weeks``), with answers as a line."""
    fig, ax = _axes(ax)
    title = "Applications per week"
    if len(table) > weeks:
        title += f" (latest {weeks} of {len(table)} weeks)"
    ax.set_title(title, loc="left", fontsize=11)
    if table.empty:
        _empty(ax)
        return fig
    shown = table.tail(weeks)
    x = np.arange(len(shown))
    bars = ax.bar(x, shown["applied"], width=0.8, color=_BLUE, label="applied")
    ax.bar_label(bars, labels=[f"n={c}" if c else "" for c in shown["applied"]], fontsize=7)
    ax.plot(x, shown["answers"], "o-", color=_RED, ms=3, label="answers")
    step = max(1, len(shown) // 8)
    ax.set_xticks(x[::step], [f"{w:%d %b %y}" for w in shown["week"].iloc[::step]], fontsize=8,
                  rotation=30)
    ax.set_ylabel("per week (from Monday)")
    ax.legend(fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def plot_rate_rows(rows: Sequence[RateRow], *, title: str = "Answered", ax=None):
    """Bars of answer rate per group (RateRow) with 95% intervals, n under each bar; a group
    with fewer than MIN_GROUP decided applications is grey."""
    fig, ax = _axes(ax)
    ax.set_title(plain_text(title, limit=None), loc="left", fontsize=10)
    if not any(r.n for r in rows):
        _empty(ax, "No decided applications yet")
        return fig
    x = np.arange(len(rows))
    rate = np.array([0 if r.n == 0 else r.rate for r in rows]) * 100
    colours = [_GREY if r.n < MIN_GROUP else _BLUE for r in rows]
    ax.bar(x, rate, color=colours, edgecolor="white", width=0.65)
    has = np.array([r.n > 0 for r in rows])
    low = np.array([max(r.rate - r.low, 0) if r.n else 0 for r in rows]) * 100
    high = np.array([max(r.high - r.rate, 0) if r.n else 0 for r in rows]) * 100
    ax.errorbar(x[has], rate[has], yerr=[low[has], high[has]], fmt="none", ecolor="#333",
                capsize=4, lw=1)
    ax.set_xticks(x, [f"{plain_text(r.group)}\nn={r.n}" for r in rows], fontsize=8)
    ax.set_ylim(0, 105)
    ax.set_yticks(range(0, 101, 20))
    ax.set_ylabel("answered (%)")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def plot_wait_rows(rows: Sequence[WaitRow], *, title: str = "Median days to an answer",
                   ax=None):
    """Bars of the Kaplan–Meier median wait per group (WaitRow) with its 95% interval, n under
    each bar; "not reached" where fewer than half have had an answer."""
    fig, ax = _axes(ax)
    ax.set_title(plain_text(title, limit=None), loc="left", fontsize=10)
    if not any(r.n for r in rows):
        _empty(ax, "No applications with a date yet")
        return fig
    x = np.arange(len(rows))
    median = np.array([r.median_days if r.median_days is not None else 0 for r in rows])
    ax.bar(x, median, color=_BLUE, edgecolor="white", width=0.65)
    top = max([1.0, *median, *(r.high for r in rows if r.high is not None)])
    for xi, r in zip(x, rows, strict=True):
        if r.median_days is None:
            ax.text(xi, top * 0.05, "not reached", ha="center", fontsize=8, color="#555")
        elif r.low is not None:
            upper = r.high if r.high is not None else r.median_days
            ax.errorbar([xi], [r.median_days], yerr=[[max(r.median_days - r.low, 0)],
                                                     [max(upper - r.median_days, 0)]],
                        fmt="none", ecolor="#333", capsize=4, lw=1)
            if r.high is None:  # the interval's upper end is not reached: an open arrow
                ax.annotate("", xy=(xi, top * 1.12), xytext=(xi, r.median_days),
                            arrowprops={"arrowstyle": "->", "color": "#333", "lw": 1})
    ax.set_xticks(x, [f"{plain_text(r.group)}\nn={r.n}, {r.answered} answered" for r in rows],
                  fontsize=8)
    ax.set_ylim(0, top * 1.15)
    ax.set_ylabel("days")
    ax.spines[["top", "right"]].set_visible(False)
    return fig
