"""The verdict: bands from the policy, caps that hold a draft with a grave finding down and
say why, a coach's pack that moves both, and the JSON that carries them."""

from __future__ import annotations

import json

import pytest

from coachkit.errors import RulesError
from coachkit.model import Cap, Finding
from coachkit.notes import notes_from_dict
from coachkit.scoring import extend_rules, score
from coachkit.scoring.aggregate import assess, caps_for, product_score
from coachkit.scoring.rules import default_rules
from coachkit.scoring.rules import extend_rules as extend_unchecked
from samples import GOOD_THANK_YOU, NOTES

JUDGED = ("personalization", "concision", "correctness", "tone")
HOSTILE = GOOD_THANK_YOU.replace("I look forward", "Frankly, your process is broken. I look "
                                 "forward")


def _f(rule: str, severity: str = "warning", why: str | None = "why it matters") -> Finding:
    return Finding(rule, rule.split(".")[0], severity, 0, 1, "x", f"{rule} message", why=why)


@pytest.mark.parametrize(("overall", "verdict"), [
    (100, "ready"), (80, "ready"), (79, "revise"), (60, "revise"), (59, "rewrite"), (0, "rewrite"),
])
def test_verdict_for_uses_the_default_bands(overall, verdict):
    assert default_rules().policy.verdict_for(overall) == verdict


def test_the_default_caps_are_the_documented_ones():
    assert dict(default_rules().policy.caps) == {
        "tone.hostile": 45, "tone.arguing": 50, "tone.pushy": 70, "tone.desperate": 70,
        "correctness.placeholder": 55, "personalization.other_company": 55,
        "tone.threat": 40, "tone.gift": 40, "tone.reproach": 55, "tone.comparing": 55,
        "tone.overeager": 75, "personalization.template": 55,
        "tone.passive_aggressive": 55, "tone.boastful": 70, "tone.oversharing": 70,
        "tone.overfamiliar": 70, "tone.badmouthing": 70, "tone.confidential": 45,
        "personalization.basic_questions": 75, "personalization.impersonal_greeting": 79,
        "personalization.greeting_name": 79, "personalization.role_title": 70,
        "personalization.interview_day": 79,
        "personalization.template_signal": 78, "tone.wording_model": 79,
        "tone.lapse_model": 79,
        "correctness.greeting": 79,
        "correctness.signoff": 79, "correctness.missing_below": 79, "concision.jargon": 79,
        "correctness.cut_off": 79,
        "correctness.sentence_case": 79,
        "personalization.topic": 79, "tone.emoji": 79, "tone.late_apology": 79,
        "concision.length": 79}
    assert default_rules().policy.cap_step == 10
    assert dict(default_rules().policy.cap_from) == {
        "concision.length": "warning", "tone.emoji": "warning",
        "personalization.impersonal_greeting": "warning", "correctness.signoff": "warning",
        "personalization.other_company": "warning", "personalization.greeting_name": "warning"}


def test_a_check_in_cap_from_caps_only_from_that_severity():
    policy = default_rules().policy
    slightly_long = assess([_f("concision.length", "suggestion")], JUDGED, policy)
    assert slightly_long.caps == () and slightly_long.verdict == "ready"
    for severity in ("warning", "error"):
        far = caps_for([_f("concision.length", severity)], policy, 95)
        assert [(c.check_id, c.limit) for c in far] == [("concision.length", 79)]
    # checks left out of cap_from cap at any severity
    assert caps_for([_f("tone.pushy", "suggestion")], policy, 95)[0].limit == 70
    anything = extend_rules({"thresholds": {"score.cap_from": {"concision.length":
                                                                "suggestion"}}}, "pack")
    assert caps_for([_f("concision.length", "suggestion")], anything.policy, 95)


