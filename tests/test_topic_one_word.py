"""A topic of the interview is taken up by one of its uncommon words ("your shoulder
protocol" takes up "musculoskeletal ultrasound of the shoulder"), not by a common one."""

from __future__ import annotations

from check_examples_real import letter

from coachkit import Draft, notes_from_dict, score

NOTES = {
    "company": "Pennine Vale NHS Foundation Trust",
    "role": "Sonographer",
    "interviewers": ["Helen Ashworth", "Priya Raman"],
    "interviewed_at": "2026-11-04T14:30",
    "topics": ["musculoskeletal ultrasound of the shoulder",
               "the department's image audit and peer review cycle"],
}


def _topic_findings(body: str, notes: dict[str, object] = NOTES) -> list[str]:
    report = score(Draft.from_text(letter(body)), notes_from_dict(notes))
    return [f.message for f in report.findings if f.rule == "personalization.topic"]


def test_one_uncommon_word_of_a_topic_takes_it_up():
    assert not _topic_findings("Watching your shoulder protocol at Pennine Vale made our "
                               "conversation about the Sonographer role click.")


def test_common_words_alone_do_not():
    [message] = _topic_findings("Thank you for the interview for the Sonographer role at "
                                "Pennine Vale. I enjoyed our talk about the department "
                                "and its images.")
    assert "musculoskeletal ultrasound of the shoulder" in message



GAMES_NOTES = {
    "company": "The Meeple & Kettle",
    "role": "Games Cafe Host",
    "interviewers": ["Saoirse Banerjee", "Olly Pemberton"],
    "interviewed_at": "2026-11-06T16:00",
    "topics": ["looking after a library of 900 games including missing-pieces checks",
               "weekend rush with food and drink orders"],
}


def _games_topic_findings(body: str) -> list[str]:
    return _topic_findings(body, GAMES_NOTES)


def test_two_words_of_a_topic_side_by_side_take_it_up():
    """Fewer than half of a long topic's words, but two of them as the notes put them."""
    assert not _games_topic_findings("Thanks for letting me loose on the missing-pieces "
                                     "shelf; the box of trains is short two stations.")
    assert not _games_topic_findings("I have worked a weekend rush before, at a market stall.")


def test_the_same_words_apart_do_not():
    [message] = _games_topic_findings("Thanks for Friday. I am never missing a shift, and I "
                                      "can carry heavy pieces of kit.")
    assert "missing-pieces" in message
