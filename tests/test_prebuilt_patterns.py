"""data/patterns.json holds the right analysis of each built-in pattern it lists. A built-in
pattern missing from it (a list added since it was built) is only parsed on the first
score, so that is a warning: rebuild with ``python -m coachkit.scoring.build_patterns``."""

from __future__ import annotations

import sys
import warnings

import pytest

from coachkit.scoring import regex_words
from coachkit.scoring.rules import default_rules


def test_prebuilt_pattern_analyses_are_right():
    stored = regex_words.prebuilt()
    if not stored:
        pytest.skip(f"patterns.json was built by another Python than {sys.version_info[:2]}")
    for regex, analysis in stored.items():
        assert analysis == regex_words.parse_and_analyse(regex), regex
    shipped = {e.regex for p in default_rules().lists.values() for e in p.entries}
    missing = shipped - stored.keys()
    if missing:
        warnings.warn(f"{len(missing)} built-in patterns are not in patterns.json: "
                      "python -m coachkit.scoring.build_patterns", stacklevel=1)
