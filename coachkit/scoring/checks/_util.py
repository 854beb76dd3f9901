"""Small helpers the check modules share."""

from __future__ import annotations

import re

from coachkit.scoring.context import Context
from coachkit.scoring.text import Span

URL_OR_EMAIL_RE = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.(?:com|org|net|io|dev|ai|co|edu|gov|uk|de|app|me|info))+\b(?:/\S*)?",
    re.IGNORECASE,
)


def protected_spans(ctx: Context) -> list[Span]:
    """Spans of URLs and e-mail addresses, where word checks do not apply."""
    return ctx.memo("protected_spans", lambda: _find_protected(ctx.text))


_HINTS = ("@", "://", "www.", ".com", ".org", ".net", ".io", ".dev", ".ai", ".co", ".edu",
          ".gov", ".uk", ".de", ".app", ".me", ".info")


def _find_protected(text: str) -> list[Span]:
    if not any(h in text for h in _HINTS):
        return []
    return [m.span() for m in URL_OR_EMAIL_RE.finditer(text)]


def inside(pos: int, spans: list[Span]) -> bool:
    return any(s <= pos < e for s, e in spans)


def first_line(ctx: Context) -> Span:
    """The first non-empty line of the body (or of the text), for whole-message findings."""
    lines = ctx.layout.lines
    if lines:
        return lines[0]
    return (0, len(ctx.text.rstrip()))