def test_a_name_alone_at_the_end_is_signed_but_no_sign_off_at_all_caps():
    body = ("Dear Hannah,\n\nThank you so much for the interview yesterday for the Events "
            "Coordinator role at Maple & Finch. I loved hearing about the riverside summer "
            "series and how your team coordinates forty vendors with one shared calendar. "
            "I'd be excited to help plan next year's series.")
    named = score(body + "\n\nTom Okafor")
    signoff = [f for f in named.findings if f.rule == "correctness.signoff"]
    assert [(f.severity, f.text) for f in signoff] == [("suggestion", "Tom Okafor")]
    assert named.verdict == "ready" and not named.caps
    unsigned = score(body)
    assert [c.check_id for c in unsigned.caps] == ["correctness.signoff"]
    assert unsigned.verdict == "revise"


def test_a_brief_specific_thank_you_stays_ready():
    report = score("Dear Hannah,\n\nThank you so much for the interview yesterday for the "
                   "Events Coordinator role at Maple & Finch. I loved hearing about the "
                   "riverside summer series and how your team coordinates forty vendors with "
                   "one shared calendar. I'd be excited to help plan next year's series."
                   "\n\nWarm regards,\nTom Okafor")
    length = [f for f in report.findings if f.rule == "concision.length"]
    assert length and length[0].severity == "suggestion"
    assert report.verdict == "ready" and not report.caps


def test_a_very_short_specific_thank_you_stays_ready():
    """32 words that name the company, the role and a topic: brief, not unfinished."""
    report = score("Dear Ms. Reyes,\n\nThank you for your time this afternoon. I enjoyed "
                   "hearing how Harbor & Pine plans holiday staffing around the Saturday "
                   "peaks, and I would love to help as Assistant Store Manager.\n\n"
                   "Best regards,\nDevon")
    length = [f for f in report.findings if f.rule == "concision.length"]
    assert length and length[0].severity == "suggestion"
    assert report.verdict == "ready"


def test_a_one_line_thank_you_is_not_ready():
    report = score("Dear Ms. Reyes,\n\nThanks for the interview today.\n\nBest,\nDevon")
    length = [f for f in report.findings if f.rule == "concision.length"]
    assert length and length[0].severity == "error"
    assert report.verdict != "ready"


def test_a_rambling_note_far_past_the_band_is_not_ready():
    body = " ".join(f"We talked about the rollout of the new scanners at the Reno hub, and "
                    f"I described how I trained shift {i} before go-live." for i in range(16))
    report = score(f"Dear Ms. Ortiz,\n\n{body}\n\nBest regards,\nSam Lee")
    length = [f for f in report.findings if f.rule == "concision.length"]
    assert length and length[0].severity == "warning"
    assert report.verdict == "revise"
    assert report.caps[0].check_id == "concision.length" and report.overall == 79


def test_each_further_finding_of_a_capped_check_lowers_its_cap():
    policy = default_rules().policy
    pushy = [_f("tone.pushy"), _f("tone.pushy", "suggestion"), _f("tone.pushy")]
    result = assess(pushy, JUDGED, policy)
    assert (result.overall, result.verdict) == (50, "rewrite")
    assert [(c.check_id, c.limit) for c in result.caps] == [("tone.pushy", 50)]
    # one pushy line and one begging line: each check keeps its own count
    mixed = assess([_f("tone.pushy"), _f("tone.desperate")], JUDGED, policy)
    assert mixed.overall == 70 and len(mixed.caps) == 2
    # never below zero, and a pack can turn the step off
    assert caps_for([_f("tone.threat", "error")] * 9, policy, 100)[0].limit == 0
    flat = extend_unchecked({"thresholds": {"score.cap_step": 0}}, "pack").policy
    assert caps_for(pushy, flat, 100)[0].limit == 70


def test_a_cap_step_outside_0_to_100_is_refused():
    with pytest.raises(RulesError, match="cap_step"):
        extend_rules({"thresholds": {"score.cap_step": 150}}, "pack")


def test_a_capped_finding_holds_the_score_down_and_says_why():
    policy = default_rules().policy
    result = assess([_f("tone.pushy")], JUDGED, policy, titles={"tone.pushy": "Pushy phrasing"})
    assert result.overall == 70 and result.verdict == "revise"
    assert result.caps == (Cap("tone.pushy", "pushy phrasing", 70, "why it matters"),)


