"""When to send: the thank-you window and the earliest polite check-in.

The figures come from the rules' scoring policy (``timeliness.hours`` and
``timeliness.check_in_business_days``), the built-in rules unless others are given, so
the clock and the reminder move with the score when a coach changes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from coachkit.model import InterviewNotes
from coachkit.scoring.policy import add_business_days

if TYPE_CHECKING:
    from coachkit.scoring.rules import Rules

__all__ = ["SendWindow", "add_business_days", "check_in_after", "send_by"]


@dataclass(frozen=True)
class SendWindow:
    """The thank-you window: best before ``best_by``, still fine before ``acceptable_by``."""

    interviewed_at: datetime
    best_by: datetime
    acceptable_by: datetime

    def hours_left(self, now: datetime) -> float:
        """Hours until ``best_by`` (negative once it has passed)."""
        return (self.best_by - _align(now, self.best_by)).total_seconds() / 3600.0

    def describe(self, now: datetime) -> str:
        """A one-line reminder such as 'Send within the next 19 hours'."""
        now = _align(now, self.best_by)
        if now < self.interviewed_at:
            return "The interview has not happened yet."
        if now <= self.best_by:
            hours = int((self.best_by - now).total_seconds() // 3600)
            return f"Send within the next {_hours(hours)}: the first day is best."
        if now <= self.acceptable_by:
            hours = int((self.acceptable_by - now).total_seconds() // 3600)
            return f"Still fine: send within {_hours(hours)}, before two days have passed."
        days = (now - self.interviewed_at).days
        return f"{days} days have passed: send it today, it still counts."


def _hours(hours: int) -> str:
    hours = max(hours, 1)
    return f"{hours} hour{'s' if hours != 1 else ''}"


def _align(now: datetime, ref: datetime) -> datetime:
    if (now.tzinfo is None) != (ref.tzinfo is None):
        return now.replace(tzinfo=ref.tzinfo)
    return now


def _rules(rules: Rules | None) -> Rules:
    from coachkit.scoring.rules import default_rules

    return rules or default_rules()


def send_by(notes: InterviewNotes, rules: Rules | None = None) -> SendWindow | None:
    """The thank-you window from the interview time in the notes (None if unknown)."""
    if notes.interviewed_at is None:
        return None
    policy = _rules(rules).policy
    start = notes.interviewed_at
    return SendWindow(
        interviewed_at=start,
        best_by=start + timedelta(hours=policy.best_hours),
        acceptable_by=start + timedelta(hours=policy.acceptable_hours),
    )


def check_in_after(notes: InterviewNotes, rules: Rules | None = None, *,
                   after_decision: int | None = None,
                   after_silence: int | None = None) -> date | None:
    """The first polite day for a check-in: ``after_decision`` business days after the
    stated decision date, otherwise ``after_silence`` business days after the interview
    (both from the rules' policy unless given)."""
    if notes.decision_by is not None:
        if after_decision is None:
            after_decision = _rules(rules).policy.check_in_after_decision
        return add_business_days(notes.decision_by, after_decision)
    if notes.interviewed_at is not None:
        if after_silence is None:
            after_silence = _rules(rules).policy.check_in_after_silence
        return add_business_days(notes.interviewed_at.date(), after_silence)
    return None
