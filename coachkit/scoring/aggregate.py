"""Turn findings into 0-100 scores, caps and a verdict: a separate, pure step after the checks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from coachkit.labels import SEVERITY_RANK
from coachkit.model import CATEGORIES, Cap, Finding

if TYPE_CHECKING:
    from coachkit.scoring.policy import ScoringPolicy

__all__ = ["Assessment", "aggregate", "assess", "caps_for", "category_scores", "only_slips",
           "overall_score", "product_score"]

_DEFAULT_PENALTY = {"error": 12.0, "warning": 5.0, "suggestion": 1.5}
_DEFAULT_HALF_LIFE = 30.0
# timeliness is one judgement, not a sum: the worst finding sets the score
_TIMELINESS = {"error": 35, "warning": 65, "suggestion": 85}


@dataclass(frozen=True)
class Assessment:
    """What the findings come to: category scores, the overall, its caps and the verdict."""

    categories: dict[str, int | None]
    overall: int
    verdict: str
    caps: tuple[Cap, ...] = ()


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


def product_score(categories: Mapping[str, int | None], weights: Mapping[str, float],
                  weakest_share: float = 0.0) -> int:
    """100 times the product of the judged categories' fractions, each raised to its
    weight, blended with the weakest category: what each category lost, the overall loses
    too, so two categories at 80 make 64 rather than a mean that hides them."""
    judged = [(float(weights.get(cat, 1.0)), v) for cat, v in categories.items()
              if v is not None]
    if not judged:
        return 0
    product = 100.0
    for weight, value in judged:
        product *= (max(value, 0) / 100) ** weight if weight else 1.0
    weakest = min(v for _, v in judged)
    return round((1 - weakest_share) * product + weakest_share * weakest)


def caps_for(findings: Iterable[Finding], policy: ScoringPolicy, overall: float,
             titles: Mapping[str, str] | None = None) -> tuple[Cap, ...]:
    """The caps that hold ``overall`` down: every capped check at the lowest limit among
    the findings' checks, when that limit is below ``overall`` (none otherwise).

    A check named in the policy's ``cap_from`` caps only with findings of that severity
    or graver. Each further finding of a capped check lowers its limit by the policy's
    ``cap_step``:
    one pushy line needs revising, several need a rewrite. ``titles`` names each check
    (its message); a finding's own message stands in.
    """
    first: dict[str, Finding] = {}
    count: dict[str, int] = {}
    milder = policy.cap_from
    for f in findings:
        if f.rule in policy.caps and not (
                milder and f.rule in milder
                and SEVERITY_RANK[f.severity] > SEVERITY_RANK[milder[f.rule]]):
            first.setdefault(f.rule, f)
            count[f.rule] = count.get(f.rule, 0) + 1
    if not first:
        return ()
    limits = {rule: max(0.0, policy.caps[rule] - policy.cap_step * (count[rule] - 1))
              for rule in first}
    lowest = min(limits.values())
    if lowest >= overall:
        return ()
    return tuple(Cap(rule, _label((titles or {}).get(rule) or f.message), round(lowest),
                     f.why or f.message)
                 for rule, f in first.items() if limits[rule] == lowest)


def _label(title: str) -> str:
    """A check's title as it reads inside a sentence ("Pushy phrasing" -> "pushy phrasing")."""
    if title[:2].isupper():  # an acronym keeps its capitals
        return title
    return title[:1].lower() + title[1:]


def assess(findings: Iterable[Finding], judged: Iterable[str], policy: ScoringPolicy, *,
           empty: bool = False, titles: Mapping[str, str] | None = None) -> Assessment:
    """Category scores, the overall (capped by the gravest capped finding) and the verdict.

    An ``empty`` draft scores 0 in every category but timeliness, which it leaves unjudged.
    """
    findings = list(findings)
    if empty:
        categories: dict[str, int | None] = {c: (None if c == "timeliness" else 0)
                                             for c in CATEGORIES}
    else:
        categories = category_scores(findings, judged, penalty=policy.penalty,
                                     half_life=policy.half_life)
    combine = product_score if policy.combine == "product" else overall_score
    overall = combine(categories, policy.weights, policy.weakest_share)
    caps = () if empty else caps_for(findings, policy, overall, titles)
    if caps:
        overall = caps[0].limit
    revise = round(policy.verdict_bands[1])
    if (not empty and overall < revise and all(c.check_id in policy.slips for c in caps)
            and only_slips(findings, policy)):
        overall = revise  # slips a fix corrects: a revision, not a rewrite
        caps = tuple(replace(c, limit=max(c.limit, revise)) for c in caps)
    return Assessment(categories, overall, policy.verdict_for(overall), caps)


def only_slips(findings: Iterable[Finding], policy: ScoringPolicy) -> bool:
    """Whether every error and warning among ``findings`` is of a check the policy counts
    as a slip (and there is at least one)."""
    graver = [f.rule for f in findings if f.severity in ("error", "warning")]
    return bool(graver and policy.slips) and all(rule in policy.slips for rule in graver)


def aggregate(findings: Iterable[Finding], judged: Iterable[str], policy: ScoringPolicy, *,
              empty: bool = False) -> tuple[dict[str, int | None], int]:
    """Category scores and the (capped) overall score of findings, as the policy weighs them.

    The one aggregation the engine and the workshop's measured gains both use (see
    ``assess`` for the caps and the verdict).
    """
    result = assess(findings, judged, policy, empty=empty)
    return result.categories, result.overall
