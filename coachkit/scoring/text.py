"""Split a draft into the pieces checks look at: words, sentences, lines, greeting, sign-off.

Every piece is a span ``(start, end)`` into the full text, so findings can point
at the exact characters. Nothing here lower-cases the text before matching:
some characters change length when lower-cased, which would shift offsets.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from coachkit.scoring.lazy import lazy

__all__ = [
    "LONG_TOKEN", "SALUTATION", "Layout", "Span", "blank_long_tokens", "layout",
    "used_mid_sentence",
    "words_in",
]

Span = tuple[int, int]

WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_SENT_END_RE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)(?!(?<=[.!?…][\"”])[ \t]+[a-z])")
# No name, company or word is this long; a longer run of word characters is noise
LONG_TOKEN = 64
_SHORT_TEXT = 2500
_LONG_TOKEN_RE = re.compile(rf"(?<![\w&'’-])[\w&'’-]{{{LONG_TOKEN + 1},}}")
_AFTER_LOWER_RE = re.compile(r"(?<=[a-z,] )[\w'’-]+")
_WORD_CHARS_RE = re.compile(r"\w+")
_INDEXED_WORD_RE = re.compile(r"[\w'’-]*\w")
_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "ltd", "co", "corp", "llc", "vs",
    "etc", "eg", "ie", "e.g", "i.e", "no", "dept", "approx", "mt", "ave", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "am", "pm",
    "u.s", "u.k", "ph.d", "cert", "ref", "tel", "ext", "incl",
))
# words that end in a dot in the middle of a sentence only when the text goes on in lower
# case: "reg. number", "a 24 x 36 in. oil on canvas", "approx. two hours", "max. load"
_ABBREVIATIONS_BEFORE_LOWER = frozenset((
    "reg", "in", "ft", "cm", "mm", "kg", "lb", "lbs", "oz", "hr", "hrs", "min", "mins", "max",
    "fig", "vol", "pp", "nos", "est", "govt", "misc", "qty", "yr", "yrs", "wk", "wks",
))
# how each abbreviation ends
_ABBREVIATION_TAILS = frozenset(a[-2:] for a in _ABBREVIATIONS | _ABBREVIATIONS_BEFORE_LOWER)
# the words a greeting opens with before the names ("Dear", "Good morning", "Morning")
SALUTATION = (r"dear|hi|hello|hey|hiya|greetings|good\s+day|kia\s+ora|respected"
              r"|(?:good\s+)?(?:morning|afternoon|evening)|as?-?salaa?m[\w-]*|namaste"
              r"|wa[- ]?alaikum(?:[- ]?(?:as|us)-?salaa?m)?|sat\s+sri\s+akal|kính\s+gửi"
              # Welsh and Australian greetings: "Noswaith dda Rhodri", "G'day Mick"
              r"|bore\s+da|prynhawn\s+da|noswaith\s+dda|g['’]day|howdy")
_GREETING_RE = re.compile(
    rf"(?:{SALUTATION}|to\s+whom\s+it\s+may\s+concern|to\s+the\s+\w+)\b",
    re.IGNORECASE,
)
# a first line that is only a name or a few, with a comma, colon or dash: "Dana," "Ms.
# Alvarez:" "Tomasz, Grace," "Gary, Lisa –", or two or more names alone: "Declan, Marnie"
# (each word capitalised; a sign-off phrase such as "Thanks," is not one)
_GREETED_NAME = (r"(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?\s+)?[A-Z\u00C0-\u00DE][\w'’.-]*"
                 r"(?:[ \t]+[A-Z\u00C0-\u00DE][\w'’.-]*){0,2}")
_MORE_NAMES = rf"(?:,|[ \t]+and|[ \t]*&)[ \t]+{_GREETED_NAME}"
_NAME_GREETING_RE = re.compile(
    rf"{_GREETED_NAME}(?:(?:{_MORE_NAMES}){{0,3}}[ \t]*(?:[,:]|[ \t][–—-])"
    rf"|(?:{_MORE_NAMES}){{1,3}})[ \t]*$"
)
# a first line that opens on a name or a few and goes on in lower case: "Tomasz, thanks for
# ...", "Ms. Wilkes, Mr. Echeverría – thank you for ..."
_NAME_THEN_TEXT_RE = re.compile(
    rf"(?!(?:Thanks|Thank|Yes|No|Sorry|Again|Also|Today|Yesterday|Hi|Hello|Well|So|Okay|OK|"
    rf"Please|First|Finally|However|Anyway|Honestly)\b)"
    rf"({_GREETED_NAME}(?:(?:,|[ \t]+and)[ \t]+{_GREETED_NAME}){{0,3}}(?:,|[ \t]+[–—-]))"
    rf"[ \t]+(?=[a-z])"
)
_SIGNOFF_RE = re.compile(
    r"(?:(?:best|kind|kindest|warm|warmest|with\s+(?:best|kind|warm))\s+(?:regards|wishes)"
    r"|regards|sincerely(?:\s+yours)?|yours\s+(?:sincerely|truly|faithfully|respectfully)"
    r"|respectfully(?:\s+yours)?"
    r"|(?:(?:with\s+)?(?:many\s+)?thanks(?:\s+(?:again|so\s+much))?"
    r"|thank(?:ing)?\s+you(?:\s+(?:again|so\s+much|kindly))?)"
    # "Many thanks, and best wishes,", "Thank you again and have a good week,"
    r"(?:,?\s+and\s+(?:best|kind|warm)(?:\s+(?:regards|wishes))?"
    r"|,?\s+and\s+have\s+a\s+(?:good|great|nice|lovely)\s+(?:day|week|weekend|evening))?"
    r"|all\s+the\s+best|best|cheers|gratefully"
    r"|with\s+(?:gratitude|appreciation|thanks)|take\s+care|talk\s+soon|warmly|cordially"
    r"|thanks\s+and\s+regards|best\s+wishes|yours"
    # closings of other languages: "Un saludo muy cordial,", "Trân trọng,", "Cordialement,"
    r"|un\s+(?:saludo|abrazo)(?:\s+\w+){0,2}|saludos(?:\s+cordiales)?|atentamente|cordialement"
    r"|bien\s+à\s+vous|(?:cordiali|distinti)\s+saluti|saluti|mit\s+freundlichen\s+grü(?:ß|ss)en"
    r"|(?:viele|liebe)\s+grü(?:ß|ss)e|met\s+vriendelijke\s+groet(?:en)?|trân\s+trọng"
    r"|atenciosamente|cumprimentos|abraços|abrazos|grazie(?:\s+mille)?"
    r"|merci(?:\s+(?:encore|beaucoup))?|(?:muchas\s+)?gracias|obrigad[oa]|danke(?:\s+schön)?)"
    # "With best wishes to you and Mr. Brennan,", "... to you, Ms. Kahale and Mr. Nakamura,"
    r"(?:\s+to\s+(?:you|the\s+team|everyone|you\s+all|all)\b(?:,?[^\n,]{0,40}){0,3})?"
    r"\s*[,.!—–-]?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Layout:
    """Where things are in a draft; every span indexes the full text."""

    body_start: int
    lines: tuple[Span, ...]
    sentences: tuple[Span, ...]
    # where each word starts and ends (``words`` pairs them up when asked)
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    greeting: Span | None
    signoff: Span | None
    closing_start: int
    text: str = field(repr=False)

    @property
    def word_count(self) -> int:
        return len(self.starts)

    @property
    def runs(self) -> tuple[str | None, ...] | None:
        """Each word lower-cased when it is one run of letters and digits, None when it is
        joined by an apostrophe or a hyphen; None when not known (a text not all ASCII).
        Kept by ``layout`` when it has them, in no field: the same layout either way."""
        return self.__dict__.get("_runs")

    @lazy
    def words(self) -> tuple[Span, ...]:
        """The span of each word."""
        return tuple(zip(self.starts, self.ends, strict=True))

    @lazy
    def texts(self) -> tuple[str, ...]:
        """The text of each word (worked out when asked for: few drafts need it)."""
        text = self.text
        return tuple(map(text.__getitem__, map(slice, self.starts, self.ends)))


def words_in(text: str, start: int, end: int) -> list[Span]:
    """Return the spans of the words of ``text[start:end]``."""
    return [m.span() for m in WORD_RE.finditer(text, start, end)]


def _words_from_runs(text: str, start: int, runs: tuple[Sequence[str], Sequence[int]]
                     ) -> tuple[list[int], list[int], list[str | None]]:
    """Where each word ``words_in(text, start, len(text))`` finds starts and ends, and each
    word lower-cased when it is a single run (None when joined), from the runs of letters
    and digits of an ASCII ``text`` (``[^\\W_]+``, as ``WordIndex`` finds them) that
    begin a line or follow a non-word character at ``start``: runs joined by one
    apostrophe or hyphen are one word."""
    words, starts = runs
    first = bisect.bisect_left(starts, start)
    begins = list(starts[first:])
    ends = list(map(operator.add, begins, map(len, words[first:])))
    lowered: list[str | None] = list(words[first:])
    joins: list[int] = []
    for mark in "'-":
        at = text.find(mark, start + 1)
        while at != -1:
            if text[at - 1].isalnum() and text[at + 1 : at + 2].isalnum():
                joins.append(bisect.bisect_left(starts, at + 1) - first - 1)
            at = text.find(mark, at + 1)
    for j in sorted(joins, reverse=True):  # from the right, so chains (a-b-c) join whole
        ends[j] = ends[j + 1]
        del begins[j + 1], ends[j + 1]
        lowered[j] = None
        del lowered[j + 1]
    return begins, ends, lowered


def blank_long_tokens(text: str) -> str:
    """Return ``text`` with every run of word characters longer than ``LONG_TOKEN`` turned
    into lower-case filler of the same length, so offsets still index the original (a text
    of at most 2,500 characters comes back as it is).

    Patterns that may start a match anywhere inside a word (a capital, then word
    characters) try every position of such a run and take time quadratic in its length;
    on the filler they fail at once.
    """
    if len(text) <= _SHORT_TEXT:  # quadratic on so little is still fast (0.15 s at worst)
        return text
    return _LONG_TOKEN_RE.sub(lambda m: "x" * len(m.group()), text)


def used_mid_sentence(text: str, word: str) -> bool:
    """Return True when ``word`` stands whole right after a lower-case letter or a comma and
    a space, as ``(?<=[a-z,] )WORD\\b`` finds it; words over ``LONG_TOKEN`` never do.

    A long text is indexed once, instead of searched again for every word asked about.
    """
    if len(text) <= _SHORT_TEXT and word:
        return _found_mid_sentence(text, word)
    if len(text) <= _SHORT_TEXT or not _INDEXED_WORD_RE.fullmatch(word):
        return re.search(rf"(?<=[a-z,] ){re.escape(word)}\b", text) is not None
    return len(word) <= LONG_TOKEN and word in _mid_sentence_words(text)


_LOWER_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


def _found_mid_sentence(text: str, word: str) -> bool:
    """``re.search(rf"(?<=[a-z,] ){re.escape(word)}\\b", text)`` for a non-empty word, by
    looking at each place the word occurs (no pattern to compile for every word asked)."""
    end_is_word = _is_word_char(word[-1])
    at = text.find(word, 2)
    while at != -1:
        after = at + len(word)
        if (text[at - 1] == " " and text[at - 2] in _LOWER_OR_COMMA
                and end_is_word != (after < len(text) and _is_word_char(text[after]))):
            return True
        at = text.find(word, at + 1)
    return False


@functools.lru_cache(maxsize=2)
def _mid_sentence_words(text: str) -> frozenset[str]:
    """Every string of up to ``LONG_TOKEN`` characters that ``used_mid_sentence`` finds."""
    found: set[str] = set()
    for m in _AFTER_LOWER_RE.finditer(text):
        run = m.group()
        if "'" not in run and "’" not in run and "-" not in run:
            if len(run) <= LONG_TOKEN:
                found.add(run)
            continue
        # a whole word may end wherever word characters stop inside the run
        for part in _WORD_CHARS_RE.finditer(run, 0, LONG_TOKEN):
            if part.end() == len(run) or not _WORD_CHARS_RE.match(run, part.end()):
                found.add(run[: part.end()])
    return frozenset(found)


_DASH_RE = re.compile(r"[ \t][-–—][ \t]")


def _greeting_end(text: str, line: Span, comma: int) -> int | None:
    """Where a greeting that shares its line with the first sentence ends: after a comma
    or before a dash within its first four words."""
    dash = _DASH_RE.search(text, line[0], line[1])
    ends = [end for end in (comma + 1 if comma != -1 else None, dash.start() if dash else None)
            if end is not None]
    if not ends or len(text[line[0]:min(ends)].split()) > 4:
        return None
    return min(ends)


def _body_lines(text: str, body_start: int) -> list[Span]:
    """Non-blank lines, without their surrounding blanks and carriage returns."""
    spans: list[Span] = []
    pos = body_start
    for line in text[body_start:].split("\n"):
        left = len(line) - len(line.lstrip(" \t\r\ufeff"))
        right = len(line.rstrip(" \t\r"))
        if left < right:
            spans.append((pos + left, pos + right))
        pos += len(line) + 1
    return spans


def _is_break_between(text: str, prev: Span, nxt: Span) -> bool:
    """True when a line break ends a sentence (not a hard wrap inside one)."""
    gap = text[prev[1] : nxt[0]]
    if gap.count("\n") >= 2:
        return True
    if text[prev[1] - 1] in ".!?:;,…)":
        return True
    first = text[nxt[0]]
    if first in "-*•–—>" or first.isdigit():
        return True
    if not first.isupper():
        return False
    return prev[1] - prev[0] < 45 or _same_first_word(text, prev[0], nxt[0])


def _same_first_word(text: str, a: int, b: int) -> bool:
    """Whether the lines at ``a`` and ``b`` open with the same word, as list items do
    ("Week 1 – …" over "Week 2 – …"); a hard-wrapped sentence's lines rarely do."""
    end = text.find(" ", b, b + 20)
    return end > b and text.startswith(text[b:end + 1], a)


