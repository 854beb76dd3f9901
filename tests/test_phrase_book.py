"""Every list matched through the phrase book (all lists looked up at once) gives what
matching the list on its own gives."""

from __future__ import annotations

import random
from pathlib import Path

from coachkit import Draft
from coachkit.scoring.context import Context
from coachkit.scoring.rules import default_rules, extend_rules

DRAFTS = sorted(Path(__file__).parent.joinpath("corpus", "drafts").glob("*.txt"))


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in DRAFTS]
    rng = random.Random(4)
    words = " ".join(texts).split()
    texts += [" ".join(rng.choice(words) for _ in range(rng.randrange(5, 120)))
              for _ in range(150)]
    texts += ["İ will do anything; ſo many rejections. I really, really want this. ASAP!!",
              "To whom it may concern,\n\nI'm desperate. You won't regret it. Gr8 lol.",
              ""]
    return texts


def test_phrase_book_matches_each_list_on_its_own():
    custom = extend_rules({"lists": {
        "tone.avoid": ["synergy", {"pattern": r"circle\s+back"}, {"pattern": r"\bgr8\b"}],
        "tone.slang": ["yo", {"pattern": r"(?P<x>yo)+ man"}]}}, "test")
    for rules in (default_rules(), custom):
        for text in _texts():
            for kind in ("thank_you", "rejection_reply"):
                ctx = Context(draft=Draft.from_text(text, kind=kind), notes=None, rules=rules)
                for name, phrase_list in rules.lists.items():
                    alone = phrase_list.matches(ctx.text, 0, ctx.kind, ctx.word_index)
                    assert ctx.phrase_matches(name) == alone, (name, text[:60])
                assert ctx.phrase_matches("no.such.list") == []