def test_the_lowest_cap_wins_and_only_it_is_named():
    policy = default_rules().policy
    findings = [_f("tone.pushy"), _f("tone.hostile", "error"), _f("tone.desperate")]
    result = assess(findings, JUDGED, policy)
    assert result.overall == 45 and result.verdict == "rewrite"
    assert [c.check_id for c in result.caps] == ["tone.hostile"]
    assert result.caps[0].label == "tone.hostile message"  # no title: the finding's message


def test_a_cap_above_the_score_is_not_recorded():
    policy = default_rules().policy
    many = [_f("correctness.spelling", "error")] * 4 + [_f("tone.pushy")]
    result = assess(many, JUDGED, policy)
    assert result.overall < 70 and result.caps == ()
    assert caps_for(many, policy, 100)[0].limit == 70


def test_an_empty_draft_is_rewrite_and_never_capped():
    result = assess([_f("tone.hostile", "error")], JUDGED, default_rules().policy, empty=True)
    assert (result.overall, result.verdict, result.caps) == (0, "rewrite", ())


def test_the_product_lets_every_weak_category_count():
    cats = {"timeliness": None, "personalization": 80, "concision": 80, "correctness": 100,
            "tone": 100}
    assert product_score(cats, {}) == 64
    assert product_score({**cats, "timeliness": 65}, {"timeliness": 0.4}) == round(
        64 * 0.65 ** 0.4)
    assert product_score({"tone": None}, {}) == 0


def test_the_engine_reports_verdict_and_caps():
    notes = notes_from_dict(NOTES)
    good = score(GOOD_THANK_YOU, notes)
    assert good.verdict == "ready" and good.caps == ()
    bad = score(HOSTILE, notes)
    assert bad.overall <= 45 and bad.verdict == "rewrite"
    cap = bad.caps[0]
    assert (cap.check_id, cap.limit) == ("tone.hostile", 45)
    assert cap.label == "complaining, accusing or sarcastic phrasing"
    assert cap.reason


def test_the_json_carries_verdict_and_capped_by():
    report = score(HOSTILE, notes_from_dict(NOTES))
    obj = json.loads(json.dumps(report.to_dict()))
    assert obj["verdict"] == "rewrite"
    assert obj["capped_by"] == [{"check": "tone.hostile",
                                 "label": "complaining, accusing or sarcastic phrasing",
                                 "limit": 45}]
    assert score(GOOD_THANK_YOU).to_dict()["capped_by"] == []


def test_a_pack_moves_the_bands_and_the_caps():
    notes = notes_from_dict(NOTES)
    strict = extend_rules({"thresholds": {"score.verdict": {"ready": 95},
                                          "score.caps": {"tone.hostile": 20}}}, "pack")
    assert strict.policy.verdict_bands == (95, 60)  # revise kept from the built-in rules
    assert strict.policy.caps["tone.pushy"] == 70  # the other caps kept
    hostile = score(HOSTILE, notes, rules=strict)
    assert hostile.overall == 20 and hostile.caps[0].limit == 20
    lenient = extend_rules({"thresholds": {"score.caps": {"tone.hostile": 100}}}, "pack")
    assert score(HOSTILE, notes, rules=lenient).caps == ()


@pytest.mark.parametrize(("thresholds", "message"), [
    ({"score.verdict": {"ready": 50, "revise": 70}}, "revise (70) is above ready (50)"),
    ({"score.verdict": {"ready": 120}}, "thresholds.score.verdict.ready: expected a number "
                                         "from 0 to 100 (got 120)"),
    ({"score.verdict": {"send": 80}}, "unknown key 'send'"),
    ({"score.verdict": [80, 60]}, "expected a mapping of verdicts"),
    ({"score.caps": {"tone.hostile": -5}}, "score.caps.tone.hostile: expected a number from 0 "
                                            "to 100 (got -5)"),
    ({"score.caps": {"tone.pushy": "low"}}, "score.caps.tone.pushy: expected a number"),
    ({"score.caps": [45]}, "expected a mapping of check ids"),
    ({"score.combine": "max"}, "expected product or mean"),
    ({"score.cap_from": {"concision.length": "loud"}},
     "score.cap_from.concision.length: expected one of error, warning, suggestion"),
    ({"score.cap_from": ["concision.length"]}, "expected a mapping of check ids to the "
                                               "mildest severity"),
])
def test_bad_bands_and_caps_are_clear_errors(thresholds, message):
    with pytest.raises(RulesError) as err:
        extend_rules({"thresholds": thresholds}, "pack.yml")
    assert message in str(err.value)
    assert "pack.yml: thresholds.score." in str(err.value)


