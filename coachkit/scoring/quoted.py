"""Where an earlier email quoted under a reply, or a mail system's footer, begins.

A follow-up written as a reply often carries the message it answers below it ("On Tue,
10 Nov 2026, Dana wrote:" and "> " lines, or an "Original Message" block). That text is
not the writer's: the checks read the draft up to it. A forwarded message is the writer's
own, and sending it along is often the mistake, so it is read. A mail system's footer
("CONFIDENTIALITY NOTICE: ...") is not the writer's either, and ends the draft too.
"""

from __future__ import annotations

import re

__all__ = ["quoted_tail_start", "quotes_a_message"]

_HINTS = ("wrote:", "\n>", "Message --", "Message--", "\nFrom:", "\nCONFIDENTIAL", "\nDISCLAIMER",
          "\nDisclaimer", "\nConfidentiality", "\nThis email", "\nThis e-mail", "\nThis message",
          "Registered in", "Registered office", ". This e-mail", ". This email", ". This message")
# an earlier message: its "wrote:" line, an "Original Message" bar, its headers, or "> " lines
# to the end
_WROTE = r"On\s[^\n]{4,200}?\bwrote:[ \t]*$"
_ORIGINAL = r"-{2,}[ \t]*Original[ \t]+[Mm]essage[ \t]*-{2,}[ \t]*$"
_HEADERS = r"From:[ \t][^\n]+\n(?:Sent|Date):[ \t]"
_QUOTED_LINES = r">[^\n]*(?:\n(?:>[^\n]*|[ \t]*))*\Z"
_FOOTER = (
    # a mail system's footer: "CONFIDENTIALITY NOTICE: This message and any attachments ..."
    r"(?:CONFIDENTIALITY[ \t]+NOTICE|CONFIDENTIAL|DISCLAIMER|Disclaimer|Confidentiality"
    r"(?:[ \t]+[Nn]otice)?)[ \t]*:"
    r"|This[ \t]+(?:e-?mail|message)(?:[ \t]+and[ \t]+any[ \t]+(?:attachments?|files))?[ \t]+"
    r"(?:is|are|may[ \t]+contain|contains?)[ \t]+(?:confidential|privileged|intended)"
    # a company's legal line: "Harwich Global Forwarding Ltd. Registered in England and Wales."
    r"|[^\n]{0,80}?\b(?:Ltd|Limited|LLP|plc|PLC)\.?[ \t,]+"
    r"(?:Registered[ \t]+(?:in[ \t]+[A-Z]|office)"
    # or its notice: "Greythorn Waste Management Ltd. This e-mail is confidential ..."
    r"|This[ \t]+(?:e-?mail|message)[ \t]+(?:is|and[ \t]+any)\b)")
_QUOTE_RE = re.compile(rf"^(?:{_WROTE}|{_FOOTER}|{_ORIGINAL}|{_HEADERS}|{_QUOTED_LINES})",
                       re.MULTILINE)
_MESSAGE_RE = re.compile(rf"(?:{_WROTE}|{_ORIGINAL}|{_HEADERS}|{_QUOTED_LINES})", re.MULTILINE)


def quoted_tail_start(text: str, body_start: int = 0) -> int:
    """The offset where a quoted earlier message or a footer begins, or ``len(text)`` when there is
    none (or nothing of the writer's own above it)."""
    if not any(hint in text for hint in _HINTS):
        return len(text)
    m = _QUOTE_RE.search(text, body_start)
    if m is None or not text[body_start : m.start()].strip():
        return len(text)
    return m.start()


def quotes_a_message(text: str, start: int) -> bool:
    """Whether the tail ``quoted_tail_start`` found at ``start`` is an earlier message (which
    "the plan below" may point to), not a mail system's footer."""
    return _MESSAGE_RE.match(text, start) is not None
