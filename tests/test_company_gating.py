"""The company check without notes skips what cannot name two companies (a place whose
next word its pattern does not spell, a window without a possessive, names that are all the
same company's): its findings are those of trying every place and weighing every name."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from check_examples import EXAMPLES
from coachkit import Draft
from coachkit.scoring.checks import _addressee as addressee
from coachkit.scoring.context import Context
from coachkit.scoring.rules import default_rules
from coachkit.scoring.text import blank_long_tokens

TESTS = Path(__file__).parent
COMPANIES = ["Acme", "Globex", "Northwind Traders", "Initech Labs", "Bright Kettle Coffee"]
SENTENCES = [
    "I enjoyed the interview at {c} on Tuesday.", "I would love to join {c}.",
    "I hope to join the {c} team soon.", "{c}'s mission speaks to me.",
    "Thank you for the tour of {c}.", "I would be an asset to {c}.",
    "I look forward to working at {c}.", "My role at {c} taught me a lot.",
    "I am excited about {c}'s growth and {c}'s values.", "It was great to meet the team.",
    "I would be a great fit at {c}.", "Helping {c} grow would be a joy.",
]


def _every_place_mentions(ctx: Context) -> list[tuple[int, int, frozenset[str]]]:
    """``_mentions`` trying every pattern at every place of its words, and weighing every
    name found."""
    scan = blank_long_tokens(ctx.text)
    end = min(addressee.signature_start(ctx), addressee._SCAN_CHARS)
    positions = ctx.word_index.positions
    found: list[re.Match[str]] = []
    for word in addressee._START_WORDS.keys() & positions.keys():
        for pos in positions[word]:
            if pos < end:
                found += filter(None, (p.match(scan, pos, end)
                                       for p, _ in addressee._START_WORDS[word]))
    for word in addressee._END_WORDS.keys() & positions.keys():
        for pos in positions[word]:
            if pos < end:
                for pattern in addressee._END_WORDS[word]:
                    found += pattern.finditer(scan, max(0, pos - 120), pos + len(word) + 1)
    if ctx.layout.greeting:
        greeting = ctx.layout.greeting
        found += addressee._GREETING.finditer(scan, max(0, greeting[0] - 1), greeting[1])
    if ctx.subject_span:
        found += addressee._SUBJECT_RE.finditer(scan, *ctx.subject_span)
    people = addressee._people(ctx)
    ignore = addressee._lowered(ctx.rules.word_set("not_companies"))
    out = set()
    for m in found:
        name = re.sub(r"['’]s?$", "", m.group(1))
        core = addressee._core(name, ctx)
        if core and not core & ignore and addressee._is_company(
                ctx, m, name, core, set() if m.re is addressee._GREETING else people):
            out.add((m.start(1), m.start(1) + len(name), core))
    return sorted(out)


def _texts() -> list[str]:
    rng = random.Random(8)
    texts = [p.read_text(encoding="utf-8")
             for p in TESTS.joinpath("corpus", "drafts").glob("*.txt")]
    for examples in EXAMPLES.values():
        texts += [e if isinstance(e, str) else e[0] for e in examples.get("fail", [])]
    for _ in range(300):
        body = " ".join(rng.choice(SENTENCES).format(c=rng.choice(COMPANIES))
                        for _ in range(rng.randrange(1, 6)))
        texts.append(f"Dear {rng.choice(COMPANIES)} Hiring Team,\n\n{body}\n\nBest regards,\nAlex")
    return texts


def _hits(ctx: Context) -> list[tuple[int, int, str | None]]:
    return [(h.start, h.end, h.suggestion) for h in addressee.company_mismatch(ctx)]


def test_company_check_finds_what_weighing_every_place_finds(monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    rules = default_rules()
    contexts = [Context(draft=Draft.from_text(t), notes=None, rules=rules) for t in _texts()]
    gated = [_hits(ctx) for ctx in contexts]
    assert any(gated)  # the texts do name two companies now and then
    monkeypatch.setattr(addressee, "_mentions", _every_place_mentions)
    fresh = [Context(draft=ctx.draft, notes=None, rules=rules) for ctx in contexts]
    assert [_hits(ctx) for ctx in fresh] == gated
