"""Inputs that once made scoring explode: one long unknown word (memory quadratic in its
length) and long repetitive runs (time quadratic in their length). Each goes through
``coachkit score`` and through ``coachkit workshop submit`` then ``workshop score``, and
must be scored correctly in bounded time and memory, without a traceback."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from workshop_helpers import PANEL, make_folder

from coachkit.scoring import spelling
from coachkit.scoring.text import LONG_TOKEN, blank_long_tokens, used_mid_sentence

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "drafts"
RUN_ON = "We talked about the roadmap and I really enjoyed meeting the team and the platform "


def _random_word(n: int) -> str:
    rng = random.Random(n)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def _unknown_sentences(size: int) -> str:
    """One distinct unknown capitalised word per sentence (each once searched the text)."""
    rng = random.Random(3)
    words = ("".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(7)).capitalize() + "."
             for _ in range(size // 9))
    return " ".join(words)


def _repeat(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def _normal_drafts(size: int) -> str:
    drafts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    return _repeat("\n\n".join(drafts) + "\n\n", size)


# name -> the whole draft; each is a shape that once took quadratic time or memory
SHAPES: dict[str, Callable[[], str]] = {
    "long_word_40k": lambda: _random_word(40_000),
    "long_word_80k": lambda: _random_word(80_000),
    "a_100k": lambda: "a" * 100_000,
    "a_200k": lambda: "a" * 200_000,
    "A_dash_20k": lambda: "A-" * 20_000,
    "A_100k": lambda: "A" * 100_000,
    "a_space_50k": lambda: "a " * 50_000,
    "sentence_no_stops_100k": lambda: _repeat(RUN_ON, 100_000),
    "punctuation_100k": lambda: _repeat("!?.,;:-()\"'…—", 100_000),
    "capitalised_unknown_sentences_100k": lambda: _unknown_sentences(100_000),
    # stock praise and a role title in every sentence: the template check once compared
    # every capitalised word with every filled-in slot of the whole text
    "template_praise_300k": lambda: _repeat(
        "I am excited about the Senior Analyst position at such a great company, a leader "
        "in the industry. It would be an honour to join such a talented team, and Ms. Vale "
        "was kind. ", 300_000),
}
LONG_WORDS = ("long_word_40k", "long_word_80k")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    return path


# A megabyte of real drafts is linear work for every check: about 4 s cold from the command
# line on a 2-core machine (2,000 phrase patterns and two models), and over 5 s inside a
# loaded full suite run. The shapes above once took minutes, so they keep the common bound;
# the speed target for a 1 MB draft is in bench/score_bench.py.
LINEAR_1MB_BOUND_S = 10.0


@pytest.mark.parametrize("shape", [*SHAPES, "normal_drafts_1mb"])
def test_row01_row07_score_stays_fast_and_small(shape, tmp_path, run_coachkit):
    text = _normal_drafts(1_000_000) if shape == "normal_drafts_1mb" else SHAPES[shape]()
    bound = {"wall": LINEAR_1MB_BOUND_S} if shape == "normal_drafts_1mb" else {}
    run = run_coachkit("score", "--format", "json", _write(tmp_path, text)).expect(0, **bound)
    report = json.loads(run.stdout)
    assert 0 <= report["overall"] <= 100
    if shape in LONG_WORDS:
        spelled = [f for f in report["findings"] if f["rule"] == "correctness.spelling"]
        assert [(f["start"], f["end"]) for f in spelled] == [(0, len(text))]
        assert "Not in the dictionary" in spelled[0]["message"]


@pytest.mark.parametrize("shape", [*SHAPES, "normal_drafts_150k"])
def test_row01_row07_workshop_submit_and_score_stay_fast_and_small(shape, tmp_path, run_coachkit):
    text = _normal_drafts(150_000) if shape == "normal_drafts_150k" else SHAPES[shape]()
    folder = make_folder(tmp_path, PANEL).path
    submitted = run_coachkit("workshop", "submit", folder, _write(tmp_path, text),
                             "--code", "p-1").expect(0)
    assert "submitted" in submitted.stdout and "(overall " in submitted.stdout
    scored = run_coachkit("workshop", "score", folder).expect(0)
    rows = [line for line in scored.stdout.splitlines() if line.strip()]
    assert len(rows) == 2 and rows[1].startswith("p-1,"), scored.stdout


def test_row01_no_common_word_is_near_the_suggestion_cap():
    """Words longer than the cap get no suggestions without a search; that is only right
    while every suggestible word is more than two edits shorter than the cap."""
    longest = max(len(w) for w, f in spelling._frequencies().items()
                  if f >= spelling.MIN_SUGGEST_FREQUENCY and w.isalpha())
    assert longest + 2 < spelling.MAX_SUGGEST_LENGTH
    assert spelling.suggestions("x" * (spelling.MAX_SUGGEST_LENGTH + 1)) == ()
    assert spelling.suggestions("recieve")[0] == "receive"


def test_blank_long_tokens_keeps_offsets_and_short_words():
    long_run = "A-" * 2_000
    text = f"Thanks to Acme Corp's team. {long_run} and O'Brien-Smith."
    blanked = blank_long_tokens(text)
    assert len(blanked) == len(text)
    assert blanked.replace("x" * len(long_run), long_run) == text
    exact = "B" * LONG_TOKEN + " " + "c" * (3_000 - LONG_TOKEN)
    assert blank_long_tokens(exact).startswith("B" * LONG_TOKEN + " x")
    assert blank_long_tokens("short " + "Z" * 100) == "short " + "Z" * 100  # short text


def test_used_mid_sentence_agrees_with_the_search_it_replaces():
    rng = random.Random(5)
    alphabet = ["a", "b", "A", "B", " ", " ", ",", "'", "’", "-", ".", "_", "é", "1", "\n"]
    for _ in range(20):
        text = "".join(rng.choice(alphabet) for _ in range(3_000))
        words = {text[i : i + rng.randrange(1, 8)] for i in rng.sample(range(3_000), 300)}
        for word in words:
            expected = re.search(rf"(?<=[a-z,] ){re.escape(word)}\b", text) is not None
            assert used_mid_sentence(text, word) == expected, (word, text)
