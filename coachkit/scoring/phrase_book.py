"""Every phrase list of a rules set indexed together, so that which entries of which lists
may match a draft comes out of one look-up of its word pairs and words."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from coachkit.scoring.phrases import (
    Key,
    Need,
    PhraseEntry,
    PhraseList,
    _Compiled,
    _index,
    _rest_starts,
)
from coachkit.scoring.regex_words import FollowFilter
from coachkit.scoring.words import WordIndex, pair_starts_in_text

__all__ = ["PhraseBook", "phrase_book"]

Tries = dict[str, list[tuple[Key, Sequence[int]]]]  # per list: the keys to try, and where


class PhraseBook:
    """Every phrase list of a rules set indexed together: which entries of which lists
    may match a draft comes out of one look-up of its word pairs and words, instead of
    one per list, so more lists cost little more per draft."""

    def __init__(self, lists: tuple[tuple[str, PhraseList], ...]) -> None:
        self.lists = dict(lists)
        self.pairs: dict[tuple[str, str], list[tuple[str, Key, Need]]] = {}
        self.plain: dict[str, list[tuple[str, Key, Need]]] = {}
        self.rest: dict[str, list[tuple[Key, FollowFilter | None, Need]]] = {}
        # the indexes of the lists matched here; the others (see _Compiled.pairs) are
        # matched on their own
        self.indexes: dict[str, _Compiled] = {}
        for name, phrases in self.lists.items():
            index = _index(phrases)
            if index.pairs is None:
                continue
            self.indexes[name] = index
            for first, seconds in index.pairs.items():
                for second, keys in seconds.items():
                    self.pairs.setdefault((first, second), []).extend(
                        (name, key, index.needs[key]) for key in keys)
            for word in index.plain_words:
                key = (word, True)
                self.plain.setdefault(word, []).append((name, key, index.needs[key]))
            self.rest[name] = index.rest

    def tries(self, words: WordIndex) -> Tries:
        """For each list, the trigger words met in pairs or alone that its entries are to
        be tried at in the text of ``words``, and where (for an ASCII text; empty
        otherwise). The other trigger words of a list are looked at when it is matched."""
        out: Tries = {}
        if not words.is_ascii:
            return out
        positions, vocabulary = words.positions, words.vocabulary
        for items, starts in pair_starts_in_text(self.pairs, words):
            for name, key, need in items:
                if need is None or not need.isdisjoint(vocabulary):
                    out.setdefault(name, []).append((key, starts))
        for word in self.plain.keys() & positions.keys():
            starts = positions[word]
            for name, key, need in self.plain[word]:
                if need is None or not need.isdisjoint(vocabulary):
                    out.setdefault(name, []).append((key, starts))
        return out

    def matches(self, name: str, text: str, kind: str | None, words: WordIndex,
                tries: Tries) -> list[tuple[PhraseEntry, int, int]]:
        """What ``PhraseList.matches(text, 0, kind, words)`` returns for the list ``name``,
        given ``tries(words)``."""
        index = self.indexes.get(name)
        if index is None or not words.is_ascii:
            phrases = self.lists.get(name)
            return [] if phrases is None else phrases.matches(text, 0, kind, words)
        todo, rest = tries.get(name), self.rest[name]
        if not todo and not rest and not index.always:
            return []
        phrases = self.lists[name]
        found: set[tuple[int, int, int]] = set()
        vocabulary = words.vocabulary
        for key, starts in todo or ():
            phrases._try(index, key, starts, text, 0, found, words)
        for key, follow, need in rest:
            if need is not None and need.isdisjoint(vocabulary):
                continue  # the usual case: not worth a call
            starts = _rest_starts(words, key, follow, need)
            if starts:
                phrases._try(index, key, starts, text, 0, found, words)
        if not found and not index.always:
            return []
        return phrases._finish(index, text, 0, kind, found, vocabulary)


_BOOKS: dict[int, tuple[Mapping[str, PhraseList], PhraseBook]] = {}


def phrase_book(lists: Mapping[str, PhraseList]) -> PhraseBook:
    """The book of a rules set's lists (built once per distinct set of lists)."""
    held = _BOOKS.get(id(lists))
    if held is not None and held[0] is lists:
        return held[1]
    book = _book(tuple(lists.items()))
    if len(_BOOKS) >= 64:
        _BOOKS.clear()
    _BOOKS[id(lists)] = (lists, book)  # holding the mapping keeps its id from being reused
    return book


@functools.lru_cache(maxsize=64)
def _book(lists: tuple[tuple[str, PhraseList], ...]) -> PhraseBook:
    return PhraseBook(lists)


