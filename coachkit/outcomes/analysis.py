"""Everything the dashboard and the report show, computed once from a frame.

``analyse`` returns the statistics, the sentence under each chart and a way to
draw each chart; the faces (widget, HTML report) only display them.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from coachkit.figures import png_bytes
from coachkit.outcomes import plots, summary
from coachkit.outcomes.model import Analysis, Applications, Section
from coachkit.outcomes.stats import (
    GROUPINGS,
    funnel,
    response_rates,
    time_to_response,
    weekly_activity,
)

__all__ = ["CHARTS", "Analysis", "Section", "analyse", "to_png"]

# how a grouping reads inside a sentence ("Answers came more often for <what> “<group>”")
_SENTENCE_WHAT = {"followed_up": "applications marked", "role_kind": "the kind of role",
                  "score_band": "a follow-up score of"}

CHARTS = ("delay", "timing", "reply_days", "funnel", "timeline")


def analyse(apps: Applications | pd.DataFrame, as_of: pd.Timestamp, *,
            groupings: tuple[str, ...] = tuple(GROUPINGS)) -> Analysis:
    """Compute every statistic and sentence; figures are drawn only when asked."""
    frame = apps.frame if isinstance(apps, Applications) else apps
    as_of = pd.Timestamp(as_of)
    overall = response_rates(frame)
    rates = {by: response_rates(frame, by) for by in groupings}
    timing = time_to_response(frame, as_of)
    steps = funnel(frame)
    weekly = weekly_activity(frame)
    delay = rates.get("delay_band", response_rates(frame, "delay_band"))
    sections = [
        Section("delay", "Response rate by follow-up delay",
                summary.describe_rates(delay, "follow-up delay", focus="<24 h"), delay,
                lambda: plots.plot_rates(delay, title="Answered, by follow-up delay after "
                                                      "the interview")),
        Section("timing", "Time to an answer (Kaplan–Meier)", summary.describe_timing(timing),
                timing.curve, lambda: plots.plot_timing(timing)),
        Section("reply_days", "Days until the answer", summary.describe_reply_days(timing),
                pd.DataFrame({"days": timing.reply_days}), lambda: plots.plot_reply_days(timing)),
        Section("funnel", "From application to offer", summary.describe_funnel(steps), steps,
                lambda: plots.plot_funnel(steps)),
        Section("timeline", "Timeline", summary.describe_timeline(frame, as_of),
                frame, lambda: plots.plot_timeline(frame, as_of)),
        Section("weekly", "Weekly activity", summary.describe_weekly(weekly), weekly,
                lambda: plots.plot_weekly(weekly)),
    ]
    for by in groupings:
        if by == "delay_band":
            continue
        table = rates[by]
        sections.append(Section(f"rates_{by}", f"Response rate by {GROUPINGS[by].lower()}",
                                summary.describe_rates(table, _SENTENCE_WHAT.get(
                                    by, GROUPINGS[by].lower())), table,
                                _rates_drawer(table, GROUPINGS[by])))
    return Analysis(n=len(frame), as_of=as_of, overall=overall,
                    headline=summary.describe_rates(overall), sections=tuple(sections),
                    rates=rates)


def _rates_drawer(table: pd.DataFrame, title: str) -> Callable[[], object]:
    return lambda: plots.plot_rates(table, title=f"Answered, by {title.lower()}")


def to_png(fig: object, dpi: int = 80) -> bytes:
    """Render a Figure to PNG bytes at ``dpi`` (see ``coachkit.figures.png_bytes``)."""
    return png_bytes(fig, dpi=dpi)
