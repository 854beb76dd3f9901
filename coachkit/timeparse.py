"""Parse the dates and times users type, with messages that say what was expected."""

from __future__ import annotations

from datetime import date, datetime, time

from coachkit.limits import shown

__all__ = ["parse_date", "parse_datetime"]

_EXPECTED_DT = "an ISO 8601 date and time such as 2026-11-20T14:00 or 2026-11-20 14:00"
_EXPECTED_D = "an ISO 8601 date such as 2026-12-01"


def parse_datetime(value: object) -> datetime:
    """Return a datetime from an ISO 8601 string, a date or a datetime; raise ValueError."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"expected {_EXPECTED_DT}, got {shown(value)}")
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"expected {_EXPECTED_DT}, got {shown(value)}{_why(exc)}") from None


def parse_date(value: object) -> date:
    """Return a date from an ISO 8601 string, a date or a datetime; raise ValueError."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"expected {_EXPECTED_D}, got {shown(value)}")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        try:
            return datetime.fromisoformat(value.strip()).date()
        except ValueError as exc:
            raise ValueError(f"expected {_EXPECTED_D}, got {shown(value)}{_why(exc)}") from None


def _why(exc: ValueError) -> str:
    """Why a date of the right shape does not exist ("day is out of range for month")."""
    reason = str(exc)
    return "" if reason.startswith("Invalid isoformat") else f" ({reason})"
