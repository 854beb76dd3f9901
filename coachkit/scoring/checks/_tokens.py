"""The tokens the spelling check reads: where each token holding a doubtful word starts,
and the word to check there (a contraction is one token, a link or handle none)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping

from coachkit.scoring import spelling
from coachkit.scoring.checks._util import inside
from coachkit.scoring.text import Span

__all__ = ["foreign_lines", "foreign_quotes", "marked_foreign", "spelling_token",
           "token_starts"]

_SPELL_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CONTRACTION_TAILS = ("'s", "’s", "'d", "’d", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'m",
                      "’m", "n't", "n’t")


def token_starts(text: str, positions: Mapping[str, list[int]],
                  doubtful: Iterable[str]) -> set[int]:
    """Where each token holding a doubtful word starts (a contraction is one token)."""
    token_starts = set()
    for w in doubtful:
        for p in positions[w]:
            # step back over a contraction to the start of the whole token
            while p >= 2 and text[p - 1] in "'’" and text[p - 2].isalpha():
                p -= 2
                while p > 0 and text[p - 1].isalpha():
                    p -= 1
            token_starts.add(p)
    return token_starts


def spelling_token(text: str, token_start: int,
                    skip: list[Span]) -> tuple[int, str, str] | None:
    """The word to spell-check at a token, without a contraction's tail, as (start, word,
    lower-cased word); None where no word is checked (links, handles, known contractions)."""
    if text[token_start].isdecimal():  # the pattern wants a letter first (2, 3rd, 12th)
        return None
    m = _SPELL_TOKEN_RE.match(text, token_start)
    if not m:
        return None
    word = m.group()
    lower = word.lower().replace("’", "'")
    start, end = m.span()
    if skip and inside(start, skip):
        return None
    if (start > 0 and text[start - 1] in "@#/\\_") or (
            end < len(text) and (text[end] in "@_/\\" or text[end].isdecimal())):
        return None  # a handle, a path, or a model number ("a Fluke ii900")
    core = word
    if "'" in lower:
        if spelling.is_known(lower):
            return None
        for tail in _CONTRACTION_TAILS:
            if lower.endswith(tail) and len(core) > len(tail) + 1:
                core = core[: -len(tail)]
                break
        lower = core.lower().replace("’", "'")
    return start, core, lower


# a line where at least this many words, and this share of its words, are doubtful is a
# phrase in another language (a sample in Hindi, a greeting in Irish), not a run of typos
_FOREIGN_LEAST = 4
_FOREIGN_SHARE = 0.5
_LINE_BREAK_RE = re.compile("\n")


def foreign_lines(text: str, starts: tuple[int, ...], positions: Mapping[str, list[int]],
                  doubtful: Iterable[str]) -> list[Span]:
    """The lines of ``text`` (given the start of each word, and where each lower-cased
    word starts) whose words are mostly ones the dictionary lacks."""
    breaks = [m.start() for m in _LINE_BREAK_RE.finditer(text)]
    unknown: dict[int, int] = {}  # line -> doubtful words on it
    for word in doubtful:
        for at in positions.get(word, ()):
            line = bisect.bisect_left(breaks, at)
            unknown[line] = unknown.get(line, 0) + 1
    out = []
    for line, count in unknown.items():
        if count < _FOREIGN_LEAST:
            continue
        start = breaks[line - 1] + 1 if line else 0
        end = breaks[line] if line < len(breaks) else len(text)
        total = bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)
        if count >= _FOREIGN_SHARE * total:
            out.append((start, end))
    return sorted(out)


# a phrase in quotation marks on one line ("Aapka payment nahi ho paya", “deux baguettes,
# s'il vous plaît”)
_QUOTE_RE = re.compile(r"\"([^\"\n]{3,120})\"|“([^”\n]{3,120})”")
_QUOTE_LEAST = 2


def foreign_quotes(text: str, starts: tuple[int, ...], positions: Mapping[str, list[int]],
                   doubtful: Iterable[str]) -> list[Span]:
    """The phrases in quotation marks more than half of whose words (and at least two) are
    ones the dictionary lacks: a phrase quoted in another language."""
    if '"' not in text and "“" not in text:
        return []
    places = _doubtful_places(positions, doubtful)
    if len(places) < _QUOTE_LEAST:
        return []
    out = []
    for m in _QUOTE_RE.finditer(text):
        start, end = m.span()
        count, total = _counts(places, starts, start, end)
        if count >= _QUOTE_LEAST and count > _FOREIGN_SHARE * total:  # more than half
            out.append((start, end))
    return out


# marks that English does not use: a phrase in guillemets or between Spanish opening and
# closing marks is in another language whatever its words ("« Fait pour le pire »",
# "¡Que tengáis buena cosecha!"); so is a genus and species in brackets ("(Uria aalge)")
_MARKED_RE = re.compile(r"«[^»\n]{1,200}»|‹[^›\n]{1,200}›|¡[^!\n]{1,200}!|¿[^?\n]{1,200}\?"
                        r"|\((?-i:[A-Z])[a-z]+[ \t]+[a-z]+(?:[ \t]+[a-z]+)?\)")
_MARKS = ("«", "‹", "¡", "¿", "(")


def marked_foreign(text: str) -> list[Span]:
    """The phrases set off by marks English does not use, and species' Latin names in
    brackets: never English, so never misspelt."""
    if not any(mark in text for mark in _MARKS):
        return []
    return [m.span() for m in _MARKED_RE.finditer(text)]


def _doubtful_places(positions: Mapping[str, list[int]], doubtful: Iterable[str]) -> list[int]:
    """Where each doubtful word starts, in text order."""
    return sorted(at for word in doubtful for at in positions.get(word, ()))


def _counts(places: list[int], starts: tuple[int, ...], start: int, end: int) -> tuple[int, int]:
    """How many doubtful words, and how many words, start in ``[start, end)``."""
    return (bisect.bisect_left(places, end) - bisect.bisect_left(places, start),
            bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start))


# the words of a line up to its first comma: a short phrase in another language that
# opens a line ("Gracias por todo, and ...", "Pob lwc gyda'r tymor newydd, and ...")
_CLAUSE_RE = re.compile(r"^[ \t]*([^\W\d_][^,\n.!?\"“”]{2,60}),", re.MULTILINE)
_CLAUSE_MOST = 6


def foreign_clauses(text: str, starts: tuple[int, ...], positions: Mapping[str, list[int]],
                    doubtful: Iterable[str]) -> list[Span]:
    """The short phrases opening a line, before a comma, all of whose words but one at
    most (and at least two) are ones the dictionary lacks: a greeting or a wish in
    another language."""
    places = _doubtful_places(positions, doubtful)
    if len(places) < 2:
        return []
    out = []
    for m in _CLAUSE_RE.finditer(text):
        start, end = m.span(1)
        count, total = _counts(places, starts, start, end)
        if count >= 2 and total <= _CLAUSE_MOST and count >= total - 1:
            out.append((start, end))
    return out

