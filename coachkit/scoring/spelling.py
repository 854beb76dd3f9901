"""Spelling through pyspellchecker's English word list, loaded once, on first use.

The list and a deletion index over its common words are prebuilt into two small files
(see ``build_spelling``) that load in a few hundredths of a second. Candidates one edit
away, and for the rarer typo two edits away (``schedual``, ``proffesional``), come from
the index in microseconds instead of the library's exhaustive search, which takes seconds
per word. Words longer than any that could have a suggestion are answered at once, and
are never kept in a cache.
"""

from __future__ import annotations

import array
import functools
import sys
import zlib
from collections.abc import Iterable, Mapping
from itertools import accumulate
from typing import Any

from coachkit.scoring import build_spelling as data
from coachkit.scoring.collection import collection_paused

__all__ = [
    "MAX_SUGGEST_LENGTH", "british_to_american", "edit_distance", "frequency", "is_known",
    "one_edit_apart", "suggestions", "unknown",
]

_BRITISH = (("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ise", "ize"),
            ("ises", "izes"), ("yse", "yze"), ("ysing", "yzing"), ("ysed", "yzed"),
            ("our", "or"), ("ours", "ors"), ("tre", "ter"), ("tres", "ters"),
            ("ogue", "og"), ("mme", "m"), ("mmes", "ms"), ("ence", "ense"), ("ences", "enses"),
            ("lled", "led"), ("lling", "ling"), ("bre", "ber"), ("bres", "bers"),
            ("tred", "tered"), ("tring", "tering"))
# British spellings inside a word, before a further ending ("neighbourhood", "behavioural",
# "organisations", "paediatric", "counsellor", "jewellery"): each is tried at every place,
# and only for words of six letters or more ("youre" is not a British "yore")
_BRITISH_INSIDE = (("our", "or"), ("isation", "ization"), ("is", "iz"), ("ys", "yz"),
                   ("ae", "e"), ("oe", "e"), ("ller", "ler"), ("llor", "lor"),
                   ("llery", "lry"), ("bre", "ber"), ("tre", "ter"), ("ium", "um"),
                   ("que", "ck"), ("amme", "am"))

MIN_SUGGEST_FREQUENCY = data.MIN_SUGGEST_FREQUENCY
_COMMON_FREQUENCY = 1000
# The longest common word has 20 letters and suggestions are at most two edits away,
# so a longer word can have none; checking first keeps a 100 KB "word" linear.
MAX_SUGGEST_LENGTH = 30


def _uint_array(code: str, raw: bytes) -> array.array[int]:
    out = array.array(code)
    out.frombytes(raw)
    if sys.byteorder == "big":
        out.byteswap()
    return out


def _sections(raw: bytes, header: Any, magic: bytes,
              count: int) -> tuple[tuple[int, ...], list[bytes]]:
    """The header fields after the magic, and the ``count`` decompressed sections that
    follow (the header ends with their sizes)."""
    fields = header.unpack_from(raw)
    if fields[0] != magic:
        raise ValueError(f"not a coachkit spelling file (rebuild with python -m "
                         f"{data.__name__})")
    sizes = fields[-count:]
    out, pos = [], header.size
    for size in sizes:
        out.append(zlib.decompress(raw[pos : pos + size]))
        pos += size
    return fields[1:], out


@functools.lru_cache(maxsize=1)
@collection_paused
def _word_list() -> tuple[list[str], dict[str, int], int]:
    """Every word sorted, each word's frequency, and the length of the longest."""
    (longest, *_), (text, freqs) = _sections(data.WORDS_FILE.read_bytes(), data.WORDS_HEADER,
                                             data.WORDS_MAGIC, 2)
    words = text.decode("utf-8").split("\n")
    return words, dict(zip(words, _uint_array("I", freqs), strict=True)), longest


def _frequencies() -> dict[str, int]:
    return _word_list()[1]


def frequency(word: str) -> int:
    """How common the lower-cased word is in the word list (0 when absent)."""
    return _frequencies().get(word, 0)


def is_known(word: str) -> bool:
    """True when the lower-cased word is in the dictionary, or is the plural of a word in
    it (the word list lacks many regular plurals: "timelines", "rollouts")."""
    freq = _frequencies()
    return word in freq or _plural_of_known(word, freq)


def _plural_of_known(word: str, freq: Mapping[str, int]) -> bool:
    if len(word) < 5 or word[-1] != "s" or word[-2] in "s'’":
        return False
    if word.endswith("ies") and word[:-3] + "y" in freq:
        return True
    return word[:-1] in freq or (word.endswith("es") and word[:-2] in freq)


