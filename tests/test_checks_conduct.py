"""Passive aggression, personal overshare and arrogance: found, silent on polite near-misses,
and capped so that a note with one of them is never "ready"; ``coachkit rules`` shows caps."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from check_examples_conduct import CONDUCT_CHECKS, NEAR_MISSES, Example
from check_examples_real import letter

from coachkit import Draft, notes_from_dict, score
from coachkit.cli import run
from coachkit.scoring import all_checks, default_rules
from samples import GOOD_THANK_YOU, NOTES


def _report(example: Example) -> Any:
    text, opts = (example, {}) if isinstance(example, str) else example
    draft = Draft.from_text(text, kind=opts.get("kind", "thank_you"))
    return score(draft, notes_from_dict(NOTES) if opts.get("notes") else None)


@pytest.mark.parametrize("example", NEAR_MISSES)
def test_near_misses_stay_silent(example):
    hits = [f"{f.rule}: {f.text!r}" for f in _report(example).findings
            if f.rule in CONDUCT_CHECKS]
    assert not hits


def test_the_new_checks_are_declared_with_reasons():
    checks = {c.id: c for c in all_checks()}
    for cid in ("tone.passive_aggressive", "tone.oversharing"):
        assert cid in checks and len(checks[cid].rationale) > 60, cid


@pytest.mark.parametrize(("line", "check_id", "limit"), [
    ("Whenever you get around to it, I would welcome an update.",
     "tone.passive_aggressive", 55),
    ("I'm sure you'll agree I am exactly what your team has been missing.",
     "tone.boastful", 70),
    ("Since my divorce I have barely slept, and my doctor has put me on new medication.",
     "tone.oversharing", 70),
])
def test_one_such_line_caps_an_otherwise_good_note(line, check_id, limit):
    notes = notes_from_dict(NOTES)
    text = GOOD_THANK_YOU.replace("I look forward", line + " I look forward")
    assert score(GOOD_THANK_YOU, notes).verdict == "ready"
    report = score(text, notes)
    assert report.overall <= limit and report.verdict != "ready"
    assert report.caps and report.caps[0].check_id == check_id


def test_one_brief_health_reason_is_not_oversharing():
    text = letter("I had a minor operation on Monday, so I may have missed your call. I "
                  "remain very interested in the analyst role.")
    report = score(Draft.from_text(text, kind="check_in"), None)
    assert "tone.oversharing" not in {f.rule for f in report.findings}


def test_a_life_story_is_flagged_detail_by_detail_and_capped_lower_for_each():
    text = letter("I grew up above my parents' shop. When I was nine my father left, and my "
                  "mother raised us alone. After high school I had my son at twenty.")
    report = score(Draft.from_text(text), None)
    found = [f.text for f in report.findings if f.rule == "tone.oversharing"]
    assert "I grew up" in found and "my father" in found and len(found) >= 4
    assert report.caps[0].check_id == "tone.oversharing" and report.verdict == "rewrite"


def test_without_notes_the_odd_company_out_is_flagged():
    text = letter("Thank you for the interview at Northwind Analytics. I enjoyed meeting "
                  "the Northwind Analytics team, and I would love to join Globex Partners.")
    report = score(Draft.from_text(text), None)
    found = [f for f in report.findings if f.rule == "personalization.other_company"]
    assert [f.text for f in found] == ["Globex Partners"]
    assert found[0].suggestion == "Northwind Analytics" and report.verdict == "rewrite"


def test_a_passive_aggressive_check_in_is_not_ready():
    text = letter("I assume my last note got buried under more important things. Whenever "
                  "you get around to it, a reply would be nice for a change.")
    report = score(Draft.from_text(text, kind="check_in"), None)
    assert report.verdict == "rewrite"


def _rules_output(*argv: str) -> str:
    out = io.StringIO()
    assert run(["rules", *argv], out=out) == 0
    return out.getvalue()


def test_rules_listing_shows_each_cap():
    caps = default_rules().policy.caps
    lines = {line.split()[0]: line for line in _rules_output().splitlines()
             if line.startswith("  ")}
    for check_id, limit in caps.items():
        assert f"(caps at {round(limit)}" in lines[check_id], check_id
    assert "caps at" not in lines["tone.slang"]
    assert "(caps at 55)" in lines["tone.passive_aggressive"]
    assert "(caps at 79, from a warning up)" in lines["concision.length"]


def test_rules_json_gives_the_cap_or_null(tmp_path):
    listed = {c["id"]: c for c in json.loads(_rules_output("--format", "json"))}
    assert listed["tone.hostile"]["cap"] == 45 and listed["tone.slang"]["cap"] is None
    assert listed["concision.length"]["cap_from"] == "warning"
    assert listed["tone.hostile"]["cap_from"] is None
    coach = tmp_path / "coach.yml"
    coach.write_text("thresholds:\n  score.caps: {tone.slang: 85}\n", encoding="utf-8")
    listed = {c["id"]: c for c in json.loads(_rules_output("--rules", str(coach), "--format",
                                                           "json"))}
    assert listed["tone.slang"]["cap"] == 85

