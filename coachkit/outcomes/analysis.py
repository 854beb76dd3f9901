"""Everything the dashboard and the report show, computed once from a frame.

``analyse`` returns the statistics, the sentence under each chart and a way to
draw each chart; the faces (widget, HTML report) only display them. Applications
waiting longer than the silence assumption count as no answer in every response
rate (``silence_days``; by default derived from the log, see ``default_silence``).
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from coachkit.figures import png_bytes
from coachkit.outcomes import plots, summary
from coachkit.outcomes.model import Analysis, Applications, Section
from coachkit.outcomes.stats import (
    GROUPINGS,
    apply_silence,
    default_silence,
    funnel,
    response_rates,
    stage_names,
    time_to_response,
    weekly_activity,
)

__all__ = ["CHARTS", "Analysis", "Section", "analyse", "to_png"]

# how a grouping reads inside a sentence ("Answers came more often for <what> “<group>”")
_SENTENCE_WHAT = {"delay_band": "follow-up delay", "followed_up": "applications marked",
                  "role_kind": "the kind of role", "score_band": "a follow-up score of"}
# which applications a grouping counts ("the 34 of 60 applications <who>"), and when none
_COUNTED = {"delay_band": ("that had an interview", "records an interview"),
            "followed_up": ("that had an interview", "records an interview"),
            "score_band": ("with a follow-up after an interview",
                           "records a follow-up after an interview")}

CHARTS = ("delay", "timing", "reply_days", "funnel", "timeline")


def analyse(apps: Applications | pd.DataFrame, as_of: pd.Timestamp, *,
            groupings: tuple[str, ...] = tuple(GROUPINGS),
            silence_days: int | None = None) -> Analysis:
    """Compute every statistic and sentence; figures are drawn only when asked.

    ``silence_days``: applications waiting more than this many days since their last
    step count as no answer; None derives it from the log's own answer times.
    """
    as_of = pd.Timestamp(as_of)
    rule = default_silence(apps, as_of, silence_days)
    frame = apply_silence(apps, as_of, rule.days)
    overall = response_rates(frame)
    rates = {by: response_rates(frame, by) for by in groupings}
    rates_delay = rates["delay_band"] if "delay_band" in rates else response_rates(
        frame, "delay_band")
    timing = time_to_response(frame, as_of)
    stages = stage_names(frame)
    steps = funnel(frame)
    weekly = weekly_activity(frame)
    n = len(frame)
    sections = [
        Section("timing", "Time to an answer (Kaplan–Meier)",
                summary.describe_timing(timing, rule.days), timing.curve,
                lambda: plots.plot_timing(timing), empty=timing.answered == 0),
        _rates_section("delay", "Response rate by follow-up delay", rates_delay, "delay_band",
                       n, "Answered, by follow-up delay after the interview"),
        Section("reply_days", "Days until the answer", summary.describe_reply_days(timing),
                pd.DataFrame({"days": timing.reply_days}), lambda: plots.plot_reply_days(timing),
                empty=len(timing.reply_days) == 0),
        Section("funnel", "From application to offer", summary.describe_funnel(steps), steps,
                lambda: plots.plot_funnel(steps), empty=n == 0),
        Section("timeline", "Timeline",
                summary.describe_timeline(frame, as_of, rule.days, stages), frame,
                lambda: plots.plot_timeline(frame, as_of), empty=n == 0),
        Section("weekly", "Weekly activity", summary.describe_weekly(weekly), weekly,
                lambda: plots.plot_weekly(weekly), empty=weekly.empty),
    ]
    sections += [_rates_section(f"rates_{by}", f"Response rate by {GROUPINGS[by].lower()}",
                                rates[by], by, n, f"Answered, by {GROUPINGS[by].lower()}")
                 for by in groupings if by != "delay_band"]
    assumed = int(frame["assumed_no_answer"].sum())
    headline = summary.describe_headline(timing, overall, rule.days, assumed)
    return Analysis(n=n, as_of=as_of, overall=overall, headline=headline + _left_out(apps, n),
                    sections=tuple(sections), rates=rates, silence_days=rule.days,
                    silence_note=summary.describe_silence(rule), timing=timing)


def _left_out(apps: Applications | pd.DataFrame, n: int) -> str:
    """" 3 of 135 rows left out; see the list." when a lenient load left rows or cells out."""
    read = getattr(apps, "rows_read", None)
    left = getattr(apps, "left_out", ())
    if not isinstance(read, int) or not left:
        return ""
    if read > n:
        return f" {read - n} of {read} rows left out; see the list."
    return f" {len(left)} unreadable cell{'s' if len(left) != 1 else ''} left out; see the list."


def _rates_section(key: str, title: str, table: pd.DataFrame, by: str, n: int,
                   chart_title: str) -> Section:
    """A response-rate chart whose sentence names the applications it counts."""
    counted = int(table["applications"].sum())
    who, none = _COUNTED.get(by, ("", ""))
    phrase = (f"the {counted} of {summary.n_applications(n)} {who}" if who
              else f"all {summary.n_applications(counted)}")
    what = _SENTENCE_WHAT.get(by, GROUPINGS[by].lower())
    if counted == 0:
        sentence = (f"None of the {summary.n_applications(n)} {none}, so there is nothing to "
                    "compare." if none else
                    "No applications match, so there is nothing to compare.")
    elif table["decided"].sum() == 0:
        sentence = (f"This chart counts {phrase}, and none of them has had an answer or counts "
                    "as no answer yet, so there is no response rate to show.")
    else:
        sentence = summary.describe_rates(table, what, focus="<24 h" if by == "delay_band"
                                          else None, counted=phrase)
    return Section(key, title, sentence, table, _rates_drawer(table, chart_title),
                   empty=bool(table["decided"].sum() == 0))


def _rates_drawer(table: pd.DataFrame, title: str) -> Callable[[], object]:
    return lambda: plots.plot_rates(table, title=title)


def to_png(fig: object, dpi: int = 80) -> bytes:
    """Render a Figure to PNG bytes at ``dpi`` (see ``coachkit.figures.png_bytes``)."""
    return png_bytes(fig, dpi=dpi)
