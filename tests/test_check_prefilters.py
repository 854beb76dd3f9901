"""The cheap scans that let a check skip a draft never skip one where the check's own
patterns would find something."""

from __future__ import annotations

import random
import re
from pathlib import Path

from coachkit.scoring.checks import _spacing, tone

TESTS = Path(__file__).parent
ALPHABET = "aZ ,;:.!?\t\n'8=)(D-_3xX<^é"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for folder in ("corpus", "holdout", "holdout2")
             for p in TESTS.joinpath(folder, "drafts").glob("*.txt")]
    rng = random.Random(5)
    texts += ["".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 40)))
              for _ in range(20_000)]
    return texts


def test_the_prefilters_are_necessary_conditions():
    old_pairs = {_spacing._SPACE_BEFORE_COMMA_RE: re.compile(r"[ \t][,;:]"),
                 _spacing._SPACE_BEFORE_STOP_RE: re.compile(r"[ \t][.!?]")}
    tight_rules = [rule[1] for rule in _spacing._SPACING_RULES
                   if rule[1].pattern in _spacing._TIGHT_RULES]
    assert len(tight_rules) == 3
    for text in _texts():
        for pattern, pair in _spacing._SPACING_PAIRS.items():
            assert bool(pair.search(text)) == bool(old_pairs[pattern].search(text)), text
        if any(rule.search(text) for rule in tight_rules):
            assert _spacing._TIGHT_MARK_RE.search(text), text
        if tone._EMOTICON_RE.search(text):
            assert tone._EMOTICON_CORE_RE.search(text), text


def test_the_one_spacing_scan_is_necessary():
    """A draft without a double space where the one scan finds nothing is one where no
    spacing rule would have run."""
    for text in _texts():
        if "  " not in text and not _spacing._ANY_MARK_RE.search(text):
            assert not _spacing._TIGHT_MARK_RE.search(text), text
            assert not any(pair.search(text) for pair in _spacing._SPACING_PAIRS.values()), text


def test_lowercase_i_is_looked_for_at_the_word_i():
    """Trying the pattern at each place of the word "i" finds what scanning the text finds."""
    from coachkit import Draft
    from coachkit.scoring.checks import correctness
    from coachkit.scoring.context import Context
    from coachkit.scoring.rules import default_rules

    rng = random.Random(3)
    pieces = ["i", "I", " ", "'", "’", "m", "ve", "ll", "d", ".", "-", "/", "_", "x", "\n",
              "İ", "ı", "é", "2", ",", "Dear Dana,\n\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 25)))
             for _ in range(5000)]
    for text in texts + _texts()[:200]:
        ctx = Context(draft=Draft.from_text(text), notes=None, rules=default_rules())
        scanned = [m.span() for m in correctness._LOWER_I_RE.finditer(ctx.text, ctx.body_start)]
        assert [(h.start, h.end) for h in correctness._lowercase_i(ctx)] == scanned, text
