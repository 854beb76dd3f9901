"""Rules files as users give them: the switches in them are checked against every check.

The rules module cannot know the checks (the checks read the rules), so these two
functions, which sit above both, hand it the check ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from coachkit.scoring import rules
from coachkit.scoring.checks import all_checks

__all__ = ["check_ids", "extend_rules", "load_rules"]


def check_ids() -> frozenset[str]:
    """The id of every built-in check."""
    return frozenset(check.id for check in all_checks())


def load_rules(*extra: str | Path) -> rules.Rules:
    """The built-in rules extended by the given files, in order; a switch naming no
    check or category is an error that suggests the closest one."""
    return rules.load_rules(*extra, check_ids=check_ids())


def extend_rules(data: Mapping[str, Any], source: str,
                 base: rules.Rules | None = None) -> rules.Rules:
    """``base`` (the built-in rules by default) extended by rules already read into a
    mapping; switches are checked as in ``load_rules``."""
    return rules.extend_rules(data, source, base, check_ids=check_ids())
