"""Shortcuts in the word index and the sentence split answer as the plain code did."""

from __future__ import annotations

import random

from coachkit.scoring.readability import flesch_kincaid_grade, flesch_kincaid_grade_of_runs
from coachkit.scoring.text import _ABBREVIATIONS, _is_abbreviation, layout
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
    if "." in word and len(word.rsplit(".", 1)[1]) == 1:  # dotted initials: "Cer.A.T.T. exam"
        after = dot + 1
        while after < len(text) and text[after] in " \t":
            after += 1
        if after < len(text) and text[after].islower():
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


def test_runs_are_the_lower_cased_single_run_words() -> None:
    rng = random.Random(23)
    pieces = [p for p in PIECES if p.isascii()] + ["don't", "well-known", "a-b-c", "O'Neil",
                                                     "2024", "x2", "_", "-", "'"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ", "\n"))
                       for _ in range(rng.randrange(0, 20)))
        index = WordIndex.of(text)
        for body_start in {0, text.find("\n") + 1, min(3, len(text))}:
            lay = layout(text, body_start, (index.words, index.word_starts))
            if lay.runs is None:
                continue
            assert len(lay.runs) == len(lay.words), text
            for run, word in zip(lay.runs, lay.texts, strict=True):
                single = word.isalnum()
                assert run == (word.lower() if single else None), (text, word, run)


def test_grade_of_runs_is_the_grade_of_the_words() -> None:
    rng = random.Random(24)
    pieces = ["I", "am", "grateful", "for", "the", "conversation", "well-known", "don't",
              "2024", "Q3", "extraordinarily", "a", "Xylophone", "co-led", "it's", "."]
    for _ in range(2000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))
        index = WordIndex.of(text)
        lay = layout(text, 0, (index.words, index.word_starts))
        assert lay.runs is not None
        lengths = [rng.randrange(0, 9) for _ in range(rng.randrange(0, 5))]
        by_runs = flesch_kincaid_grade_of_runs(
            lay.runs, lambda i, lay=lay, text=text: text[slice(*lay.words[i])], lengths)
        assert by_runs == flesch_kincaid_grade(lay.texts, lengths), text
