"""Export a finished message: copy-ready text, an .eml file, an .ics check-in reminder.

Files are written next to nothing the user owns: ``save_new`` never replaces an
existing file, it picks the next free name ("note (2).eml").
"""

from __future__ import annotations

import hashlib
import os
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coachkit.errors import InputError
from coachkit.files import write_new
from coachkit.model import Draft, InterviewNotes
from coachkit.timing import check_in_after

if TYPE_CHECKING:
    from coachkit.scoring.rules import Rules

__all__ = ["check_in_reminder", "save_new", "to_eml", "to_text"]


def to_text(draft: Draft) -> str:
    """The message as plain text, subject line first, ready to paste into a mail client."""
    return draft.text


def to_eml(draft: Draft, *, to: str = "", sender: str = "",
           when: datetime | None = None) -> bytes:
    """The message as an RFC 5322 file that mail clients open as a draft."""
    message = EmailMessage()
    message["Subject"] = draft.subject or ""
    if to.strip():
        message["To"] = to.strip()
    if sender.strip():
        message["From"] = sender.strip()
    message["Date"] = format_datetime((when or datetime.now()).astimezone())
    message["X-Unsent"] = "1"  # Outlook and Apple Mail open it as a draft to send
    message.set_content(draft.body)
    return bytes(message)


def check_in_reminder(notes: InterviewNotes, *, at_hour: int = 9,
                      stamp: datetime | None = None,
                      rules: Rules | None = None) -> tuple[date, bytes]:
    """An iCalendar reminder for the first polite check-in day (as the rules time it);
    returns (day, .ics bytes)."""
    from icalendar import Alarm, Calendar, Event

    day = check_in_after(notes, rules)
    if day is None:
        raise InputError("the notes need the interview date or a decision date "
                         "to set a check-in reminder")
    start = datetime(day.year, day.month, day.day, at_hour)
    where = " at ".join(x for x in (notes.role, notes.company) if x) or "your interview"
    calendar = Calendar()
    calendar.add("prodid", "-//coachkit//check-in reminder//EN")
    calendar.add("version", "2.0")
    event = Event()
    digest = hashlib.sha1(f"{where}|{day}".encode()).hexdigest()[:12]
    event.add("uid", f"coachkit-check-in-{digest}@coachkit.local")
    event.add("dtstamp", stamp or datetime.now().astimezone())
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=30))
    event.add("summary", f"Check in: {where}")
    who = ", ".join(notes.interviewers) or "the interviewer"
    event.add("description", f"No answer yet? Send a short, polite check-in to {who}. "
                             "Open the coachkit composer and choose 'Check-in after silence'.")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Check in: {where}")
    alarm.add("trigger", timedelta(minutes=0))
    event.add_component(alarm)
    calendar.add_component(event)
    return day, calendar.to_ical()


def save_new(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write ``data`` to ``path``, or to 'name (2).ext' and so on if it exists.

    Returns the path written. An existing file is never replaced.
    """
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise InputError(f"{target.parent}: no such folder")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return write_new(target, raw, error=InputError, numbered=True)
