"""Shortcuts in the word index and the sentence split answer as the plain code did."""

from __future__ import annotations

import random

from coachkit.scoring.text import _ABBREVIATIONS, _is_abbreviation
from coachkit.scoring.words import WordIndex

PIECES = ["A", "b", "Mr", "mrs", "e.g", "i.e", "J", "am", "team", "p.m", "etc", "no", "Inc",
          "(", '"', "'", " ", "  ", "\n", "\t", "\r", ".", ". ", "..", "!", "?", "é", "İ", "1",
          "st", "first", "Dr", "plan", "x"]


def _plain_is_abbreviation(text: str, start: int, dot: int) -> bool:
    """The test without the shortcut for a word ending in two letters."""
    if text[dot] != ".":
        return False
    begin = max(text.rfind(" ", start, dot), text.rfind("\n", start, dot)) + 1 or start
    word = text[begin:dot]
    if word.split() != [word]:
        begin = dot
        while begin > start and not text[begin - 1].isspace():
            begin -= 1
        word = text[begin:dot]
    token = word.lower().strip("(\"'")
    if token in _ABBREVIATIONS:
        return True
    return len(token) == 1 and token.isalpha() and token.upper() == word.strip("(\"'")


def test_abbreviation_shortcut_answers_as_before() -> None:
    rng = random.Random(21)
    checked = 0
    for _ in range(20_000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 12)))
        dots = [i for i, ch in enumerate(text) if ch in ".!?"]
        for dot in dots:
            for start in {0, rng.randrange(0, dot + 1), dot}:
                checked += 1
                assert _is_abbreviation(text, start, dot) == \
                    _plain_is_abbreviation(text, start, dot), (text, start, dot)
    assert checked > 10_000


def test_following_is_the_next_word_of_each_start() -> None:
    rng = random.Random(22)
    for _ in range(3000):
        text = " ".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 15)))
        index = WordIndex.of(text)
        nexts = [*index.words[1:], ""] if index.words else []
        assert index.following == dict(zip(index.word_starts, nexts, strict=True)), text
