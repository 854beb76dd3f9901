"""A line in another language in a draft (a sample in Hindi, a greeting in Spanish), or a
phrase of one in quotation marks, is not a run of typos: its words are suggestions to
check, not spelling errors; a line or a quote of English typos stays errors."""

from __future__ import annotations

from check_examples_real import letter

from coachkit import Draft, score
from coachkit.scoring.checks._tokens import foreign_clauses, foreign_lines, foreign_quotes
from coachkit.scoring.words import WordIndex

SAMPLE = letter("Here are the rewrites we discussed.\n\nEN: No money was taken from your "
                "account.\nHI: Aapke account se paise nahi kate, payment nahi hua.")


def _spelling(text: str) -> list[tuple[str, str]]:
    report = score(Draft.from_text(text, kind="additional_info"))
    return [(f.text, f.severity) for f in report.findings if f.rule == "correctness.spelling"]


def test_a_line_in_another_language_holds_only_suggestions():
    found = _spelling(SAMPLE)
    assert {"paise", "nahi", "hua"} <= {word for word, _ in found}
    assert {severity for _, severity in found} == {"suggestion"}


def test_a_line_of_english_typos_is_still_a_line_of_errors():
    found = dict(_spelling(letter("I realy apreciated the oportunity to mett the team.")))
    assert found and "error" in found.values()


def test_foreign_lines_are_the_lines_mostly_of_doubtful_words():
    text = "one two three\nuno dos tres cuatro\nfive"
    index = WordIndex.of(text)
    doubtful = {"uno", "dos", "tres", "cuatro"}
    assert foreign_lines(text, index.word_starts, index.positions, doubtful) == [(14, 33)]
    assert foreign_lines(text, index.word_starts, index.positions, {"uno", "dos"}) == []


def test_a_line_needs_half_of_its_words_doubtful():
    text = "Hello there\nuno dos tres cuatro and then five more words"
    index = WordIndex.of(text)
    doubtful = {"uno", "dos", "tres", "cuatro"}
    assert foreign_lines(text, index.word_starts, index.positions, doubtful) == []
    text = "uno dos tres cuatro and then five more"
    index = WordIndex.of(text)
    assert foreign_lines(text, index.word_starts, index.positions, doubtful) == [(0, len(text))]


def test_a_phrase_in_another_language_in_quotation_marks_holds_only_suggestions():
    found = _spelling(letter('My French is still at the "deux baguettes, s\'il vous plaît" '
                             'stage, but I have started an evening class.'))
    assert {"deux", "vous"} <= {word.lower() for word, _ in found}
    assert {severity for _, severity in found} == {"suggestion"}
    found = dict(_spelling(letter("The Hindi line “Aapka payment nahi ho paya” drew fewer "
                                  "angry tickets.")))
    assert found and set(found.values()) == {"suggestion"}


def test_a_quote_of_english_typos_is_still_errors():
    found = dict(_spelling(letter('She said "we realy apreciated the oportunity to mett you".')))
    assert "error" in found.values()


def test_foreign_quotes_are_the_quotes_mostly_of_doubtful_words():
    text = 'We say "uno dos" here, "one two three" there and "tres four five six" too.'
    index = WordIndex.of(text)
    doubtful = {"uno", "dos", "tres"}
    assert foreign_quotes(text, index.word_starts, index.positions, doubtful) == [(7, 16)]
    assert foreign_quotes(text, index.word_starts, index.positions, {"uno"}) == []


def test_a_wish_in_another_language_opening_a_line_holds_only_suggestions():
    found = _spelling(letter("Thank you for letting me know.\n\nPob lwc gyda'r tymor newydd, "
                             "and thank you again to you and Alun."))
    words = {word.lower() for word, _ in found}
    assert "tymor" in words and "lwc" not in words  # a word of the rules' other languages
    assert {severity for _, severity in found} == {"suggestion"}


def test_english_typos_opening_a_line_are_still_errors():
    found = dict(_spelling(letter("Thnak yuo for teh interview, and for the tour.")))
    assert found and "error" in found.values()


def test_foreign_clauses_are_short_openings_of_doubtful_words_but_one():
    text = "Gracias por todo, and more\nThnak yuo for teh interview, and more"
    index = WordIndex.of(text)
    doubtful = {"por", "todo", "thnak", "yuo", "teh"}
    assert foreign_clauses(text, index.word_starts, index.positions, doubtful) == [(0, 16)]

