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

_FITS_MAX = 4096  # words remembered per pattern


class SingleWord:
    """A case-insensitive pattern matched against whole lower-cased words, with what it
    found for each word met so far."""

    def __init__(self, regexes: Sequence[str]) -> None:
        self.pattern = re.compile("|".join(f"(?:{r})" for r in regexes), re.IGNORECASE)
        self.fits: dict[str, bool] = {}

    def fit(self, word: str) -> bool:
        """Whether the whole lower-cased ``word`` fits one of the patterns."""
        found = self.fits.get(word)
        if found is None:
            if len(self.fits) >= _FITS_MAX:
                self.fits.clear()
            found = self.fits[word] = self.pattern.fullmatch(word) is not None
        return found


def single_word(regexes: Sequence[str]) -> SingleWord | None:
    """The check of the words the patterns may match at, when every one of them matches
    one whole word of letters and digits only (from a word boundary to the next); None
    otherwise."""
    if not regexes or not all(map(_is_single_word, regexes)):
        return None
    return SingleWord(regexes)


def single_word_starts(words: WordIndex, key: tuple[str, bool], check: SingleWord) -> list[int]:
    """The offsets of the trigger word ``key`` (whole, or a word it begins) in the ASCII
    text of ``words`` whose word fits ``check``."""
    word, exact = key
    if exact:
        candidates: Sequence[str] = (word,) if word in words.positions else ()
    else:
        candidates = words.with_prefix(word)
    out: list[int] = []
    fit = check.fit
    for candidate in candidates:
        if fit(candidate):
            out.extend(words.positions[candidate])
    return out


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
