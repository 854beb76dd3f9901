"""The template signal: a small, fitted model that flags a polished note with nothing in it.

Phrase lists catch the lines a bad follow-up says; a flattering template, a note all
about the writer or a sulky reply can say nothing any list names. This check weighs a
few general features of the draft (see ``_signal``) with the weights of the rules'
``personalization.template_signal`` threshold, fitted on the tuning corpus by
``python -m coachkit.scoring.fit_signal``, and flags the draft when their sum reaches the
threshold of its kind. A message under ``min_words`` words is not judged (its rates say
little), nor a reply to a rejection (a brief, gracious one names nothing, rightly). Its
cap (``score.caps``) keeps such a note from "ready" without making it a rewrite; the
reason names the feature that weighed most.
"""

from __future__ import annotations

import operator
from collections.abc import Iterator, Mapping
from typing import Any

from coachkit.scoring.checks._signal import FEATURES, KINDS, content_words, features
from coachkit.scoring.checks._util import first_line
from coachkit.scoring.context import Context
from coachkit.scoring.registry import Check, Function, Hit

__all__ = ["ALSO", "CHECKS", "REASONS", "reason", "signal", "strongest"]

CHECK_ID = "personalization.template_signal"

_Model = tuple[float, tuple[float, ...], tuple[float, ...], dict[str, float], int]
# the rules' model mapping (held, so its id is not reused) -> its figures as plain floats
_MODELS: dict[int, tuple[Mapping[str, Any], _Model]] = {}


def _model(model: Mapping[str, Any]) -> _Model:
    """Bias, weights and typical values in the order of ``FEATURES``, thresholds by kind
    and the fewest words judged."""
    held = _MODELS.get(id(model))
    if held is not None and held[0] is model:
        return held[1]
    figures = (float(model["bias"]), tuple(float(model["weights"][n]) for n in FEATURES),
               tuple(float(model["typical"][n]) for n in FEATURES),
               {str(k): float(v) for k, v in model["threshold"].items()},
               int(model["min_words"]))
    if len(_MODELS) >= 64:
        _MODELS.clear()
    _MODELS[id(model)] = (model, figures)
    return figures


# what a coach says when a feature weighs most, by the side of the typical good draft it
# is on ("+": above it, "-": below); a refit may turn a weight round, so both are here
REASONS = {
    ("self", "+"): "Reads as a note about you: I, me and my run through it, and little is "
                   "about them. Turn a few sentences to the reader: what you took from the "
                   "interview and what you would do for the team.",
    ("self", "-"): "Reads as impersonal: it says little of you. One line on what you would "
                   "bring to the work makes it yours.",
    ("specific", "-"): "Reads as a template: nothing in it is specific to this interview. "
                       "Name a person, a project, a figure or a detail you discussed, so "
                       "that it could only have been sent to them.",
    ("specific", "+"): "Reads as a list of particulars: keep the one or two details that "
                       "matter to the reader.",
    ("negative", "+"): "Reads as disappointed or reproachful: the words carry more "
                       "complaint than a follow-up can afford. Keep it to thanks, a plain "
                       "question and the door left open.",
    ("negative", "-"): "Reads as flat: say plainly what you thought of the conversation.",
    ("positive", "+"): "Reads as flattery: the praise is generous and could be about any "
                       "employer. Trade an adjective for one thing you learned or liked, "
                       "named exactly.",
    ("positive", "-"): "Reads as cold: there is little thanks or warmth in it. One sincere "
                       "line about the conversation goes a long way.",
}
# what the other features that weigh say, after the strongest
ALSO = {
    ("self", "+"): "talks mostly about you",
    ("self", "-"): "says little of you",
    ("specific", "-"): "names nothing specific to this interview",
    ("specific", "+"): "lists many particulars",
    ("negative", "+"): "carries disappointment or reproach",
    ("negative", "-"): "reads flat",
    ("positive", "+"): "praises in general terms",
    ("positive", "-"): "has little thanks or warmth in it",
}
# the pull (weight times difference from the typical good draft) from which a feature
# other than the strongest is named too
_ALSO = 0.5


def signal(ctx: Context, model: Mapping[str, Any]) -> tuple[float, tuple[float, ...]]:
    """The model's sum for the draft, and the draft's features."""
    bias, weights = _model(model)[:2]
    values = features(ctx)
    return bias + sum(map(operator.mul, weights, values)), values


def strongest(values: tuple[float, ...], model: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The features that weigh in a draft, most first, each with the side of the typical
    good draft it is on: the pull is weight times difference (the strongest always, the
    others from ``_ALSO``)."""
    _, weights, typical = _model(model)[:3]
    pulls = sorted(((w * (v - t), name, "+" if w > 0 else "-") for w, v, t, name in
                    zip(weights, values, typical, FEATURES, strict=True)), reverse=True)
    return [pulls[0][1:]] + [p[1:] for p in pulls[1:] if p[0] >= _ALSO]


def reason(found: list[tuple[str, str]]) -> str:
    """What a coach says about the features that weigh most, the strongest first."""
    also = [ALSO[f] for f in found[1:3]]
    return REASONS[found[0]] + (" It also " + " and ".join(also) + "." if also else "")


def _template_signal(ctx: Context) -> Iterator[Hit]:
    model = ctx.rules.threshold(CHECK_ID)
    limits, least = _model(model)[3:]
    if content_words(ctx) < least:
        return  # a line or two: too little to judge by rates (concision speaks to length)
    total, values = signal(ctx, model)
    if total >= limits.get(ctx.kind, limits["default"]):
        start, end = first_line(ctx)
        yield Hit(start, end, message=reason(strongest(values, model)))


CHECKS: tuple[Check, ...] = (
    Check(CHECK_ID, "personalization", "warning", "Reads as generic or self-focused",
          "A follow-up persuades by what it shows of this interview and this reader; a "
          "polished note that could go to any employer, is mostly about the writer or "
          "sulks reads as a form letter. Weighed by a model fitted on the tuning corpus "
          "from general features: how much is about the writer, how much is specific, "
          "how charged the words are.",
          Function(_template_signal), kinds=KINDS, scope="message"),
)
