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


def _topic_findings(body: str) -> list[str]:
    report = score(Draft.from_text(letter(body)), notes_from_dict(NOTES))
    return [f.message for f in report.findings if f.rule == "personalization.topic"]


def test_one_uncommon_word_of_a_topic_takes_it_up():
    assert not _topic_findings("Watching your shoulder protocol at Pennine Vale made our "
                               "conversation about the Sonographer role click.")


def test_common_words_alone_do_not():
    [message] = _topic_findings("Thank you for the interview for the Sonographer role at "
                                "Pennine Vale. I enjoyed our talk about the department "
                                "and its images.")
    assert "musculoskeletal ultrasound of the shoulder" in message

