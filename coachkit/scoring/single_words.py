"""Entries that match one word and nothing else (``\\bso{3,}\\b``, ``\\bhi{3,}\\b``): such an
entry can only match where the word of the text, as a whole, fits its pattern, so whether
it may match at a word is known from the word alone and remembered for the process.

Their trigger words are prefixes ('s', 'h', 'tha'), so without this they would be tried at
every "so", "some" and "thanks" of a draft. Sound only for texts whose words are all ASCII
(a lower-cased ASCII word fits a case-insensitive pattern when the word as written does).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from coachkit.scoring.words import WordIndex

__all__ = ["SingleWord", "single_word", "single_word_starts"]

_SEEN_MAX = 50_000  # words remembered per pattern


class SingleWord:
    """A case-insensitive pattern matched against whole lower-cased words, with the words
    met so far that fit it and those that do not."""

    def __init__(self, regexes: tuple[str, ...]) -> None:
        self.pattern = re.compile("|".join(f"(?:{r})" for r in regexes), re.IGNORECASE)
        self.fit: set[str] = set()
        self.unfit: set[str] = set()
        # the last text's words and those of them that fit (a text's list of entries asks
        # once for each of its trigger words)
        self.last: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())

    def fitting(self, vocabulary: frozenset[str]) -> frozenset[str]:
        """The lower-cased words of ``vocabulary`` that fit one of the patterns."""
        last = self.last
        if last[0] is vocabulary:
            return last[1]
        # one set at a time, the big one first: it is walked through the text's words
        new = vocabulary.difference(self.unfit)
        if new and self.fit:
            new -= self.fit  # few words fit: walked through them
        if new:
            if len(self.fit) + len(self.unfit) > _SEEN_MAX:
                self.fit.clear()
                self.unfit.clear()
            full = self.pattern.fullmatch
            for word in new:
                (self.fit if full(word) else self.unfit).add(word)
        found = frozenset(self.fit.intersection(vocabulary)) if self.fit else frozenset()
        self.last = (vocabulary, found)
        return found


def single_word(regexes: Sequence[str]) -> SingleWord | None:
    """The check of the words the patterns may match at, when every one of them matches
    one whole word of letters and digits only (from a word boundary to the next); None
    otherwise. The same patterns get the same check."""
    if not regexes or not all(map(_is_single_word, regexes)):
        return None
    return _single_word(tuple(regexes))


@functools.lru_cache(maxsize=256)
def _single_word(regexes: tuple[str, ...]) -> SingleWord:
    return SingleWord(regexes)


def single_word_starts(words: WordIndex, key: tuple[str, bool], check: SingleWord) -> list[int]:
    """The offsets of the trigger word ``key`` (whole, or a word it begins) in the ASCII
    text of ``words`` whose word fits ``check``."""
    fitting = check.fitting(words.vocabulary)
    if not fitting:  # the usual case
        return []
    word, exact = key
    positions = words.positions
    return sorted(p for w in fitting if (w == word if exact else w.startswith(word))
                  for p in positions[w])


@functools.lru_cache(maxsize=1024)
def _is_single_word(regex: str) -> bool:
    """Whether every match of ``regex`` is a run of letters and digits (no underscore)
    between two word boundaries."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    try:
        parsed = sre_parse.parse(regex)
    except Exception:  # malformed: left to the usual path, which reports it
        return False
    items = list(parsed)
    c = sre_parse
    if parsed.state.flags & ~(c.SRE_FLAG_UNICODE | c.SRE_FLAG_IGNORECASE) or len(items) < 3:
        return False
    boundary = (c.AT, c.AT_BOUNDARY)
    return items[0] == boundary and items[-1] == boundary and _letters(items[1:-1], c)


def _letters(items: list[Any], c: Any) -> bool:
    """Whether the sequence matches only letters and digits (ASCII or not, never '_')."""
    for op, av in items:
        if op is c.LITERAL:
            ok = chr(av).isalnum()
        elif op is c.IN:
            ok = bool(av) and all(_class_item(sub_op, sub_av, c) for sub_op, sub_av in av)
        elif op is c.MAX_REPEAT or op is c.MIN_REPEAT:
            ok = _letters(list(av[2]), c)
        elif op is c.SUBPATTERN:
            ok = not av[1] and not av[2] and _letters(list(av[-1]), c)
        elif op is c.BRANCH:
            ok = all(_letters(list(b), c) for b in av[1])
        else:
            ok = False
        if not ok:
            return False
    return True


def _class_item(op: Any, av: Any, c: Any) -> bool:
    """A member of a character class that holds only letters and digits."""
    if op is c.LITERAL:
        return chr(av).isalnum()
    if op is c.RANGE:
        low, high = av
        return all(chr(ch).isalnum() for ch in range(low, high + 1))
    return False
