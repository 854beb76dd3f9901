"""Where each word of a text starts, and which word follows which: the index the phrase
lists and several checks look words up in."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["Trigger", "WordIndex"]

# A trigger is a set of (word, exact) pairs: the pattern can only match starting at one
# of these words (or, when not exact, at a word that starts with it).
Trigger = frozenset[tuple[str, bool]]
_EMPTY: tuple[int, ...] = ()


@dataclass(frozen=True)
class WordIndex:
    """Where each lower-cased word (a run of letters and digits) of a text starts.

    A frozen view of one text, built whole by ``WordIndex.of``: the phrase lists read
    every part of it for nearly every draft, so nothing is left to fill in later.
    """

    positions: dict[str, list[int]]
    sorted_words: tuple[str, ...]
    # the start of each word and the word, in text order
    word_starts: tuple[int, ...] = ()
    words: tuple[str, ...] = ()
    # whether every word is ASCII (then 'ſ', 'İ' and the like cannot occur)
    is_ascii: bool = True
    # for each word start, the word after it ("" after the last word)
    following: dict[int, str] = field(default_factory=dict, compare=False, repr=False)
    # for each word, the words that come right after it somewhere ("" after the last)
    after: dict[str, set[str]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, text: str) -> WordIndex:
        """Index the words of ``text``."""
        positions: dict[str, list[int]] = {}
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters grow when lower-cased
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        words = _WORD_RE.findall(lowered)
        starts: list[int] = []
        find = lowered.find
        start = 0
        for word in words:
            # only other characters lie between two words, so the next occurrence of
            # the word is where it starts
            start = find(word, start)
            starts.append(start)
            if word in positions:
                positions[word].append(start)
            else:
                positions[word] = [start]
            start += len(word)
        nexts = [*words[1:], ""]
        after: dict[str, set[str]] = {}
        for word, following in zip(words, nexts, strict=True):
            seen = after.get(word)
            if seen is None:
                after[word] = {following}
            else:
                seen.add(following)
        return cls(positions, tuple(sorted(positions)), tuple(starts), tuple(words),
                   all(map(str.isascii, positions)), dict(zip(starts, nexts, strict=True)),
                   after)

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
        following = self.next_words()
        return [p for p in self.positions.get(first, ()) if following[p] == second]

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


_WORD_RE = re.compile(r"[^\W_]+")


