"""Reading grade (Flesch-Kincaid) with textstat's syllable counts, imported on first use.

textstat's own ``flesch_kincaid_grade`` re-tokenises the whole text and counts
syllables word by word on every call; live scoring calls it on every keystroke.
Here the draft is tokenised once (by the layout every check shares) and the
syllables of each distinct word come from ``textstat.syllable_count`` once per
process, so the grade costs microseconds. The tests check the result against
``textstat.flesch_kincaid_grade`` on a corpus of drafts.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

__all__ = ["flesch_kincaid_grade", "syllables"]


@functools.lru_cache(maxsize=100_000)
def syllables(word: str) -> int:
    """Syllables in one lower-cased word, as textstat counts them (CMU dictionary first)."""
    import textstat

    return max(1, int(textstat.syllable_count(word)))


def flesch_kincaid_grade(words: Sequence[str], sentence_lengths: Iterable[int]) -> float:
    """Grade level from the words and the word count of each sentence, one decimal.

    As in textstat, sentences of two words or fewer (greetings, sign-offs) are not
    counted; a text without words has grade 0.0.
    """
    if not words:
        return 0.0
    sentences = max(1, sum(1 for n in sentence_lengths if n > 2))
    total = sum(map(syllables, map(str.lower, words)))
    grade = 0.39 * len(words) / sentences + 11.8 * total / len(words) - 15.59
    return round(max(grade, 0.0), 1)
