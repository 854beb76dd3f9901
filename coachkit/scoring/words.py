"""Where each word of a text starts, and which word follows which: the index the phrase
lists and several checks look words up in, built from one tokenisation of the text."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, count, islice
from typing import TypeVar

from coachkit.scoring.lazy import lazy

__all__ = ["Trigger", "WordIndex", "ascii_runs", "pair_places_in_text", "pair_starts",
           "word_runs"]

T = TypeVar("T")

# A trigger is a set of (word, exact) pairs: the pattern can only match starting at one
# of these words (or, when not exact, at a word that starts with it).
Trigger = frozenset[tuple[str, bool]]
_EMPTY: tuple[int, ...] = ()
_WORD_RE = re.compile(r"[^\W_]+")
# every ASCII character that is not a letter or digit becomes a space: then splitting at
# spaces finds what [^\W_]+ finds, in C instead of one match object per word
_ASCII_SEPARATORS = str.maketrans({chr(i): " " for i in range(128) if not chr(i).isalnum()})


def word_runs(lowered: str) -> tuple[list[str], list[int]]:
    """The runs of letters and digits of a lower-cased text (``[^\\W_]+``) and where each
    starts."""
    if not lowered.isascii():
        words = _WORD_RE.findall(lowered)
        return words, [m.start() for m in _WORD_RE.finditer(lowered)]
    pieces = lowered.translate(_ASCII_SEPARATORS).split(" ")
    # piece i starts after the pieces before it and one space after each of them
    starts = map(operator.add, accumulate(map(len, pieces), initial=0), count())
    return list(filter(None, pieces)), list(compress(starts, pieces))


def ascii_runs(text: str) -> list[str]:
    """The runs of letters and digits of an ASCII ``text`` (``[^\\W_]+``), as they are
    written."""
    return list(filter(None, text.translate(_ASCII_SEPARATORS).split(" ")))


def _lowered(text: str) -> str:
    """``text`` lower-cased, except the few characters that grow when lower-cased (so
    every offset still indexes ``text``)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


