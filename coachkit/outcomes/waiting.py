"""Waiting longer than usual: the pending applications whose silence outlasts the person's own.

The usual wait is the day by which 75% of the answers that came had come, read from the
Kaplan–Meier curve of the person's own log (answered waits; the unanswered censored at
``as_of``) and scaled to the share answered by the latest answer, so that applications
never answered do not stretch it. With fewer than SILENCE_MIN_ANSWERS answers the log
says too little, and DEFAULT_USUAL_DAYS stands in (the ``reason`` says so). Silence is
counted from the last step: the interview, else the application, else the follow-up.
The check-in day follows ``coachkit.timing.check_in_after`` (business days after the
interview, or after the application when there was none), never before ``as_of``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import pandas as pd

from coachkit.outcomes.load import as_timestamp
from coachkit.outcomes.model import Applications
from coachkit.outcomes.stats import SILENCE_MIN_ANSWERS, time_to_response

if TYPE_CHECKING:
    from coachkit.scoring.rules import Rules

__all__ = ["DEFAULT_USUAL_DAYS", "USUAL_SHARE", "UsualWait", "Waiting", "describe_usual",
           "usual_wait", "waiting_longer"]

USUAL_SHARE = 0.75  # "most" of the answers: three in four had come by the usual wait
DEFAULT_USUAL_DAYS = 14  # two weeks, until the log has SILENCE_MIN_ANSWERS answers


@dataclass(frozen=True)
class Waiting:
    """One application waiting longer than usual, and the polite day to check in."""

    row: int
    application_id: str | None
    company: str
    role: str
    waiting_since: date
    days: int
    usual_days: int
    check_in_on: date
    reason: str


@dataclass(frozen=True)
class UsualWait:
    """The usual wait in days, the answers it was read from, and whether it is the default."""

    days: int
    answers: int
    derived: bool


def _frame(apps: Applications | pd.DataFrame) -> pd.DataFrame:
    return apps.frame if isinstance(apps, Applications) else apps


def usual_wait(apps: Applications | pd.DataFrame, as_of: pd.Timestamp) -> UsualWait:
    """The day by which USUAL_SHARE of the person's answers had come (Kaplan–Meier)."""
    timing = time_to_response(_frame(apps), pd.Timestamp(as_of))
    if timing.answered < SILENCE_MIN_ANSWERS:
        return UsualWait(DEFAULT_USUAL_DAYS, timing.answered, False)
    share = timing.curve["answered_share"]
    reached = timing.curve["day"][share >= USUAL_SHARE * float(share.iloc[-1]) - 1e-12]
    return UsualWait(max(1, math.ceil(float(reached.iloc[0]))), timing.answered, True)


def _check_in(interviewed: pd.Timestamp | None, since: date, today: date, rules: Rules) -> date:
    """The rules' check-in day after the interview (or the last step), never before today."""
    from coachkit.model import InterviewNotes
    from coachkit.timing import check_in_after

    when = interviewed.to_pydatetime() if interviewed is not None else datetime.combine(
        since, datetime.min.time())
    day = check_in_after(InterviewNotes(interviewed_at=when), rules)
    if day is None or day >= today:
        return day or today
    while today.weekday() >= 5:  # not on a weekend: the next Monday
        today += timedelta(days=1)
    return today


def describe_usual(usual: UsualWait) -> str:
    """Where the usual wait came from, in one clause (no capital, no full stop)."""
    if usual.derived:
        return (f"{USUAL_SHARE:.0%} of your answers came within {usual.days} days "
                f"(Kaplan–Meier over your {usual.answers} answers)")
    return (f"with {usual.answers} answer{'' if usual.answers == 1 else 's'} in your log "
            f"(fewer than {SILENCE_MIN_ANSWERS}), the usual wait is taken as "
            f"{DEFAULT_USUAL_DAYS} days until there are more")


def _reason(days: int, step: str, since: date, usual: UsualWait, check_ins: int) -> str:
    text = f"No answer for {days} days since the {step} on {since:%Y-%m-%d}; "
    text += describe_usual(usual) + "."
    if check_ins:
        text += f" You have checked in {check_ins} time{'' if check_ins == 1 else 's'} already."
    return text


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) \
        else str(value).strip()


def _count(value: object) -> int:
    try:
        return max(int(float(_text(value) or 0)), 0)
    except ValueError:
        return 0


def waiting_longer(apps: Applications | pd.DataFrame, *,
                   as_of: date | datetime | str | pd.Timestamp | None = None
                   ) -> tuple[Waiting, ...]:
    """The pending applications silent for longer than the usual wait, longest first."""
    from coachkit.scoring.rules import default_rules

    frame = _frame(apps)
    stamp = as_timestamp(as_of)
    usual = usual_wait(frame, stamp)
    pending = frame[frame["status"].eq("waiting") & frame["response_at"].isna()]
    steps = {"interview": pending["interviewed_at"], "application": pending["applied_on"],
             "follow-up": pending["follow_up_sent_at"]}
    start = steps["interview"].fillna(steps["application"]).fillna(steps["follow-up"])
    days = (stamp.normalize() - start.dt.normalize()).dt.days
    late = pending[(days > usual.days).to_numpy()]
    rules, today, found = default_rules(), stamp.date(), []
    for index, item in late.iterrows():
        step = next(name for name, column in steps.items() if pd.notna(column[index]))
        since = start[index].date()
        interviewed = item["interviewed_at"] if pd.notna(item["interviewed_at"]) else None
        found.append(Waiting(
            row=int(item["row"]) if "row" in item and pd.notna(item["row"]) else int(index),
            application_id=_text(item.get("application_id")) or None,
            company=_text(item["company"]), role=_text(item.get("role")),
            waiting_since=since, days=int(days[index]), usual_days=usual.days,
            check_in_on=_check_in(interviewed, since, today, rules),
            reason=_reason(int(days[index]), step, since, usual,
                           _count(item.get("check_ins")))))
    return tuple(sorted(found, key=lambda w: (-w.days, w.row)))
