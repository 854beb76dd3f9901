"""Where an earlier email quoted under a reply, or a mail system's footer, begins.

A follow-up written as a reply often carries the message it answers below it ("On Tue,
10 Nov 2026, Dana wrote:" and "> " lines, or an "Original Message" block). That text is
not the writer's: the checks read the draft up to it. A forwarded message is the writer's
own, and sending it along is often the mistake, so it is read. A mail system's footer
("CONFIDENTIALITY NOTICE: ...") is not the writer's either, and ends the draft too.
"""

from __future__ import annotations

import re

__all__ = ["quoted_tail_start"]

_HINTS = ("wrote:", "\n>", "Message --", "Message--", "\nFrom:", "\nCONFIDENTIAL", "\nDISCLAIMER",
          "\nDisclaimer", "\nConfidentiality", "\nThis email", "\nThis e-mail", "\nThis message",
          "Registered in", "Registered office", ". This e-mail", ". This email", ". This message")
_QUOTE_RE = re.compile(
    r"^(?:On\s[^\n]{4,200}?\bwrote:[ \t]*$"
    # a mail system's footer: "CONFIDENTIALITY NOTICE: This message and any attachments ..."
    r"|(?:CONFIDENTIALITY[ \t]+NOTICE|CONFIDENTIAL|DISCLAIMER|Disclaimer|Confidentiality"
    r"(?:[ \t]+[Nn]otice)?)[ \t]*:"
    r"|This[ \t]+(?:e-?mail|message)(?:[ \t]+and[ \t]+any[ \t]+(?:attachments?|files))?[ \t]+"
    r"(?:is|are|may[ \t]+contain|contains?)[ \t]+(?:confidential|privileged|intended)"
    # a company's legal line: "Harwich Global Forwarding Ltd. Registered in England and Wales."
    r"|[^\n]{0,80}?\b(?:Ltd|Limited|LLP|plc|PLC)\.?[ \t,]+"
    r"(?:Registered[ \t]+(?:in[ \t]+[A-Z]|office)"
    # or its notice: "Greythorn Waste Management Ltd. This e-mail is confidential ..."
    r"|This[ \t]+(?:e-?mail|message)[ \t]+(?:is|and[ \t]+any)\b)"
    r"|-{2,}[ \t]*Original[ \t]+[Mm]essage[ \t]*-{2,}[ \t]*$"
    r"|From:[ \t][^\n]+\n(?:Sent|Date):[ \t]"
    r"|>[^\n]*(?:\n(?:>[^\n]*|[ \t]*))*\Z)",
    re.MULTILINE)


def quoted_tail_start(text: str, body_start: int = 0) -> int:
    """The offset where a quoted earlier message or a footer begins, or ``len(text)`` when there is
    none (or nothing of the writer's own above it)."""
    if not any(hint in text for hint in _HINTS):
        return len(text)
    m = _QUOTE_RE.search(text, body_start)
    if m is None or not text[body_start : m.start()].strip():
        return len(text)
    return m.start()
