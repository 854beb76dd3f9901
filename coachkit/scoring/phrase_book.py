"""Every phrase list of a rules set indexed together, so that which entries of which lists
may match a draft comes out of one look-up of its word pairs and words."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from coachkit.scoring.collection import collection_paused
from coachkit.scoring.phrases import (
    Key,
    Need,
    PhraseEntry,
    PhraseList,
    _Compiled,
    _index,
    _needs,
    _rest_starts,
)
from coachkit.scoring.regex_words import FollowFilter
from coachkit.scoring.single_words import SingleWord, single_word, single_word_starts
from coachkit.scoring.third_words import Third, deep_states, third_words
from coachkit.scoring.words import WordIndex, pair_places_in_text

__all__ = ["PhraseBook", "phrase_book"]

Tries = dict[str, list[tuple[Key, Sequence[int]]]]  # per list: the keys to try, and where
# at a pair of words: a list, its trigger word, what the text must hold, the third words
PairTry = tuple[str, Key, Need, Third]
_NO_THIRD: Third = (frozenset(), ())  # no third word fits: nothing can match there
_FITTING_MAX = 200_000  # (pair, third word) entries kept; a draft adds a few dozen


class PhraseBook:
    """Every phrase list of a rules set indexed together: which entries of which lists
    may match a draft comes out of one look-up of its word pairs and words, instead of
    one per list, so more lists cost little more per draft."""

    def __init__(self, lists: tuple[tuple[str, PhraseList], ...]) -> None:
        self.lists = dict(lists)
        self.pairs: dict[tuple[str, str], list[tuple[str, Key, Need]]] = {}
        self.plain: dict[str, list[tuple[str, Key, Need]]] = {}
        # the other trigger words, each with the check of the words its entries may match
        # at when each of them matches one word (see single_words)
        self.rest: dict[str, list[tuple[Key, FollowFilter | None, Need, SingleWord | None]]] = {}
        # the trigger words of ``rest`` tried only at some whole words, each with what may
        # come next there (whole words, or how they begin)
        self.followed: dict[str, list[tuple[str, Key, frozenset[str], tuple[str, ...],
                                            Need]]] = {}
        # the indexes of the lists matched here; the others (see _Compiled.pairs) are
        # matched on their own
        self.indexes: dict[str, _Compiled] = {}
        # per pair met so far, what to try there (see _narrowed)
        self.narrowed: dict[tuple[str, str], list[PairTry]] = {}
        # per pair and the word after it met so far, the items of ``narrowed`` its third
        # word fits (see _fitting)
        self.fitting: dict[tuple[tuple[str, str], str], list[tuple[str, Key, Need]]] = {}
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
            self.rest[name] = []
            for key, follow, need in index.rest:
                if follow is None or follow.starts:
                    members = [phrases.entries[i] for i in index.by_word[key]]
                    single = None if any(e.case_sensitive for e in members) else single_word(
                        [e.regex for e in members])
                    self.rest[name].append((key, follow, need, single))
                    continue
                # only at the whole words the filter names: looked up like the others
                for word, then in follow.then.items():
                    self.followed.setdefault(word, []).append((name, key, *then, need))
        self.pair_keys = {pair: pair for pair in self.pairs}  # each pair, as found in a text

    def _narrowed(self, pair: tuple[str, str]) -> list[PairTry]:
        """The trigger words to try where the two words of ``pair`` begin: those with an
        entry that may begin with both, each with the words a text must hold one of for
        such an entry to match there (a clause of each, not met by the pair itself) and
        the third words it may begin with."""
        out = []
        for name, key, _need in self.pairs[pair]:
            index, entries = self.indexes[name], self.lists[name].entries
            kept = members = index.by_word[key]
            checks = index.narrow.get(key)
            if checks is not None:
                kept = [i for i, f in zip(members, checks, strict=True)
                        if f is None or f.fits(pair[0], pair[1])]
            third = third_words((None if entries[i].follow is None
                                 else deep_states(entries[i].regex) for i in kept), *pair)
            if kept and third != _NO_THIRD:
                out.append((name, key, _needs(entries, kept, key, pair[1]), third))
        return out

    def _fitting(self, pair: tuple[str, str], third_word: str,
                 items: list[PairTry]) -> list[tuple[str, Key, Need]]:
        """The items to try where ``pair`` begins with ``third_word`` right after it (those
        whose third words it fits), remembered for the pair and the word."""
        fits = [(name, key, need) for name, key, need, third in items
                if third is None or third_word in third[0] or third_word.startswith(third[1])]
        if len(self.fitting) >= _FITTING_MAX:
            self.fitting.clear()
        self.fitting[(pair, third_word)] = fits
        return fits

    def tries(self, words: WordIndex) -> Tries:
        """For each list, the trigger words met in pairs or alone that its entries are to
        be tried at in the text of ``words``, and where (for an ASCII text; empty
        otherwise). The other trigger words of a list are looked at when it is matched."""
        out: Tries = {}
        if not words.is_ascii:
            return out
        positions, vocabulary = words.positions, words.vocabulary
        narrowed, texts, at = self.narrowed, words.words, words.word_starts
        fitting = self.fitting
        for pair, places in pair_places_in_text(self.pair_keys, words):
            items = narrowed.get(pair)
            if items is None:
                items = narrowed[pair] = self._narrowed(pair)
            if len(places) == 1:  # the usual case: the third word is known
                i = places[0] + 2
                third_word = texts[i] if i < len(texts) else ""
                fits = fitting.get((pair, third_word))
                if fits is None:
                    fits = self._fitting(pair, third_word, items)
                starts = [at[places[0]]]
                for name, key, need in fits:
                    if need is not None and need.isdisjoint(vocabulary):
                        continue
                    todo = out.get(name)
                    if todo is None:
                        out[name] = [(key, starts)]
                    else:
                        todo.append((key, starts))
                continue
            starts = [at[i] for i in places]
            for name, key, need, third in items:
                if need is not None and need.isdisjoint(vocabulary):
                    continue
                kept = starts
                if third is not None:  # only where the word after the pair may begin one
                    whole, prefixes = third
                    kept = [at[i] for i in places
                            if (w := texts[i + 2] if i + 2 < len(texts) else "") in whole
                            or w.startswith(prefixes)]
                    if not kept:
                        continue
                todo = out.get(name)
                if todo is None:
                    out[name] = [(key, kept)]
                else:
                    todo.append((key, kept))
        for word in self.plain.keys() & positions.keys():
            starts = positions[word]
            for name, key, need in self.plain[word]:
                if need is None or not need.isdisjoint(vocabulary):
                    out.setdefault(name, []).append((key, starts))
        following = words.following
        for word in self.followed.keys() & positions.keys():
            for name, key, whole, prefixes, need in self.followed[word]:
                if need is not None and need.isdisjoint(vocabulary):
                    continue
                starts = [p for p in positions[word] if (after := following[p]) in whole
                          or after.startswith(prefixes)]  # every word is ASCII here
                if starts:
                    out.setdefault(name, []).append((key, starts))
        return out

    def matches(self, name: str, text: str, kind: str | None, words: WordIndex,
                tries: Tries, pos: int = 0) -> list[tuple[PhraseEntry, int, int]]:
        """What ``PhraseList.matches(text, pos, kind, words)`` returns for the list
        ``name``, given ``tries(words)``."""
        index = self.indexes.get(name)
        if index is None or not words.is_ascii:
            phrases = self.lists.get(name)
            return [] if phrases is None else phrases.matches(text, pos, kind, words)
        todo, rest = tries.get(name), self.rest[name]
        if not todo and not rest and not index.always:
            return []
        phrases = self.lists[name]
        found: set[tuple[int, int, int]] = set()
        vocabulary = words.vocabulary
        for key, starts in todo or ():
            phrases._try(index, key, starts, text, pos, found, words)
        for key, follow, need, single in rest:
            if need is not None and need.isdisjoint(vocabulary):
                continue  # the usual case: not worth a call
            if single is not None:  # only where the whole word fits
                starts = single_word_starts(words, key, single)
            else:
                starts = _rest_starts(words, key, follow, need)
            if starts:
                phrases._try(index, key, starts, text, pos, found, words)
        if not found and not index.always:
            return []
        return phrases._finish(index, text, pos, kind, found, words)


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
@collection_paused
def _book(lists: tuple[tuple[str, PhraseList], ...]) -> PhraseBook:
    return PhraseBook(lists)


