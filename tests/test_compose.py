"""The composer's core: guides, prompts from notes, assembly, scoring per step, export."""

from __future__ import annotations

import email
from datetime import date, datetime

import pytest
from icalendar import Calendar

from coachkit import KINDS, InterviewNotes, score
from coachkit.compose import Composition, check_in_reminder, guide_for, save_new, to_eml, to_text
from coachkit.compose.guide import PLACEHOLDER_SENDER, fill, note_fields
from coachkit.errors import InputError, NotesError
from coachkit.notes import notes_from_dict
from samples import NOTES as NOTES_DICT

NOTES = notes_from_dict(NOTES_DICT)

STEPS = {
    "thank_you": ["greeting", "gratitude", "interest_fit", "question_concern", "additional",
                  "close"],
    "check_in": ["greeting", "reference", "interest", "timeline_question", "close"],
    "additional_info": ["greeting", "context", "new_info", "why_it_matters", "close"],
    "rejection_reply": ["greeting", "thanks", "acceptance", "door_open", "feedback", "close"],
}


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_has_its_own_sequence_of_parts(kind):
    guide = guide_for(kind)
    assert list(guide.ids) == STEPS[kind]
    for step in guide.steps:
        assert step.why and step.why.count(".") <= 3, step.id
        assert step.prompts and step.examples, step.id
    optional = {s.id for s in guide.steps if s.optional}
    expected = {"thank_you": {"additional"}, "rejection_reply": {"feedback"}}
    assert optional == expected.get(kind, set())


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="kind must be one of"):
        guide_for("love_letter")


def test_prompts_pull_in_the_notes():
    c = Composition(notes=NOTES)
    prompts = c.prompts("interest_fit")
    topic, first = NOTES.topics[0], NOTES.interviewers[0].split()[0]
    assert f"You discussed {topic} with {first}: what did you bring to that?" in prompts
    assert any(NOTES.concerns[0] in p for p in c.prompts("question_concern"))


def test_prompts_fall_back_to_generic_ones_without_notes():
    c = Composition()
    for step in c.guide.steps:
        prompts = c.prompts(step.id)
        assert prompts, step.id
        assert all("{" not in p for p in prompts)


def test_two_or_three_example_openings_built_from_the_notes():
    c = Composition(notes=NOTES, sender="Alex Morgan")
    for step in c.guide.steps:
        examples = c.examples(step.id)
        assert 1 <= len(examples) <= 3
        assert all("{" not in e for e in examples)
    assert "Dear Dana and Sam," in c.examples("greeting")
    assert any(NOTES.company in e and NOTES.role in e for e in c.examples("gratitude"))
    assert all(e.endswith("Alex Morgan") for e in c.examples("close"))


def test_an_unnamed_sender_stays_a_placeholder_the_scorer_flags():
    c = Composition(notes=NOTES)
    assert all(PLACEHOLDER_SENDER in e for e in c.examples("close"))
    report = score("Dear Dana,\n\nThanks.\n\nBest regards,\n" + PLACEHOLDER_SENDER + "\n")
    assert any(f.rule == "correctness.placeholder" for f in report.findings)


def test_fill_repeats_for_topics_and_drops_unfillable_templates():
    fields = note_fields(NOTES)
    assert fill("About {topic}.", fields) == [f"About {t}." for t in NOTES.topics[:2]]
    assert fill("Hi {first_name} at {company}", note_fields(InterviewNotes(company="X"))) == []
    braces = note_fields(InterviewNotes(topics=("{odd} topic",)))
    assert fill("About {topic}.", braces) == ["About {odd} topic."]


def test_subject_suggestions_are_short_and_filled():
    subjects = Composition(notes=NOTES).subject_suggestions()
    assert 2 <= len(subjects) <= 4
    assert subjects[0] == f"Thank you - {NOTES.role} interview"
    assert all(len(s.split()) <= 8 and "{" not in s for s in subjects)
    assert Composition().subject_suggestions()  # generic ones without notes


def _filled(kind: str = "thank_you") -> Composition:
    c = Composition(kind=kind, notes=NOTES, sender="Alex Morgan")
    for step in c.guide.steps:
        if not step.optional:
            c.set_text(step.id, c.examples(step.id)[0])
    c.subject = c.subject_suggestions()[0]
    return c


def test_assembly_puts_each_part_in_order_with_exact_spans():
    c = _filled()
    assembly = c.assemble()
    text = assembly.draft.text
    assert text.startswith(f"Subject: {c.subject}\n\n")
    assert list(assembly.spans) == [s for s in STEPS["thank_you"] if s != "additional"]
    for step_id, (start, end) in assembly.spans.items():
        assert text[start:end] == c.text_of(step_id).strip()
    starts = [s for s, _ in assembly.spans.values()]
    assert starts == sorted(starts)