@dataclass(frozen=True)
class WordIndex:
    """Where each lower-cased word (a run of letters and digits) of a text starts.

    A frozen view of one text, built by ``WordIndex.of``; the views few drafts need (which
    word follows which) are worked out on first use.
    """

    positions: dict[str, list[int]]
    sorted_words: tuple[str, ...]
    # the start of each word and the word, in text order
    word_starts: tuple[int, ...] = ()
    words: tuple[str, ...] = ()
    # whether every word is ASCII (then 'ſ', 'İ' and the like cannot occur)
    is_ascii: bool = True

    @classmethod
    def of(cls, text: str) -> WordIndex:
        """Index the words of ``text``."""
        words, starts = word_runs(_lowered(text))
        positions: dict[str, list[int]] = {}
        get = positions.get
        for word, start in zip(words, starts, strict=True):
            seen = get(word)
            if seen is None:
                positions[word] = [start]
            else:
                seen.append(start)
        is_ascii = text.isascii() or all(map(str.isascii, positions))
        return cls(positions, tuple(sorted(positions)), tuple(starts), tuple(words), is_ascii)

    @lazy
    def vocabulary(self) -> frozenset[str]:
        """The distinct words (a set: testing a few words against it costs a few look-ups)."""
        return frozenset(self.positions)

    @lazy
    def _nexts(self) -> list[str]:
        return [*self.words[1:], ""] if self.words else []

    @lazy
    def following(self) -> dict[int, str]:
        """For each word start, the word after it ("" after the last word)."""
        starts = self.word_starts
        # the words from the second on, without a list of them first (one fewer: the last
        # start is given "" below)
        out = dict(zip(starts, islice(self.words, 1, None), strict=False))
        if starts:
            out[starts[-1]] = ""
        return out

    @lazy
    def pairs(self) -> frozenset[tuple[str, str]]:
        """Every (word, next word) of the text ("" as the word after the last)."""
        return frozenset(zip(self.words, self._nexts, strict=True))

    @lazy
    def after(self) -> dict[str, set[str]]:
        """For each word, the words that come right after it somewhere."""
        out: dict[str, set[str]] = {}
        for word, following in self.pairs:
            seen = out.get(word)
            if seen is None:
                out[word] = {following}
            else:
                seen.add(following)
        return out

    def doubled(self) -> list[int]:
        """The places ``i`` in the sequence where word ``i + 1`` is word ``i`` again."""
        words = self.words
        return list(compress(range(len(words)), map(operator.eq, words, words[1:])))

    def sequence(self) -> tuple[tuple[int, ...], tuple[str, ...]]:
        """The start of each word and the word, in text order."""
        return self.word_starts, self.words

    def next_words(self) -> dict[int, str]:
        """For each word start, the word after it ("" after the last word)."""
        return self.following

    def followers(self) -> dict[str, set[str]]:
        """For each word, the words that come right after it somewhere ("" after the last
        word)."""
        return self.after

    def pair_starts(self, first: str, second: str) -> list[int]:
        """Where the word ``first`` starts with the word ``second`` right after it."""
        following = self.following
        return [p for p in self.positions.get(first, ()) if following[p] == second]

    def has_prefix(self, prefix: str) -> bool:
        """Whether a word of the text starts with ``prefix``."""
        words = self.sorted_words
        i = bisect.bisect_left(words, prefix)
        return i < len(words) and words[i].startswith(prefix)

    def with_prefix(self, prefix: str) -> list[str]:
        """The words of the text that start with ``prefix``."""
        words = self.sorted_words
        i = bisect.bisect_left(words, prefix)
        out: list[str] = []
        while i < len(words) and words[i].startswith(prefix):
            out.append(words[i])
            i += 1
        return out

    def starts(self, word: str, exact: bool) -> Sequence[int]:
        """Offsets where ``word`` starts (as a whole word, or as the start of one)."""
        if exact:
            return self.positions.get(word, _EMPTY)
        words = self.sorted_words
        i = bisect.bisect_left(words, word)
        out: list[int] = []
        while i < len(words) and words[i].startswith(word):
            out.extend(self.positions[words[i]])
            i += 1
        return out


def pair_places_in_text(pairs: Mapping[tuple[str, str], T], words: WordIndex
                        ) -> list[tuple[T, list[int]]]:
    """For each pair of words (first word, second word) that ``pairs`` holds and the text
    of ``words`` has, what it holds for the pair and the places of the pair's first word
    in ``words.words``, in one pass over the text's words."""
    texts = words.words
    if not texts:
        return []
    following = (*texts[1:], "")  # "" after the last word
    # the places of the pairs it holds, found in C; then a few steps for each of them
    held = compress(range(len(texts)), map(pairs.__contains__, zip(texts, following, strict=True)))
    met: dict[tuple[str, str], list[int]] = {}
    get = met.get
    for place in held:
        pair = (texts[place], following[place])
        at = get(pair)
        if at is None:
            met[pair] = [place]
        else:
            at.append(place)
    return [(pairs[pair], places) for pair, places in met.items()]


def pair_starts(firsts: Mapping[str, Mapping[str, T]], words: WordIndex
                ) -> list[tuple[T, list[int]]]:
    """For each pair of words ``firsts`` holds (first word, then second word) that the
    text of ``words`` has, what it holds for the pair and where the pair starts (found
    from the places of the first words, without listing every pair of the text)."""
    positions, following = words.positions, words.following
    out: list[tuple[T, list[int]]] = []
    for first in firsts.keys() & positions.keys():
        seconds = firsts[first]
        met: dict[str, list[int]] = {}
        for start in positions[first]:
            second = following[start]
            if second in seconds:
                at = met.get(second)
                if at is None:
                    met[second] = [start]
                else:
                    at.append(start)
        out += [(seconds[second], starts) for second, starts in met.items()]
    return out
