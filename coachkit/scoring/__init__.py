"""The scoring engine: declared checks over a draft, aggregated into a Report."""

from coachkit.scoring.checks import all_checks
from coachkit.scoring.engine import score, warm_up
from coachkit.scoring.loading import extend_rules, load_rules
from coachkit.scoring.registry import Check
from coachkit.scoring.rules import Rules, default_rules

__all__ = ["Check", "Rules", "all_checks", "default_rules", "extend_rules", "load_rules", "score",
           "warm_up"]
