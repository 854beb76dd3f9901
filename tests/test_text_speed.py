"""The faster paths of the text helpers find exactly what the plain searches they replace
find."""

from __future__ import annotations

import random
import re

from coachkit.scoring.text import layout, used_mid_sentence
from coachkit.scoring.words import WordIndex

ALPHABET = ["a", "b", "A", "B", " ", " ", ",", "'", "’", "-", ".", "_", "é", "1", "\n", "ǅ",
            "İ", "\t", "!", "?", "J", "(", '"']


def test_used_mid_sentence_on_short_texts_agrees_with_the_search():
    rng = random.Random(8)
    for _ in range(300):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 300)))
        words = {text[i : i + rng.randrange(1, 6)] for i in range(0, len(text), 7)}
        words |= {"a", "b", "-", "a'", "é", "_"}
        for word in words:
            expected = re.search(rf"(?<=[a-z,] ){re.escape(word)}\b", text) is not None
            assert used_mid_sentence(text, word) == expected, (word, text)


def _fields(lay: object) -> tuple[object, ...]:
    return tuple(getattr(lay, f) for f in lay.__dataclass_fields__)  # type: ignore[attr-defined]


def test_layout_from_the_word_index_runs_is_the_layout():
    """Words taken from the word index's runs (ASCII text) are the words WORD_RE finds."""
    rng = random.Random(9)
    ascii_only = [c for c in ALPHABET if c.isascii()] + ["Mr", ". ", "e.g"]
    for _ in range(3000):
        text = "".join(rng.choice(ascii_only) for _ in range(rng.randrange(0, 80)))
        index = WordIndex.of(text)
        for body_start in {0, text.find("\n") + 1, min(3, len(text)), len(text)}:
            assert _fields(layout(text, body_start, (index.words, index.word_starts))) \
                == _fields(layout(text, body_start)), (text, body_start)


def test_word_index_matches_a_regex_reference():
    rng = random.Random(10)
    for _ in range(3000):
        text = "".join(rng.choice([*ALPHABET, "K", "ß", "ſ"]) for _ in range(rng.randrange(1, 60)))
        index = WordIndex.of(text)
        lowered = text.lower() if len(text.lower()) == len(text) else "".join(
            c if len(c.lower()) != 1 else c.lower() for c in text)
        found = [(m.start(), m.group()) for m in re.finditer(r"[^\W_]+", lowered)]
        assert list(zip(index.word_starts, index.words, strict=True)) == found, text
        positions: dict[str, list[int]] = {}
        for start, word in found:
            positions.setdefault(word, []).append(start)
        assert index.positions == positions
        nexts = [w for _, w in found[1:]] + [""] if found else []
        assert index.following == {s: n for (s, _), n in zip(found, nexts, strict=True)}
        assert index.pairs == {(w, n) for (_, w), n in zip(found, nexts, strict=True)}
        assert index.doubled() == [i for i in range(len(found) - 1)
                                   if found[i][1] == found[i + 1][1]]
