"""Demo participants for rehearsing a workshop: deterministic, varied, readable, and with
the slips a real room makes (each one caught by the scorer)."""

from __future__ import annotations

import re
import socket
from collections import Counter
from pathlib import Path

import pytest

from coachkit import Draft, score
from coachkit.compose import guide_for
from coachkit.workshop import Cohort, WorkshopFolder, load_exercise
from coachkit.workshop.demo import SLIPS, demo_drafts, submit_demo
from coachkit.workshop.exercise import exercise_from_dict

ROOT = Path(__file__).resolve().parents[1]
THANK_YOU = ROOT / "data" / "exercises" / "thank_you_panel.yml"
REJECTION = ROOT / "data" / "exercises" / "rejection_reply_graceful.yml"
CAUGHT_BY = {"misspelling": "correctness.spelling", "avoided_phrase": "tone.avoid",
             "pushy": "tone.pushy", "name_misspelt": "personalization.name_spelling",
             "exclamations": "tone.exclamation"}


def _exercise(kind: str):
    return exercise_from_dict({
        "title": f"Practice {kind}", "kind": kind, "minutes": 10,
        "scenario": {"company": "Acme Widgets", "role": "Data Analyst",
                     "interviewers": ["Dana Whitfield"], "interviewed_at": "2026-11-20T14:00",
                     "topics": ["the pricing model"], "concerns": ["no SQL"],
                     "decision_by": "2026-12-01"}})


def _report(exercise, d):
    return score(Draft(body=d["body"], subject=d["subject"], kind=exercise.kind,
                       sent_at=exercise.sent_at), exercise.scenario, rules=exercise.rules())


def test_same_seed_same_room_and_a_smaller_room_is_a_prefix():
    exercise = load_exercise(THANK_YOU)
    room = demo_drafts(exercise, 12, seed=3)
    assert room == demo_drafts(exercise, 12, seed=3)
    assert demo_drafts(exercise, 5, seed=3) == room[:5]
    assert demo_drafts(exercise, 12, seed=4) != room
    assert demo_drafts(exercise, 0) == []
    with pytest.raises(ValueError):
        demo_drafts(exercise, -1)


def test_works_offline(monkeypatch):
    def no_network(*_a, **_k):
        raise OSError("network blocked in this test")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    assert len(demo_drafts(load_exercise(REJECTION), 8, seed=1)) == 8


def test_drafts_are_varied_and_signed_by_their_sender():
    exercise = load_exercise(THANK_YOU)
    room = demo_drafts(exercise, 40, seed=0)
    assert [d["code"] for d in room[:3]] == ["demo-01", "demo-02", "demo-03"]
    assert len({d["body"] for d in room}) == 40
    assert len({d["sender"] for d in room}) == 40
    assert len({d["sender"].split()[0] for d in room}) >= 30
    assert len({d["subject"] for d in room}) >= 3
    interviewers = {w for p in exercise.scenario.interviewers for w in p.split()}
    for d in room:
        assert set(d) >= {"code", "sender", "subject", "body", "parts", "slips"}
        assert not set(d["sender"].split()) & interviewers
        tail = d["body"].rstrip().splitlines()[-2:]
        assert d["sender"] in tail, d["body"]  # the sign-off carries the name
        assert "{" not in d["body"] and "[Your name]" not in d["body"]
        assert set(d["parts"]) <= set(guide_for(exercise.kind).ids)
        assert all(text.strip() in d["body"] for text in d["parts"].values())
    with_email = [d for d in room if re.search(r"@example\.(com|org|net)\s*$", d["body"])]
    assert 3 <= len(with_email) <= 30
    slips = Counter(s for d in room for s in d["slips"])
    assert set(slips) == set(SLIPS)
    assert any(not d["slips"] for d in room)  # some drafts are clean
    assert max(len(d["slips"]) for d in room) >= 2


@pytest.mark.parametrize("exercise", [load_exercise(THANK_YOU), load_exercise(REJECTION),
                                      _exercise("check_in"), _exercise("additional_info")],
                         ids=lambda e: e.kind)
def test_every_slip_is_a_finding_the_board_can_teach(exercise):
    room = demo_drafts(exercise, 30, seed=2)
    seen = Counter()
    for d in room:
        rules = {f.rule for f in _report(exercise, d).findings}
        for slip in d["slips"]:
            seen[slip] += 1
            if slip in CAUGHT_BY:
                assert CAUGHT_BY[slip] in rules, (slip, d["body"])
            if slip == "ramble":
                assert rules & {"concision.length", "concision.long_sentence"}, d["body"]
        assert "{" not in d["body"] and d["sender"] in d["body"]
    if not exercise.pack.avoid:
        assert "avoided_phrase" not in seen
    assert len(seen) >= 5


def test_submissions_are_readable_with_revisions(tmp_path):
    folder = WorkshopFolder.create(tmp_path / "room", THANK_YOU)
    paths = submit_demo(folder, 20, seed=2)
    assert all(p.is_file() for p in paths)
    scan = folder.scan()
    assert scan.problems == ()
    assert len(scan.submissions) == len(paths) > 20  # some participants submitted twice
    assert len(scan.latest) == 20
    twice = [s for s in scan.latest if s.revision == 2]
    assert twice
    first = folder.history(twice[0].participant)[0]
    assert first.body != twice[0].body and first.submitted_at < twice[0].submitted_at
    expected = {d["code"]: d for d in demo_drafts(folder.exercise(), 20, seed=2)}
    for sub in scan.latest:
        d = expected[sub.participant]
        assert (sub.sender, sub.subject, sub.body, sub.parts) == \
            (d["sender"], d["subject"], d["body"], d["parts"])


def test_scores_vary_across_the_room(tmp_path):
    folder = WorkshopFolder.create(tmp_path / "room", REJECTION)
    submit_demo(folder, 24, seed=1)
    cohort = Cohort.from_folder(folder, workers=1)
    scores = cohort.scores()
    assert cohort.participants == 24
    assert len(set(scores)) >= 6
    assert max(scores) - min(scores) >= 10
    moments = cohort.teaching_moments()
    assert (moments["participants"] >= 2).sum() >= 3  # shared slips to talk about
