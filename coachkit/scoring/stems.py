"""Word stems, so 'migrating reports' matches 'the report migration'."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

__all__ = ["STOPWORDS", "content_stems", "stem"]

STOPWORDS = frozenset((
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from",
    "by", "about", "as", "into", "onto", "over", "under", "our", "your", "my", "their", "his",
    "her", "its", "this", "that", "these", "those", "it", "is", "are", "was", "were", "be",
    "been", "being", "we", "you", "i", "me", "us", "them", "they", "he", "she", "will",
    "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "have",
    "has", "had", "not", "no", "so", "than", "then", "there", "here", "what", "which", "who",
    "whom", "how", "when", "where", "why", "all", "any", "some", "more", "most", "other",
    "such", "very", "just", "also", "new", "s", "t",
))
_WORD_RE = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-cased word."""
    return _stemmer().stemWord(word)


def content_stems(text: str, extra_stop: Iterable[str] = ()) -> list[str]:
    """Stems of the content words of ``text`` (stop words and 1-2 letter words left out)."""
    stop = STOPWORDS.union(extra_stop)
    out: list[str] = []
    for m in _WORD_RE.finditer(text):
        w = m.group().lower()
        if len(w) > 2 and w not in stop:
            out.append(stem(w))
    return out
