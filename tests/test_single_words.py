"""Entries that match one whole word are tried only at the words that fit them: the phrase
book finds exactly what trying them at every place of their trigger words finds."""

from __future__ import annotations

import random

from coachkit import Draft
from coachkit.scoring.context import Context
from coachkit.scoring.phrase_book import phrase_book
from coachkit.scoring.phrases import PhraseEntry, PhraseList, _index
from coachkit.scoring.regex_words import analyse_pattern
from coachkit.scoring.rules import default_rules
from coachkit.scoring.single_words import _is_single_word, single_word, single_word_starts
from coachkit.scoring.words import WordIndex

ELONGATED = ["so", "Sooo", "SOOOO", "sooo_", "soooon", "yes", "yesss", "Yeeesss", "hi", "hiii",
             "Hiiii", "thanks", "thankss", "Thanksss", "thannkkksss", "please", "pleeease",
             "Pleaseee", "plz", "plzz", "plsss", "some", "high", "than", "planet", "_sooo",
             "sooo1", "hiii's", "so-ooo", "yesss-ish"]
FILLER = ["I", "am", "glad", "we", "met", ",", ".", " ", "\n", "-", "'", "!"]


def test_single_word_patterns_are_told_apart() -> None:
    assert _is_single_word(r"\b(?:so{3,}|ye+s{3,}|hi{3,}|pl[sz]{2,})\b")
    assert _is_single_word(r"\bcolou?r\b")
    assert not _is_single_word(r"\bso\s+good\b")  # two words
    assert not _is_single_word(r"\b\w+\b")  # \w holds '_'
    assert not _is_single_word(r"\bso{3,}")  # may end inside a word
    assert not _is_single_word(r"\b(?i:so)\b")  # flags of its own
    assert not _is_single_word(r"\b[^a]+\b")
    assert single_word([r"\bso\s+good\b", r"\bhi{3,}\b"]) is None


def _texts(n: int) -> list[str]:
    rng = random.Random(13)
    pieces = ELONGATED + FILLER
    seps = ("", " ", " ", ", ", "\n")
    return ["".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randrange(1, 30)))
            for _ in range(n)]


def _phrases() -> PhraseList:
    entries = [r"\b(?:so{3,}|ye+s{3,}|hi{3,}|than+k+s{3,}|ple+a+s+e{3,}|pl[sz]{2,})\b",
               r"\bsoo+n\b", r"\bhi+\b"]
    out = []
    for regex in entries:
        trig, follow = analyse_pattern(regex)
        out.append(PhraseEntry(regex=regex, label=regex, is_pattern=True, trigger=trig,
                               follow=follow))
    return PhraseList("test.single", tuple(out))


def test_words_that_fit_hold_every_match() -> None:
    phrases = _phrases()
    index = _index(phrases)
    for text in _texts(3000):
        words = WordIndex.of(text)
        if not words.is_ascii:
            continue
        for key, members in index.by_word.items():
            check = single_word([phrases.entries[i].regex for i in members])
            assert check is not None
            pattern = phrases._pattern(index, key)
            kept = set(single_word_starts(words, key, check))
            for start in words.starts(*key):
                m = pattern.match(text, start)
                if m and m.end() > m.start():
                    assert start in kept, (text, key, start)


def test_built_in_slang_found_as_before() -> None:
    rules = default_rules()
    book = phrase_book(rules.lists)
    assert any(single is not None for *_, single in book.rest["tone.slang"])
    phrases = rules.lists["tone.slang"]
    index = _index(phrases)
    for text in _texts(1500):
        ctx = Context(draft=Draft.from_text(text, kind="thank_you"), notes=None, rules=rules)
        words = WordIndex.of(ctx.text)
        found: set[tuple[int, int, int]] = set()
        for key in index.by_word:  # every entry at every place of its trigger word
            pattern = phrases._pattern(index, key)
            for start in words.starts(*key):
                m = pattern.match(ctx.text, start)
                if m and m.end() > m.start():
                    found.add((m.start(), -m.end(), int(m.lastgroup[1:])))
        expected = phrases._finish(index, ctx.text, 0, ctx.kind, found)
        assert ctx.phrase_matches("tone.slang") == expected, text
