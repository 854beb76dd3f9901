"""Spelling through pyspellchecker's English word list, loaded once, on first use.

Candidates one edit away come from pyspellchecker itself; for the rarer typo two
edits away (``schedual``, ``proffesional``) a small deletion index over common
words answers in microseconds instead of the library's exhaustive search, which
takes seconds per word.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

__all__ = [
    "MAX_SUGGEST_LENGTH", "british_to_american", "edit_distance", "frequency", "is_known",
    "one_edit_apart", "suggestions", "unknown",
]

_BRITISH = (("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ise", "ize"),
            ("ises", "izes"), ("yse", "yze"), ("ysing", "yzing"), ("ysed", "yzed"),
            ("our", "or"), ("ours", "ors"), ("tre", "ter"), ("tres", "ters"),
            ("ogue", "og"), ("mme", "m"), ("mmes", "ms"), ("ence", "ense"), ("lled", "led"),
            ("lling", "ling"))

MIN_SUGGEST_FREQUENCY = 200
_COMMON_FREQUENCY = 1000
# The longest common word has 20 letters and suggestions are at most two edits away,
# so a longer word can have none; checking first keeps a 100 KB "word" linear.
MAX_SUGGEST_LENGTH = 30


@functools.lru_cache(maxsize=1)
def _checker() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(distance=1)


@functools.lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    return _checker().word_frequency.dictionary


def frequency(word: str) -> int:
    """How common the lower-cased word is in the word list (0 when absent)."""
    return _frequencies().get(word, 0)


def is_known(word: str) -> bool:
    """True when the lower-cased word is in the dictionary."""
    return word in _frequencies()


def unknown(words: Iterable[str]) -> set[str]:
    """The lower-cased words that are not in the dictionary."""
    freq = _frequencies()
    return {w for w in words if w not in freq}


@functools.lru_cache(maxsize=20_000)
def british_to_american(word: str) -> str | None:
    """The American spelling of a British one that the dictionary knows, else None."""
    for british, american in _BRITISH:
        if word.endswith(british):
            candidate = word[: -len(british)] + american
            if candidate in _frequencies():
                return candidate
    return None


@functools.lru_cache(maxsize=1)
def _deletion_index() -> dict[str, tuple[str, ...]]:
    """Every common word, and every word with one letter deleted, mapped to the common
    words it comes from. Two words one edit apart always share a key, so looking up a
    word and its own single deletions finds every candidate within one edit (and many
    within two) with a few dictionary look-ups."""
    index: dict[str, list[str]] = defaultdict(list)
    for word, freq in _frequencies().items():
        if freq < MIN_SUGGEST_FREQUENCY or len(word) < 2 or not word.isalpha():
            continue
        index[word].append(word)
        for i in range(len(word)):
            index[word[:i] + word[i + 1 :]].append(word)
    return {k: tuple(v) for k, v in index.items()}


def one_edit_apart(a: str, b: str) -> bool:
    """True when one insertion, deletion, substitution or swap of neighbours turns a into b
    (the same as ``edit_distance(a, b) == 1``, in linear time)."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1 or a == b:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    return a[i + 1 :] == b[i + 1 :] or (
        i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :])


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein without repeated edits)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


@functools.lru_cache(maxsize=20_000)
def suggestions(word: str, limit: int = 3) -> tuple[str, ...]:
    """Likely intended words for a lower-cased unknown word, most likely first: common
    words one edit away; for longer words with none, very common words two edits away."""
    if len(word) > MAX_SUGGEST_LENGTH:
        return ()
    freq = _frequencies()
    index = _deletion_index()
    variants = {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}
    pool = {w for v in variants for w in index.get(v, ())}
    near = sorted((w for w in pool if one_edit_apart(word, w)), key=lambda w: (-freq[w], w))
    if near or len(word) < 5:
        return tuple(near[:limit])
    far = sorted((edit_distance(word, w), -freq[w], w) for w in pool
                 if freq[w] >= _COMMON_FREQUENCY and len(w) >= 4)
    return tuple(w for d, _, w in far if d <= 2)[:limit]
