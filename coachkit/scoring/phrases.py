"""Phrase lists: entries (literal phrases or patterns) matched at the words they must
start with, so a long list costs little on a short draft.

A ``PhraseList`` is a frozen value. What is built from it to match fast (the index of
trigger words and the compiled alternations) lives in a bounded cache keyed by the list
itself, never inside it, so two equal lists share one index and nothing resets another.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from coachkit.errors import RulesError
from coachkit.scoring.pair_needs import PairNeed, has_pair, pair_need
from coachkit.scoring.regex_needs import (
    Clauses,
    best_clause,
    required_words,
    starts_at_text_start,
    trigger_clause,
)
from coachkit.scoring.regex_words import (
    FollowFilter,
    follow_filter,
    next_word_checks,
    words_told_apart,
)
from coachkit.scoring.words import Trigger, WordIndex, pair_starts

__all__ = ["Key", "Need", "PhraseEntry", "PhraseList", "corrections", "pair_starts"]

@dataclass(frozen=True)
class PhraseEntry:
    """One phrase or pattern, with the reason the UI shows and an optional rewrite."""

    regex: str
    label: str
    suggestion: str | None = None
    why: str | None = None
    severity: str | None = None
    message: str | None = None
    kinds: tuple[str, ...] = ()
    case_sensitive: bool = False
    is_pattern: bool = False
    trigger: Trigger | None = field(default=None, compare=False)
    # how a match can begin, word by word (see _follow_states); None when not known
    follow: frozenset[str] | None = field(default=None, compare=False)


@dataclass(frozen=True, eq=False)
class PhraseList:
    """A named list of entries (a frozen value; ``entries`` may be given as any sequence).

    Each entry is tried only when the draft contains the word its pattern must
    start with (its trigger), so a long list costs little on a short draft.
    """

    name: str
    entries: tuple[PhraseEntry, ...] = ()
    _key: tuple[object, ...] = field(init=False, repr=False)
    _hash: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # construction only: a list becomes a tuple, and the key the caches look the list
        # up by is made once. It holds each entry's trigger and follow states too (the
        # index is built from them, though entries compare without them).
        if not isinstance(self.entries, tuple):
            object.__setattr__(self, "entries", tuple(self.entries))
        key = (self.name, self.entries, tuple((e.trigger, e.follow) for e in self.entries))
        object.__setattr__(self, "_key", key)
        object.__setattr__(self, "_hash", hash(key))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PhraseList):
            return NotImplemented
        return self is other or (self._hash == other._hash and self._key == other._key)

    def __hash__(self) -> int:
        return self._hash

    def _pattern(self, index: _Compiled, key: Key | int) -> re.Pattern[str]:
        """One alternation of the entries under a trigger word (or one entry), compiled
        on first use: a draft meets only some of the trigger words."""
        pattern = index.patterns.get(key)
        if pattern is None:
            members = [key] if isinstance(key, int) else index.by_word[key]
            try:
                pattern = index.patterns[key] = _alternation(self.entries, members)
            except re.error as exc:
                labels = ", ".join(repr(self.entries[i].label) for i in members)
                raise RulesError(f"lists.{self.name}: {labels}: not a valid regular "
                                 f"expression ({exc})") from None
        return pattern

    def _narrowed(self, index: _Compiled, key: Key, following: str) -> Narrowed:
        """The alternation of the entries under the whole word ``key`` that may begin
        with the next word ``following`` (None: none), and the words an ASCII text must
        hold one of for any of them to match (None: not known), remembered."""
        members = index.by_word[key]
        kept = tuple(i for i, f in zip(members, index.narrow[key], strict=True)
                     if f is None or f.fits(key[0], following))
        if len(kept) == len(members):
            pattern: re.Pattern[str] | None = self._pattern(index, key)
        elif not kept:
            pattern = None
        else:
            pattern = index.subsets.get(kept)
            if pattern is None:
                pattern = index.subsets[kept] = _alternation(self.entries, list(kept))
        if len(index.by_next) >= 20_000:
            index.by_next.clear()
        need = None if pattern is None else _needs(self.entries, kept, key, following)
        found = index.by_next[(key, following)] = (pattern, need)
        return found

    def _try(self, index: _Compiled, key: tuple[str, bool], starts: Sequence[int], text: str,
             pos: int, found: set[tuple[int, int, int]], words: WordIndex | None = None
             ) -> None:
        """Try the entries under ``key`` at each offset; add ``(start, -end, entry)``.
        Given the ``words`` of an ASCII text, at each offset only the entries that may
        begin with the word there and the next one are tried."""
        if words is not None and key in index.narrow:
            self._try_narrowed(index, key, starts, text, pos, found, words)
            return
        pattern = self._pattern(index, key)
        for start in starts:
            if start < pos:
                continue
            m = pattern.match(text, start)
            if m and m.end() > m.start():
                found.add((m.start(), -m.end(), int(m.lastgroup[1:])))  # type: ignore[index]

    def _try_narrowed(self, index: _Compiled, key: Key, starts: Sequence[int], text: str,
                      pos: int, found: set[tuple[int, int, int]], words: WordIndex) -> None:
        """``_try`` with, at each offset, the entries that may begin there (the first
        entry to match at a place is the same: the others cannot match there), and only
        where the text holds a word each of them needs."""
        cache, told = index.by_next, index.told[key]
        following, vocabulary = words.following, words.vocabulary
        for start in starts:
            if start < pos:
                continue
            after = following[start]
            if told is not None and after not in told and after.isascii():
                after = " "  # stands for any word the checks do not name: fits the same
            narrowed = cache.get((key, after))
            if narrowed is None:
                narrowed = self._narrowed(index, key, after)
            pattern, need = narrowed
            if pattern is None or (need is not None and need.isdisjoint(vocabulary)):
                continue
            m = pattern.match(text, start)
            if m and m.end() > m.start():
                found.add((m.start(), -m.end(), int(m.lastgroup[1:])))  # type: ignore[index]

    def matches(self, text: str, pos: int = 0, kind: str | None = None,
                words: WordIndex | None = None) -> list[tuple[PhraseEntry, int, int]]:
        """Return ``(entry, start, end)`` for each match in ``text[pos:]``, leftmost-longest
        first and without overlaps."""
        words = words or WordIndex.of(text)
        index = _index(self)
        found: set[tuple[int, int, int]] = set()
        if index.pairs is not None and words.is_ascii:
            # each entry needs a pair of words: look up the pairs this text has
            positions = words.positions
            needs = index.needs
            vocabulary = words.vocabulary
            for keys, starts in pair_starts(index.pairs, words):
                for key in keys:
                    if _possible(needs[key], vocabulary):
                        self._try(index, key, starts, text, pos, found, words)
            for word in index.plain_words & positions.keys():
                if _possible(needs[(word, True)], vocabulary):
                    self._try(index, (word, True), positions[word], text, pos, found, words)
            for key, follow, need in index.rest:
                starts = _rest_starts(words, key, follow, need)
                if starts:
                    self._try(index, key, starts, text, pos, found, words)
            return self._finish(index, text, pos, kind, found, words)
        else:
            present = [(w, True) for w in index.exact_words & words.positions.keys()]
            present += [(w, False) for w in index.prefix_words if words.starts(w, False)]
            for key in present:
                follow = index.filters.get(key) if index.pairs is not None else None
                if follow is None:
                    self._try(index, key, words.starts(*key), text, pos, found)
                else:  # only where the next word fits one of the entries
                    starts = follow.starts_in(words, key)
                    if starts:
                        self._try(index, key, starts, text, pos, found)
        return self._finish(index, text, pos, kind, found)

    def _finish(self, index: _Compiled, text: str, pos: int, kind: str | None,
                found: set[tuple[int, int, int]], words: WordIndex | None = None
                ) -> list[tuple[PhraseEntry, int, int]]:
        """Add the entries searched for everywhere (with the ``words`` of an ASCII text,
        those whose required words and pairs it holds); keep the leftmost-longest matches
        that do not overlap, of the entries that apply to ``kind``."""
        for i in index.always:
            if index.pairs is not None:  # every entry compiles on its own: skipping is safe
                if words is not None and not index.possible(i, words):
                    continue
                if i in index.anchored:  # only the very start can match
                    m = self._pattern(index, i).match(text) if pos == 0 else None
                    if m and m.end() > m.start():
                        found.add((m.start(), -m.end(), i))
                    continue
            for m in self._pattern(index, i).finditer(text, pos):
                if m.end() > m.start():
                    found.add((m.start(), -m.end(), i))
        out: list[tuple[PhraseEntry, int, int]] = []
        last_end = -1
        for start, neg_end, i in sorted(found):
            entry = self.entries[i]
            if entry.kinds and kind not in entry.kinds:
                continue
            if start >= last_end:
                out.append((entry, start, -neg_end))
                last_end = -neg_end
        return out


@functools.lru_cache(maxsize=256)
def _index(phrases: PhraseList) -> _Compiled:
    """The trigger-word index of a list, built once per distinct list."""
    keyed: dict[tuple[str, bool], list[int]] = {}
    always: list[int] = []
    for i, e in enumerate(phrases.entries):
        if e.trigger is None:
            always.append(i)
            continue
        for key in e.trigger:
            keyed.setdefault(key, []).append(i)
    filters = {key: follow_filter(key, [phrases.entries[i].follow for i in members])
               for key, members in keyed.items()}
    safe = all(_alternation_safe(e.regex) for e in phrases.entries)
    needs = {key: _needs(phrases.entries, members, key) for key, members in keyed.items()}
    compiled = _Compiled(keyed, always, filters, safe, needs)
    compiled.clauses = {i: required_words(phrases.entries[i].regex) for i in always}
    compiled.pair_needs = {i: pair_need(phrases.entries[i].regex) for i in always}
    compiled.anchored = frozenset(i for i in always
                                  if starts_at_text_start(phrases.entries[i].regex))
    if safe:  # then entries compile in any alternation, a few of them as well as all
        compiled.narrow = next_word_checks([e.follow for e in phrases.entries], keyed)
        compiled.told = {key: words_told_apart(key[0], c) for key, c in compiled.narrow.items()}
    return compiled


def _needs(entries: Sequence[PhraseEntry], members: Sequence[int], key: tuple[str, bool],
           following: str = "") -> frozenset[str] | None:
    """Words one of which an ASCII text must hold for an entry of ``members`` (under the
    trigger word ``key``, with the word ``following`` next when known) to match in it: one
    clause of each entry's required words, not one the words there already meet; None
    when some entry has no such clause."""
    out: set[str] = set()
    for i in members:
        if following:
            clauses = tuple(cl for cl in required_words(entries[i].regex)
                            if following not in cl)
            clause = best_clause(clauses, *key)
        else:
            clause = trigger_clause(entries[i].regex, *key)
        if clause is None:
            return None
        out |= clause
    return frozenset(out)


def _rest_starts(words: WordIndex, key: tuple[str, bool], follow: FollowFilter | None,
                 need: frozenset[str] | None) -> Sequence[int]:
    """Where the entries under a trigger word not looked up in pairs are to be tried in
    an ASCII text: none when the text lacks what they need, or what follows the word."""
    if need is not None and need.isdisjoint(words.vocabulary):
        return ()
    if follow is None:
        return words.starts(*key)
    if not key[1] and not follow.may_fit(words):
        return ()
    return follow.starts_in(words, key)


def _possible(need: frozenset[str] | None, vocabulary: frozenset[str]) -> bool:
    """Whether a text of the words ``vocabulary`` holds one of ``need`` (or need is None)."""
    return need is None or not need.isdisjoint(vocabulary)


@functools.lru_cache(maxsize=256)
def corrections(phrases: PhraseList) -> Mapping[str, str]:
    """Map each literal phrase of a list (lower-cased) to its suggestion."""
    return MappingProxyType({e.label.lower(): e.suggestion for e in phrases.entries
                             if e.suggestion and not e.is_pattern})


Key = tuple[str, bool]  # a trigger word, and whether it must be the whole word
Need = frozenset[str] | None  # see _Compiled.needs
# the alternation to try where a trigger word has a given next word, and what it needs
Narrowed = tuple[re.Pattern[str] | None, Need]


@dataclass
class _Compiled:
    # Lives only in the _index cache, keyed by the list it was built from; ``patterns``
    # fills in as drafts meet trigger words (a draft meets only some of them).
    # entries that start with a word (exactly, or as a prefix of it), listed per word
    by_word: dict[tuple[str, bool], list[int]]
    always: list[int]  # entries searched for in every text
    # per trigger word, what the next word must look like (None: no such check)
    filters: dict[tuple[str, bool], FollowFilter | None]
    safe: bool  # every entry compiles in an alternation (see _alternation_safe)
    # per trigger word, words an ASCII text must hold one of for its entries to match
    needs: dict[tuple[str, bool], frozenset[str] | None]
    patterns: dict[Key | int, re.Pattern[str]] = field(default_factory=dict)
    # the required words of each entry searched for everywhere, and those of them that
    # can only match at the start of the text
    clauses: dict[int, Clauses] = field(default_factory=dict)
    pair_needs: dict[int, PairNeed | None] = field(default_factory=dict)
    anchored: frozenset[int] = frozenset()
    # per whole trigger word, each entry's check of the next word (see _narrowing), the
    # alternation to try given the next word, and the alternations of some entries
    narrow: dict[Key, tuple[FollowFilter | None, ...]] = field(default_factory=dict)
    told: dict[Key, frozenset[str] | None] = field(default_factory=dict)
    by_next: dict[tuple[Key, str], Narrowed] = field(default_factory=dict)
    subsets: dict[tuple[int, ...], re.Pattern[str]] = field(default_factory=dict)

    def possible(self, i: int, words: WordIndex) -> bool:
        """Whether an ASCII text of ``words`` holds every required clause of the entry
        ``i`` searched for everywhere, and one of the pairs of words it needs."""
        if any(map(words.vocabulary.isdisjoint, self.clauses[i])):  # in C: no generator
            return False
        need = self.pair_needs.get(i)
        return need is None or has_pair(need, words)

    def __post_init__(self) -> None:
        self.exact_words = frozenset(w for w, exact in self.by_word if exact)
        self.prefix_words = tuple(w for w, exact in self.by_word if not exact)
        # first word -> second word -> the trigger words whose entries can begin with
        # that pair of whole words, to try there; the other trigger words (with what is
        # known of the words that follow them) are tried as before. None when some entry
        # might not compile in an alternation: then every trigger word present is
        # compiled and tried, so a bad rules file fails on the same drafts as ever.
        self.pairs: dict[str, dict[str, list[tuple[str, bool]]]] | None = {}
        # (trigger word, what follows it, what the text must hold: see _rest_need)
        self.rest: list[tuple[tuple[str, bool], FollowFilter | None, Need]] = []
        self.plain_words: frozenset[str] = frozenset()
        if not self.safe:
            self.pairs = None
            return
        plain: set[str] = set()  # exact trigger words tried wherever they are
        for key, follow in self.filters.items():
            if follow is None:
                if key[1]:
                    plain.add(key[0])
                else:
                    self.rest.append((key, None, self._rest_need(key)))
                continue
            partial: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
            for first, (whole, prefixes) in follow.then.items():
                for second in whole:
                    self.pairs.setdefault(first, {}).setdefault(second, []).append(key)
                if prefixes:
                    partial[first] = (frozenset(), prefixes)
            if key[1] and not follow.starts and "" in partial.get(key[0], ((), ()))[1]:
                plain.add(key[0])  # any word may follow: try every place
            elif follow.starts or partial:
                self.rest.append((key, FollowFilter(follow.starts, partial),
                                  self._rest_need(key)))
        self.plain_words = frozenset(plain)

    def _rest_need(self, key: tuple[str, bool]) -> Need:
        """The words a text must hold one of for the entries under ``key`` to be tried:
        their required words, else the trigger word itself when it is a whole word."""
        need = self.needs[key]
        return need if need is not None or not key[1] else frozenset((key[0],))


# a group that is not plain, a look-around or a scoped flag group ("(?-i:[A-Z])", which
# compiles anywhere), or a numbered back-reference
_RISKY_RE = re.compile(r"\(\?(?![:=!]|<[=!]|[aiLmsux]*(?:-[imsx]+)?:)|\\[1-9]")


def _alternation_safe(regex: str) -> bool:
    """True when a pattern that compiles alone also compiles inside an alternation: no
    named groups, global inline flags, conditionals or numbered back-references (each of
    which can clash with, or refer to, the groups around it); scoped flag groups are fine."""
    return _RISKY_RE.search(regex) is None


def _alternation(entries: Sequence[PhraseEntry], indices: list[int]) -> re.Pattern[str]:
    """One pattern trying the given entries in turn; group ``e<i>`` names the entry."""
    parts = []
    for i in indices:
        flags = "" if entries[i].case_sensitive else "(?i:"
        body = entries[i].regex
        parts.append(f"(?P<e{i}>{flags}{body}{')' if flags else ''})")
    return re.compile("|".join(parts))


