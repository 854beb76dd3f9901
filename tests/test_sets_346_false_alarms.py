"""What probe sets 346-353 changed beyond phrase entries: a note to a recruiter that asks
after an interviewer ("Did Dean say anything else?", "If Sandra or Lee have a few minutes")
reads as one, and an interviewer named after a verb that opens the sentence ("Watching
Marek's team grade the punnets") is a person, not another company."""

from __future__ import annotations

from notes_scoring import severities

PRINT = {
    "company": "Coldharbour Print Group",
    "role": "Print Finishing Operator",
    "interviewers": ["Dean Fuller"],
    "interviewed_at": "2027-01-12T09:00",
}
ROADS = {
    "company": "Pennine Strategic Roads",
    "role": "Traffic Officer",
    "interviewers": ["Sandra Okafor", "Lee Brightwell"],
    "interviewed_at": "2026-09-15T10:00",
}
FARM = {
    "company": "Hollow Lane Fruit Farm",
    "role": "Seasonal Picker",
    "interviewers": ["Bryony Tate", "Marek Nowak"],
    "interviewed_at": "2026-05-11T10:00",
}


def test_a_note_to_the_recruiter_asking_after_the_interviewer():
    text = ("Hi Kerry,\n\nThanks for letting me know. Did Dean say anything else I could work "
            "on?\n\nCheers,\nJason")
    assert severities(text, PRINT, "rejection_reply")["personalization.greeting_name"] == (
        "suggestion")


def test_two_interviewers_spoken_of_together():
    text = ("Hi Farah,\n\nThank you for letting me know. If Sandra or Lee have a few minutes, "
            "I'd value any feedback.\n\nJade")
    assert severities(text, ROADS, "rejection_reply")["personalization.greeting_name"] == (
        "suggestion")


def test_a_stranger_greeted_with_no_interviewer_spoken_of_is_still_a_warning():
    text = "Hi Kerry,\n\nThanks for letting me know. Gutted, but fair enough.\n\nCheers,\nJason"
    assert severities(text, PRINT, "rejection_reply")["personalization.greeting_name"] == (
        "warning")


def test_an_interviewer_after_a_verb_is_a_person():
    text = ("Dear Bryony and Marek,\n\nThank you for showing me round the tunnels this "
            "morning. Watching Marek's team grade the punnets made Class 1 much clearer.\n\n"
            "Best wishes,\nEllie")
    assert "personalization.other_company" not in severities(text, FARM)
