"""A deadline that is another employer's, not the reader's: "Hallam's have offered me a
counter job and want an answer by Friday", "I need to give the skipper an answer by
Monday". Said to explain a check-in, it is no pressure on the reader; the phrase lists
that flag "an answer by Friday" cannot see the offer a sentence before."""

from __future__ import annotations

import re

from coachkit.scoring.context import Context

__all__ = ["another_offers_deadline"]

# an offer from elsewhere
_OFFER_RE = re.compile(r"\b(?:offered\s+me|(?:have|has|had|been|was|were)\s+offered|"
                       r"an?\s+(?:job\s+)?offer\s+(?:from|at|with|of)|another\s+offer)\b",
                       re.IGNORECASE)
# the answer owed to someone else: "give the skipper an answer", "they'd like an answer",
# "... have offered me a job and want an answer"
_THIRD_PARTY_RE = re.compile(
    r"(?:\b(?:give|giving|send|owe)\s+(?:them|him|her|the\s+[\w-]+|(?-i:[A-Z])[\w'’-]+)\s+"
    r"|\b(?:they|who|and|which|he|she)\s*(?:['’]d\s+|would\s+)?"
    r"(?:want|wants|need|needs|like|likes|expect|expects)\s+)"
    r"(?:an?\s+|my\s+)?(?:answer|decision|reply|response)\b", re.IGNORECASE)
# the reader asked, in the place flagged or just before it: "your answer", "please"
_TO_READER_RE = re.compile(r"\b(?:you|your|me|us|please)\b", re.IGNORECASE)
_BEFORE = 60  # how far back the answer's owner may stand
_OFFER_BEFORE = 400  # how far back the offer may be named (a sentence or two)


def another_offers_deadline(ctx: Context, start: int, end: int) -> bool:
    """Whether the deadline flagged at ``start:end`` is owed to another employer whose
    offer the draft names just before, with nothing in it asking the reader."""
    text = ctx.text
    if _TO_READER_RE.search(text, start, end):
        return False
    near = max(0, start - _BEFORE)
    owed = None
    for m in _THIRD_PARTY_RE.finditer(text, near, end):
        if m.end() > start:
            owed = m
    if owed is None or _TO_READER_RE.search(text, owed.start(), start):
        return False
    return _OFFER_RE.search(text, max(0, start - _OFFER_BEFORE), owed.start()) is not None
