"""The scoring engine: declared checks over a draft, aggregated into a Report."""

from coachkit.scoring.checks import all_checks
from coachkit.scoring.engine import score, warm_up
from coachkit.scoring.registry import Check
from coachkit.scoring.rules import Rules, default_rules, load_rules, register_check_ids

register_check_ids(lambda: (check.id for check in all_checks()))

__all__ = ["Check", "Rules", "all_checks", "default_rules", "load_rules", "score", "warm_up"]
