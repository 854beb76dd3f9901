"""Syllables and reading grade agree with textstat; the shipped table is cmudict's."""

from __future__ import annotations

import re

import pytest
import textstat

from coachkit.scoring.readability import _table, flesch_kincaid_grade, syllables
from coachkit.scoring.syllable_table import cmudict_counts
from quality import load_corpus


@pytest.fixture(scope="module")
def corpus_words() -> list[str]:
    words: set[str] = set()
    for entry in load_corpus():
        words.update(re.findall(r"[^\W_]+(?:['’\-][^\W_]+)*", entry.text))
    return sorted(words)


def test_shipped_table_is_built_from_cmudict():
    table = _table()
    assert table.words == sorted(table.words)  # looked up by bisection
    assert dict(table.items()) == cmudict_counts()
    assert table.get("interview") == 3
    assert table.get("aaaaa") is None and table.get("zzzzzzzz") is None


def test_every_corpus_word_counts_as_in_textstat(corpus_words):
    assert len(corpus_words) > 1000
    differ = [(w, syllables(w), textstat.syllable_count(w)) for w in corpus_words
              if syllables(w) != max(1, textstat.syllable_count(w))]
    assert differ == []


@pytest.mark.parametrize(("word", "count"), [("interview", 3), ("thank", 1), ("don't", 1),
                                              ("follow-up", 3), ("Whitfield", 2)])
def test_known_counts(word, count):
    assert syllables(word) == count


def test_grade_matches_textstat_on_plain_sentences():
    text = ("Thank you for meeting with me on Thursday. I enjoyed hearing how your team "
            "rebuilt the forecasting model. I would be glad to share my reports with you.")
    words = re.findall(r"[^\W_]+(?:['’\-][^\W_]+)*", text)
    lengths = [len(s.split()) for s in re.split(r"(?<=\.)\s+", text)]
    assert flesch_kincaid_grade(words, lengths) == pytest.approx(
        textstat.flesch_kincaid_grade(text), abs=0.15)
    assert flesch_kincaid_grade([], []) == 0.0
