"""What a phrase pattern can start with: its first word (the trigger) and the words that
may follow it, read from the parsed regular expression. Conservative: when a pattern
cannot be analysed, it is tried everywhere."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from coachkit.scoring.analysed import ANALYSED, analysed
from coachkit.scoring.words import Trigger, WordIndex

__all__ = ["ANALYSED", "FollowFilter", "analyse_pattern", "follow_filter", "next_word_checks",
           "parse_and_analyse", "prebuilt", "trigger", "words_told_apart"]


def trigger(regex: str) -> Trigger | None:
    """The words a pattern must start with, or None when that cannot be told (then the
    pattern is searched for everywhere). Raises re.error for a malformed pattern."""
    return analyse_pattern(regex)[0]


Analysis = tuple[Trigger | None, frozenset[str] | None]


# The analyses of the built-in rules' patterns are prebuilt in ANALYSED (parsing 500
# patterns took a tenth of the first score); a pattern not in it is parsed.
@functools.lru_cache(maxsize=1)
def prebuilt() -> dict[str, Analysis]:
    """The analyses in ``ANALYSED``, when it was built by this version of Python."""
    return {regex: (None if trig is None else frozenset((w, e) for w, e in trig),
                    None if follow is None else frozenset(follow))
            for regex, (trig, follow) in analysed().get("patterns", {}).items()}


def analyse_pattern(regex: str) -> Analysis:
    """The trigger of a pattern and its follow states (see _follow_states), from one
    parse. Raises re.error for a malformed pattern."""
    known = prebuilt().get(regex)
    return known if known is not None else parse_and_analyse(regex)


def parse_and_analyse(regex: str) -> Analysis:
    """``analyse_pattern`` without the prebuilt analyses."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    items = list(sre_parse.parse(regex))
    try:
        if not _starts_at_boundary(items, sre_parse):
            return None, None
        found = _first_words(items, sre_parse, [])
    except Exception:  # an unusual construct: simply search for it everywhere
        return None, None
    if not found:
        return None, None
    try:
        follow = _follow_states(items, sre_parse)
    except Exception:  # an unusual construct: try the pattern at each trigger word
        follow = None
    return frozenset(found), follow


# --- what may follow the trigger word ----------------------------------------------------
#
# Most entries start with a common word ("I", "the", "to") and fail on the next one, so
# trying the pattern at every such word is most of the cost of a phrase list. A pattern's
# "follow states" describe how any match of it must begin, word by word: the lower-cased
# letters and digits it must match, with "|" where it must match at least one other
# character (white space, an apostrophe...), i.e. where a word of the text must end.
# Every state is a necessary condition cut short where the analysis stops (a \w, a class
# of letters, a back-reference, any construct not understood): "i|will|" means the match
# begins with the whole word "i" followed by the whole word "will"; "i|wi" with "i" and a
# word starting "wi"; "ill" with a word starting "ill". A match of the pattern always
# satisfies at least one of its states, so a position where the text satisfies none is
# one where the pattern cannot match.

_SEP = "|"
_MAX_STATES = 256
_MAX_DEEP_STATES = 2048  # three words deep, more ways to begin
_FOLLOW_CHARS = 40  # letters of the second word worth knowing


class _TooMany(Exception):
    pass


def _follow_states(items: list[Any], c: Any, words: int = 2) -> frozenset[str] | None:
    """The states of a match's first ``words`` words (None: too many to list)."""
    out: set[str] = set()
    try:
        _walk(items, c, "", out, words)
    except (_TooMany, RecursionError):
        return None
    return frozenset(out)


def _sep(state: str) -> str:
    return state if state.endswith(_SEP) else state + _SEP


def _done(state: str, words: int) -> bool:
    """Whether the state tells all it is to tell: ``words`` whole words, or the letters of
    the last of them worth knowing."""
    seps = state.count(_SEP)
    return seps >= words or (seps == words - 1 and seps > 0
                             and len(state) - state.rfind(_SEP) > _FOLLOW_CHARS)


