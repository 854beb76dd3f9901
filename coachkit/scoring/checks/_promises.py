"""Something promised "below" that never comes: the links, samples or figures a sentence
says follow, with nothing after it but a line or two of thanks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachkit.scoring.context import Context
from coachkit.scoring.quoted import quotes_a_message
from coachkit.scoring.registry import Hit

__all__ = ["missing_below"]

# a sentence that says what follows it: "I've pasted the links below", "see the figures
# below", "below are three samples"
_BELOW_RE = re.compile(
    r"\b(?:links?|urls?|samples?|portfolio|examples?|figures|numbers|table|list|details|"
    r"breakdown|summary|outline|plan|notes|references|answers?)\b[^.!?\n]{0,60}?\bbelow\b|"
    r"\bbelow\s+(?:are|is|you['’]ll\s+find)\b", re.IGNORECASE)
# what may follow such a sentence: a link, an address, a phone number ("Helen Booth –
# 07700 604 882"), a list item or a numbered line
_DELIVERED_RE = re.compile(r"https?://|www\.|\.(?:com|org|net|io|dev|co|uk)\b|@"
                           r"|\b\d{3,}[ \t-]?\d{3,}|^[ \t]*"
                           r"(?:[-*•–]|\d+[.)])", re.IGNORECASE | re.MULTILINE)
_ENOUGH_WORDS = 25  # more words after it: something was given, in prose
# a link with a path under the signature (a plain address there is no link)
_LINK_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|dev|co|uk)/\S+",
                      re.IGNORECASE)


def missing_below(ctx: Context) -> Iterator[Hit]:
    text, end = ctx.text, ctx.content_end
    if "below" not in ctx.word_index.vocabulary:
        return
    for start, stop in ctx.layout.sentences:
        if start >= end:
            return
        if _BELOW_RE.search(text, start, stop) is None:
            continue
        rest = text[stop:end]
        if (_DELIVERED_RE.search(rest) is None and len(rest.split()) < _ENOUGH_WORDS
                and _LINK_RE.search(text, end) is None  # links under the signature
                and not quotes_a_message(ctx.draft.text, len(text))):  # the thread below
            yield Hit(start, stop)
        return
