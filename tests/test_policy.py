"""One scoring policy: a coach's rules move the score, the send-by clock and the check-in
reminder together; the rules and phrase lists are frozen values."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest

from coachkit.compose import Composition, check_in_reminder
from coachkit.model import Draft
from coachkit.notes import notes_from_dict
from coachkit.scoring import score
from coachkit.scoring.aggregate import aggregate
from coachkit.scoring.phrases import PhraseList, _index
from coachkit.scoring.rules import default_rules, extend_rules, load_rules
from coachkit.timing import add_business_days, check_in_after, send_by
from samples import NOTES as NOTES_DICT

NOTES = notes_from_dict(NOTES_DICT)  # interview Fri 20 Nov 14:00, decision by Tue 1 Dec
SILENT = dataclasses.replace(NOTES, decision_by=None)
PACK = {"thresholds": {"timeliness.hours": {"thank_you": [12, 24, 36]},
                       "timeliness.check_in_business_days": [3, 8]}}
BODY = ("Dear Dana,\n\nThank you for the conversation about the operations analyst role. "
        "I enjoyed our talk about the warehouse dashboards.\n\nBest regards,\nJordan")


def _timeliness(rules, hours: float) -> int | None:
    sent = NOTES.interviewed_at + timedelta(hours=hours)
    draft = Draft(body=BODY, subject="Thank you", kind="thank_you", sent_at=sent)
    return score(draft, NOTES, rules=rules).categories["timeliness"]


def test_the_default_policy_holds_the_figures_of_the_rules_files():
    rules = default_rules()
    policy = rules.policy
    assert (policy.best_hours, policy.acceptable_hours) == (24, 48)
    assert tuple(rules.threshold("timeliness.hours")["thank_you"][:2]) == (24, 48)
    assert (policy.check_in_after_decision, policy.check_in_after_silence) == (1, 5)
    assert policy.word_band("thank_you") == tuple(rules.threshold("concision.length")["thank_you"])
    assert policy.category_label("personalization", short=True) == "Personal"
    assert policy.kind_label("check_in").phrase == "a check-in"


def test_a_rule_pack_moves_the_score_the_clock_and_the_reminder_together():
    pack = extend_rules(PACK, "coach pack")
    # the score: 20 hours is within the built-in day, past the pack's 12 hours
    assert _timeliness(None, 20) == 100
    assert _timeliness(pack, 20) < 100
    # the send-by clock
    assert send_by(NOTES).best_by == NOTES.interviewed_at + timedelta(hours=24)
    assert send_by(NOTES, pack).best_by == NOTES.interviewed_at + timedelta(hours=12)
    assert send_by(NOTES, pack).acceptable_by == NOTES.interviewed_at + timedelta(hours=24)
    # the check-in day and the reminder for it
    assert check_in_after(NOTES) == date(2026, 12, 2)
    assert check_in_after(NOTES, pack) == add_business_days(NOTES.decision_by, 3)
    assert check_in_reminder(NOTES, rules=pack)[0] == date(2026, 12, 4)
    assert check_in_after(SILENT, pack) == add_business_days(SILENT.interviewed_at.date(), 8)
    # the composer's clock
    composer = Composition(kind="check_in", notes=NOTES, rules=pack)
    assert "Friday 4 December" in composer.send_clock(datetime(2026, 12, 2))


def test_a_rules_file_moves_them_too(tmp_path):
    extra = tmp_path / "pack.yml"
    extra.write_text("thresholds:\n  timeliness.hours: {thank_you: [12, 24, 36]}\n"
                     "  timeliness.check_in_business_days: [3, 8]\n")
    rules = load_rules(extra)
    assert _timeliness(rules, 20) == _timeliness(extend_rules(PACK, "pack"), 20) < 100
    assert check_in_reminder(NOTES, rules=rules)[0] == date(2026, 12, 4)
    assert send_by(NOTES, rules).best_by.hour == 2


def test_explicit_days_still_win_over_the_policy():
    assert check_in_after(NOTES, after_decision=2) == date(2026, 12, 3)
    assert check_in_after(SILENT, after_silence=1) == date(2026, 11, 23)


def test_the_engine_scores_with_the_one_aggregation():
    rules = extend_rules({"thresholds": {"score.weakest_share": 0.9}}, "pack")
    for r in (default_rules(), rules):
        report = score(Draft.from_text(BODY + " ASAP!!"), NOTES, rules=r)
        judged = [c for c, v in report.categories.items() if v is not None]
        assert aggregate(report.findings, judged, r.policy) == (report.categories,
                                                                report.overall)


def test_rules_are_frozen_and_extending_them_makes_new_ones():
    base = default_rules()
    assert base is default_rules()
    with pytest.raises(dataclasses.FrozenInstanceError):
        base.vocabulary = frozenset()  # type: ignore[misc]
    with pytest.raises(TypeError):
        base.thresholds["tone.exclamations"] = 5  # type: ignore[index]
    with pytest.raises(TypeError):
        base.lists["tone.slang"] = PhraseList("tone.slang")  # type: ignore[index]
    assert isinstance(base.threshold("concision.length")["thank_you"], tuple)
    before = (dict(base.thresholds), base.lists["tone.slang"], base.policy)
    extended = extend_rules({"lists": {"tone.slang": ["synergy"]}, **PACK}, "pack")
    assert extended is not base
    assert (dict(base.thresholds), base.lists["tone.slang"], base.policy) == before
    assert len(extended.lists["tone.slang"].entries) == len(before[1].entries) + 1
    assert extended.lists["tone.pushy"] is base.lists["tone.pushy"]  # untouched: shared


def test_phrase_lists_are_frozen_and_share_their_index_by_content():
    slang = default_rules().lists["tone.slang"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        slang.entries = ()  # type: ignore[misc]
    assert isinstance(slang.entries, tuple)
    copy = PhraseList(slang.name, list(slang.entries))
    assert copy == slang and _index(copy) is _index(slang)
    # entries that differ only in how they are indexed get an index of their own
    plain = PhraseList(slang.name, [dataclasses.replace(e, follow=None) for e in slang.entries])
    assert plain != slang and _index(plain) is not _index(slang)


def test_an_exercise_keeps_its_rules_in_a_bounded_cache_keyed_by_its_pack():
    from workshop_helpers import panel

    from coachkit.workshop import exercise as exercise_module

    first, again = panel(), panel()
    assert first is not again and first.rules() is again.rules()
    assert not hasattr(exercise_module, "_RULES_CACHE")
    assert exercise_module._pack_rules.cache_info().maxsize is not None


def test_a_single_thank_you_figure_is_both_windows():
    rules = extend_rules({"thresholds": {"timeliness.hours": {"thank_you": [24]}}}, "one.yml")
    window = send_by(NOTES, rules)
    assert window.best_by == window.acceptable_by == NOTES.interviewed_at + timedelta(hours=24)
    assert _timeliness(rules, 30) is not None


def test_the_session_saves_the_reminder_the_rules_give(tmp_path):
    from coachkit.compose import ComposeSession

    rules = extend_rules(PACK, "coach.yml")
    session = ComposeSession(SILENT, journal=False, rules=rules)
    path, day = session.save_ics(tmp_path)
    assert day == check_in_after(SILENT, rules) == add_business_days(
        SILENT.interviewed_at.date(), 8)
    assert day.strftime("%Y%m%d") in path.read_text(encoding="utf-8")
