"""Required words of patterns whose words have an optional mark inside ("break-?up"), a
class of letters ("hospitali[sz]ed") or a choice of endings in one branch of several
("nause(?:a|ous)"), and of alternatives whose branches have several clauses: every match
holds a word of each clause, so the phrase book finds what it found without them."""

from __future__ import annotations

import random
import re

import pytest

from coachkit.scoring.regex_needs import parse_required
from coachkit.scoring.words import WordIndex

PATTERNS = [
    r"\bbreak-?up\b", r"\bover-?qualified\b", r"\brock\s?star\b", r"\bhospitali[sz]ed\b",
    r"\b(?:flu|nause(?:a|ous)|diarrh(?:o)?ea)\b", r"\bmy\s+(?:own\s+)?(?:anxiety|break-?up)\b",
    r"\bI\s+(?:am|was)\s+(?:the\s+best\s+in\s+the\s+(?:business|world)|second\s+to\s+none"
    r"|unmatched)\b",
    r"\b(?:flare-?ups?|a\s+flare)\b",
]
WORDS = ["break", "up", "breakup", "break-up", "break up", "over", "qualified", "overqualified",
         "over-qualified", "rock", "star", "rockstar", "rock star", "hospitalised",
         "hospitalized", "hospitalixed", "flu", "nausea", "nauseous", "nause", "diarrhea",
         "diarrhoea", "my", "own", "anxiety", "I", "am", "was", "the", "best", "in",
         "business", "world", "second", "to", "none", "unmatched", "flare", "flare-up",
         "flareups", "a", "-", ",", ".", "_", "'"]


@pytest.mark.parametrize(("regex", "clauses"), [
    (r"\bbreak-?up\b", [{"break", "breakup"}]),
    (r"\bhospitali[sz]ed\b", [{"hospitalised", "hospitalized"}]),
    (r"\b(?:flu|nause(?:a|ous))\b", [{"flu", "nausea", "nauseous"}]),
    (r"\bnause(?:a|ous)\b", []),  # a word alone ending in a choice: as before
    (r"\b(?:aa|bb)\s+(?:cc\s+dd|ee)\b", [{"aa", "bb"}, {"cc", "ee"}, {"dd", "ee"}]),
])
def test_clauses_of_word_forms(regex: str, clauses: list[set[str]]) -> None:
    assert [set(c) for c in parse_required(regex)] == clauses


def test_every_match_holds_each_clause_of_the_forms() -> None:
    rng = random.Random(17)
    compiled = [(re.compile(r, re.IGNORECASE), parse_required(r)) for r in PATTERNS]
    assert all(clauses for _, clauses in compiled)
    matched = 0
    for _ in range(20_000):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 8)))
        text = text.upper() if rng.random() < 0.2 else text
        vocabulary = WordIndex.of(text).vocabulary
        for pattern, clauses in compiled:
            m = pattern.search(text)
            if m:
                matched += 1
                held = WordIndex.of(m.group()).vocabulary
                for clause in clauses:
                    assert not clause.isdisjoint(vocabulary), (pattern.pattern, text)
                    assert not clause.isdisjoint(held), (pattern.pattern, m.group())
    assert matched > 1000