# the line that opens an email signature ("-- "), which the sign-off comes before
_SIGNATURE_RULE_RE = re.compile(r"[ \t]*(?:--|__+|—)[ \t]*$")


def _closing_lines(text: str, lines: list[Span]) -> list[Span]:
    """The lines a sign-off is looked for in: the last five, or the five before a
    signature's opening rule ("--") among the last eight."""
    for k in range(len(lines) - 1, max(len(lines) - 8, 0) - 1, -1):
        if _SIGNATURE_RULE_RE.match(text, lines[k][0], lines[k][1]):
            return lines[max(k - 5, 0):k]
    return lines[-5:]


def _split_sentences(text: str, lines: list[Span], greeting: Span | None) -> list[Span]:
    blocks: list[Span] = []
    prev: Span | None = None
    for line in lines:
        if prev and prev != greeting and not _is_break_between(text, prev, line):
            blocks[-1] = (blocks[-1][0], line[1])
        else:
            blocks.append(line)
        prev = line
    sentences: list[Span] = []
    # an ASCII text's marks that may end a sentence, found in C
    marks = text.encode("ascii").translate(_END_MARKS) if text.isascii() else None
    for bs, be in blocks:
        start = bs
        for m in _sentence_ends(text, marks, bs, be):
            if _is_abbreviation(text, start, m.start()):
                continue
            sentences.append((start, m.end()))
            start = m.end()
            while start < be and text[start].isspace():
                start += 1
        if start < be:
            sentences.append((start, be))
    return sentences


