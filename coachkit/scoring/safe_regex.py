"""Which coach-written regular expressions are accepted: a subset without exponential
backtracking.

Python's ``re`` backtracks, so a pattern such as ``(a+)+$`` takes exponential time on a
line of a's. Rather than time each match (a thread cannot stop ``re`` mid-match), a
pattern is checked once, on its parsed tree, when the rules are loaded. Refused:

- a repeated group that itself holds a repetition of varying length (``(a+)+``,
  ``(\\w+\\s?)+``, ``(.*)*``), or alternatives that can begin alike (``(a|aa)*``);
- two unbounded repetitions in a row that can match the same characters (``.*.*``);
- back-references (``\\1``, ``(?P=name)``, ``(?(1)...)``), which have no linear bound;
- a pattern that can match the empty string (it would flag every position);
- a pattern longer than ``limits.RULES_PATTERN_CHARS``.

Literal phrases are escaped into patterns of the safe kind and need no check. What stays
is polynomial: one attempt at a place costs at most the length of the text, so a pattern
that begins with a repetition (``\\w+x``), tried at every place, is quadratic in the
length of a draft; drafts are capped (``limits.DRAFT_BYTES``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any

from coachkit.limits import RULES_PATTERN_CHARS

__all__ = ["pattern_problem"]

# Characters standing for all others when comparing what two parts of a pattern match:
# letters, digits, spaces, punctuation and a few beyond ASCII.
_SAMPLE = frozenset(
    [chr(i) for i in range(32, 127)] + list("\t\n\r\u00a0éßÉ’‘“”—–…中ü"))
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_CATEGORY_RE = {
    c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
    c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W",
}
_NESTED = "a repeated group contains another repetition; write it without nesting"


class _Unsafe(Exception):
    """Why a pattern is refused (internal: becomes the message)."""


def pattern_problem(regex: str) -> str | None:
    """Why the pattern is refused (one sentence), or None when it is accepted."""
    if len(regex) > RULES_PATTERN_CHARS:
        return (f"pattern of {len(regex):,} characters is longer than the "
                f"{RULES_PATTERN_CHARS:,} allowed")
    shown = regex if len(regex) <= 60 else regex[:57] + "..."
    try:
        tree = sre.parse(regex)
    except re.error as exc:
        return f"pattern {shown!r} is not a valid regular expression ({exc})"
    try:
        _walk(list(tree), repeated=False)
    except _Unsafe as why:
        return f"pattern {shown!r} can take exponential time: {why}"
    if tree.getwidth()[0] == 0:
        return f"pattern {shown!r} can match empty text, so it would flag every position"
    return None


def _walk(items: list[Any], repeated: bool, after: frozenset[str] = _SAMPLE) -> None:
    """Raise _Unsafe for a part of ``items``: ``repeated`` when inside a repetition, and
    ``after`` the characters that may come next (what the items can be followed by)."""
    previous: frozenset[str] | None = None  # chars of a directly preceding x* or x+
    for i, (op, av) in enumerate(items):
        follow = _first(items[i + 1:], after)
        if op in (c.GROUPREF, c.GROUPREF_EXISTS):
            raise _Unsafe("it refers back to a group (\\1, (?P=name)); write the words out")
        if op in _REPEATS:
            low, high, body = av
            chars = _chars(list(body))
            # a repetition inside another is ambiguous (exponential) when what it matches
            # can also begin what follows it: the split between the two has many choices
            if repeated and low != high and chars & follow:
                raise _Unsafe(_NESTED)
            if high > 1:
                _walk(list(body), True, _first(list(body), follow) | follow)
            else:
                _walk(list(body), repeated, follow)
            if previous is not None and high == c.MAXREPEAT and \
                    previous & _first(list(body), frozenset()):
                raise _Unsafe("two repetitions in a row can match the same text; join them "
                              "into one")
            previous = chars if high == c.MAXREPEAT else None
            continue
        if op == c.SUBPATTERN:
            _walk(list(av[3]), repeated, follow)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _walk(list(av[1]), repeated)
        elif op == c.ATOMIC_GROUP:
            _walk(list(av), repeated, follow)
        elif op == c.BRANCH:
            _branch([list(alt) for alt in av[1]], repeated, follow)
        if op not in _ZERO_WIDTH:
            previous = None


def _branch(alternatives: list[list[Any]], repeated: bool, after: frozenset[str]) -> None:
    if repeated:
        seen: frozenset[str] = frozenset()
        for alt in alternatives:
            first = _first(alt, after)
            if seen & first:
                raise _Unsafe("a repeated group has alternatives that can begin alike "
                              "(such as a|aa); make each begin differently")
            seen |= first
    for alt in alternatives:
        _walk(alt, repeated, after)


def _min_width(op: Any, av: Any) -> int:
    sub = sre.SubPattern(sre.State(), [(op, av)])
    try:
        return int(sub.getwidth()[0])
    except (IndexError, KeyError):  # a back-reference: refused when the walk meets it
        return 0


def _first(items: list[Any], after: frozenset[str] = _SAMPLE) -> frozenset[str]:
    """The characters a part of a pattern can begin with (all of them when unsure);
    ``after`` when the part can match nothing."""
    out: frozenset[str] = frozenset()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op == c.SUBPATTERN:
            head = _first(list(av[3]))
        elif op in _REPEATS:
            head = _first(list(av[2]))
        elif op == c.BRANCH:
            head = frozenset().union(*(_first(list(alt), frozenset()) for alt in av[1]))
        else:
            head = _chars([(op, av)])
        out |= head
        if _min_width(op, av) > 0:
            return out
    return out | after


def _chars(items: list[Any]) -> frozenset[str]:
    """The characters one repeated item can match, case-folded (all when not a single
    character class)."""
    if len(items) != 1:
        return _SAMPLE
    op, av = items[0]
    if op == c.LITERAL:
        found = {chr(av)}
    elif op == c.NOT_LITERAL:
        found = set(_SAMPLE) - {chr(av)}
    elif op == c.ANY:
        found = set(_SAMPLE)
    elif op == c.IN:
        found = set(_class_chars(tuple(av)))
    else:
        return _SAMPLE
    return frozenset(f for ch in found for f in (ch, ch.lower(), ch.upper()))


@functools.lru_cache(maxsize=512)
def _class_chars(members: tuple[Any, ...]) -> frozenset[str]:
    """The sample characters a class matches; cached, as classes such as \\s recur."""
    return frozenset(ch for ch in _SAMPLE if _in_class(ch, members))


def _in_class(ch: str, members: Sequence[Any]) -> bool:
    hit = False
    negate = False
    for op, av in members:
        if op == c.NEGATE:
            negate = True
        elif op == c.LITERAL:
            hit |= ch == chr(av)
        elif op == c.RANGE:
            hit |= av[0] <= ord(ch) <= av[1]
        elif op == c.CATEGORY:
            hit |= av not in _CATEGORY_RE or re.fullmatch(_CATEGORY_RE[av], ch) is not None
        else:
            hit = True
    return hit != negate
