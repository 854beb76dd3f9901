"""A sentence pasted twice: the same sentence of several words, word for word, again
further down the message (an unproofed paste of a paragraph)."""

from __future__ import annotations

from collections.abc import Iterator

from coachkit.scoring.context import Context
from coachkit.scoring.registry import Hit

__all__ = ["repeated_sentences"]

MIN_WORDS = 6  # short stock sentences ("Thank you again.") may fairly come twice


def repeated_sentences(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    end = ctx.content_end
    sentences = ctx.layout.sentences
    openings = [text[s:s + 6].lower() for s, _ in sentences]
    if len(set(openings)) == len(openings):
        return  # no two sentences open alike: the usual case, settled at C speed
    # a cheap first key (the word count and the first letters) rules out nearly every
    # sentence; only sentences that share it are compared word for word
    first: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for (s, e), words, opening in zip(sentences, ctx.sentence_lengths, openings, strict=True):
        if s >= end:
            break
        if words >= MIN_WORDS:
            first.setdefault((words, opening), []).append((s, e))
    for spans in first.values():
        if len(spans) < 2:
            continue
        seen: set[str] = set()
        for s, e in spans:
            # the words in lower case, whatever the line breaks and spaces between them
            key = " ".join(text[s:e].lower().split())
            if key in seen:
                yield Hit(s, e, message="This sentence is already in the message: delete "
                                        "the second copy")
            seen.add(key)
