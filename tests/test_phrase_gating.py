"""The phrase book leaves out places where no entry can match (the text lacks a word every
entry there needs, or the third word fits none of them): it finds exactly what trying every
entry at every place of its trigger word finds."""

from __future__ import annotations

import bisect
import importlib.util
import json
import os
import random
import re
from pathlib import Path

import pytest

from check_examples import EXAMPLES
from coachkit import Draft, score
from coachkit.scoring.context import Context
from coachkit.scoring.phrases import PhraseList, _index
from coachkit.scoring.rules import default_rules
from coachkit.scoring.third_words import deep_states, parse_deep, prebuilt_deep, third_words
from coachkit.scoring.words import WordIndex

TESTS = Path(__file__).parent
DRAFTS = sorted(TESTS.joinpath("corpus", "drafts").glob("*.txt"))
# the shared draft generator the benchmarks use, when it is there
GENERATOR = Path(os.environ.get("COACHKIT_DRAFT_CORPUS") or
                 TESTS.resolve().parents[1] / "shared" / "tools" / "draft_corpus.py")


FROM_BODY = ("personalization.template", "personalization.generic", "concision.door_open")


def _generated(n: int) -> list[str]:
    if not GENERATOR.is_file():
        return []
    spec = importlib.util.spec_from_file_location("draft_corpus", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [d["text"] for d in module.generate(n, 42)]


def _examples() -> list[str]:
    """Corpus drafts and every failing check example (where the phrases are)."""
    texts = [p.read_text(encoding="utf-8") for p in DRAFTS]
    for examples in EXAMPLES.values():
        texts += [e if isinstance(e, str) else e[0] for e in examples.get("fail", [])]
    return texts


def _texts() -> list[str]:
    """The examples, shuffles of their sentences and words, and generated drafts."""
    texts = _examples()
    rng = random.Random(11)
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if s]
    texts += [" ".join(rng.sample(sentences, rng.randrange(2, 9))) for _ in range(200)]
    words = " ".join(texts).split()
    texts += [" ".join(rng.choice(words) for _ in range(rng.randrange(5, 80)))
              for _ in range(100)]
    return texts + _generated(600)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def _every_place(phrases: PhraseList, text: str, pos: int, kind: str) -> list:
    """What the list finds when every entry is tried at every place of its trigger word
    (and the entries without one everywhere): no filter of the next words or the words
    the text holds."""
    index = _index(phrases)
    words = WordIndex.of(text)
    found: set[tuple[int, int, int]] = set()
    for key in index.by_word:
        pattern = phrases._pattern(index, key)
        for start in words.starts(*key):
            m = pattern.match(text, start) if start >= pos else None
            if m and m.end() > m.start():
                found.add((m.start(), -m.end(), int(m.lastgroup[1:])))
    return phrases._finish(index, text, pos, kind, found)


def test_phrase_book_finds_what_trying_every_place_finds(texts: list[str]) -> None:
    rules = default_rules()
    for i, text in enumerate(texts):
        kind = ("thank_you", "check_in", "rejection_reply")[i % 3]
        ctx = Context(draft=Draft.from_text(text, kind=kind), notes=None, rules=rules)
        for name, phrases in rules.lists.items():
            # the lists the checks match from the body's start, from there too
            for pos in (0, ctx.body_start) if name in FROM_BODY else (0,):
                assert ctx.phrase_matches(name, pos) == _every_place(
                    phrases, ctx.text, pos, ctx.kind), (name, pos, text[:80])


def test_third_words_allow_every_match_found(texts: list[str]) -> None:
    """Each match of a built-in entry that begins at a word has a third word its
    three-word states allow."""
    entries = [e for p in default_rules().lists.values() for e in p.entries
               if e.follow is not None]
    sample = _examples() + texts[::7]
    indexes = [(text, WordIndex.of(text)) for text in sample if text.isascii()]
    checked = 0
    for entry in entries:
        pattern = re.compile(entry.regex, 0 if entry.case_sensitive else re.IGNORECASE)
        for text, words in indexes:
            for m in pattern.finditer(text):
                i = bisect.bisect_left(words.word_starts, m.start())
                if i == len(words.words) or words.word_starts[i] != m.start():
                    continue  # not at a word: tried elsewhere
                first, second, third = (*words.words[i:i + 3], "", "")[:3]
                allowed = third_words([deep_states(entry.regex)], first, second)
                checked += 1
                assert allowed is None or third in allowed[0] or third.startswith(
                    allowed[1]), (entry.regex, text[m.start():m.start() + 60])
    assert checked > 100


def test_third_words_read_from_a_pattern() -> None:
    states = parse_deep(r"\bI\s+am\s+(?:so\s+)?(?:desperate|begging)\b")
    assert third_words([states], "i", "am") == (frozenset({"so", "desperate", "begging"}), ())
    assert third_words([states], "i", "was") == (frozenset(), ())  # cannot match there
    assert third_words([parse_deep(r"\bI\s+am\s+\w+ing\b")], "i", "am") is None
    assert third_words([parse_deep(r"\bI\s+am\s+hop")], "i", "am") == (frozenset(), ("hop",))
    assert third_words([states, None], "i", "am") is None  # an entry not analysed


def test_prebuilt_three_word_states_are_right() -> None:
    stored = prebuilt_deep()
    if not stored:
        pytest.skip("patterns.json was built by another Python")
    for regex, states in stored.items():
        assert states == parse_deep(regex), regex


def test_scores_are_those_without_the_prebuilt_analyses(texts: list[str],
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """A score computed with the prebuilt three-word states is the one computed with none
    (every entry tried wherever its first two words fit)."""
    sample = texts[:: max(1, len(texts) // 150)]
    with_states = [json.dumps(score(Draft.from_text(t)).to_dict(), sort_keys=True)
                   for t in sample]
    from coachkit.scoring import phrase_book

    monkeypatch.setattr(phrase_book, "deep_states", lambda regex: None)
    phrase_book._book.cache_clear()
    phrase_book._BOOKS.clear()
    from coachkit.scoring import engine

    engine._score_default.cache_clear()
    try:
        without = [json.dumps(score(Draft.from_text(t)).to_dict(), sort_keys=True)
                   for t in sample]
    finally:
        phrase_book._book.cache_clear()
        phrase_book._BOOKS.clear()
        engine._score_default.cache_clear()
    assert with_states == without


def test_a_scoped_flag_group_keeps_a_list_in_the_book_and_finds_the_same():
    from coachkit.scoring.phrases import _alternation_safe

    assert _alternation_safe(r"\bnamed\s+(?-i:[A-Z])")
    assert not _alternation_safe(r"(?i)named") and not _alternation_safe(r"(?P<x>a)")
    rules = default_rules()
    assert all(_index(pl).pairs is not None for pl in rules.lists.values())
