"""Faster paths of the scorer find exactly what the plain scans they replace find."""

from __future__ import annotations

import random

from coachkit.scoring.checks._spacing import _ANY_MARK_RE, _any_mark
from coachkit.scoring.checks.tone import _CAPS_RUN_RE, _caps_runs
from coachkit.scoring.text import _END_MARKS, _SENT_END_RE, _sentence_ends, layout
from coachkit.scoring.words import WordIndex

PIECES = ["A", "B", "a", " ", ",", "'", "’", "-", "_", "1", "\n", "AB", "ABC", "I'M", "SQL ETL",
          "é", "É", ". ", "Mr"]


def test_capital_runs_are_those_the_pattern_finds() -> None:
    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 30)))
        assert [m.span() for m in _caps_runs(text)] == \
            [m.span() for m in _CAPS_RUN_RE.finditer(text)], text


def test_word_texts_are_the_text_of_each_word_span() -> None:
    rng = random.Random(6)
    ascii_only = [p for p in PIECES if p.isascii()]
    for _ in range(3000):
        text = "".join(rng.choice(ascii_only) for _ in range(rng.randrange(0, 40)))
        index = WordIndex.of(text)
        for body_start in {0, text.find("\n") + 1, min(3, len(text))}:
            for lay in (layout(text, body_start),
                        layout(text, body_start, (index.words, index.word_starts))):
                assert lay.texts == tuple(text[s:e] for s, e in lay.words), (text, body_start)


def test_sentence_ends_are_those_the_pattern_finds() -> None:
    rng = random.Random(7)
    pieces = [*PIECES, ".", "...", "!", "?!", "?", '"', ")", "]", "”", "\t", "e.g."]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        marks = text.encode("ascii").translate(_END_MARKS) if text.isascii() else None
        start = rng.randrange(0, len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        assert [m.span() for m in _sentence_ends(text, marks, start, end)] == \
            [m.span() for m in _SENT_END_RE.finditer(text, start, end)], (text, start, end)


def test_mark_gate_agrees_with_its_pattern() -> None:
    rng = random.Random(8)
    pieces = [*PIECES, ",", ";", ":", ".", "!", "?", " ,", "\t.", ",,", ";.", ":a", "!!", "5"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 20)))
        assert _any_mark(text) == (_ANY_MARK_RE.search(text) is not None), text
