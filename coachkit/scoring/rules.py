"""Phrase lists, thresholds, vocabulary and check switches, read from YAML files.

The built-in files live beside this module in ``rules/``; a coach can add a file
of the same shape (``coachkit score --rules extra.yml``) to extend the lists,
change thresholds or switch checks off. Shape of a rules file::

    lists:                       # phrase lists, keyed by check id
      tone.pushy:
        entries:
          - phrase: asap         # literal words; case and spacing are flexible
            suggestion: when you have a moment
            why: Urgency words read as pressure on a busy interviewer.
          - pattern: 'I expect (an? )?(answer|reply)'   # or a regular expression
    thresholds:                  # numbers the checks use; deep-merged
      concision.length: {thank_you: [75, 200]}
    sets:                        # named word sets (acronyms, companies, ...)
      acronyms: [SQL, KPI]
    vocabulary: [dbt, kubernetes]   # words the spell checker must accept
    checks: {tone: false, tone.pushy: true}   # switches, most specific wins
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coachkit.errors import RulesError
from coachkit.model import KINDS, SEVERITIES

__all__ = ["PhraseEntry", "PhraseList", "Rules", "default_rules", "load_rules"]

RULES_DIR = Path(__file__).with_name("rules")
_ENTRY_KEYS = {"phrase", "pattern", "suggestion", "why", "severity", "message", "kinds", "case"}


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


@dataclass
class PhraseList:
    """A named list of entries, each compiled on first use.

    Each entry is tried only when the draft contains the word its pattern must
    start with (its trigger), so a long list costs little on a short draft.
    """

    name: str
    entries: list[PhraseEntry] = field(default_factory=list)
    _compiled: _Compiled | None = None

    def _index(self) -> _Compiled:
        if self._compiled is None:
            keyed: dict[tuple[str, bool], list[int]] = {}
            always: list[int] = []
            for i, e in enumerate(self.entries):
                if e.trigger is None:
                    always.append(i)
                    continue
                for key in e.trigger:
                    keyed.setdefault(key, []).append(i)
            filters = {key: _follow_filter(key, [self.entries[i].follow for i in members])
                       for key, members in keyed.items()}
            safe = all(_alternation_safe(e.regex) for e in self.entries)
            self._compiled = _Compiled(keyed, always, filters, safe)
        return self._compiled

    def _pattern(self, key: tuple[str, bool] | int) -> re.Pattern[str]:
        """One alternation of the entries under a trigger word (or one entry), compiled
        on first use: a draft meets only some of the trigger words."""
        index = self._index()
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

    def _try(self, key: tuple[str, bool], starts: Sequence[int], text: str, pos: int,
             found: set[tuple[int, int, int]]) -> None:
        """Try the entries under ``key`` at each offset; add ``(start, -end, entry)``."""
        pattern = self._pattern(key)
        for start in starts:
            if start < pos:
                continue
            m = pattern.match(text, start)
            if m and m.end() > m.start():
                found.add((m.start(), -m.end(), int(m.lastgroup[1:])))  # type: ignore[index]

    def matches(self, text: str, pos: int = 0, kind: str | None = None,
                words: WordIndex | None = None) -> list[tuple[PhraseEntry, int, int]]:
        """Return ``(entry, start, end)`` for each match in ``text[pos:]``, leftmost-longest
        first and without overlaps."""
        words = words or WordIndex.of(text)
        index = self._index()
        found: set[tuple[int, int, int]] = set()
        if index.pairs is not None and words.is_ascii:
            # each entry needs a pair of words: look up the pairs this text has
            followers = words.followers()
            for first in index.pairs.keys() & followers.keys():
                seconds = index.pairs[first]
                for second in seconds.keys() & followers[first]:
                    starts = words.pair_starts(first, second)
                    for key in seconds[second]:
                        self._try(key, starts, text, pos, found)
            positions = words.positions
            for word in index.plain_words & positions.keys():
                self._try((word, True), positions[word], text, pos, found)
            for key, follow in index.rest:
                starts = words.starts(*key) if follow is None else follow.starts_in(words, key)
                if starts:
                    self._try(key, starts, text, pos, found)
        else:
            present = [(w, True) for w in index.exact_words & words.positions.keys()]
            present += [(w, False) for w in index.prefix_words if words.starts(w, False)]
            for key in present:
                follow = index.filters.get(key) if index.pairs is not None else None
                if follow is None:
                    self._try(key, words.starts(*key), text, pos, found)
                else:  # only where the next word fits one of the entries
                    starts = follow.starts_in(words, key)
                    if starts:
                        self._try(key, starts, text, pos, found)
        for i in index.always:
            for m in self._pattern(i).finditer(text, pos):
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


@dataclass
class _Compiled:
    # entries that start with a word (exactly, or as a prefix of it), listed per word
    by_word: dict[tuple[str, bool], list[int]]
    always: list[int]  # entries searched for in every text
    # per trigger word, what the next word must look like (None: no such check)
    filters: dict[tuple[str, bool], _FollowFilter | None]
    safe: bool  # every entry compiles in an alternation (see _alternation_safe)
    patterns: dict[tuple[str, bool] | int, re.Pattern[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.exact_words = frozenset(w for w, exact in self.by_word if exact)
        self.prefix_words = tuple(w for w, exact in self.by_word if not exact)
        # first word -> second word -> the trigger words whose entries can begin with
        # that pair of whole words, to try there; the other trigger words (with what is
        # known of the words that follow them) are tried as before. None when some entry
        # might not compile in an alternation: then every trigger word present is
        # compiled and tried, so a bad rules file fails on the same drafts as ever.
        self.pairs: dict[str, dict[str, list[tuple[str, bool]]]] | None = {}
        self.rest: list[tuple[tuple[str, bool], _FollowFilter | None]] = []
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
                    self.rest.append((key, None))
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
                self.rest.append((key, _FollowFilter(follow.starts, partial)))
        self.plain_words = frozenset(plain)


_RISKY_RE = re.compile(r"\(\?(?![:=!]|<[=!])|\\[1-9]")


def _alternation_safe(regex: str) -> bool:
    """True when a pattern that compiles alone also compiles inside an alternation: no
    named groups, inline flags, conditionals or numbered back-references (each of
    which can clash with, or refer to, the groups around it)."""
    return _RISKY_RE.search(regex) is None


def _alternation(entries: list[PhraseEntry], indices: list[int]) -> re.Pattern[str]:
    """One pattern trying the given entries in turn; group ``e<i>`` names the entry."""
    parts = []
    for i in indices:
        flags = "" if entries[i].case_sensitive else "(?i:"
        body = entries[i].regex
        parts.append(f"(?P<e{i}>{flags}{body}{')' if flags else ''})")
    return re.compile("|".join(parts))


# A trigger is a set of (word, exact) pairs: the pattern can only match starting at one
# of these words (or, when not exact, at a word that starts with it).
Trigger = frozenset[tuple[str, bool]]
_EMPTY: tuple[int, ...] = ()


@dataclass(frozen=True)
class WordIndex:
    """Where each lower-cased word (a run of letters and digits) of a text starts."""

    positions: dict[str, list[int]]
    sorted_words: tuple[str, ...]
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_ascii(self) -> bool:
        """Whether every word is ASCII (then 'ſ', 'İ' and the like cannot occur)."""
        got = self._cache.get("ascii")
        if got is None:
            got = self._cache["ascii"] = all(map(str.isascii, self.positions))
        return got  # type: ignore[no-any-return]

    @classmethod
    def of(cls, text: str) -> WordIndex:
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
        index = cls(positions, tuple(sorted(positions)))
        index._cache["sequence"] = (starts, words)
        index._cache["ascii"] = all(map(str.isascii, positions))
        return index

    def sequence(self) -> tuple[list[int], list[str]]:
        """The start of each word and the word, in text order."""
        got = self._cache.get("sequence")
        if got is None:
            ordered = sorted((p, w) for w, places in self.positions.items() for p in places)
            got = self._cache["sequence"] = ([p for p, _ in ordered], [w for _, w in ordered])
        return got  # type: ignore[no-any-return]

    def next_words(self) -> dict[int, str]:
        """For each word start, the word after it ("" after the last word)."""
        got = self._cache.get("next")
        if got is None:
            starts, words = self.sequence()
            got = self._cache["next"] = dict(zip(starts, [*words[1:], ""], strict=True))
        return got  # type: ignore[no-any-return]

    def followers(self) -> dict[str, set[str]]:
        """For each word, the words that come right after it somewhere ("" after the last
        word)."""
        got = self._cache.get("followers")
        if got is None:
            _, words = self.sequence()
            got = self._cache["followers"] = {}
            for word, following in zip(words, [*words[1:], ""], strict=True):
                after = got.get(word)
                if after is None:
                    got[word] = {following}
                else:
                    after.add(following)
        return got  # type: ignore[no-any-return]

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


def trigger(regex: str) -> Trigger | None:
    """The words a pattern must start with, or None when that cannot be told (then the
    pattern is searched for everywhere). Raises re.error for a malformed pattern."""
    return _analyse(regex)[0]


def _analyse(regex: str) -> tuple[Trigger | None, frozenset[str] | None]:
    """The trigger of a pattern and its follow states (see _follow_states), from one
    parse. Raises re.error for a malformed pattern."""
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
_FOLLOW_CHARS = 40  # letters of the second word worth knowing


class _TooMany(Exception):
    pass


def _follow_states(items: list[Any], c: Any) -> frozenset[str] | None:
    out: set[str] = set()
    try:
        _walk(items, c, "", out)
    except (_TooMany, RecursionError):
        return None
    return frozenset(out)


def _sep(state: str) -> str:
    return state if state.endswith(_SEP) else state + _SEP


def _done(state: str) -> bool:
    _, sep, rest = state.partition(_SEP)
    return bool(sep) and (_SEP in rest or len(rest) >= _FOLLOW_CHARS)


def _separator_item(op: Any, av: Any, c: Any) -> bool:
    """Does this element match exactly one character, never a letter or digit?"""
    if op is c.LITERAL:
        return not chr(av).isalnum()
    if op is c.IN:
        for sub_op, sub_av in av:
            if sub_op is c.LITERAL and not chr(sub_av).isalnum():
                continue
            if sub_op is c.CATEGORY and sub_av in (c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD):
                continue
            return False
        return bool(av)
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


def _walk(items: list[Any], c: Any, state: str, out: set[str]) -> None:
    """Add to ``out`` the states reached by matching ``items`` from ``state``."""
    if len(out) > _MAX_STATES:
        raise _TooMany
    if not items or _done(state):
        out.add(state)
        return
    op, av = items[0]
    rest = items[1:]
    if _ends_word(op, av, c):  # after a letter or digit: the word ends here
        _walk(rest, c, _sep(state) if state[-1:].isalnum() else state, out)
    elif op is c.AT or op is c.ASSERT_NOT:  # zero width: no condition taken from it
        _walk(rest, c, state, out)
    elif op is c.ASSERT:
        if av[0] == 1:  # a look-ahead: the text here must begin with a match of it
            _walk(list(av[1]), c, state, out)
        else:
            _walk(rest, c, state, out)
    elif op is c.LITERAL and chr(av).isalnum():
        if chr(av).isascii():
            _walk(rest, c, state + chr(av).lower(), out)
        else:
            out.add(state)
    elif _separator_item(op, av, c):
        _walk(rest, c, _sep(state), out)
    elif op is c.SUBPATTERN:
        _walk(list(av[-1]) + rest, c, state, out)
    elif op is c.BRANCH:
        for branch in av[1]:
            _walk(list(branch) + rest, c, state, out)
    elif op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        low, high, sub = av
        sub_items = list(sub)
        if low == 0:
            _walk(rest, c, state, out)
        if high == 0:
            return
        if high == 1:
            _walk(sub_items + rest, c, state, out)
        elif len(sub_items) == 1 and _separator_item(*sub_items[0], c):
            _walk(rest, c, _sep(state), out)  # one or more separators: one "|"
        else:
            _walk(sub_items, c, state, out)  # one round, then stop
    else:
        out.add(state)


@dataclass(frozen=True)
class _FollowFilter:
    """What the word at a position and the word after it must look like for any entry
    under one trigger word to match there."""

    starts: tuple[str, ...]  # the word there starts with one of these
    then: dict[str, tuple[frozenset[str], tuple[str, ...]]]
    # ... or is a key here, and the next word is in the set or starts with one of the tuple

    def starts_in(self, words: WordIndex, key: tuple[str, bool]) -> list[int]:
        """The offsets of the trigger word ``key`` where the words there fit the entries."""
        word, exact = key
        if exact:
            candidates: Sequence[str] = (word,) if word in words.positions else ()
        else:
            candidates = words.with_prefix(word)
        following = words.next_words()
        out: list[int] = []
        for candidate in candidates:
            if not candidate.isascii() or (self.starts and candidate.startswith(self.starts)):
                out.extend(words.positions[candidate])  # letters such as 'ſ' or 'İ' match
                continue                                # 's' or 'i' ignoring case
            then = self.then.get(candidate)
            if then is None:
                continue
            whole, prefixes = then
            for place in words.positions[candidate]:
                nxt = following[place]
                if nxt in whole or nxt.startswith(prefixes) or not nxt.isascii():
                    out.append(place)
        return out


def _follow_filter(key: tuple[str, bool],
                   states: list[frozenset[str] | None]) -> _FollowFilter | None:
    """The check for the entries under one trigger word, or None when it cannot rule out
    any position."""
    word, exact = key
    starts: set[str] = set()
    whole: dict[str, set[str]] = {}
    prefixes: dict[str, set[str]] = {}
    for entry_states in states:
        if entry_states is None:
            return None
        for state in entry_states:
            parts = [p for p in state.split(_SEP)]
            first = parts[0]
            if len(parts) == 1:  # the word there starts with `first`
                if word.startswith(first):
                    return None  # true of every position of this trigger word
                if not exact and first.startswith(word):
                    starts.add(first)
                continue  # else: impossible where this trigger word is
            if not first:
                return None
            if first != word if exact else not first.startswith(word):
                continue  # impossible where this trigger word is
            second = parts[1]
            if len(parts) > 2 and second:
                whole.setdefault(first, set()).add(second)
            else:
                prefixes.setdefault(first, set()).add(second)
    then = {w: (frozenset(whole.get(w, ())), tuple(sorted(prefixes.get(w, ()))))
            for w in whole.keys() | prefixes.keys()}
    return _FollowFilter(tuple(sorted(starts)), then)


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
        for sub_op, sub_av in av:
            if sub_op is c.LITERAL and not chr(sub_av).isalnum():
                continue
            if sub_op is c.CATEGORY and sub_av in (c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD):
                continue
            return True
        return False
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


@dataclass
class Rules:
    """Everything the checks read that a coach may change."""

    lists: dict[str, PhraseList] = field(default_factory=dict)
    thresholds: dict[str, Any] = field(default_factory=dict)
    sets: dict[str, frozenset[str]] = field(default_factory=dict)
    vocabulary: frozenset[str] = frozenset()
    switches: dict[str, bool] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    _corrections: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)
    _enabled: dict[str, bool] = field(default_factory=dict, repr=False)

    def enabled(self, check_id: str) -> bool:
        """Whether the switches leave this check on (the most specific dotted prefix wins)."""
        on = self._enabled.get(check_id)
        if on is None:
            on = self._enabled[check_id] = _switched_on(check_id, self.switches)
        return on

    def phrase_list(self, name: str) -> PhraseList:
        return self.lists.get(name) or PhraseList(name)

    def threshold(self, name: str) -> Any:
        try:
            return self.thresholds[name]
        except KeyError:
            raise RulesError(f"no threshold named {name!r} in the rules files") from None

    def corrections(self, name: str) -> dict[str, str]:
        """Map each literal phrase of a list (lower-cased) to its suggestion."""
        cache = self._corrections.get(name)
        if cache is None:
            cache = {e.label.lower(): e.suggestion for e in self.phrase_list(name).entries
                     if e.suggestion and not e.is_pattern}
            self._corrections[name] = cache
        return cache

    def word_set(self, name: str) -> frozenset[str]:
        return self.sets.get(name, frozenset())


_APOSTROPHE_RE = re.compile("['’]")


def _switched_on(check_id: str, switches: Mapping[str, bool]) -> bool:
    parts = check_id.split(".")
    for i in range(len(parts), 0, -1):
        key = ".".join(parts[:i])
        if key in switches:
            return bool(switches[key])
    return True


def phrase_regex(phrase: str) -> str:
    """Turn literal words into a pattern: flexible spacing and apostrophes, whole words."""
    parts = [_APOSTROPHE_RE.sub("['’]", re.escape(word)) for word in phrase.split()]
    body = r"\s+".join(parts)
    left = r"(?<![\w'’])" if phrase[:1].isalnum() else ""
    right = r"(?![\w'’])" if phrase[-1:].isalnum() else ""
    return f"{left}{body}{right}"


def _entry(raw: Any, where: str) -> PhraseEntry:
    if isinstance(raw, str):
        raw = {"phrase": raw}
    if not isinstance(raw, Mapping):
        raise RulesError(f"{where}: expected a phrase or a mapping with 'phrase' or 'pattern'")
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise RulesError(
            f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))} "
            f"(expected {', '.join(sorted(_ENTRY_KEYS))})"
        )
    if ("phrase" in raw) == ("pattern" in raw):
        raise RulesError(f"{where}: give exactly one of 'phrase' or 'pattern'")
    if "phrase" in raw:
        label = str(raw["phrase"]).strip()
        if not label:
            raise RulesError(f"{where}: empty phrase")
        regex = phrase_regex(label)
    else:
        label = str(raw["pattern"])
        regex = label
    try:
        trig, follow = _analyse(regex)
    except re.error as exc:
        raise RulesError(f"{where}: not a valid regular expression ({exc})") from None
    severity = raw.get("severity")
    if severity is not None and severity not in SEVERITIES:
        raise RulesError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    kinds = tuple(raw.get("kinds") or ())
    bad_kinds = [k for k in kinds if k not in KINDS]
    if bad_kinds:
        raise RulesError(f"{where}: unknown kind(s) {bad_kinds} (expected {', '.join(KINDS)})")
    return PhraseEntry(
        regex=regex, label=label, suggestion=raw.get("suggestion"), why=raw.get("why"),
        severity=severity, message=raw.get("message"), kinds=kinds,
        case_sensitive=bool(raw.get("case", False)), is_pattern="pattern" in raw, trigger=trig,
        follow=follow,
    )


def _merge_file(rules: Rules, data: Any, source: str) -> None:
    if data is None:
        return
    if not isinstance(data, Mapping):
        raise RulesError(f"{source}: expected a mapping with lists, thresholds, sets, "
                         "vocabulary or checks")
    allowed = {"lists", "thresholds", "sets", "vocabulary", "checks"}
    unknown = set(data) - allowed
    if unknown:
        raise RulesError(f"{source}: unknown section(s) {', '.join(sorted(map(str, unknown)))} "
                         f"(expected {', '.join(sorted(allowed))})")
    for name, spec in (data.get("lists") or {}).items():
        where = f"{source}: lists.{name}"
        if isinstance(spec, list):
            spec = {"entries": spec}
        if not isinstance(spec, Mapping) or not isinstance(spec.get("entries", []), list):
            raise RulesError(f"{where}: expected a mapping with an 'entries' list")
        target = rules.lists.setdefault(name, PhraseList(name))
        for i, raw in enumerate(spec.get("entries") or []):
            target.entries.append(_entry(raw, f"{where}.entries[{i}]"))
        target._compiled = None
    thresholds = data.get("thresholds") or {}
    if not isinstance(thresholds, Mapping):
        raise RulesError(f"{source}: thresholds must be a mapping")
    for name, value in thresholds.items():
        old = rules.thresholds.get(name)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            rules.thresholds[name] = {**old, **value}
        else:
            rules.thresholds[name] = value
    sets = data.get("sets") or {}
    if not isinstance(sets, Mapping):
        raise RulesError(f"{source}: sets must be a mapping of names to lists of words")
    for name, words in sets.items():
        if not isinstance(words, list):
            raise RulesError(f"{source}: sets.{name} must be a list of words")
        rules.sets[name] = rules.sets.get(name, frozenset()) | {str(w) for w in words}
    vocab = data.get("vocabulary") or []
    if not isinstance(vocab, list):
        raise RulesError(f"{source}: vocabulary must be a list of words")
    rules.vocabulary = rules.vocabulary | {str(w).lower() for w in vocab}
    checks = data.get("checks") or {}
    if not isinstance(checks, Mapping) or not all(isinstance(v, bool) for v in checks.values()):
        raise RulesError(f"{source}: checks must map check ids or categories to true/false")
    rules.switches.update({str(k): v for k, v in checks.items()})
    rules._corrections.clear()
    rules._enabled.clear()
    rules.sources = (*rules.sources, source)


def _read_yaml(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise RulesError(f"{path}: cannot read the rules file ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise RulesError(f"{path}: not UTF-8 text; save the rules file as UTF-8") from None
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise RulesError(f"{path}: {where}{getattr(exc, 'problem', None) or exc}") from None


@functools.lru_cache(maxsize=1)
def default_rules() -> Rules:
    """The built-in rules (read once per process)."""
    rules = Rules()
    for path in sorted(RULES_DIR.glob("*.yaml")):
        _merge_file(rules, _read_yaml(path), path.name)
    return rules


def load_rules(*extra: str | Path) -> Rules:
    """The built-in rules extended by the given files, in order."""
    base = default_rules()
    if not extra:
        return base
    rules = Rules(
        lists={k: PhraseList(k, list(v.entries)) for k, v in base.lists.items()},
        thresholds=dict(base.thresholds),
        sets=dict(base.sets),
        vocabulary=base.vocabulary,
        switches=dict(base.switches),
        sources=base.sources,
    )
    for path in extra:
        _merge_file(rules, _read_yaml(Path(path)), str(path))
    return rules
