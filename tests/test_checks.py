"""Contract tests over every check, and the pass/fail examples of each."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from check_examples import EXAMPLES, Example
from coachkit import CATEGORIES, Draft, notes_from_dict, score
from coachkit.model import SEVERITIES
from coachkit.scoring import all_checks, default_rules, load_rules
from coachkit.scoring.rules import extend_rules
from samples import GOOD_THANK_YOU, NOTES

CHECKS = all_checks()
CHECK_IDS = [c.id for c in CHECKS]


def _run(example: Example) -> list[Any]:
    text, opts = (example, {}) if isinstance(example, str) else example
    sent = opts.get("sent_at")
    draft = Draft.from_text(text, kind=opts.get("kind", "thank_you"),
                            sent_at=datetime.fromisoformat(sent) if sent else None)
    notes = notes_from_dict(NOTES) if opts.get("notes") else None
    rules = (extend_rules({"lists": {"tone.avoid": opts["avoid"]}}, "example")
             if opts.get("avoid") else None)
    return list(score(draft, notes, rules=rules).findings)


def test_ids_are_unique_and_dotted():
    assert len(CHECK_IDS) == len(set(CHECK_IDS))
    for check in CHECKS:
        assert check.id.count(".") == 1 and check.id.split(".")[0] == check.category
        assert check.category in CATEGORIES and check.severity in SEVERITIES
        assert check.rationale.strip() and check.message.strip()


def test_every_check_has_examples():
    missing = [c for c in CHECK_IDS if c not in EXAMPLES]
    assert not missing, f"checks without pass/fail examples: {missing}"
    unknown = [c for c in EXAMPLES if c not in CHECK_IDS]
    assert not unknown
    for cid, table in EXAMPLES.items():
        assert table["fail"] and table["pass"], cid


@pytest.mark.parametrize(("check_id", "example"),
                         [(cid, ex) for cid, t in EXAMPLES.items() for ex in t["fail"]])
def test_fail_examples_are_flagged(check_id, example):
    rules = {f.rule for f in _run(example)}
    assert check_id in rules, f"{check_id} missed: {example!r} (got {sorted(rules)})"


@pytest.mark.parametrize(("check_id", "example"),
                         [(cid, ex) for cid, t in EXAMPLES.items() for ex in t["pass"]])
def test_pass_examples_are_not_flagged(check_id, example):
    hits = [f for f in _run(example) if f.rule == check_id]
    assert not hits, f"{check_id} false alarm on {example!r}: {hits}"


@pytest.mark.parametrize("check", CHECKS, ids=CHECK_IDS)
def test_each_check_handles_degenerate_text(check):
    notes = notes_from_dict(NOTES)
    for text in ("", " ", "\n\n", "Subject:\n", "x", "!!!", "\u200b\u0301", "İ" * 50):
        report = score(Draft.from_text(text), notes, checks=[check])
        for f in report.findings:
            assert 0 <= f.start <= f.end <= len(text)
            assert text[f.start:f.end] == f.text


def test_switches_turn_off_a_category_but_one_check(tmp_path):
    extra = tmp_path / "extra.yml"
    extra.write_text("checks: {tone: false, tone.pushy: true}\n")
    rules = load_rules(extra)
    text = "Dear Dana,\n\nThanks lol, reply ASAP!!!\n\nBest,\nJo"
    found = {f.rule for f in score(Draft.from_text(text), rules=rules).findings}
    assert "tone.pushy" in found
    assert not {"tone.slang", "tone.exclamation"} & found
    assert "tone.slang" in {f.rule for f in score(Draft.from_text(text)).findings}


def test_rules_file_extends_a_phrase_list(tmp_path):
    extra = tmp_path / "extra.yml"
    extra.write_text("lists:\n  tone.slang:\n    entries:\n"
                     "      - {phrase: synergy, suggestion: cooperation, why: jargon}\n"
                     "vocabulary: [Frobnix]\n"
                     "thresholds:\n  concision.length: {thank_you: [5, 10]}\n")
    rules = load_rules(extra)
    text = "Dear Dana,\n\nThe synergy at Frobnix was great for me and for you all.\n\nBest,\nJo"
    report = score(Draft.from_text(text), rules=rules)
    slang = [f for f in report.findings if f.rule == "tone.slang"]
    assert [f.text for f in slang] == ["synergy"] and slang[0].suggestion == "cooperation"
    assert any(f.rule == "concision.length" for f in report.findings)
    assert default_rules().lists["tone.slang"].entries[-1].label != "synergy"


def test_good_draft_scores_in_range_and_deterministically():
    first = score(Draft.from_text(GOOD_THANK_YOU), notes_from_dict(NOTES))
    again = score(Draft.from_text(GOOD_THANK_YOU), notes_from_dict(NOTES))
    assert first == again
    assert all(v is None or 0 <= v <= 100 for v in first.categories.values())


def test_rule_patterns_have_no_control_characters():
    # a single backslash in a double-quoted YAML string ("\b") becomes a control character
    for name, phrase_list in default_rules().lists.items():
        for entry in phrase_list.entries:
            assert not any(ord(ch) < 32 for ch in entry.regex), (name, entry.label)


def test_generic_sentences_are_marked_themselves():
    text = ("Dear Dana,\n\nI am confident that I would be a great fit for this position. "
            "I am very interested in the position.\n\nBest regards,\nJordan")
    hits = [f.text for f in score(Draft.from_text(text)).findings
            if f.rule == "personalization.generic"]
    assert any(h.startswith("I am confident that I would be a great fit") for h in hits)
    assert "I am very interested in the position" in hits


def test_phrase_triggers_find_what_a_full_search_finds():
    """Trying each pattern only where its first word starts loses no match."""
    import re

    from coachkit.scoring.rules import WordIndex

    sample = (GOOD_THANK_YOU + "\nI'm desperately hoping; nobody bothered to reply. Please, "
              "please reconsider your decision. I'll do anything. You won't regret hiring me. "
              "Every day until then. Gr8, b4 24/7 lol. Did you even read it? Ghosted again.")
    for phrase_list in default_rules().lists.values():
        fast = {(s, e) for _, s, e in phrase_list.matches(sample, 0, None, WordIndex.of(sample))}
        for entry in phrase_list.entries:
            flags = 0 if entry.case_sensitive else re.IGNORECASE
            for m in re.finditer(entry.regex, sample, flags):
                assert any(s <= m.start() < e for s, e in fast), (entry.label, m.group())


def test_next_word_checks_lose_no_match():
    """Trying an entry only where the word after its trigger word fits finds the same
    matches as trying it at every trigger word."""
    import dataclasses
    from pathlib import Path

    from coachkit.scoring.rules import PhraseList, WordIndex

    texts = [GOOD_THANK_YOU, GOOD_THANK_YOU.upper(),
             "I'll do anything. Ill do it. I will do whatever it takes. I cannot afford "
             "to lose this. I can't afford another. Means the world to me. I really, really "
             "want this. your welcome! The hole team. Could of. Sneak peak. İ will do "
             "anything; ſo many rejections. I\tam\n begging. it's own. Their is. "
             "won't regret hiring me. The fact that, basically, I just wanted to say"]
    texts += [f.read_text(encoding="utf-8")
              for f in sorted(Path(__file__).parent.joinpath("corpus", "drafts").glob("*.txt"))]
    for name, phrase_list in default_rules().lists.items():
        plain = PhraseList(name, [dataclasses.replace(e, follow=None)
                                  for e in phrase_list.entries])
        for text in texts:
            words = WordIndex.of(text)
            for pos in (0, len(text) // 3):
                assert (phrase_list.matches(text, pos, None, words)
                        == plain.matches(text, pos, None, WordIndex.of(text))), name


def test_one_edit_apart_agrees_with_edit_distance():
    import itertools
    import random

    from coachkit.scoring.spelling import edit_distance, one_edit_apart

    rng = random.Random(4)
    words = ["".join(rng.choice("abc") for _ in range(rng.randint(0, 5))) for _ in range(300)]
    for a, b in itertools.product(words[:60], words):
        assert one_edit_apart(a, b) == (edit_distance(a, b) == 1), (a, b)


def test_a_famous_name_beside_the_right_company_only_warns():
    notes = notes_from_dict(NOTES)
    text = ("Dear Dana,\n\nI enjoyed hearing how Northwind Analytics works with Amazon on "
            "forecasting.\n\nBest regards,\nJordan")
    hits = [f for f in score(Draft.from_text(text), notes).findings
            if f.rule == "personalization.other_company"]
    assert [(f.text, f.severity) for f in hits] == [("Amazon", "warning")]
