"""A sentence pasted twice: the same sentence of several words, word for word, again
further down the message (an unproofed paste of a paragraph)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachkit.scoring.context import Context
from coachkit.scoring.registry import Hit

__all__ = ["repeated_sentences"]

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
MIN_WORDS = 6  # short stock sentences ("Thank you again.") may fairly come twice


def repeated_sentences(ctx: Context) -> Iterator[Hit]:
    seen: set[tuple[str, ...]] = set()
    text = ctx.text
    for s, e in ctx.layout.sentences:
        if s >= ctx.content_end:
            break
        words = tuple(w.lower() for w in _WORD_RE.findall(text, s, e))
        if len(words) < MIN_WORDS:
            continue
        if words in seen:
            yield Hit(s, e, message="This sentence is already in the message: delete the "
                                    "second copy")
        seen.add(words)
