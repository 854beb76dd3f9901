"""The failure modes of real bad follow-ups, the polite drafts that come close to them, and
the false alarms fixed alongside (own employer, signature, quarters, tools, short replies)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from check_examples_real import MORE, NEAR_MISSES, REAL_MODE_CHECKS, Example

from coachkit import Draft, notes_from_dict, score
from coachkit.scoring import all_checks
from samples import NOTES


def _findings(example: Example) -> list[Any]:
    text, opts = (example, {}) if isinstance(example, str) else example
    sent = opts.get("sent_at")
    draft = Draft.from_text(text, kind=opts.get("kind", "thank_you"),
                            sent_at=datetime.fromisoformat(sent) if sent else None)
    notes = notes_from_dict(NOTES) if opts.get("notes") else None
    return list(score(draft, notes).findings)


@pytest.mark.parametrize("example", NEAR_MISSES)
def test_near_misses_stay_silent(example):
    hits = [f"{f.rule}: {f.text!r}" for f in _findings(example) if f.rule in REAL_MODE_CHECKS]
    assert not hits


@pytest.mark.parametrize("example", NEAR_MISSES)
def test_near_misses_have_no_error(example):
    # the examples are one or two sentences: only their length may be an error
    assert not [f.rule for f in _findings(example)
                if f.severity == "error" and f.rule != "concision.length"]


@pytest.mark.parametrize(("check_id", "example"),
                         [(c, ex) for c, t in MORE.items() for ex in t["fail"]])
def test_real_failure_modes_are_found(check_id, example):
    assert check_id in {f.rule for f in _findings(example)}


def test_new_checks_are_declared_with_reasons():
    checks = {c.id: c for c in all_checks()}
    for cid in ("tone.threat", "tone.gift", "tone.reproach", "tone.comparing",
                "tone.overeager", "tone.late_apology", "personalization.template"):
        assert cid in checks and len(checks[cid].rationale) > 40, cid


@pytest.mark.parametrize("text", ["you people are clowns", "thanks for nothing",
                                  "what a joke", "Wow, thanks."])
def test_very_short_insults_are_errors(text):
    hostile = [f for f in _findings((text, {"kind": "rejection_reply"}))
               if f.rule == "tone.hostile"]
    assert hostile and hostile[0].severity == "error"


def test_check_in_the_day_after_is_an_error_even_with_a_decision_date():
    text = "Dear Dana,\n\nIs there any news?\n\nBest,\nJordan"
    found = _findings((text, {"notes": True, "kind": "check_in",
                              "sent_at": "2026-11-21T09:00"}))
    timing = [f for f in found if f.rule == "timeliness.check_in"]
    assert [f.severity for f in timing] == ["error"]
    assert "day after" in timing[0].message


def test_check_in_a_week_later_is_not_chasing():
    text = "Dear Dana,\n\nIs there any news?\n\nBest,\nJordan"
    found = _findings((text, {"kind": "check_in", "notes": True,
                              "sent_at": "2026-12-03T09:00"}))
    assert not [f for f in found if f.rule == "timeliness.check_in"]


def test_impersonal_greeting_warns_when_the_notes_name_the_interviewer():
    text = "To whom it may concern,\n\nThank you for the interview.\n\nBest,\nJordan"
    with_notes = [f for f in _findings((text, {"notes": True}))
                  if f.rule == "personalization.impersonal_greeting"]
    without = [f for f in _findings(text) if f.rule == "personalization.impersonal_greeting"]
    assert [f.severity for f in with_notes] == ["warning"]
    assert "Dana Whitfield" in with_notes[0].message
    assert [f.severity for f in without] == ["suggestion"]


def test_gracious_two_sentence_rejection_reply_is_complete():
    text = ("Dear Dana,\n\nThank you for letting me know, and for your time throughout. I "
            "enjoyed meeting the team and hope our paths cross again.\n\nBest regards,\nJordan")
    rules = {f.rule for f in _findings((text, {"notes": True, "kind": "rejection_reply"}))}
    assert "concision.length" not in rules


def test_signature_block_company_is_the_writers_own():
    text = ("Dear Dana,\n\nThank you for the interview at Northwind Analytics.\n\n"
            "Best regards,\nJordan Lee\nSenior Analyst\nAcme Logistics\n"
            "jordan@example.com\n555 0100\nlinkedin.com/in/jordan")
    assert not [f for f in _findings((text, {"notes": True}))
                if f.rule == "personalization.other_company"]


def test_pasted_company_is_still_found():
    text = "Dear Dana,\n\nI am excited about the team at Initech in Q3.\n\nBest,\nJordan"
    hits = [f.text for f in _findings((text, {"notes": True}))
            if f.rule == "personalization.other_company"]
    assert hits == ["Initech"]


def test_a_long_signature_keeps_its_sign_off():
    text = ("Dear Dana,\n\nThank you for the interview at Northwind Analytics.\n\n"
            "Best regards,\nJordan Lee\nSenior Analyst\nAcme Logistics\n"
            "jordan@example.com\n555 0100\nlinkedin.com/in/jordan")
    rules = {f.rule for f in _findings((text, {"notes": True}))}
    assert "correctness.signoff" not in rules
    # a name under the body, with no sign-off and no closing line of thanks above it
    bare = "Dear Dana,\n\nI enjoyed the interview.\nJordan Lee\nAcme Logistics"
    assert "correctness.signoff" in {f.rule for f in _findings(bare)}


def test_a_pasted_company_after_work_words_is_still_found():
    text = "Dear Dana,\n\nI would love to build reports for Initech.\n\nBest,\nJordan"
    assert [f.text for f in _findings((text, {"notes": True}))
            if f.rule == "personalization.other_company"] == ["Initech"]