def _separator_item(op: Any, av: Any, c: Any) -> bool:
    """Does this element match exactly one character, never a letter or digit?"""
    if op is c.LITERAL:
        return not chr(av).isalnum()
    if op is c.IN:
        return bool(av) and not _class_may_hold_word_char(av, c)
    return False


def _class_may_hold_word_char(av: Any, c: Any) -> bool:
    """Can a character class ([...]) match a letter or digit?"""
    for sub_op, sub_av in av:
        if sub_op is c.LITERAL and not chr(sub_av).isalnum():
            continue
        if sub_op is c.CATEGORY and sub_av in (c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD):
            continue
        return True
    return False


def _ends_word(op: Any, av: Any, c: Any) -> bool:
    """Is this \\b, or a look-ahead such as (?![\\w'’]): after a letter or digit, true only
    where the next character is none (nor an underscore)?"""
    if op is c.AT:
        return av is c.AT_BOUNDARY
    if op is c.ASSERT_NOT and av[0] == 1:
        body = list(av[1])
        return (len(body) == 1 and body[0][0] is c.IN
                and (c.CATEGORY, c.CATEGORY_WORD) in body[0][1])
    return False


def _walk(items: list[Any], c: Any, state: str, out: set[str], words: int) -> None:
    """Add to ``out`` the states of ``words`` words reached by matching ``items`` from
    ``state``."""
    if len(out) > (_MAX_STATES if words <= 2 else _MAX_DEEP_STATES):
        raise _TooMany
    if not items or _done(state, words):
        out.add(state)
        return
    op, av = items[0]
    rest = items[1:]
    if _ends_word(op, av, c):  # after a letter or digit: the word ends here
        _walk(rest, c, _sep(state) if state[-1:].isalnum() else state, out, words)
    elif op is c.AT or op is c.ASSERT_NOT:  # zero width: no condition taken from it
        _walk(rest, c, state, out, words)
    elif op is c.ASSERT:
        if av[0] == 1:  # a look-ahead: the text here must begin with a match of it
            _walk(list(av[1]), c, state, out, words)
        else:
            _walk(rest, c, state, out, words)
    elif op is c.LITERAL and chr(av).isalnum():
        if chr(av).isascii():
            _walk(rest, c, state + chr(av).lower(), out, words)
        else:
            out.add(state)
    elif _separator_item(op, av, c):
        _walk(rest, c, _sep(state), out, words)
    elif op is c.SUBPATTERN:
        _walk(list(av[-1]) + rest, c, state, out, words)
    elif op is c.BRANCH:
        for branch in av[1]:
            _walk(list(branch) + rest, c, state, out, words)
    elif op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        low, high, sub = av
        sub_items = list(sub)
        if low == 0:
            _walk(rest, c, state, out, words)
        if high == 0:
            return
        if high == 1:
            _walk(sub_items + rest, c, state, out, words)
        elif len(sub_items) == 1 and _separator_item(*sub_items[0], c):
            _walk(rest, c, _sep(state), out, words)  # one or more separators: one "|"
        else:
            _walk(sub_items, c, state, out, words)  # one round, then stop
    else:
        out.add(state)


