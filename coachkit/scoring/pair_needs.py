"""The pairs of words a pattern searched for everywhere cannot match without: read from its
three-word states, so such an entry is not searched for in a draft that lacks them.

The entries without a trigger word begin with punctuation or the start of the text (", or
I'll", "(^|[.!?] )Your call."), so they are searched for over the whole draft, though
nearly every one needs two given words in a row. Each way a match may begin, after the
characters before its first word, gives a word and what the next must be; a text whose
words meet none of them holds no match. Sound only for texts whose words are all ASCII.
"""

from __future__ import annotations

import functools
from typing import Any

from coachkit.scoring.regex_words import _SEP, _follow_states
from coachkit.scoring.words import WordIndex

__all__ = ["PairNeed", "has_pair", "pair_need"]

# first word -> (whole words that may come next, how the next word may begin)
PairNeed = dict[str, tuple[frozenset[str], tuple[str, ...]]]


@functools.lru_cache(maxsize=1024)
def pair_need(regex: str) -> PairNeed | None:
    """The (word, next word) pairs one of which any match of ``regex`` holds, or None when
    the pattern does not tell (a match may begin inside a word, or with a word whatever
    follows it)."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    try:
        items = _mark_starts(list(sre_parse.parse(regex)), sre_parse)
        states = _follow_states(items, sre_parse, 3)
    except Exception:  # malformed or unusual: no condition
        return None
    if not states:
        return None
    whole: dict[str, set[str]] = {}
    prefixes: dict[str, set[str]] = {}
    for state in states:
        parts = state.split(_SEP)
        # "" first: the first word begins after a character that is no letter or digit
        if len(parts) < 3 or parts[0] or not parts[1] or not parts[2]:
            return None
        if len(parts) > 3:
            whole.setdefault(parts[1], set()).add(parts[2])
        else:
            prefixes.setdefault(parts[1], set()).add(parts[2])
    return {w: (frozenset(whole.get(w, ())), tuple(sorted(prefixes.get(w, ()))))
            for w in whole.keys() | prefixes.keys()}


def has_pair(need: PairNeed, words: WordIndex) -> bool:
    """Whether the ASCII text of ``words`` holds one of the pairs of ``need``."""
    positions = words.positions
    present = need.keys() & positions.keys()
    if not present:
        return False
    following = words.following
    for word in present:
        whole, prefixes = need[word]
        for place in positions[word]:
            after = following[place]
            if after in whole or after.startswith(prefixes):
                return True
    return False


def _mark_starts(items: list[Any], c: Any) -> list[Any]:
    """``items`` with each \\b or ^ that may open a match read as one character that is no
    letter or digit: where a word begins, there is none before it (or the text starts)."""
    if not items:
        return items
    op, av = items[0]
    rest = items[1:]
    if op is c.AT and av in (c.AT_BOUNDARY, c.AT_BEGINNING, c.AT_BEGINNING_STRING):
        return [(c.LITERAL, ord(" ")), *rest]
    if op is c.SUBPATTERN:
        return _mark_starts(list(av[-1]) + rest, c)
    if op is c.BRANCH:
        branches = [_mark_starts(list(b), c) for b in av[1]]
        return [(c.BRANCH, (av[0], branches)), *rest]
    return items
