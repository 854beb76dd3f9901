"""Names probe sets 450-457 showed the checks got wrong. Missed: a doctor or a professor of
the notes called "Mr" or "Ms" (the title dropped), and a name after the first comma of a
greeting to a panel ("Dear Professor Brightwater, Mr Sithole and Fiona,") that no
interviewer has. Taken for another company: a tour the writer is on, named like the
employer ("the Lantern Ballet tour", to Halden Ballet Theatre). The titles and greetings
that are right stay clean."""

from __future__ import annotations

from notes_scoring import against

from coachkit import Draft, notes_from_dict, score

NOTES = {
    "company": "University of Caldermoor",
    "role": "Dean of Students",
    "interviewers": ["Professor Lindiwe Sithole", "Rhodri Penhallow", "Dr. Faye Brightwater"],
    "interviewed_at": "2026-11-12T09:30",
    "topics": ["student mental health strategy", "cost-of-living support"],
}
findings = against(NOTES)
BODY = ("Thank you for Thursday's panel and the questions on the mental health strategy at "
        "Caldermoor.\n\nBest wishes,\nAlasdair Menzies")


def _names(text: str) -> list[tuple[str, str, str | None]]:
    report = score(Draft.from_text(text), notes_from_dict(NOTES))
    return [(f.rule, text[f.start:f.end], f.suggestion) for f in report.findings
            if f.rule in ("personalization.name_spelling", "personalization.greeting_name")]


def test_a_dropped_doctors_or_professors_title_is_caught_with_the_title_to_write():
    text = f"Dear Mr Sithole and Ms. Brightwater,\n\n{BODY}"
    assert _names(text) == [("personalization.name_spelling", "Mr Sithole", "Professor Sithole"),
                            ("personalization.name_spelling", "Ms. Brightwater",
                             "Dr. Brightwater")]
    assert findings(text)["personalization.name_spelling"] == "error"


def test_the_titles_of_the_notes_and_plain_titles_for_the_others_are_clean():
    for greeting in ("Dear Professor Sithole, Mr Penhallow and Dr Brightwater,",
                     "Dear Lindiwe, Rhodri and Faye,", "Dear Panel,", "Dear Sir, Ma'am,"):
        assert _names(f"{greeting}\n\n{BODY}") == [], greeting


def test_a_surname_two_interviewers_share_is_left_alone():
    notes = {**NOTES, "interviewers": ["Dr Priya Raman", "Anika Raman"]}
    assert "personalization.name_spelling" not in against(notes)(f"Dear Ms Raman,\n\n{BODY}")


def test_every_name_of_a_greeting_to_a_panel_is_checked():
    assert _names(f"Dear Professor Sithole, Rhodri and Fiona,\n\n{BODY}") == [
        ("personalization.greeting_name", "Fiona", None)]
    assert _names(f"Dear Professor Sithole, Mr. Penhallow, Lt. Brightwater,\n\n{BODY}") == []


def test_words_after_the_first_comma_that_are_no_names_end_the_greeting():
    for greeting in ("Dear Rhodri, Thank you for Thursday.", "Hi Rhodri, Hope you are well!",
                     "Dear Rhodri, Good morning."):
        assert _names(f"{greeting}\n\n{BODY}") == [], greeting


def test_a_tour_named_like_the_employer_is_no_other_company():
    notes = {"company": "Halden Ballet Theatre", "role": "Rehearsal Director",
             "interviewers": ["Adaeze Okonkwo"], "interviewed_at": "2026-11-10T15:00"}
    body = ("Dear Adaeze,\n\nIs there any news on the Rehearsal Director post at Halden? I'll "
            "be in Stuttgart with the Lantern Ballet tour from 30 November, so I'm free any "
            "afternoon this week.\n\nBest wishes,\nMarcus")
    assert "personalization.other_company" not in against(notes)(body, "check_in")
    assert "personalization.other_company" in against(notes)(
        body.replace("Lantern Ballet tour", "Lantern Ballet company"), "check_in")