@dataclass(frozen=True)
class FollowFilter:
    """What the word at a position and the word after it must look like for any entry
    under one trigger word to match there."""

    starts: tuple[str, ...]  # the word there starts with one of these
    then: dict[str, tuple[frozenset[str], tuple[str, ...]]]
    # ... or is a key here, and the next word is in the set or starts with one of the tuple

    @cached_property
    def _then_words(self) -> frozenset[str]:
        return frozenset(self.then)

    def may_fit(self, words: WordIndex) -> bool:
        """False only where ``starts_in`` surely finds nothing in a text whose words are
        all ASCII: no word of it is a key of ``then`` or starts with one of ``starts``."""
        if not self._then_words.isdisjoint(words.vocabulary):
            return True
        return any(map(words.has_prefix, self.starts))

    def fits(self, word: str, following: str) -> bool:
        """Whether the whole ASCII word ``word``, then ``following``, may begin a match
        (what ``starts_in`` tells of one place)."""
        if self.starts and word.startswith(self.starts):
            return True
        then = self.then.get(word)
        return then is not None and _next_fits(then, following)

    def starts_in(self, words: WordIndex, key: tuple[str, bool]) -> list[int]:
        """The offsets of the trigger word ``key`` where the words there fit the entries."""
        word, exact = key
        if exact:
            candidates: Sequence[str] = (word,) if word in words.positions else ()
        else:
            candidates = words.with_prefix(word)
        out: list[int] = []
        for candidate in candidates:
            if not candidate.isascii() or (self.starts and candidate.startswith(self.starts)):
                out.extend(words.positions[candidate])  # letters such as 'ſ' or 'İ' match
                continue                                # 's' or 'i' ignoring case
            then = self.then.get(candidate)
            if then is None:
                continue
            # the words that follow it somewhere and fit: none (the usual case), all, or
            # some, then looked up at each place (a long text repeats its common words)
            nexts = words.followers()[candidate]
            fit = {nxt for nxt in nexts if _next_fits(then, nxt)}
            if not fit:
                continue
            places = words.positions[candidate]
            if len(fit) == len(nexts):
                out.extend(places)
            else:
                following = words.next_words()
                out += [place for place in places if following[place] in fit]
        return out


def _next_fits(then: tuple[frozenset[str], tuple[str, ...]], following: str) -> bool:
    """Whether ``following`` may come next under a ``FollowFilter.then`` entry: one of its
    whole words, a word with one of its beginnings, or a word that is not ASCII."""
    whole, prefixes = then
    return following in whole or following.startswith(prefixes) or not following.isascii()


def next_word_checks(follows: Sequence[frozenset[str] | None],
                     keyed: dict[tuple[str, bool], list[int]]
                     ) -> dict[tuple[str, bool], tuple[FollowFilter | None, ...]]:
    """For each whole ASCII trigger word with several entries (``keyed``: their indices
    in ``follows``, the entries' follow states), some of which tell what the next word
    must be: each entry's own check (None: any word may follow)."""
    out: dict[tuple[str, bool], tuple[FollowFilter | None, ...]] = {}
    for key, members in keyed.items():
        if not key[1] or len(members) < 2 or not key[0].isascii():
            continue
        checks = tuple(follow_filter(key, [follows[i]]) for i in members)
        if any(check is not None for check in checks):
            out[key] = checks
    return out


def words_told_apart(word: str, checks: Sequence[FollowFilter | None]) -> frozenset[str] | None:
    """The next words the ``checks`` of entries under the whole word ``word`` name: every
    other ASCII word fits the same entries as " " does. None when a check looks at how
    the next word begins (then words cannot be lumped together)."""
    told: set[str] = set()
    for check in checks:
        then = None if check is None else check.then.get(word)
        if then is not None:
            if any(then[1]):
                return None
            told |= then[0]
    return frozenset(told)


def follow_filter(key: tuple[str, bool],
                  states: list[frozenset[str] | None]) -> FollowFilter | None:
    """The check for the entries under one trigger word, or None when it cannot rule out
    any position."""
    word, exact = key
    starts: set[str] = set()
    whole: dict[str, set[str]] = {}
    prefixes: dict[str, set[str]] = {}
    for entry_states in states:
        if entry_states is None:
            return None
        singles, any_first, by_first = _split_states(entry_states)
        if any_first:
            return None
        for first in singles:  # the word there starts with `first`
            if word.startswith(first):
                return None  # true of every position of this trigger word
            if not exact and first.startswith(word):
                starts.add(first)
        # the states whose first word may be this trigger word (others are impossible)
        fitting = ([(word, by_first[word])] if word in by_first else []) if exact else \
            [(first, nexts) for first, nexts in by_first.items() if first.startswith(word)]
        for first, (wholes, beginnings) in fitting:
            if wholes:
                whole.setdefault(first, set()).update(wholes)
            if beginnings:
                prefixes.setdefault(first, set()).update(beginnings)
    then = {w: (frozenset(whole.get(w, ())), tuple(sorted(prefixes.get(w, ()))))
            for w in whole.keys() | prefixes.keys()}
    return FollowFilter(tuple(sorted(starts)), then)


