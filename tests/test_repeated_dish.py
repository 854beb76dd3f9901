"""A doubled word that is a name in its own right ("moi moi", "pom pom") is only a
suggestion to check; any other doubled word is an error."""

from __future__ import annotations

from check_examples_real import letter

from coachkit import Draft, score


def _repeats(body: str) -> list[str]:
    report = score(Draft.from_text(letter(body)))
    return [f.severity for f in report.findings if f.rule == "correctness.repeated_word"]


def test_a_dish_named_by_a_doubled_word_is_a_suggestion():
    assert _repeats("The children loved the moi moi and jollof on Friday.") == ["suggestion"]


def test_a_doubled_word_is_an_error():
    assert _repeats("I would be glad to to talk again.") == ["error"]
