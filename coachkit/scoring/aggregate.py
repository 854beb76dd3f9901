"""Turn findings into 0-100 scores: a separate, pure step after the checks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from coachkit.model import CATEGORIES, Finding

if TYPE_CHECKING:
    from coachkit.scoring.policy import ScoringPolicy

__all__ = ["aggregate", "category_scores", "overall_score"]

_DEFAULT_PENALTY = {"error": 12.0, "warning": 5.0, "suggestion": 1.5}
_DEFAULT_HALF_LIFE = 30.0
# timeliness is one judgement, not a sum: the worst finding sets the score
_TIMELINESS = {"error": 35, "warning": 65, "suggestion": 85}


def category_scores(
    findings: Iterable[Finding],
    judged: Iterable[str],
    *,
    penalty: Mapping[str, float] | None = None,
    half_life: float = _DEFAULT_HALF_LIFE,
) -> dict[str, int | None]:
    """Score each judged category; the others are None.

    Penalty points add up per category and the score halves every
    ``half_life`` points, so many small slips cost less than a few errors.
    """
    weights = {**_DEFAULT_PENALTY, **(penalty or {})}
    judged_set = set(judged)
    points = dict.fromkeys(CATEGORIES, 0.0)
    worst_time = 100
    for f in findings:
        if f.category == "timeliness":
            worst_time = min(worst_time, _TIMELINESS[f.severity])
        else:
            points[f.category] += weights[f.severity]
    out: dict[str, int | None] = {}
    for cat in CATEGORIES:
        if cat not in judged_set:
            out[cat] = None
        elif cat == "timeliness":
            out[cat] = worst_time
        else:
            out[cat] = round(100 * 0.5 ** (points[cat] / half_life))
    return out


def overall_score(categories: Mapping[str, int | None], weights: Mapping[str, float],
                  weakest_share: float = 0.0) -> int:
    """Weighted mean of the judged categories (None ones do not count), blended with the
    weakest of them: a note that is fine but for one pushy line is not a 94."""
    judged = [(float(weights.get(cat, 1.0)), v) for cat, v in categories.items()
              if v is not None]
    weight = sum(w for w, _ in judged)
    if not weight:
        return 0
    mean = sum(w * v for w, v in judged) / weight
    weakest = min(v for _, v in judged)
    return round((1 - weakest_share) * mean + weakest_share * weakest)


def aggregate(findings: Iterable[Finding], judged: Iterable[str], policy: ScoringPolicy, *,
              empty: bool = False) -> tuple[dict[str, int | None], int]:
    """Category scores and the overall score of findings, as the policy weighs them.

    The one aggregation the engine and the workshop's measured gains both use. An
    ``empty`` draft scores 0 in every category but timeliness, which it leaves unjudged.
    """
    if empty:
        categories: dict[str, int | None] = {c: (None if c == "timeliness" else 0)
                                             for c in CATEGORIES}
    else:
        categories = category_scores(findings, judged, penalty=policy.penalty,
                                     half_life=policy.half_life)
    return categories, overall_score(categories, policy.weights, policy.weakest_share)
