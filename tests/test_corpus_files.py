"""Checks on the evaluation corpus itself (tests/corpus), independent of coachkit."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

CORPUS = Path(__file__).parent / "corpus"
KINDS = ("thank_you", "check_in", "rejection_reply", "additional_info")
QUALITIES = ("good", "bad")
NOTES_KEYS = (
    "company",
    "role",
    "interviewers",
    "interviewed_at",
    "topics",
    "concerns",
    "decision_by",
)
WORD_BANDS = {
    "thank_you": (90, 190),
    "check_in": (60, 140),
    "rejection_reply": (50, 140),
    "additional_info": (80, 200),
}
GOOD_COUNTS = {"thank_you": 32, "check_in": 29, "rejection_reply": 27, "additional_info": 22}
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
PLACEHOLDER = re.compile(r"\[[A-Z][^\]]*\]|\{+\w+\}+|<[A-Z][\w ]*>")
STOPWORDS = frozenset({"about", "after", "with", "from", "that", "this", "into", "your", "their"})
SEEDS = tuple(range(12))


def _load_seed_module() -> ModuleType:
    """Import tests/corpus/seed.py under a private name."""
    spec = importlib.util.spec_from_file_location("corpus_seed", CORPUS / "seed.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while decorating
    spec.loader.exec_module(module)
    return module


seed = _load_seed_module()


def _index() -> list[dict[str, Any]]:
    """Return the parsed index entries."""
    return yaml.safe_load((CORPUS / "index.yaml").read_text(encoding="utf-8"))


def _notes(scenario: str) -> dict[str, Any]:
    """Return the parsed notes of one scenario."""
    return yaml.safe_load((CORPUS / "notes" / f"{scenario}.yml").read_text(encoding="utf-8"))


def _text(entry: dict[str, Any]) -> str:
    """Return the draft text of an index entry."""
    return (CORPUS / entry["file"]).read_text(encoding="utf-8")


def _split(text: str) -> tuple[str | None, str]:
    """Split a draft into (subject or None, body)."""
    if text.startswith("Subject:"):
        subject, _, body = text.partition("\n")
        return subject.removeprefix("Subject:").strip(), body
    return None, text


def _lines(text: str) -> list[str]:
    """Return the non-empty, stripped lines of the body."""
    return [line.strip() for line in _split(text)[1].splitlines() if line.strip()]


INDEX = _index()
GOOD = [e for e in INDEX if e["quality"] == "good"]
BAD = [e for e in INDEX if e["quality"] == "bad"]
SCENARIOS = sorted(p.stem for p in (CORPUS / "notes").glob("*.yml"))


# --- index ------------------------------------------------------------------


def test_index_ids_are_unique_and_match_files() -> None:
    ids = [e["id"] for e in INDEX]
    assert len(ids) == len(set(ids))
    for e in INDEX:
        assert Path(e["file"]).stem == e["id"]
        assert (CORPUS / e["file"]).is_file(), e["file"]


def test_every_draft_file_is_indexed() -> None:
    indexed = {e["file"] for e in INDEX}
    on_disk = {p.relative_to(CORPUS).as_posix() for p in (CORPUS / "drafts").glob("*.txt")}
    assert on_disk == indexed


@pytest.mark.parametrize("entry", INDEX, ids=lambda e: e["id"])
def test_index_entry_fields(entry: dict[str, Any]) -> None:
    assert entry["kind"] in KINDS
    assert entry["quality"] in QUALITIES
    assert entry["scenario"] in SCENARIOS
    assert isinstance(entry["sent_hours"], int | float) and entry["sent_hours"] >= 0
    if entry["quality"] == "bad":
        assert entry["why"] and all(isinstance(w, str) and w for w in entry["why"])
    else:
        assert "why" not in entry


def test_corpus_size_and_mix() -> None:
    assert Counter(e["kind"] for e in GOOD) == GOOD_COUNTS
    assert len(BAD) == 127
    assert set(Counter(e["kind"] for e in BAD)) == set(KINDS)
    assert {e["scenario"] for e in GOOD} == set(SCENARIOS)


# --- notes ------------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_notes_parse_with_required_keys(scenario: str) -> None:
    notes = _notes(scenario)
    assert set(NOTES_KEYS) <= set(notes)
    assert isinstance(notes["company"], str) and notes["company"]
    assert isinstance(notes["role"], str) and notes["role"]
    assert 1 <= len(notes["interviewers"]) <= 3
    assert all(isinstance(p, str) and len(p.split()) >= 2 for p in notes["interviewers"])
    assert 2 <= len(notes["topics"]) <= 4
    assert 0 <= len(notes["concerns"]) <= 2
    interviewed = datetime.fromisoformat(str(notes["interviewed_at"]))
    decision = notes["decision_by"]
    assert isinstance(decision, date)
    assert (interviewed.year, interviewed.month) == (decision.year, decision.month) == (2026, 11)
    assert decision > interviewed.date()


def test_scenarios_are_varied() -> None:
    notes = [_notes(s) for s in SCENARIOS]
    assert len(notes) == 10
    assert len({n["company"] for n in notes}) == 10
    assert {len(n["interviewers"]) for n in notes} == {1, 2, 3}
    assert {len(n["concerns"]) for n in notes} == {0, 1, 2}


# --- drafts -----------------------------------------------------------------


@pytest.mark.parametrize("entry", INDEX, ids=lambda e: e["id"])
def test_draft_layout(entry: dict[str, Any]) -> None:
    text = _text(entry)
    assert text.strip() and text.endswith("\n") and "\r" not in text
    if text.startswith("Subject:"):
        assert text.split("\n")[1] == "", "the subject line is followed by a blank line"


@pytest.mark.parametrize("entry", GOOD, ids=lambda e: e["id"])
def test_good_draft_shape(entry: dict[str, Any]) -> None:
    text = _text(entry)
    lines = _lines(text)
    greeting, sign_off, name = lines[0], lines[-2], lines[-1]
    assert greeting.endswith(",") and len(greeting.split()) <= 10
    assert sign_off.endswith(",") and len(sign_off.split()) <= 5
    assert 2 <= len(name.split()) <= 4 and all(w[0].isupper() for w in name.split())
    low, high = WORD_BANDS[entry["kind"]]
    # a 10-word margin keeps the draft in its band however a scorer counts words
    assert low + 10 <= len(WORD.findall(_split(text)[1])) <= high - 10


@pytest.mark.parametrize("entry", GOOD, ids=lambda e: e["id"])
def test_good_draft_is_specific(entry: dict[str, Any]) -> None:
    text, notes = _text(entry), _notes(entry["scenario"])
    assert notes["company"] in text
    assert notes["role"].lower() in text.lower()
    names = {part for person in notes["interviewers"] for part in person.split()}
    assert any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)
    stems = {
        w.lower()[:5]
        for phrase in notes["topics"] + notes["concerns"]
        for w in WORD.findall(phrase)
        if len(w) >= 4 and w.lower() not in STOPWORDS
    }
    words = {w.lower()[:5] for w in WORD.findall(text)}
    assert stems & words, "takes up at least one topic or concern"


@pytest.mark.parametrize("entry", GOOD, ids=lambda e: e["id"])
def test_good_draft_has_none_of_the_seeded_faults(entry: dict[str, Any]) -> None:
    text = _text(entry)
    assert not PLACEHOLDER.search(text)
    assert not any(c in text for c in seed.WRONG_COMPANIES)
    phrases = seed.SLANG + seed.PUSHY + seed.DESPERATE + seed.PADDING
    assert not any(p in text for p in phrases)
    assert not re.search(r"\b(\w+) \1\b", text, re.IGNORECASE)
    assert not re.search(r"\bASAP\b|\blol\b|!!", text)
    if entry["kind"] == "rejection_reply":
        assert "reconsider" not in text.lower()


def test_good_timing() -> None:
    for e in GOOD:
        notes = _notes(e["scenario"])
        sent = datetime.fromisoformat(notes["interviewed_at"]) + timedelta(hours=e["sent_hours"])
        if e["kind"] == "thank_you":
            assert e["sent_hours"] <= 48, e["id"]
        if e["kind"] == "check_in":
            assert sent.date() > notes["decision_by"], e["id"]
    thank_yous = [e["sent_hours"] for e in GOOD if e["kind"] == "thank_you"]
    assert sum(2 <= h <= 22 for h in thank_yous) >= len(thank_yous) - 2


# --- seed_defects -----------------------------------------------------------


def _cases() -> list[tuple[str, str, dict[str, Any]]]:
    """Return (id, text, notes) for every good draft."""
    return [(e["id"], _text(e), _notes(e["scenario"])) for e in GOOD]


CASES = _cases()


def test_variant_lists_are_long_enough() -> None:
    for phrases in (seed.SLANG, seed.PUSHY, seed.DESPERATE, seed.PADDING):
        assert len(set(phrases)) >= 12
    assert len(seed.WRONG_COMPANIES) >= 8


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0])
def test_seed_defects_spans(case: tuple[str, str, dict[str, Any]]) -> None:
    _, text, notes = case
    for s in SEEDS:
        variants = seed.seed_defects(text, notes, random.Random(s))
        assert [v.defect for v in variants] == list(seed.DEFECTS)
        for v in variants:
            assert v.category == seed.DEFECTS[v.defect]
            assert 0 <= v.start <= v.end <= len(v.text)
            if v.defect == "late":
                assert (v.text, v.start, v.end) == (text, 0, 0)
                continue
            assert v.start < v.end, v.defect
            assert v.text != text
            assert v.text[v.start : v.end] != text[v.start : v.end], v.defect


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0])
def test_seed_defects_content(case: tuple[str, str, dict[str, Any]]) -> None:
    _, text, notes = case
    names = {w.lower() for p in notes["interviewers"] for w in p.split()}
    for s in SEEDS:
        got = {v.defect: v for v in seed.seed_defects(text, notes, random.Random(s))}
        span = {d: v.text[v.start : v.end] for d, v in got.items()}

        typo = got["typo"]
        assert span["typo"].isalpha() and span["typo"].islower() and len(span["typo"]) >= 4
        assert span["typo"] not in names
        assert span["typo"] not in set(re.findall(r"[a-z]+", text.lower()))
        assert _lines(typo.text)[0] == _lines(text)[0]
        assert _lines(typo.text)[-2:] == _lines(text)[-2:]

        first, _, second = span["repeated_word"].partition(" ")
        assert first.lower() == second.lower()

        assert PLACEHOLDER.fullmatch(span["placeholder"])
        assert span["wrong_company"] in seed.WRONG_COMPANIES
        assert span["wrong_company"] != notes["company"]
        assert got["wrong_company"].text.count(notes["company"]) == text.count(notes["company"]) - 1

        assert span["slang"] in seed.SLANG
        assert span["pushy"] in seed.PUSHY
        assert span["desperate"] in seed.DESPERATE
        assert span["padding"] in seed.PADDING
        assert span["shouting"].isupper() and len(span["shouting"].split()) >= 3

        for d in set(got) - {"placeholder", "wrong_company"}:
            edges = _lines(got[d].text)
            assert (edges[0], edges[-2:]) == (_lines(text)[0], _lines(text)[-2:]), d
            for name in [notes["company"], notes["role"], *notes["interviewers"]]:
                before, after = (
                    text.lower().count(name.lower()),
                    got[d].text.lower().count(name.lower()),
                )
                assert after == before, (d, name)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0])
def test_inserted_sentences_sit_at_body_sentence_boundaries(
    case: tuple[str, str, dict[str, Any]],
) -> None:
    _, text, notes = case
    for s in SEEDS:
        for v in seed.seed_defects(text, notes, random.Random(s)):
            if v.defect not in ("slang", "pushy", "desperate", "padding") and not (
                v.defect == "shouting" and len(v.text) > len(text)
            ):
                continue
            assert v.text[v.start - 2 : v.start] == ". ", v.defect
            assert v.text[: v.start] + v.text[v.end + 1 :] == text
            line = v.text[v.text.rfind("\n", 0, v.start) + 1 :].split("\n")[0]
            lines = _lines(v.text)
            assert line.strip() not in (lines[0], lines[-2], lines[-1])
            before = v.text[: v.start - 1]
            assert not re.match(r"\s*(\d+\.|[-*]) ?$", before.split("\n")[-1])
            assert not re.search(r"\b(?:Mr|Ms|Mrs|Dr|St|[ap]\.m)\.$", before), v.defect


def test_seeds_never_touch_greeting_or_sign_off() -> None:
    text = (
        "Subject: Thanks\n\nGood morning hiring committee members,\n\n"
        "Thank you for the interview at Initrode today. I enjoyed the warehouse tour. "
        "The forklift audits sounded useful.\n\nI look forward to hearing from you.\n\n"
        "With warmest regards and thanks,\nJordan Reyes\n"
    )
    notes = {"company": "Initrode", "role": "Analyst", "interviewers": ["Dana Whitfield"]}
    for s in range(60):
        for v in seed.seed_defects(text, notes, random.Random(s)):
            lines = _lines(v.text)
            assert lines[0] == "Good morning hiring committee members,", v.defect
            assert lines[-2:] == ["With warmest regards and thanks,", "Jordan Reyes"], v.defect


def test_seed_defects_is_deterministic() -> None:
    for _, text, notes in CASES:
        first = seed.seed_defects(text, notes, random.Random(42))
        assert seed.seed_defects(text, notes, random.Random(42)) == first


def test_seed_defects_varies_with_the_seed() -> None:
    _, text, notes = CASES[0]
    seen = {
        d: {v.text for v in (seed.seed_defect(d, text, notes, random.Random(s)) for s in range(30))}
        for d in seed.DEFECTS
    }
    assert all(len(texts) >= 3 for d, texts in seen.items() if d != "late")


def test_seed_defect_rejects_unknown_names() -> None:
    with pytest.raises(ValueError, match="unknown defect"):
        seed.seed_defect("nonsense", "Hi.", {}, random.Random(0))
