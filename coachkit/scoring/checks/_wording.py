"""The wording model: how much a draft's words, taken together, read like a bad follow-up.

A draft's *grams* are its words (the Context's one tokenisation: lower-cased runs of
letters and digits) and each pair of neighbouring words, counted once each. The model
knows only grams made of common English words, so names, places, tools and the details of
one interview weigh nothing: it learns how a follow-up is put, not what it is about.
Each gram it knows has a weight and an idf (rarer grams count more); the draft's log-odds
of being a bad follow-up is ``bias + sum(weight x idf) / sqrt(sum(idf²))`` over the grams
it knows (tf-idf of presence, scaled to unit length). The model is fitted by
``python -m coachkit.scoring.fit_wording`` and read from ``data/wording_model.json``.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from coachkit.scoring.words import WordIndex, pair_places_in_text

__all__ = ["MODEL_FILE", "Model", "grams", "load_model"]

MODEL_FILE = Path(__file__).parent.parent / "data" / "wording_model.json"
_NONE = itertools.repeat(0j)


def grams(words: Sequence[str]) -> set[str]:
    """The words and the pairs of neighbouring words ("haven't heard": "haven t", "t heard")."""
    out = set(words)
    out.update(map(" ".join, itertools.pairwise(words)))
    return out


@dataclass(frozen=True)
class Model:
    """The fitted model: its bias and, for each word and each pair of words it knows,
    ``complex(weight x idf, idf²)`` (one look-up gives both sums)."""

    bias: float
    words: dict[str, complex]
    pairs: dict[tuple[str, str], complex]

    def _logit_and_norm(self, index: WordIndex) -> tuple[float, float]:
        """The log-odds, and the length that scales the known grams to unit length (1
        with none known), from one pass over the grams."""
        total = (sum(map(self.words.get, index.positions, _NONE))
                 + sum(map(self.pairs.get, index.pairs, _NONE)))
        norm = math.sqrt(total.imag)
        return self.bias + (total.real / norm if norm else 0.0), norm or 1.0

    def logit(self, index: WordIndex) -> float:
        """The log-odds that the text of ``index`` is a bad follow-up."""
        return self._logit_and_norm(index)[0]

    def probability(self, index: WordIndex) -> float:
        """The probability that the text of ``index`` is a bad follow-up."""
        return self.weigh(index)[0]

    def weigh(self, index: WordIndex) -> tuple[float, float]:
        """The probability that the text is a bad follow-up, and its ``norm``."""
        logit, norm = self._logit_and_norm(index)
        return 1.0 / (1.0 + math.exp(-logit)), norm

    def norm(self, index: WordIndex) -> float:
        """The length that scales the text's grams to unit length (1 with none known)."""
        return self._logit_and_norm(index)[1]

    @functools.cached_property
    def _raising(self) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
        """The words and the pairs that raise the log-odds, with their weight x idf."""
        return ({w: v.real for w, v in self.words.items() if v.real > 0},
                {p: v.real for p, v in self.pairs.items() if v.real > 0})

    def pulls(self, index: WordIndex, most: int = 12, norm: float | None = None
              ) -> list[tuple[float, str]]:
        """The ``most`` grams of the text that raise the log-odds most, with how much."""
        norm = norm or self.norm(index)
        words, pairs = self._raising
        found: list[tuple[float, tuple[str, ...]]] = [
            (words[w], (w,)) for w in index.positions.keys() & words.keys()]
        found += [(pairs[p], p) for p in index.pairs & pairs.keys()]
        return [(v / norm, " ".join(g)) for v, g in heapq.nlargest(most, found)]

    def weigh_spans(self, index: WordIndex, spans: Sequence[tuple[int, int]],
                    norm: float | None = None) -> list[float]:
        """How much the grams that raise the log-odds and start in each span (in text
        order) raise it; a gram counts once, where it first starts."""
        norm = norm or self.norm(index)
        raising, pairs = self._raising
        # (where each raising gram first starts, its pull)
        found = [(index.positions[w][0], raising[w])
                 for w in index.positions.keys() & raising.keys()]
        found += [(index.word_starts[places[0]], pull)
                  for pull, places in pair_places_in_text(pairs, index)]
        ends = [end for _, end in spans]
        out = [0.0] * len(spans)
        for at, pull in found:
            k = bisect.bisect_right(ends, at)
            if k < len(spans) and spans[k][0] <= at:
                out[k] += pull
        return [x / norm for x in out]


@functools.lru_cache(maxsize=4)
def load_model(path: Path = MODEL_FILE) -> Model:
    """The model written by ``fit_wording`` (read once)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    words: dict[str, complex] = {}
    pairs: dict[tuple[str, str], complex] = {}
    for gram, (weight, idf) in data["grams"].items():
        value = complex(weight * idf, idf * idf)
        first, _, second = gram.partition(" ")
        if second:
            pairs[(first, second)] = value
        else:
            words[first] = value
    return Model(float(data["bias"]), words, pairs)
