"""Export a finished message: copy-ready text, an .eml file, an .ics check-in reminder.

Files are written next to nothing the user owns: ``save_new`` never replaces an
existing file, it picks the next free name ("note (2).eml").
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from datetime import date, datetime, timedelta
from email.errors import MessageError
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

__all__ = ["check_address", "check_in_reminder", "save_new", "to_eml", "to_text"]

# what str.splitlines() breaks at: any of them in a header would start a new header
_LINE_BREAKS = frozenset("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_BREAK_RUN = re.compile("[" + "".join(sorted(_LINE_BREAKS)) + "]+")


def to_text(draft: Draft) -> str:
    """The message as plain text, subject line first, ready to paste into a mail client."""
    return draft.text


def check_address(value: str, field: str) -> str:
    """Return the address typed in ``field`` stripped; refuse one that is not one line."""
    text = value.strip()
    if any(ch in _LINE_BREAKS for ch in text):
        raise InputError(f"{field}: an address cannot contain a line break")
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise InputError(f"{field}: an address cannot contain control characters "
                         f"({text[:60]!r})")
    return text


def _one_line(value: str) -> str:
    """A saved header value on one line: each run of line breaks becomes one space and
    other control characters (but tabs) go."""
    if not any(ch in _LINE_BREAKS or unicodedata.category(ch) == "Cc" for ch in value):
        return value
    spaced = _BREAK_RUN.sub(" ", value)
    return "".join(ch for ch in spaced if ch == "\t" or unicodedata.category(ch) != "Cc")


def _encodable(text: str) -> str:
    """Text UTF-8 can hold: a lone surrogate (possible in saved JSON) becomes '?'."""
    return text.encode("utf-8", "replace").decode("utf-8")


def to_eml(draft: Draft, *, to: str = "", sender: str = "",
           when: datetime | None = None) -> bytes:
    """The message as an RFC 5322 file that mail clients open as a draft.

    ``to`` is refused (InputError) when it holds a line break; a saved ``sender`` with
    one is put on one line. Nothing given can add a header.
    """
    to = check_address(to, "To")
    sender = _one_line(sender).strip()
    message = EmailMessage()
    try:
        message["Subject"] = _one_line(_encodable(draft.subject or ""))
        if to:
            message["To"] = _encodable(to)
        if sender:
            message["From"] = _encodable(sender)
    except (ValueError, MessageError) as exc:
        raise InputError(f"cannot make the e-mail: {exc}") from None
    message["Date"] = format_datetime((when or datetime.now()).astimezone())
    message["X-Unsent"] = "1"  # Outlook and Apple Mail open it as a draft to send
    message.set_content(_encodable(draft.body))
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