# ".", "!" and "?" as ".", every other byte as a space
_END_MARKS = bytes(46 if c in b".!?" else 32 for c in range(256))


def _sentence_ends(text: str, marks: bytes | None, start: int, end: int
                   ) -> Iterator[re.Match[str]]:
    """What ``_SENT_END_RE.finditer(text, start, end)`` finds; given the ``marks`` of an
    ASCII text, tried only at its marks instead of at every character."""
    if marks is None:
        yield from _SENT_END_RE.finditer(text, start, end)
        return
    at = marks.find(b".", start, end)
    while at != -1:
        m = _SENT_END_RE.match(text, at, end)
        if m:
            yield m
            at = m.end()
        else:
            at += 1
        at = marks.find(b".", at, end)


_GENUS_RE = re.compile(r"(?:^|[\s(])[A-Z][a-z]?\Z")
_SPECIES_AFTER_RE = re.compile(r"[ \t]+[a-z]{3,}\b")


def _lower_case_next(text: str, dot: int) -> bool:
    """Whether the next word after the dot, on the same line, starts in lower case."""
    after = dot + 1
    while after < len(text) and text[after] in " \t":
        after += 1
    return after < len(text) and text[after].islower()


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    if _GENUS_RE.search(text[max(start, dot - 3):dot]) and _SPECIES_AFTER_RE.match(
            text, dot + 1):
        return True  # a genus shortened before a species: "E. coli", "An. gambiae"
    if dot - 2 >= start:
        tail = text[dot - 2 : dot]
        if tail.isascii() and tail.isalpha() and tail.lower() not in _ABBREVIATION_TAILS:
            return False  # two letters no abbreviation ends in (and no initial: too long)
    # the characters between the last white space before the dot and the dot (found by
    # looking back from the dot, not by splitting the whole sentence at each dot): past
    # the last space or line break, unless other white space comes after it
    begin = max(text.rfind(" ", start, dot), text.rfind("\n", start, dot)) + 1 or start
    word = text[begin:dot]
    if word.split() != [word]:  # other white space in it (or no word): step back
        begin = dot
        while begin > start and not text[begin - 1].isspace():
            begin -= 1
        word = text[begin:dot]
    token = word.lower().strip("(\"'")
    if token in _ABBREVIATIONS:
        return True
    if token in _ABBREVIATIONS_BEFORE_LOWER:
        return _lower_case_next(text, dot)
    if "." in word and len(word.rsplit(".", 1)[1]) == 1 and _lower_case_next(text, dot):
        return True  # dotted initials before a lower-case word: "the Cer.A.T.T. exam"
    # single initials such as "J." in "J. Smith"
    return len(token) == 1 and token.isalpha() and token.upper() == word.strip("(\"'")


