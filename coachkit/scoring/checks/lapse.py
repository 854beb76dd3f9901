"""The lapse model's check: one sentence that reads like a lapse admitted in passing.

A polite, specific note can still let slip that the writer took a former employer's
files, skipped a safety step or stretched a reference. Phrase lists (``tone.confidential``)
name such sentences one by one; each new writer words them afresh. This check asks the
lapse model (``_lapse``), fitted on the sentences those lists found against every
sentence of good drafts, how likely each sentence is to admit a lapse, and flags the
likeliest from the rules' ``tone.lapse_model`` threshold. Its cap (``score.caps``) keeps
the draft from "ready" without making it a rewrite by itself.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator

from coachkit.scoring.checks._lapse import MODEL_FILE, sentence_logit, sentence_words
from coachkit.scoring.checks._wording import Model, load_model
from coachkit.scoring.context import Context
from coachkit.scoring.registry import Check, Function, Hit

__all__ = ["CHECKS", "CHECK_ID"]

CHECK_ID = "tone.lapse_model"


@functools.cache
def _model() -> Model:
    return load_model(MODEL_FILE)


def _lapse(ctx: Context) -> Iterator[Hit]:
    limit = float(ctx.rules.threshold(CHECK_ID))
    if limit >= 1.0 or not ctx.word_index.words:
        return
    model = _model()
    best, where = -math.inf, None
    for span, words in sentence_words(ctx):
        logit = sentence_logit(model, words)
        if logit > best:
            best, where = logit, span
    if where is None:
        return
    chance = 1.0 / (1.0 + math.exp(-best))
    if chance < limit:
        return
    yield Hit(where[0], where[1], message=(
        f"This sentence reads like the lapses coaches strike out of polite follow-ups "
        f"({chance:.0%} by the lapse model): details that are not yours to share, a rule or "
        "safety step skipped, a claim that is not quite true, a remark unfair to someone. "
        "Read it as the employer would: if it says you would do the same in their job, "
        "leave it out."))


CHECKS: tuple[Check, ...] = (
    Check(CHECK_ID, "tone", "warning", "A sentence that reads like a lapse admitted in passing",
          "Polite, specific follow-ups are sent back when one sentence lets slip a lapse of "
          "honesty, fairness, confidentiality or safety: the reader judges what you would do "
          "in their job by what you say you did in another. Each writer words it afresh, so "
          "a model fitted on such sentences, against every sentence of good drafts, weighs "
          "each sentence; one it finds very likely a lapse needs a reread.",
          Function(_lapse)),
)
