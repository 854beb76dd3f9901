"""When to send: the thank-you window and the earliest polite check-in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from coachkit.model import InterviewNotes

__all__ = ["SendWindow", "add_business_days", "check_in_after", "send_by"]

BEST_HOURS = 24
ACCEPTABLE_HOURS = 48


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


def send_by(notes: InterviewNotes) -> SendWindow | None:
    """The thank-you window from the interview time in the notes (None if unknown)."""
    if notes.interviewed_at is None:
        return None
    start = notes.interviewed_at
    return SendWindow(
        interviewed_at=start,
        best_by=start + timedelta(hours=BEST_HOURS),
        acceptable_by=start + timedelta(hours=ACCEPTABLE_HOURS),
    )


def add_business_days(day: date, n: int) -> date:
    """The date ``n`` business days (Monday to Friday) after ``day``."""
    current = day
    while n > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            n -= 1
    return current


def check_in_after(notes: InterviewNotes, *, after_decision: int = 1,
                   after_silence: int = 5) -> date | None:
    """The first polite day for a check-in: a business day after the stated decision
    date, otherwise ``after_silence`` business days after the interview."""
    if notes.decision_by is not None:
        return add_business_days(notes.decision_by, after_decision)
    if notes.interviewed_at is not None:
        return add_business_days(notes.interviewed_at.date(), after_silence)
    return None
