"""The day a draft gives for its interview, against the notes: "thank you for meeting me
last Thursday" after an interview on a Tuesday was copied from another letter, or
misremembered, and the reader knows which day it was."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

__all__ = ["wrong_interview_days"]

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

# the interview itself ("our interview", "meeting me", "your time"; not "another
# interview", nor a call after it), then the day it is said to have been
_INTERVIEW_DAY_RE = re.compile(
    r"\b(?:(?:our|my|the)\s+(?:interview|meeting|conversation|chat)|"
    r"(?:meeting|meet|met|seeing|see|saw|interviewing|interviewed)\s+(?:with\s+)?me|"
    r"having\s+me(?:\s+in)?|showing\s+me\s+(?:round|around)|your\s+time)"
    r"\b[^.!?\n]{0,30}?\b(?:on|last|this\s+past)\s+"
    rf"(?P<day>{'|'.join(DAYS)})\b"
    r"(?:,?\s+(?:the\s+)?(?P<date>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+"
    rf"(?P<month>{'|'.join(MONTHS)})\b)?",
    re.IGNORECASE)


def wrong_interview_days(text: str, interviewed_at: datetime) -> Iterator[tuple[int, int, str]]:
    """``(start, end, the right day)`` for each day (and date) the text gives for the
    interview that is not the notes' ``interviewed_at``."""
    right = DAYS[interviewed_at.weekday()]
    for m in _INTERVIEW_DAY_RE.finditer(text):
        wrong_day = m.group("day").capitalize() != right
        if m.group("date"):
            month = MONTHS.index(m.group("month").capitalize()) + 1
            if wrong_day or (int(m.group("date")), month) != (interviewed_at.day,
                                                              interviewed_at.month):
                yield (m.start("day"), m.end("month"),
                       f"{right} {interviewed_at.day} {MONTHS[interviewed_at.month - 1]}")
        elif wrong_day:
            yield m.start("day"), m.end("day"), right
