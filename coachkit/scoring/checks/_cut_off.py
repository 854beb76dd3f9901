"""A draft that stops in the middle of a sentence: its last sentence before the sign-off
ends on a word no sentence ends on ("... in a way that"), with no full stop after it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachkit.scoring.context import Context
from coachkit.scoring.registry import Hit

__all__ = ["cut_off"]

# words a finished sentence does not end on: articles, prepositions, conjunctions,
# possessives and the like ("that" and "to" end sentences only when something went missing)
_NEVER_LAST = frozenset((
    "the", "a", "an", "to", "and", "or", "but", "of", "in", "with", "for", "that", "which",
    "who", "whose", "my", "your", "our", "their", "his", "her", "its", "is", "are", "was",
    "were", "be", "by", "on", "at", "as", "if", "because", "than", "from", "into", "about",
    "how", "when", "where", "while", "i", "we", "would", "could", "should", "will", "can",
    "very", "so", "such", "this", "these", "those", "some", "any", "each", "every", "not",
))
_LAST_WORD_RE = re.compile(r"([^\W\d_]+)[ \t]*$")


def cut_off(ctx: Context) -> Iterator[Hit]:
    """The last sentence, when it ends on a word no finished sentence ends on."""
    text, end = ctx.text, ctx.content_end
    sentences = ctx.layout.sentences
    body = [s for s in sentences if s[0] < end]
    # the body's last sentence, or the text's last one when a long sentence comes after a
    # closing line ("Best,\nThank you for ... in a way that")
    last = [(body[-1][0], min(body[-1][1], end))] if body else []
    if sentences and sentences[-1][0] >= end:
        last.append(sentences[-1])
    for start, stop in last:
        sentence = text[start:stop].rstrip()
        if len(sentence.split()) < 4 or sentence[-1] in ".!?:;…)\"'”’]":
            continue
        m = _LAST_WORD_RE.search(sentence)
        if m is not None and m.group(1).lower() in _NEVER_LAST:
            yield Hit(start, start + len(sentence),
                      message="This sentence stops in the middle: finish it or cut it, then "
                              "read the whole note once more before sending")
            return
