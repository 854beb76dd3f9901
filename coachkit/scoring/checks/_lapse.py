"""The lapse model: how much one sentence reads like the admission of a lapse that bad
follow-ups make in passing, in a polite and specific note.

A bad follow-up of this kind thanks the panel, names the interview's topics, and in one
sentence lets slip a lapse of honesty, fairness, confidentiality or safety: a former
employer's files attached, a safety step skipped "to save time", a reference to be
stretched. Each such sentence is worded its own way, so phrase lists catch them one by
one. The model weighs every word and pair of neighbouring words of a sentence (the
Context's tokenisation), names and details included: ``bias + sum(weight x idf) /
sqrt(sum(idf²))`` over the grams it knows, as the wording model does for a whole draft.
It is fitted by ``python -m coachkit.scoring.fit_lapse`` on the sentences the phrase
lists find such a lapse in (bad drafts) against every sentence of the good drafts, and
read from ``data/lapse_model.json``.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Sequence
from pathlib import Path

from coachkit.scoring.checks._wording import Model
from coachkit.scoring.context import Context
from coachkit.scoring.text import Span

__all__ = ["LEAST_WORDS", "MODEL_FILE", "sentence_logit", "sentence_words"]

MODEL_FILE = Path(__file__).parent.parent / "data" / "lapse_model.json"
LEAST_WORDS = 6  # a shorter sentence ("Mr Prothero, Mrs Hassan,") says too little to weigh
_NONE = itertools.repeat(0j)


def sentence_words(ctx: Context) -> list[tuple[Span, tuple[str, ...]]]:
    """Each sentence of the draft of at least ``LEAST_WORDS`` words, with its words (as
    the Context's word index reads them)."""
    index = ctx.word_index
    starts, words = index.word_starts, index.words
    out = []
    for start, end in ctx.layout.sentences:
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end, i)
        if j - i >= LEAST_WORDS:
            out.append(((start, end), words[i:j]))
    return out


def sentence_logit(model: Model, words: Sequence[str]) -> float:
    """The log-odds that a sentence of these words admits a lapse."""
    total = (sum(map(model.words.get, set(words), _NONE))
             + sum(map(model.pairs.get, set(itertools.pairwise(words)), _NONE)))
    norm = math.sqrt(total.imag)
    return model.bias + (total.real / norm if norm else 0.0)
