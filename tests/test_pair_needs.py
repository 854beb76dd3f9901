"""The pairs of words an entry searched for everywhere needs: read from its pattern, and
held by every match of it in the corpus, the check examples and generated drafts."""

from __future__ import annotations

import pytest
from test_phrase_gating import _texts

from coachkit.scoring.pair_needs import has_pair, pair_need
from coachkit.scoring.phrases import _index
from coachkit.scoring.rules import default_rules
from coachkit.scoring.words import WordIndex

# texts that match the built-in entries without a trigger word
MATCHING = ["Please decide soon, or I'll withdraw my application.",
            "Let me know by Friday or else I will have to accept another offer.",
            "I have waited two weeks. Your call.", "Your move!",
            "Thank you for the 'prompt' reply to my email.",
            "I appreciated your \"detailed\" e-mail yesterday."]


def test_pairs_read_from_a_pattern() -> None:
    assert pair_need(r"(?:^|[.!?]\s+)Your\s+(?:call|move)\s*[.!]") == {
        "your": (frozenset({"call", "move"}), ())}
    assert pair_need(r"\bor\s+(?:else\s+)?I\b") == {"or": (frozenset({"else", "i"}), ())}
    assert pair_need(r"[,;]\s+or\s+wh") == {"or": (frozenset(), ("wh",))}
    assert pair_need(r"or\s+I\b") is None  # may begin inside a word ("for I")
    assert pair_need(r"^\s*Hey\b") is None  # one word: any may follow
    assert pair_need(r"\bsee\s+\w+") is None  # the next word is not known
    assert pair_need(r"(") is None


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts() + MATCHING


def test_every_match_holds_a_pair_of_its_entry(texts: list[str]) -> None:
    checked = 0
    for phrases in default_rules().lists.values():
        index = _index(phrases)
        for i in index.always:
            need = pair_need(phrases.entries[i].regex)
            if need is None:
                continue
            pattern = phrases._pattern(index, i)
            for text in texts:
                for m in pattern.finditer(text):
                    words = WordIndex.of(m.group())
                    if m.end() > m.start() and words.is_ascii:
                        assert has_pair(need, words), (phrases.name, i, m.group())
                        assert has_pair(need, WordIndex.of(text))
                        checked += 1
    assert checked >= len(MATCHING)