def layout(text: str, body_start: int,
           runs: tuple[Sequence[str], Sequence[int]] | None = None) -> Layout:
    """Analyse the body of ``text`` (which starts at ``body_start``); ``runs`` are the
    lower-cased runs of letters and digits of the whole text and their starts, when
    already known (``WordIndex.sequence`` gives them the other way round)."""
    lines = _body_lines(text, body_start)
    greeting = None
    if lines and _GREETING_RE.match(text, lines[0][0], lines[0][1]):
        first = lines[0]
        comma = text.find(",", first[0], first[1])
        words = len(text[first[0] : first[1]].split())
        if (comma != -1 and comma >= first[1] - 2) or words <= 6 or text[first[1] - 1] in ",:":
            greeting = first
        elif (cut := _greeting_end(text, first, comma)) is not None:
            # "Hi Chloé, thank you for letting me know, ...", "Hi Marisol - hope the set
            # went well": the greeting, then the body on the same line (typed on a phone)
            rest = cut
            while text[rest] in " \t-–—":
                rest += 1
            greeting = (first[0], cut)
            lines[0:1] = [greeting, (rest, first[1])]
    elif (lines and _NAME_GREETING_RE.match(text, lines[0][0], lines[0][1])
          and not _SIGNOFF_RE.match(text, lines[0][0], lines[0][1])):
        greeting = lines[0]
    elif lines and (named := _NAME_THEN_TEXT_RE.match(text, lines[0][0], lines[0][1])):
        # "Tomasz, thanks for the walk round the hub ...": a name, then the first sentence
        greeting = (lines[0][0], named.end(1))
        lines[0:1] = [greeting, (named.end(), lines[0][1])]
    signoff = None
    closing_start = len(text)
    for line in reversed(_closing_lines(text, lines)):
        if line == greeting:
            break
        if _SIGNOFF_RE.match(text, line[0], line[1]):
            signoff = line
            closing_start = line[0]
            break
    sentences = _split_sentences(text, lines, greeting)
    lowered: list[str | None] | None = None
    if runs is not None and text.isascii() and not (
            0 < body_start <= len(text) and text[body_start - 1].isalnum()):
        starts, ends, lowered = _words_from_runs(text, body_start, runs)
    else:
        spans = words_in(text, body_start, len(text))
        starts, ends = [s for s, _ in spans], [e for _, e in spans]
    out = Layout(
        body_start=body_start,
        lines=tuple(lines),
        sentences=tuple(sentences),
        starts=tuple(starts),
        ends=tuple(ends),
        greeting=greeting,
        signoff=signoff,
        closing_start=closing_start,
        text=text,
    )
    if lowered is not None:
        object.__setattr__(out, "_runs", tuple(lowered))
    return out