def test_empty_parts_leave_no_gap_and_an_empty_composition_is_empty():
    c = Composition(notes=NOTES)
    c.set_text("greeting", "Dear Dana,")
    c.set_text("gratitude", "   \n ")
    c.set_text("close", "Best,\nAlex")
    assert c.assemble().draft.body == "Dear Dana,\n\nBest,\nAlex\n"
    assert Composition().assemble().draft.text == ""
    with pytest.raises(KeyError):
        c.set_text("no_such_step", "x")


def test_a_well_filled_composition_scores_well_and_findings_map_to_steps():
    c = _filled()
    report = c.report(datetime(2026, 11, 20, 19, 0))
    assert report.categories["timeliness"] == 100
    assert report.overall >= 85
    c.set_text("gratitude", c.text_of("gratitude") + " I beleive it went well.")
    assembly = c.assemble()
    report = c.report()
    groups = c.findings_by_step(report, assembly)
    assert [f.text for f in groups["gratitude"] if f.rule == "correctness.spelling"] == ["beleive"]


def test_timeliness_follows_the_clock():
    c = _filled()
    early = c.report(datetime(2026, 11, 20, 18, 0)).categories["timeliness"]
    late = c.report(datetime(2026, 11, 25, 18, 0)).categories["timeliness"]
    assert early > late


def test_send_clock_counts_down_from_the_interview():
    c = Composition(notes=NOTES)
    assert c.send_clock(datetime(2026, 11, 20, 19, 0)) == \
        "Send within the next 19 hours: the first day is best."
    c.kind = "check_in"
    assert "Wednesday 2 December" in c.send_clock(datetime(2026, 11, 24))
    assert c.send_clock(datetime(2026, 12, 3)).startswith("Now is a good time")
    assert "interview date" in Composition().send_clock(datetime(2026, 11, 20))


def test_content_round_trips_through_the_journal_format():
    c = _filled("rejection_reply")
    c.step = "door_open"
    content = c.to_content()
    again = Composition.from_content(content)
    assert again.to_content() == content
    assert again.notes == NOTES
    assert content["title"] == f"Rejection reply · {NOTES.company} · {NOTES.role}"


def test_damaged_content_gives_a_clear_error():
    content = _filled().to_content()
    content["notes"]["interviewed_at"] = "next Tuesday"
    with pytest.raises(NotesError, match=r"saved draft.*interviewed_at"):
        Composition.from_content(content)


def test_too_long_pauses_live_scoring():
    c = Composition()
    c.set_text("gratitude", "word " * 5000)
    assert c.too_long()


def test_copy_ready_text_and_eml_carry_subject_and_body():
    draft = _filled().assemble().draft
    assert to_text(draft) == draft.text
    raw = to_eml(draft, to="dana@example.com", sender="Alex Morgan <alex@example.com>",
                 when=datetime(2026, 11, 20, 18, 0))
    message = email.message_from_bytes(raw)
    assert message["Subject"] == draft.subject
    assert message["To"] == "dana@example.com"
    assert message.get_payload(decode=True).decode("utf-8") == draft.body


def test_check_in_reminder_is_a_valid_calendar_on_the_right_day():
    day, data = check_in_reminder(NOTES, stamp=datetime(2026, 11, 20, 18, 0))
    assert day == date(2026, 12, 2)  # a business day after the decision date (Tue 1 Dec)
    event = Calendar.from_ical(data).walk("VEVENT")[0]
    assert event.decoded("dtstart") == datetime(2026, 12, 2, 9, 0)
    assert NOTES.company in str(event["summary"])
    assert Calendar.from_ical(data).walk("VALARM")
    with pytest.raises(InputError, match="interview date"):
        check_in_reminder(InterviewNotes(company="X"))


def test_save_new_never_replaces_a_file(tmp_path):
    target = tmp_path / "note.eml"
    target.write_text("the user's own file")
    first = save_new(target, b"one")
    second = save_new(target, "two")
    assert target.read_text() == "the user's own file"
    assert (first.name, second.name) == ("note (2).eml", "note (3).eml")
    assert second.read_text() == "two"
    with pytest.raises(InputError, match="no such folder"):
        save_new(tmp_path / "missing" / "x.eml", b"")


def test_findings_about_the_whole_message_are_not_pinned_on_one_step():
    c = Composition(notes=NOTES)
    c.set_text("greeting", "Dear Dana,")
    c.set_text("gratitude", "Thank you for meeting me. I beleive it went well.")
    assembly = c.assemble()
    groups = c.findings_by_step(c.report(), assembly)
    assert [f.rule for f in groups["gratitude"]] == ["correctness.spelling"]
    whole = {f.rule for f in groups["whole"]}
    assert {"concision.length", "correctness.signoff"} <= whole
