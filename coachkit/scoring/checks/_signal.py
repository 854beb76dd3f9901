"""The general features of a draft that the template signal weighs, from the shared words.

Each feature is a share of the words of the message's own text (after the greeting, before the
sign-off), so that long and short drafts compare: how much of it is about the writer
(I, me, my per word), how much of it is specific (words outside the common ones: names,
numbers, tools, the details of the work), and how charged its words are (negative and
positive words per word; exclamation marks are the tone checks' business). The words come from the
Context's one tokenisation (``ctx.word_index``, lower-cased runs of letters and digits).
The word lists are built once into ``data/signal_words.json`` by
``python -m coachkit.scoring.fit_signal --words``: valence from the VADER lexicon, the
common words from the spelling list's frequencies and the tuning corpus.
"""

from __future__ import annotations

import bisect
import functools
import json
from pathlib import Path

from coachkit.scoring.context import Context

__all__ = ["FEATURES", "KINDS", "WORDS_FILE", "common_words", "content_words", "features",
           "word_classes"]

WORDS_FILE = Path(__file__).parent.parent / "data" / "signal_words.json"

# the order of the features in every weight list
FEATURES = ("self", "specific", "negative", "positive")

# the kinds the signal judges: a gracious reply to a rejection is often brief and names
# nothing, and rightly so
KINDS = ("thank_you", "check_in", "additional_info")
_SELF = ("i", "me", "my", "mine", "myself")


@functools.lru_cache(maxsize=1)
def _words_file() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(WORDS_FILE.read_text(encoding="utf-8"))
    return data


@functools.lru_cache(maxsize=1)
def word_classes() -> dict[str, str]:
    """Each word the features count one by one, mapped to its class (pronouns before
    valence)."""
    data = _words_file()
    classes: dict[str, str] = {}
    for name in ("positive", "negative"):
        classes.update(dict.fromkeys(data[name], name))
    classes.update(dict.fromkeys(_SELF, "self"))
    return classes


@functools.lru_cache(maxsize=1)
def _counted() -> frozenset[str]:
    return frozenset(word_classes())


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The words any follow-up may use: the most frequent English words and the words
    that many follow-ups share. Every other word (a name, a number, a tool, a detail of
    the work) is specific."""
    return frozenset(_words_file()["common"])


def _content(ctx: Context) -> tuple[int, int]:
    """Where the message's own text starts (after the greeting) and ends (the sign-off)."""
    lay = ctx.layout
    start = lay.greeting[1] if lay.greeting else lay.body_start
    return start, max(start, lay.closing_start)


def _within(starts: list[int], start: int, end: int) -> int:
    """How many of the sorted ``starts`` fall in ``[start, end)``."""
    if starts[0] >= start and starts[-1] < end:
        return len(starts)
    return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)


def content_words(ctx: Context) -> int:
    """How many words the message has between its greeting and its sign-off."""
    start, end = _content(ctx)
    starts = ctx.word_index.word_starts
    return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)


def features(ctx: Context) -> tuple[float, ...]:
    """The draft's features, in the order of ``FEATURES`` (all 0 for a draft without text).

    The pronouns and valence words are counted from the index's distinct words and their
    places (a few dozen look-ups), the common words in one pass in C over the words."""
    start, end = _content(ctx)
    index = ctx.word_index
    first = bisect.bisect_left(index.word_starts, start)
    n = bisect.bisect_left(index.word_starts, end) - first
    if n <= 0:
        return (0.0,) * len(FEATURES)
    classes, places = word_classes(), index.positions
    counts = {"self": 0, "negative": 0, "positive": 0}
    for word in _counted().intersection(places):
        counts[classes[word]] += _within(places[word], start, end)
    common = sum(map(common_words().__contains__, index.words[first:first + n]))
    return (counts["self"] / n, 1 - common / n, counts["negative"] / n,
            counts["positive"] / n)
