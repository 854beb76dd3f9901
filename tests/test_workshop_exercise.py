"""Exercise files: the shipped ones load, the coach's rule pack changes the scoring, and
every kind of bad file is refused with the file and the field named."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from workshop_helpers import (
    CLEAN_SUBJECT,
    EXERCISES,
    PANEL,
    REJECTION,
    body,
    clean_body,
    panel,
    panel_data,
    variant,
)

from coachkit.errors import WorkshopError
from coachkit.model import Draft
from coachkit.scoring import default_rules, score
from coachkit.workshop import Exercise, load_exercise


def rules_of(report, prefix: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in report.findings if f.rule.startswith(prefix)]


def scored(exercise: Exercise, text: str, rules=None):
    draft = Draft(body=text, subject=CLEAN_SUBJECT, kind=exercise.kind, sent_at=exercise.sent_at)
    return score(draft, exercise.scenario, rules=rules or exercise.rules())


# -- the shipped exercises -------------------------------------------------------------------
def test_both_shipped_exercises_load():
    files = sorted(EXERCISES.glob("*.yml"))
    assert [f.name for f in files] == ["rejection_reply_graceful.yml", "thank_you_panel.yml"]
    thank_you, rejection = load_exercise(PANEL), load_exercise(REJECTION)

    assert (thank_you.id, thank_you.kind, thank_you.minutes) == ("thank-you-panel", "thank_you", 20)
    assert thank_you.scenario.company == "Harbourline Logistics"
    assert thank_you.scenario.interviewers == ("Priya Raman", "Tomás Ellery")
    assert thank_you.sent_at is not None and thank_you.sent_at.hour == 18
    assert thank_you.pack.word_band == (90, 170)
    assert "circle back" in [e["phrase"] for e in thank_you.pack.entries()]
    assert "Zendesk" in thank_you.pack.vocabulary
    assert thank_you.brief.startswith("Yesterday afternoon")

    assert (rejection.id, rejection.kind, rejection.minutes) == (
        "rejection-reply-graceful", "rejection_reply", 15)
    assert rejection.scenario.interviewers == ("Maya Okafor", "Gareth Lindqvist")
    assert rejection.sent_at is None
    assert rejection.pack.word_band == (50, 130)
    assert {"phrase": "devastated", "suggestion": "disappointed"} in rejection.pack.entries()


def test_an_exercise_survives_its_own_file_shape():
    exercise = panel()
    again = variant(**exercise.to_dict())
    assert again.to_dict() == exercise.to_dict()
    assert again.rules() is again.rules()  # built once


# -- the rule pack changes the scoring --------------------------------------------------------
def test_word_band_changes_the_length_finding():
    exercise = panel()  # band 90-170; the built-in band for a thank-you is 75-200
    words = [f"I enjoyed the talk about Zendesk number {i}." for i in range(12)]
    text = body(*words[:10])  # about 80 words between greeting and sign-off
    assert rules_of(scored(exercise, text, default_rules()), "concision.length") == []
    short = scored(exercise, text)
    assert [f.rule for f in short.findings].count("concision.length") == 1
    message = next(f.message for f in short.findings if f.rule == "concision.length")
    assert "90-170" in message and "short" in message

    wide = variant(rules={"word_band": [20, 400]})
    long_text = body(*(words * 4))  # about 300 words: long for the built-in band
    assert rules_of(scored(wide, long_text, default_rules()), "concision.length")
    assert rules_of(scored(wide, long_text), "concision.length") == []


def test_an_avoided_phrase_is_flagged_with_its_suggestion():
    exercise = panel()
    text = body("Thank you for the interview at Harbourline Logistics.",
                "I will touch base next week about the Rotterdam office.")
    assert rules_of(scored(exercise, text, default_rules()), "tone.avoid") == []
    report = scored(exercise, text)
    flagged = [f for f in report.findings if f.rule == "tone.avoid"]
    assert [(f.text, f.suggestion, f.severity, f.category) for f in flagged] == [
        ("touch base", "check in", "warning", "tone")]
    # a phrase given without a suggestion, with its own reason
    report = scored(exercise, body("I was a rockstar at my last job."))
    (found,) = [f for f in report.findings if f.rule == "tone.avoid"]
    assert found.text == "rockstar" and found.suggestion is None
    assert found.why == "Self-praise that customer-facing hiring managers dislike."


def test_vocabulary_words_are_not_flagged_as_misspelt():
    exercise = panel()
    text = body("We discussed how qbrs and gainsight fit the Rotterdam office.")
    assert ("correctness.spelling", "qbrs") in rules_of(
        scored(exercise, text, default_rules()), "correctness.spelling")
    flagged = rules_of(scored(exercise, text), "correctness.spelling")
    assert ("correctness.spelling", "qbrs") not in flagged  # QBRs is in the pack
    assert ("correctness.spelling", "gainsight") in flagged  # not in it
    data = panel_data()
    data["rules"]["vocabulary"].append("Gainsight")
    more = variant(rules=data["rules"])
    assert rules_of(scored(more, text), "correctness.spelling") == []


def test_without_a_pack_the_built_in_rules_are_used():
    exercise = variant(rules=None)
    assert exercise.rules() is default_rules()
    assert scored(exercise, clean_body()).overall == scored(panel(), clean_body()).overall


# -- bad files -------------------------------------------------------------------------------
def write(tmp_path: Path, name: str, data=None, raw: str | bytes | None = None) -> Path:
    path = tmp_path / name
    if raw is None:
        raw = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_bytes(raw.encode("utf-8") if isinstance(raw, str) else raw)
    return path


def changed(**fields) -> dict:
    data = panel_data()
    for key, value in fields.items():
        if value is ...:
            data.pop(key)
        else:
            data[key] = value
    return data


def with_rules(**fields) -> dict:
    data = panel_data()
    data["rules"].update(fields)
    return data


def with_scenario(**fields) -> dict:
    data = panel_data()
    data["scenario"].update(fields)
    return data


BAD = [
    ("no-title", changed(title=...), ["'title' is missing"]),
    ("blank-title", changed(title="   "), ["'title' is missing"]),
    ("number-title", changed(title=42), ["'title' must be text"]),
    ("bad-kind", changed(kind="thanks"), ["'kind' must be one of", "'thanks'"]),
    ("no-kind", changed(kind=...), ["'kind' must be one of", "None"]),
    ("minutes-text", changed(minutes="20"), ["'minutes'", "'20'"]),
    ("minutes-float", changed(minutes=20.5), ["'minutes'", "20.5"]),
    ("minutes-bool", changed(minutes=True), ["'minutes'", "True"]),
    ("minutes-zero", changed(minutes=0), ["'minutes'", "from 1 to 480", "got 0"]),
    ("minutes-too-many", changed(minutes=481), ["'minutes'", "got 481"]),
    ("band-reversed", with_rules(word_band=[170, 90]), ["rules.word_band", "[170, 90]"]),
    ("band-one-number", with_rules(word_band=[90]), ["rules.word_band", "[90]"]),
    ("band-text", with_rules(word_band="90-170"), ["rules.word_band", "'90-170'"]),
    ("band-floats", with_rules(word_band=[90.5, 170]), ["rules.word_band"]),
    ("avoid-number", with_rules(avoid=[5]), ["rules.avoid[0]", "got 5"]),
    ("avoid-empty-phrase", with_rules(avoid=["circle back", {"phrase": " "}]),
     ["rules.avoid[1]"]),
    ("avoid-no-phrase", with_rules(avoid=[{"suggestion": "follow up"}]), ["rules.avoid[0]"]),
    ("avoid-extra-key", with_rules(avoid=[{"phrase": "x", "tone": "y"}]),
     ["rules.avoid[0]", "'tone'"]),
    ("avoid-not-a-list", with_rules(avoid=5), ["rules.avoid must be a list"]),
    ("avoid-a-string", with_rules(avoid="circle back"), ["rules.avoid must be a list"]),
    ("avoid-a-mapping", with_rules(avoid={"phrase": "circle back"}),
     ["rules.avoid must be a list"]),
    ("vocabulary-text", with_rules(vocabulary="Zendesk"), ["rules.vocabulary"]),
    ("vocabulary-numbers", with_rules(vocabulary=[1, 2]), ["rules.vocabulary"]),
    ("rules-a-list", changed(rules=["circle back"]), ["'rules' must be a mapping"]),
    ("rules-unknown-key", with_rules(colour="red"), ["rules: unknown field(s) colour"]),
    ("unknown-keys", changed(colour="red", level=3), ["unknown field(s) colour, level"]),
    ("no-scenario", changed(scenario=...), ["'scenario' is missing"]),
    ("scenario-a-list", changed(scenario=["Priya"]), ["'scenario' must be a mapping"]),
    ("scenario-when", with_scenario(interviewed_at="yesterday afternoon"),
     ["scenario", "interviewed_at", "'yesterday afternoon'"]),
    ("scenario-unknown-field", with_scenario(mood="good"), ["scenario", "'mood'"]),
    ("scenario-decision", with_scenario(decision_by="next week"), ["scenario", "decision_by"]),
    ("sent-at", changed(sent_at="tonight"), ["'sent_at'", "'tonight'"]),
    ("brief-a-list", changed(brief=["a", "b"]), ["'brief' must be text"]),
    ("id-without-letters", changed(id="!!!"), ["'id' is empty"]),
]


@pytest.mark.parametrize(("name", "data", "expected"), BAD, ids=[b[0] for b in BAD])
def test_a_bad_field_is_named_with_the_file(tmp_path, name, data, expected):
    path = write(tmp_path, f"{name}.yml", data)
    with pytest.raises(WorkshopError) as caught:
        load_exercise(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    for part in expected:
        assert part in message
    assert caught.value.problems  # each problem also listed on its own
    assert all(p in message for p in caught.value.problems)


def test_several_problems_are_reported_at_once(tmp_path):
    data = changed(title=..., kind="memo", minutes=-5)
    data["rules"].update(word_band=[10], avoid=[3], colour="red")
    data["scenario"]["interviewed_at"] = "soon"
    path = write(tmp_path, "many.yml", data)
    with pytest.raises(WorkshopError) as caught:
        load_exercise(path)
    problems = caught.value.problems
    assert len(problems) == 7, problems
    for part in ("'title' is missing", "'kind'", "'minutes'", "rules.word_band",
                 "rules.avoid[0]", "colour", "interviewed_at"):
        assert sum(part in p for p in problems) == 1, part
        assert part in str(caught.value)


@pytest.mark.parametrize(("raw", "expected"), [
    ("title: A\nkind: [thank_you\nminutes: 3\n", "line 3, column 8"),
    ("title: A\n\tkind: thank_you\n", "line 2, column 1"),
    ("title: 'unclosed\nkind: thank_you\n", "line "),
], ids=["bracket", "tab", "quote"])
def test_yaml_syntax_errors_name_the_line_and_column(tmp_path, raw, expected):
    path = write(tmp_path, "syntax.yml", raw=raw)
    with pytest.raises(WorkshopError, match=r"syntax\.yml: ") as caught:
        load_exercise(path)
    assert expected in str(caught.value)


@pytest.mark.parametrize(("raw", "expected"), [
    (b"title: caf\xe9\nkind: thank_you\n", "not UTF-8 text (byte 10)"),
    (b"- a list\n- of lines\n", "expected a mapping"),
    (b"just a sentence\n", "expected a mapping"),
    (b"", "expected a mapping"),
    (b"title: x\n# " + b"x" * 1_000_001 + b"\n", "far too big"),
], ids=["latin-1", "list", "scalar", "empty", "huge"])
def test_unusable_files_are_refused(tmp_path, raw, expected):
    path = write(tmp_path, "odd.yml", raw=raw)
    with pytest.raises(WorkshopError) as caught:
        load_exercise(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert expected in str(caught.value)


def test_a_missing_file_is_a_workshop_error(tmp_path):
    with pytest.raises(WorkshopError, match="cannot read the exercise file"):
        load_exercise(tmp_path / "nowhere.yml")


def test_a_utf8_file_with_a_byte_order_mark_loads(tmp_path):
    path = write(tmp_path, "bom.yml", raw=b"\xef\xbb\xbf" + PANEL.read_bytes())
    assert load_exercise(path).to_dict() == panel().to_dict() | {"id": "bom"}
