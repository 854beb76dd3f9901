"""One-click fixes (coachkit.scoring.fixes): which suggestions are safe, how they are
applied, and properties over generated drafts."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coachkit import Draft, notes_from_dict, score
from coachkit.model import Finding
from coachkit.scoring.fixes import (
    apply_fixes,
    apply_one,
    describe,
    is_safe,
    names_to_keep,
    plan,
    replacement,
    starts_sentence,
    unsafe_reason,
)
from coachkit.scoring.rules import default_rules
from samples import NOTES


def finding(text: str, phrase: str, suggestion: str | None, *, rule: str = "tone.slang",
            severity: str = "warning", scope: str = "span", nth: int = 0) -> Finding:
    """A finding on the ``nth`` occurrence of ``phrase`` in ``text``."""
    starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
    start = starts[nth]
    return Finding(rule=rule, category=rule.split(".")[0], severity=severity, start=start,
                   end=start + len(phrase), text=phrase, message="m", suggestion=suggestion,
                   scope=scope)


# -- which suggestions are safe ----------------------------------------------------
@pytest.mark.parametrize(("suggestion", "expected"), [
    ("going to", "going to"),
    ("(leave out)", ""),
    ("I want to (or leave out)", "I want to"),
    ("you're ", "you're"),
    (" ", " "),
    ("(start with the point)", None),
    ("Dear <interviewer's name>", None),
    ("in / for / about", None),
    ("(leave out: accept the decision gracefully)", None),
    ("shorten it instead", None),
    (None, None),
])
def test_replacement_is_literal_text_or_none(suggestion, expected) -> None:
    f = finding("x gonna y", "gonna", suggestion)
    assert replacement(f) == expected


def test_message_scope_and_empty_spans_are_not_safe() -> None:
    text = "I am gonna go."
    assert is_safe(finding(text, "gonna", "going to"))
    assert not is_safe(finding(text, "gonna", "going to", scope="message"))
    empty = Finding("tone.slang", "tone", "warning", 3, 3, "", "m", suggestion="x")
    assert unsafe_reason(empty) == "no text to replace"
    assert not is_safe(finding(text, "gonna", None))


def test_guesses_are_not_safe() -> None:
    text = "I worked at Globex and met Dana."
    other = finding(text, "Globex", "Northwind", rule="personalization.other_company",
                    severity="error")
    assert "own employer" in unsafe_reason(other)
    unsure = finding(text, "Dana", "Dan", rule="correctness.spelling")
    assert not is_safe(unsure)
    sure = finding(text, "Dana", "Dan", rule="correctness.spelling", severity="error")
    assert is_safe(sure)


def test_describe() -> None:
    text = "Basically, I am gonna go."
    assert describe(finding(text, "gonna", "going to")) == "“gonna” → “going to”"
    assert describe(finding(text, "Basically", "(leave out)")) == "leave out “Basically”"


# -- applying one fix ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "phrase", "suggestion", "fixed"), [
    ("I am gonna send it.", "gonna", "going to", "I am going to send it."),
    ("Thanks. Gonna send it.", "Gonna", "going to", "Thanks. Going to send it."),
    ("Gonna send it.", "Gonna", "going to", "Going to send it."),
    ("Subject: Gonna\n\nHi", "Gonna", "going to", "Subject: Going to\n\nHi"),
    ("I hope your\ngoing well.", "your\n", "you're ", "I hope you're\ngoing well."),
    ("Great!! Thanks", "!!", ".", "Great. Thanks"),
    ("Basically, we built it.", "Basically", "(leave out)", "We built it."),
    ("Basically we built it.", "Basically", "(leave out)", "We built it."),
    ("Hi.\n\nbasically we built it.", "basically", "(leave out)", "Hi.\n\nwe built it."),
    ("I basically built it.", "basically", "(leave out)", "I built it."),
    ("It went well basically.", "basically", "(leave out)", "It went well."),
    ("I am, needless to say, glad.", "needless to say", "(leave out)", "I am glad."),
    ("A good chat, tbh.", "tbh", "(leave out)", "A good chat."),
    ("Needless to say, I am glad.", "Needless to say", "(leave out)", "I am glad."),
    ("I just want to thank you.", "I just want to", "I want to (or leave out)",
     "I want to thank you."),
])
def test_apply_one(text, phrase, suggestion, fixed) -> None:
    assert apply_one(text, finding(text, phrase, suggestion)) == fixed


@pytest.mark.parametrize(("text", "phrase"), [
    ("I would take this opportunity to thank you.", "take this opportunity to"),
    ("Allow me to introduce myself.", "Allow me to"),
    ("Basically.", "Basically"),
    ("I basically, built it.", "basically"),
])
def test_a_deletion_that_needs_rewording_is_refused(text, phrase) -> None:
    f = finding(text, phrase, "(leave out)")
    assert plan(text, f) == "leaving it out would need rewording"
    with pytest.raises(ValueError, match="need rewording"):
        apply_one(text, f)


def test_a_stale_finding_is_refused() -> None:
    f = finding("I am gonna go.", "gonna", "going to")
    assert plan("I am going to go.", f) == "the text changed since it was scored"


def test_names_from_the_notes_are_kept() -> None:
    notes = notes_from_dict(NOTES)
    keep = names_to_keep(notes)
    assert notes.interviewers[0] in keep and notes.company in keep
    first = notes.interviewers[0].split()[0]
    text = f"Dear {first.upper()}, thank you."
    shouting = finding(text, first.upper(), first.lower(), rule="tone.shouting")
    assert plan(text, shouting, keep) == "inside a name from your notes"
    assert plan(text, shouting) != "inside a name from your notes"
    named = finding(text, first.upper(), first, rule="personalization.name_spelling",
                    severity="error")
    assert apply_one(text, named, keep=keep) == f"Dear {first}, thank you."
    assert names_to_keep(None) == ()


# -- applying many ---------------------------------------------------------------------
def test_apply_fixes_reports_applied_and_skipped() -> None:
    text = "Basically, I am gonna go ASAP. Dear Sir, yes."
    findings = [
        finding(text, "gonna", "going to"),
        finding(text, "gonna", "go to", rule="tone.other", severity="suggestion"),
        finding(text, "Basically", "(leave out)", rule="concision.wordy",
                severity="suggestion"),
        finding(text, "Dear Sir", "Dear <interviewer's name>",
                rule="personalization.impersonal_greeting", severity="suggestion"),
        finding(text, "ASAP", None),
    ]
    result = apply_fixes(text, findings)
    assert result.text == "I am going to go ASAP. Dear Sir, yes."
    assert [f.suggestion for f in result.applied] == ["(leave out)", "going to"]
    reasons = {s.finding.suggestion: s.reason for s in result.skipped}
    assert reasons == {"go to": "overlaps another fix",
                       "Dear <interviewer's name>": "advice, not a replacement: reword it yourself",
                       None: "no suggestion to apply"}
    assert [e.start for e in result.edits] == sorted(e.start for e in result.edits)


def test_fixing_a_scored_draft_raises_the_score_and_removes_the_findings() -> None:
    text = ("Dear Dana,\n\nThank you for the interview. I'm gonna send the forecast deck "
            "tomorrow. I beleive the the model fits the team.\n\nBest regards,\nAlex")
    before = score(Draft.from_text(text))
    result = apply_fixes(text, before.findings)
    assert "going to" in result.text and "believe the model" in result.text
    after = score(Draft.from_text(result.text))
    assert after.overall > before.overall
    fixed_rules = {f.rule for f in result.applied}
    assert not fixed_rules & {f.rule for f in after.findings}


def test_yes_and_no_are_suggested_as_words() -> None:
    # a bare yes/no in the rules' YAML is read as true/false: the fix wrote "True"
    text = "Dear Dana,\n\nYeah, the deck is ready. Nope, nothing else.\n\nBest,\nAlex"
    result = apply_fixes(text, score(Draft.from_text(text)).findings)
    assert "Yes, the deck is ready. No, nothing else." in result.text


def test_every_built_in_suggestion_is_text() -> None:
    for name, phrases in default_rules().lists.items():
        for entry in phrases.entries:
            for value in (entry.suggestion, entry.why, entry.message):
                assert value is None or isinstance(value, str), (name, entry.label, value)


def test_starts_sentence() -> None:
    text = "Subject: Hi\n\nDear Dana,\nthanks. So\nwrapped here"
    assert starts_sentence(text, text.index("Hi"))
    assert starts_sentence(text, text.index("Dear"))
    assert starts_sentence(text, text.index("So"))
    assert not starts_sentence(text, text.index("thanks"))
    assert not starts_sentence(text, text.index("wrapped"))


# -- properties ----------------------------------------------------------------------
WORDS = ["Dear", "Dana", "gonna", "Gonna", "basically", "Basically", "i", "the", "beleive",
         "recieve", "ASAP", "!!", "thx", "your", "going", "tbh", ",", ".", "\n", "\n\n",
         "needless to say,", "Subject:", "Best regards,", "PLEASE", "RESPOND", "a", "hour",
         "I", "kinda", "cool", "  ", "İ", "ß", "😊", "yeah", "Nope"]


def _no_neighbours_alike(tokens: list[str]) -> bool:
    return all(a != b for a, b in pairwise(tokens))


DRAFTS = st.lists(st.sampled_from(WORDS), max_size=60).filter(_no_neighbours_alike).map(" ".join)


def _outside_edits_kept(text: str, result) -> None:
    pieces, pos = [], 0
    for edit in result.edits:
        assert pos <= edit.start < edit.end <= len(text)
        pieces += [text[pos:edit.start], edit.text]
        pos = edit.end
    assert result.text == "".join(pieces) + text[pos:]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DRAFTS)
def test_fixing_never_touches_text_outside_the_fixes(text: str) -> None:
    report = score(Draft.from_text(text))
    result = apply_fixes(text, report.findings)
    _outside_edits_kept(text, result)
    assert len(result.applied) + len(result.skipped) == len(report.findings)
    for f, edit in zip(result.applied, result.edits, strict=True):
        assert edit.start <= f.start and f.end <= edit.end
        assert re.fullmatch(r"[,\s]*", text[edit.start:f.start])
        assert re.fullmatch(r"[,\s]*\w?", text[f.end:edit.end])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DRAFTS)
@example(text="Dear basically tbh basically")
@example(text="basically Basically tbh Basically")
@example(text="Basically basically Basically")
def test_a_fixed_finding_is_gone_when_rescored(text: str) -> None:
    report = score(Draft.from_text(text))
    result = apply_fixes(text, report.findings)
    after = score(Draft.from_text(result.text))

    def moved(position: int) -> int:  # where a position of the old text is now
        return position + sum(len(e.text) - (e.end - e.start) for e in result.edits
                              if e.end <= position)

    def landed(position: int) -> int:  # where a position inside an edit's span now is
        inside = [e for e in result.edits if e.start <= position < e.end]
        return moved(inside[0].start) if inside else moved(position)

    # a finding left alone may slide into the place of a fixed one ("basically tbh
    # basically": the second 'basically' moves up when the first is left out), taking the
    # capital of the word left out ("Basically basically Basically": the fix of the first
    # word begins the second with its capital)
    kept = {(s.finding.rule, landed(s.finding.start), s.finding.text.lower())
            for s in result.skipped}
    # where each edit starts in the fixed text: a finding spanning another edit was made by
    # that edit joining its neighbours ("basically Basically tbh Basically": leaving out
    # 'tbh' brings the third word next to the fixed first one), not left by this fix
    starts = [moved(e.start) for e in result.edits]

    def joined(g, own: int) -> bool:
        return any(g.start < s < g.end for i, s in enumerate(starts) if i != own)

    shift = 0
    for i, (f, edit) in enumerate(zip(result.applied, result.edits, strict=True)):
        start = edit.start + shift
        again = [g for g in after.findings
                 if g.rule == f.rule and g.start == start + (f.start - edit.start)
                 and g.text == f.text and (g.rule, g.start, g.text.lower()) not in kept
                 and not joined(g, i)]
        assert not again, (f, again)
        shift += len(edit.text) - (edit.end - edit.start)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200), data=st.data())
def test_any_findings_on_any_text_never_corrupt_it(text: str, data) -> None:
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, 12),
                                         st.sampled_from(["x", "(leave out)", " ", ".",
                                                          "Go on", "<n>", None])),
                               max_size=8))
    findings = [Finding("tone.slang", "tone", "warning", s, min(len(text), s + n),
                        text[s:s + n], "m", suggestion=sug) for s, n, sug in spans]
    result = apply_fixes(text, findings)
    _outside_edits_kept(text, result)
    assert len(result.applied) + len(result.skipped) == len(findings)
