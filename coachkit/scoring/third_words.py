"""What the third word of a match may be, given the first two: read from the parsed phrase
pattern three words deep, so an entry is not tried where the text's third word rules it
out (most entries that begin "I am" or "the team" fail only on the word after).

The states are those of ``regex_words`` (see ``_follow_states``) taken one word further:
"i|am|so|" means a match begins with the whole words "i", "am" and "so"; "i|am|so" with
"i", "am" and a word starting "so"; "i|am|" or "i|a" tell nothing of the third word.
Sound only for texts whose words are all ASCII, like the rest of the word analysis.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from coachkit.scoring.analysed import analysed
from coachkit.scoring.regex_words import _SEP, _follow_states

__all__ = ["Third", "deep_states", "parse_deep", "prebuilt_deep", "third_words"]

Deep = frozenset[str] | None  # a pattern's three-word states; None: not known
# the third words that may begin a match (whole words, or how they begin); None: any
Third = tuple[frozenset[str], tuple[str, ...]] | None


@functools.lru_cache(maxsize=1)
def prebuilt_deep() -> dict[str, Deep]:
    """The three-word states stored in ``ANALYSED`` by ``build_patterns`` (same Python)."""
    return {regex: None if states is None else frozenset(states)
            for regex, states in analysed().get("deep", {}).items()}


def deep_states(regex: str) -> Deep:
    """The three-word states of a pattern that begins at a word (see the module)."""
    known = prebuilt_deep()
    return known[regex] if regex in known else parse_deep(regex)


@functools.lru_cache(maxsize=4096)
def parse_deep(regex: str) -> Deep:
    """``deep_states`` without the prebuilt analyses; None when the pattern cannot be read."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    try:
        return _follow_states(list(sre_parse.parse(regex)), sre_parse, 3)
    except Exception:  # malformed or unusual: no condition
        return None


def third_words(entries: Iterable[Deep], first: str, second: str) -> Third:
    """The third words with which a match of one of the patterns of the states ``entries``
    may begin where the whole words ``first`` and ``second`` begin it: (whole words, how
    the others begin), or None for any word. Both empty: none of them can match there."""
    whole: set[str] = set()
    prefixes: set[str] = set()
    for states in entries:
        if states is None:
            return None
        for state in states:
            parts = state.split(_SEP)
            if len(parts) == 1 or not parts[0]:
                if first.startswith(parts[0]):
                    return None  # the state ends in the first word
                continue
            if parts[0] != first:
                continue
            if len(parts) == 2:
                if second.startswith(parts[1]):
                    return None  # the state ends in the second word
                continue
            if parts[1] != second:
                continue
            if len(parts) == 3 and not parts[2]:
                return None  # nothing known past the second word
            (whole if len(parts) > 3 else prefixes).add(parts[2])
    return frozenset(whole), tuple(sorted(prefixes))
