"""The prebuilt spelling data: up to date with pyspellchecker, the same suggestions as a
deletion index built in memory, and a suggestion cost bounded by the word's length."""

from __future__ import annotations

import random
import tracemalloc
from collections import defaultdict

import pytest

from coachkit.scoring import build_spelling, spelling


def _decoded(words_bin: bytes, suggest_bin: bytes) -> tuple[tuple[int, ...], list[bytes],
                                                              tuple[int, ...], list[bytes]]:
    words = spelling._sections(words_bin, build_spelling.WORDS_HEADER,
                               build_spelling.WORDS_MAGIC, 2)
    suggest = spelling._sections(suggest_bin, build_spelling.SUGGEST_HEADER,
                                 build_spelling.SUGGEST_MAGIC, 3)
    # the section sizes are those of the compressed bytes, which may differ between zlib
    # builds; what the sections hold may not
    return words[0][:1], words[1], suggest[0][:1], suggest[1]


def test_data_files_are_up_to_date_with_pyspellchecker():
    """If this fails after upgrading pyspellchecker: python -m coachkit.scoring.build_spelling"""
    frequencies = build_spelling.library_frequencies()
    assert spelling._frequencies() == frequencies
    fresh = _decoded(*build_spelling.encode(frequencies))
    shipped = _decoded(build_spelling.WORDS_FILE.read_bytes(),
                       build_spelling.SUGGEST_FILE.read_bytes())
    assert shipped == fresh


def _reference_suggestions(word: str, index: dict[str, tuple[str, ...]],
                           limit: int = 3) -> tuple[str, ...]:
    """The algorithm over a deletion index held in a dictionary, as it was built before."""
    freq = spelling._frequencies()
    variants = {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}
    pool = {w for v in variants for w in index.get(v, ())}
    near = sorted((w for w in pool if spelling.one_edit_apart(word, w)),
                  key=lambda w: (-freq[w], w))
    if near or len(word) < 5:
        return tuple(near[:limit])
    far = sorted((spelling.edit_distance(word, w), -freq[w], w) for w in pool
                 if freq[w] >= 1000 and len(w) >= 4)
    return tuple(w for d, _, w in far if d <= 2)[:limit]


@pytest.fixture(scope="module")
def reference_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = defaultdict(list)
    for word in build_spelling.common_words(spelling._frequencies()):
        for key in build_spelling.keys_of(word):
            index[key].append(word)
    return {k: tuple(v) for k, v in index.items()}


def _typos(n: int) -> list[str]:
    rng = random.Random(11)
    common = build_spelling.common_words(spelling._frequencies())
    out = []
    for _ in range(n):
        letters = list(rng.choice(common))
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            i = rng.randrange(len(letters))
            op = rng.randrange(4)
            if op == 0:
                letters.insert(i, rng.choice("abcdefghijklmnopqrstuvwxyz"))
            elif op == 1 and len(letters) > 1:
                del letters[i]
            elif op == 2:
                letters[i] = rng.choice("abcdefghijklmnopqrstuvwxyz")
            elif i + 1 < len(letters):
                letters[i], letters[i + 1] = letters[i + 1], letters[i]
        out.append("".join(letters))
    return out


def test_suggestions_match_an_index_built_in_memory(reference_index):
    words = [*_typos(3000), "recieve", "schedual", "proffesional", "teh", "a", "zzzzzz"]
    for word in words:
        assert spelling.suggestions(word) == _reference_suggestions(word, reference_index), word


def test_index_lookups_answer_exactly_their_key(reference_index):
    index = spelling._deletion_index()
    for key in [*_typos(500), *list(reference_index)[:2000]]:
        assert sorted(index.words_for(key)) == sorted(reference_index.get(key, ())), key


def test_suggestion_cost_is_bounded_by_the_word_length(monkeypatch):
    """At most one bucket look-up per key (the word and each deletion), none at all for a
    word over the cap, and the memory a look-up takes does not grow with the word."""
    looked_up: list[str] = []
    index = spelling._deletion_index()
    real = index.words_for
    monkeypatch.setattr(index, "words_for", lambda key: looked_up.append(key) or real(key))
    rng = random.Random(2)
    for n in range(1, spelling.MAX_SUGGEST_LENGTH + 1):
        looked_up.clear()
        spelling.suggestions("".join(rng.choice("qxzjv") for _ in range(n)))
        assert len(looked_up) <= n + 1
    looked_up.clear()
    cached = spelling._suggestions.cache_info().currsize
    for size in (spelling.MAX_SUGGEST_LENGTH + 1, 40_000, 1_000_000):
        word = "q" * size
        tracemalloc.start()
        assert spelling.suggestions(word) == ()
        assert spelling.british_to_american(word) is None
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert peak < 10_000, (size, peak)
    assert looked_up == []
    assert spelling._suggestions.cache_info().currsize == cached  # long words are not kept


def test_british_spellings_inside_a_word_are_not_misspellings():
    """A British spelling before a further ending is accepted, as at the end of a word."""
    for word, american in [("neighbourhood", "neighborhood"), ("favourite", "favorite"),
                           ("behavioural", "behavioral"), ("paediatrics", "pediatrics"),
                           ("organisations", "organizations"), ("counsellor", "counselor"),
                           ("jewellery", "jewelry"), ("fibre", "fiber")]:
        assert spelling.british_to_american(word) == american, word


def test_typos_are_not_taken_for_british_spellings():
    for typo in ("youre", "recieve", "untill", "seperate", "experiance", "oppurtunity",
                 "buisness", "collegues", "sucessful", "neccessary"):
        assert spelling.british_to_american(typo) is None, typo


def test_a_british_note_has_no_spelling_finding():
    from coachkit import Draft, score

    text = ("Dear Ms. Khan,\n\nThank you for showing me round the neighbourhood centre. My "
            "favourite part was the paediatric counselling programme and its colourful "
            "waiting room.\n\nKind regards,\nAmy")
    report = score(Draft.from_text(text, kind="thank_you"))
    assert [f for f in report.findings if f.rule == "correctness.spelling"] == []
