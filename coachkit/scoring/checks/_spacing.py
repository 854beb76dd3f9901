"""The spacing and punctuation slips ``correctness.spacing`` flags: two spaces between
words, a space before a comma or a full stop, none after one, doubled marks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachkit.scoring.checks._util import inside, protected_spans
from coachkit.scoring.context import Context
from coachkit.scoring.registry import Hit

__all__ = ["spacing"]

_SPACING_RULES: tuple[tuple[str, re.Pattern[str], str, str | None, str], ...] = (
    # (a cheap substring that must be present, pattern, message, suggestion, what the
    # character before the match must be: "" anything, "a" a letter or digit, "w" that or
    # an underscore, "l" a letter).
    # Patterns start with a character class, not a look-behind, so the search can skip.
    ("  ", re.compile(r"[ \t]{2,}(?=[^\W_])"), "Two spaces between words", " ", "a"),
    (" ", _SPACE_BEFORE_COMMA_RE := re.compile(r"[ \t]+[,;:](?!\S*[)(])"),
     "No space before a comma, colon or semicolon", None, "w"),
    (" ", _SPACE_BEFORE_STOP_RE := re.compile(r"[ \t]+[.!?](?=\s|$)"),
     "No space before the end of a sentence", None, "l"),
    ("", re.compile(r"[,;](?<=[^\W\d_]{2}[,;])(?=[^\W\d_]{2})"), "Put a space after the comma",
     None, ""),
    ("", re.compile(r"[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z]+\s)"), "Put a space after the full stop",
     None, ""),
    # the mark first, so the search can skip to the next one
    ("", re.compile(r"([,;.])(?:(?<=[,;])\1+(?<![.,][,;]{2})|(?<=\.)\.(?<!\.\.\.)(?!\.))"),
     "Doubled punctuation", None, ""),
)


def _before_ok(text: str, start: int, need: str) -> bool:
    if not need:
        return True
    if start == 0:
        return False
    ch = text[start - 1]
    if need == "l":
        return ch.isalpha()
    return ch.isalnum() or (need == "w" and ch == "_")


# These two match only where a space or tab comes right before the mark: when none of
# these pairs is in the text (the usual case), the scan of every space is skipped.
_SPACING_PAIRS = {  # one search for all six pairs; the mark first, as it is the rarer
    _SPACE_BEFORE_COMMA_RE: re.compile(r"[,;:](?<=[ \t].)"),
    _SPACE_BEFORE_STOP_RE: re.compile(r"[.!?](?<=[ \t].)"),
}


# what these three rules need: a mark with a letter or another mark right after it (a
# rule changed since is no longer among them, and runs on every draft)
_TIGHT_MARK_RE = re.compile(r"[,;.!?](?:[^\W\d_]|(?<=[,;.])[,;.])")  # the mark first: it skips
_TIGHT_RULES = frozenset((
    r"[,;](?<=[^\W\d_]{2}[,;])(?=[^\W\d_]{2})",
    r"[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z]+\s)",
    r"([,;.])(?:(?<=[,;])\1+(?<![.,][,;]{2})|(?<=\.)\.(?<!\.\.\.)(?!\.))",
))


# each rule with whether it needs a tight mark and the pairs it needs (worked out once:
# hashing a compiled pattern hashes its whole code)
_SPACING_PLAN = tuple((*rule, rule[1].pattern in _TIGHT_RULES, _SPACING_PAIRS.get(rule[1]))
                      for rule in _SPACING_RULES)


# what any rule but the first needs, in one scan: a mark after a space or tab, or a mark
# with a letter or another mark right after it (see _SPACING_PAIRS and _TIGHT_MARK_RE)
_ANY_MARK_RE = re.compile(r"[,;:.!?](?:(?<=[ \t].)|[^\W\d_]|(?<=[,;.])[,;.])")


# each byte of an ASCII text as its class: "m" for , ; . and "n" for : ! ? (the marks),
# "a" for a letter, " " for a space or tab, "o" for any other
_MARK_CLASSES = bytes(
    (109 if c in b",;." else 110 if c in b":!?" else 97 if chr(c).isalpha() and c < 128
     else 32 if c in b" \t" else 111) for c in range(256))


def _any_mark(text: str) -> bool:
    """Whether ``_ANY_MARK_RE`` finds something in ``text``: for an ASCII text, from the
    pairs of classes of its characters, found in C without trying the pattern anywhere."""
    if not text.isascii():
        return _ANY_MARK_RE.search(text) is not None
    classes = text.encode("ascii").translate(_MARK_CLASSES)
    return (b" m" in classes or b" n" in classes or b"ma" in classes or b"na" in classes
            or b"mm" in classes)


# a gap of three or more spaces between two words, with another gap of two or more on the
# same line: a row of a table laid out with spaces ("CD-10    8%        2h 25m")
_TABLE_ROW_RE = re.compile(r"^(?=[^\n]*\S[ \t]{3,}\S)(?:[^\n]*?\S[ \t]{2,}){2}[^\n]*$",
                           re.MULTILINE)


# three or more lines in a row, each a short label (a time, a number, a code) and two or
# more spaces before the rest: a schedule or a list laid out with spaces ("7.00  Welcome")
_ALIGNED_LINES_RE = re.compile(r"(?:^[ \t]*\S{1,12}[ \t]{2,}\S[^\n]*(?:\n|\Z)){3,}",
                               re.MULTILINE)


def spacing(ctx: Context) -> Iterator[Hit]:
    """Stray spaces and doubled punctuation, outside links, tags and rows of a table."""
    text = ctx.text
    if "  " not in text and not _any_mark(text):
        return  # the usual case: no rule has what it needs
    skip = protected_spans(ctx)
    if "   " in text:
        skip = [*skip, *(m.span() for m in _TABLE_ROW_RE.finditer(text))]
    if "  " in text:
        skip = [*skip, *(m.span() for m in _ALIGNED_LINES_RE.finditer(text))]
    tight = _TIGHT_MARK_RE.search(text) is not None  # one scan instead of three
    for needle, pattern, message, suggestion, before, needs_tight, pairs in _SPACING_PLAN:
        if (needle and needle not in text) or (needs_tight and not tight):
            continue
        if pairs and not pairs.search(text):
            continue
        for m in pattern.finditer(text, ctx.body_start):
            if not _before_ok(text, m.start(), before):
                continue
            if skip and (inside(m.start(), skip) or inside(m.end() - 1, skip)):
                continue
            yield Hit(m.start(), m.end(), message=message, suggestion=suggestion)