# The words met lately, known and unknown: a draft's words are looked up in these small
# sets, which stay in the processor's cache, rather than one by one in the dictionary of
# 160,000 words, which does not. Only ever added to (or emptied when they grow too big),
# so what is found in them is right whatever another thread does.
_KNOWN: set[str] = set()
_UNKNOWN: set[str] = set()
_SEEN_MAX = 50_000
_SEEN_LENGTH = 64  # longer words are looked up and never kept


def unknown(words: Iterable[str]) -> set[str]:
    """The lower-cased words that are not in the dictionary."""
    given = words if isinstance(words, set | frozenset) else set(words)
    # the few words not known to be known, then those of them known to be unknown (one
    # set at a time: given several, ``difference`` walks the whole of each big set)
    rest = given.difference(_KNOWN)
    found = _UNKNOWN.intersection(rest)
    rest -= found
    if rest:
        freq = _frequencies()
        if len(_KNOWN) + len(_UNKNOWN) > _SEEN_MAX:
            _KNOWN.clear()
            _UNKNOWN.clear()
        for word in rest:
            seen = _KNOWN if word in freq or _plural_of_known(word, freq) else _UNKNOWN
            if seen is _UNKNOWN:
                found.add(word)
            if len(word) <= _SEEN_LENGTH:
                seen.add(word)
    return found


def british_to_american(word: str) -> str | None:
    """The American spelling of a British one that the dictionary knows, else None."""
    if len(word) > _word_list()[2] + 3:  # no ending changes the length by more
        return None
    return _british_to_american(word)


@functools.lru_cache(maxsize=20_000)
def _british_to_american(word: str) -> str | None:
    freq = _frequencies()
    for british, american in _BRITISH:
        if word.endswith(british):
            candidate = word[: -len(british)] + american
            if candidate in freq:
                return candidate
    if len(word) < 6:
        return None
    for british, american in _BRITISH_INSIDE:
        at = word.find(british, 1)
        while at > 0:
            candidate = word[:at] + american + word[at + len(british):]
            if candidate in freq:
                return candidate
            at = word.find(british, at + 1)
    return None


class _Index:
    """The common words, and for any key the common words that answer to it: the word
    itself or the word with one letter deleted (see ``build_spelling``)."""

    def __init__(self) -> None:
        (bits, *_), (common, counts, ids) = _sections(
            data.SUGGEST_FILE.read_bytes(), data.SUGGEST_HEADER, data.SUGGEST_MAGIC, 3)
        words = _word_list()[0]
        self.common = [words[i] for i in _uint_array("I", common)]
        self.offsets = array.array("I", accumulate(counts, initial=0))
        self.ids = _uint_array("H", ids)
        self.mask = (1 << bits) - 1

    def words_for(self, key: str) -> list[str]:
        """The common words equal to ``key`` or one deletion away from it."""
        b = zlib.crc32(key.encode("utf-8")) & self.mask
        out = []
        for i in self.ids[self.offsets[b] : self.offsets[b + 1]]:
            word = self.common[i]
            if len(word) == len(key) + 1:
                j = 0
                while j < len(key) and word[j] == key[j]:
                    j += 1
                if word[j + 1 :] == key[j:]:
                    out.append(word)
            elif word == key:
                out.append(word)
        return out


@functools.lru_cache(maxsize=1)
def _deletion_index() -> _Index:
    return _Index()


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


def suggestions(word: str, limit: int = 3) -> tuple[str, ...]:
    """Likely intended words for a lower-cased unknown word, most likely first: common
    words one edit away; for longer words with none, very common words two edits away.

    At most ``MAX_SUGGEST_LENGTH + 1`` keys of that length are looked up, each in one
    bucket of the index; a longer word gets none, without a search or a cache entry."""
    if len(word) > MAX_SUGGEST_LENGTH:
        return ()
    return _suggestions(word, limit)


@functools.lru_cache(maxsize=20_000)
def _suggestions(word: str, limit: int) -> tuple[str, ...]:
    freq = _frequencies()
    index = _deletion_index()
    variants = {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}
    pool = {w for v in variants for w in index.words_for(v)}
    near = sorted((w for w in pool if one_edit_apart(word, w)), key=lambda w: (-freq[w], w))
    if near or len(word) < 5:
        return tuple(near[:limit])
    far = sorted((edit_distance(word, w), -freq[w], w) for w in pool
                 if freq[w] >= _COMMON_FREQUENCY and len(w) >= 4)
    return tuple(w for d, _, w in far if d <= 2)[:limit]
