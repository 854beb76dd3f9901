"""The prebuilt hyphenation patterns are Pyphen's, and counting with them gives Pyphen's
hyphenation points."""

from __future__ import annotations

import json
import random

import pyphen

from coachkit.scoring import readability
from coachkit.scoring.syllable_table import HYPHENATION, pyphen_patterns


def test_hyphenation_file_is_up_to_date_with_pyphen():
    """If this fails after upgrading pyphen: python -m coachkit.scoring.syllable_table"""
    assert json.loads(HYPHENATION.read_text(encoding="utf-8")) == json.loads(
        json.dumps(pyphen_patterns()))


def test_hyphen_points_are_pyphens():
    dic = pyphen.Pyphen(lang="en_US")
    rng = random.Random(6)
    words = ["krishnamurthy", "oluwaseun", "stratavise", "engineesr", "a", "ab", "", "x" * 70,
             "İstanbul", "o'brien", "co-operate", "ǅemal"]
    words += ["".join(rng.choice("aeioubcdfghlmnprstvyz'-é") for _ in range(rng.randrange(1, 16)))
              for _ in range(5000)]
    for word in words:
        assert readability._hyphen_points(word) == len(dic.positions(word)), word