# an entry's follow states, split once (an entry is looked at under each of its trigger
# words): the one-word states, whether a longer state may begin with any word, and by
# the first word of the longer states, the whole second words and the second words'
# beginnings they name
_Split = tuple[tuple[str, ...], bool, dict[str, tuple[frozenset[str], frozenset[str]]]]


@functools.lru_cache(maxsize=8192)
def _split_states(states: frozenset[str]) -> _Split:
    singles: list[str] = []
    any_first = False
    by_first: dict[str, tuple[set[str], set[str]]] = {}
    for state in states:
        parts = state.split(_SEP)
        first = parts[0]
        if len(parts) == 1:
            singles.append(first)
        elif not first:
            any_first = True
        else:
            second = parts[1]
            wholes, beginnings = by_first.setdefault(first, (set(), set()))
            (wholes if len(parts) > 2 and second else beginnings).add(second)
    return tuple(singles), any_first, {first: (frozenset(wholes), frozenset(beginnings))
                                       for first, (wholes, beginnings) in by_first.items()}


def _starts_at_boundary(items: list[Any], c: Any) -> bool:
    """Does every match begin where a word begins (\\b or a look-behind first)?"""
    if not items:
        return False
    op, av = items[0]
    if op is c.AT:
        return av is c.AT_BOUNDARY
    if op is c.ASSERT_NOT:
        return av[0] == -1  # a negative look-behind such as (?<![\\w'])
    if op is c.SUBPATTERN:
        return _starts_at_boundary(list(av[-1]), c)
    if op is c.BRANCH:
        return all(_starts_at_boundary(list(b), c) for b in av[1])
    return False


def _may_continue_word(items: list[Any], c: Any) -> bool:
    """Could the pattern elements ``items`` start with a letter or digit?"""
    if not items:
        return False
    op, av = items[0]
    if op in (c.AT, c.ASSERT_NOT, c.ASSERT):
        return False
    if op is c.LITERAL:
        return chr(av).isalnum()
    if op is c.IN:
        return _class_may_hold_word_char(av, c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _high, sub = av
        return _may_continue_word(list(sub), c) or (low == 0
                                                     and _may_continue_word(items[1:], c))
    if op is c.SUBPATTERN:
        return _may_continue_word(list(av[-1]) + items[1:], c)
    if op is c.BRANCH:
        return any(_may_continue_word(list(b) + items[1:], c) for b in av[1])
    return True


def _first_words(items: list[Any], c: Any, after: list[Any]) -> set[tuple[str, bool]] | None:
    """The words ``items`` (followed by ``after``) must start with; None if unknown."""
    for i, (op, av) in enumerate(items):
        rest = items[i + 1 :] + after
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL:
            run = ""
            j = i
            while j < len(items) and items[j][0] is c.LITERAL and chr(items[j][1]).isalnum():
                run += chr(items[j][1])
                j += 1
            if not run:
                return None
            exact = not _may_continue_word(items[j:] + after, c)
            return {(run.lower(), exact)}
        if op is c.SUBPATTERN:
            return _first_words(list(av[-1]), c, rest)
        if op is c.BRANCH:
            out: set[tuple[str, bool]] = set()
            for branch in av[1]:
                got = _first_words(list(branch), c, rest)
                if not got:
                    return None
                out |= got
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, sub = av
            sub_items = list(sub)
            follow = (sub_items + rest) if high > 1 else rest
            first = _first_words(sub_items, c, follow)
            if not first:
                return None
            if low >= 1:
                return first
            later = _first_words(items[i + 1 :], c, after)
            return first | later if later else None
        return None
    return None


