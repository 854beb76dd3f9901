"""The required words of a phrase pattern: every match of a built-in entry in an ASCII text
holds a word of each of its clauses, so skipping a draft without them loses nothing; the
prebuilt analyses are the parsed ones."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from coachkit.scoring import regex_needs
from coachkit.scoring.regex_needs import best_clause, parse_required
from coachkit.scoring.rules import default_rules
from coachkit.scoring.words import WordIndex

TESTS = Path(__file__).parent
DRAFTS = sorted(p for folder in ("corpus", "holdout", "holdout2")
                for p in TESTS.joinpath(folder, "drafts").glob("*.txt"))


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in DRAFTS]
    rng = random.Random(11)
    words = " ".join(texts).split()
    texts += [" ".join(rng.choice(words) for _ in range(rng.randrange(5, 60)))
              for _ in range(300)]
    return [t for t in texts if WordIndex.of(t).is_ascii]


def test_every_match_holds_each_clause():
    entries = [e for p in default_rules().lists.values() for e in p.entries]
    compiled = [(re.compile(e.regex, 0 if e.case_sensitive else re.IGNORECASE),
                 parse_required(e.regex)) for e in entries]
    checked = 0
    for text in _texts():
        vocabulary = WordIndex.of(text).vocabulary
        for pattern, clauses in compiled:
            if clauses and pattern.search(text):
                checked += 1
                for clause in clauses:
                    assert not clause.isdisjoint(vocabulary), (pattern.pattern, clause)
    assert checked > 100


@pytest.mark.parametrize(("regex", "clauses"), [
    (r"\bstill\s+waiting\b", [{"still"}, {"waiting"}]),
    (r"\b(?:I|we)\s+(?:\w+\s+)?promised\b", [{"i", "we"}, {"promised"}]),
    (r"\bfollow(?:up|ing)\b", []),  # "follow" is not a whole word there
    (r"(?:very\s+)+good\b", [{"good"}]),  # what comes before "very" is not known
    (r"\bwait(?!ing)", []),
    (r"\bno\s+(?:reply|answer)?\s*yet\b", [{"no"}]),  # "answeryet" matches too
    (r"\bunrivall?ed\b", [{"unrivaled", "unrivalled"}]),  # a letter inside may be left out
    (r"\bcolou?rs?\b", [{"color", "colors", "colour", "colours"}]),
    (r"\bunrivall?ed", []),  # the word may go on
    (r"(", []),
])
def test_clauses(regex, clauses):
    assert [set(c) for c in parse_required(regex)] == clauses


def test_best_clause_avoids_the_trigger_word():
    clauses = parse_required(r"\bI\s+(?:really\s+)?need\s+this\s+job\b")
    assert best_clause(clauses, "i", True) == frozenset({"job"})
    assert best_clause((frozenset({"i"}),), "i", True) is None


def test_prebuilt_required_words_are_right():
    stored = regex_needs.prebuilt_required()
    if not stored:
        pytest.skip(f"patterns.json was built by another Python than {sys.version_info[:2]}")
    for regex, clauses in stored.items():
        assert set(clauses) == set(parse_required(regex)), regex


def test_prebuilt_best_clauses_are_right_and_cover_every_trigger_word():
    stored = regex_needs.prebuilt_best()
    if not stored:
        pytest.skip(f"patterns.json was built by another Python than {sys.version_info[:2]}")
    for (regex, word, exact), clause in stored.items():
        assert clause == best_clause(parse_required(regex), word, exact), (regex, word)
    shipped = {(e.regex, word, exact) for p in default_rules().lists.values()
               for e in p.entries for word, exact in e.trigger or ()}
    # else the first score weighs them: python -m coachkit.scoring.build_patterns
    assert shipped <= stored.keys(), "patterns.json is out of date"


def test_a_pattern_not_prebuilt_gets_its_best_clause_worked_out():
    regex = r"\bwe\s+never\s+heard\s+back\s+from\s+accounts\b"
    assert (regex, "we", True) not in regex_needs.prebuilt_best()
    assert regex_needs.trigger_clause(regex, "we", True) == frozenset({"accounts"})


def test_a_follow_filter_that_cannot_fit_finds_no_place():
    from coachkit.scoring.phrases import _index

    filters = [(key, follow) for p in default_rules().lists.values()
               for key, follow, _need in _index(p).rest if follow is not None]
    assert filters
    for text in _texts():
        words = WordIndex.of(text)
        for key, follow in filters:
            if not follow.may_fit(words):
                assert not follow.starts_in(words, key), (key, text[:60])


@pytest.mark.parametrize("text", ["My record is unrivalled in this field.", "My work is unrivaled.",
                                  "My work is simply UNRIVALLED!", "Colours, colors, colour."])
def test_every_spelling_of_a_word_with_a_letter_inside_left_out_holds_the_clause(text):
    vocabulary = WordIndex.of(text).vocabulary
    entries = [e for p in default_rules().lists.values() for e in p.entries]
    entries += [type(entries[0])(r"\bcolou?rs?\b", "colour")]
    checked = 0
    for e in entries:
        clauses = parse_required(e.regex)
        if re.search(e.regex, text, 0 if e.case_sensitive else re.IGNORECASE):
            checked += 1
            assert all(not clause.isdisjoint(vocabulary) for clause in clauses), e.regex
    assert checked
