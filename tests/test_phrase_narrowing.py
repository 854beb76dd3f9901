"""Entries under a common trigger word are tried, at each place, only when the next word
may begin them: the matches are those of trying every entry."""

from __future__ import annotations

from coachkit.scoring.phrases import PhraseEntry, PhraseList, _index
from coachkit.scoring.regex_words import analyse_pattern, next_word_checks


def _entry(regex: str) -> PhraseEntry:
    trig, follow = analyse_pattern(regex)
    return PhraseEntry(regex, regex, is_pattern=True, trigger=trig, follow=follow)


REGEXES = [r"\bI\s+(?:am|was)\s+sure\b", r"\bI\s+(?:\w+\s+){0,2}waited\b",
           r"\bI\s+hope\s+so\b", r"\bI\s+am\s+sure\s+of\s+it\b"]
TEXT = "I am sure of it. I was sure. I hope so. I really waited. I hope not. i am sure"


def test_next_word_checks_tell_which_entries_fit_the_next_word() -> None:
    entries = [_entry(r) for r in REGEXES]
    checks = next_word_checks([e.follow for e in entries], {("i", True): [0, 1, 2, 3]})
    first, gap, hope, _ = checks[("i", True)]
    assert gap is None or all(gap.fits("i", w) for w in ("am", "hope", "really"))
    assert first is not None and first.fits("i", "am") and not first.fits("i", "hope")
    assert hope is not None and hope.fits("i", "hope") and not hope.fits("i", "am")


def test_narrowed_matches_are_those_of_every_entry_tried() -> None:
    narrowed = PhraseList("t", [_entry(r) for r in REGEXES])
    assert _index(narrowed).narrow  # the narrowing is in use
    found = [(text, start, end) for e, start, end in narrowed.matches(TEXT)
             for text in [TEXT[start:end]]]
    # without follow states nothing is narrowed: every entry is tried everywhere
    plain = PhraseList("t", [PhraseEntry(r, r, is_pattern=True,
                                         trigger=analyse_pattern(r)[0]) for r in REGEXES])
    assert not _index(plain).narrow
    expected = [(TEXT[s:e], s, e) for _, s, e in plain.matches(TEXT)]
    assert found == expected
    assert [t for t, _, _ in found] == ["I am sure", "I was sure", "I hope so",
                                        "I really waited", "i am sure"]