def test_unknown_check_ids_in_caps_are_errors_only_when_the_ids_are_known():
    pack = {"thresholds": {"score.caps": {"tone.hostil": 30}}}
    with pytest.raises(RulesError) as err:
        extend_rules(pack, "pack.yml")
    assert "no check 'tone.hostil' to cap; did you mean 'tone.hostile'" in str(err.value)
    assert extend_unchecked(pack, "pack.yml").policy.caps["tone.hostil"] == 30
    with pytest.raises(RulesError, match=r"no check 'concision\.lenght' to cap; did you mean"):
        extend_rules({"thresholds": {"score.cap_from": {"concision.lenght": "warning"}}},
                     "pack.yml")


def test_the_mean_is_still_there_for_a_coach_who_wants_it():
    mean = extend_rules({"thresholds": {"score.combine": "mean"}}, "pack")
    findings = [_f("tone.slang"), _f("correctness.spelling")]
    judged = ("personalization", "concision", "correctness", "tone")
    assert assess(findings, judged, mean.policy).overall > \
        assess(findings, judged, default_rules().policy).overall


def test_one_smiley_costs_a_point_and_two_cap():
    body = ("Thank you for the tour of the roastery and for the cold brew sample{} I keep "
            "thinking about your plan to film the roasting for Instagram, and I would love "
            "to build the SEO content calendar around it as Content Marketing Manager.")
    one = score(f"Dear Chloé,\n\n{body.format(' :)')}\n\nBest regards,\nSam Lee")
    two = score(f"Dear Chloé,\n\n{body.format(' :) :)')}\n\nBest regards,\nSam Lee")
    assert [f.severity for f in one.findings if f.rule == "tone.emoji"] == ["suggestion"]
    assert not one.caps
    assert [c.check_id for c in two.caps] == ["tone.emoji"] and two.verdict != "ready"


LOWER_CASE = ("hi dana\n\nthanks for yesterday and for showing me the warehouse forecasting "
              "model. i liked how the team checks the weekly numbers and im keen on the "
              "on-call rotation too\n\nthanks\njordan")


def test_slips_alone_mean_revise_not_rewrite():
    """A polite note typed in lower case: every error is a slip a fix corrects."""
    report = score(LOWER_CASE, notes_from_dict(NOTES))
    graver = {f.rule for f in report.findings if f.severity in ("error", "warning")}
    assert "correctness.lowercase_i" in graver and graver <= default_rules().policy.slips
    assert (report.overall, report.verdict) == (60, "revise")
    assert all(c.limit == 60 for c in report.caps)


def test_a_slip_with_a_grave_finding_is_still_rewrite():
    policy = default_rules().policy
    slips = [_f("correctness.lowercase_i", "error")] * 6
    assert assess(slips, JUDGED, policy).overall == 60
    hostile = assess([*slips, _f("tone.hostile", "error")], JUDGED, policy)
    assert hostile.verdict == "rewrite" and hostile.overall < 60
    # a warning of a check that is no slip leaves the score where the findings put it
    assert assess([*slips, _f("personalization.company")], JUDGED, policy).overall < 60
    off = extend_rules({"thresholds": {"score.slips": []}}, "pack").policy
    assert assess(slips, JUDGED, off).overall < 60


def test_slips_name_known_checks():
    with pytest.raises(RulesError, match=r"no check 'correctness\.speling' to count as a slip"):
        extend_rules({"thresholds": {"score.slips": ["correctness.speling"]}}, "pack.yml")
    with pytest.raises(RulesError, match="expected a list of check ids"):
        extend_rules({"thresholds": {"score.slips": "correctness.spelling"}}, "pack.yml")
