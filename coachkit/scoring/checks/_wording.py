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

from coachkit.scoring.collection import collection_paused
from coachkit.scoring.words import WordIndex, pair_places_in_text

__all__ = ["MODEL_FILE", "Model", "Pull", "grams", "load_model"]

MODEL_FILE = Path(__file__).parent.parent / "data" / "wording_model.json"
_NONE = itertools.repeat(0j)
# a gram that raises the log-odds: its weight x idf, the gram, where it first starts
Pull = tuple[float, tuple[str, ...], int]
Pair = tuple[str, str]


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

    def known_words(self, index: WordIndex) -> int:
        """How many distinct words of the text the model knows."""
        return len(index.positions.keys() & self.words.keys())

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
    def _raising(self) -> tuple[dict[str, float], dict[Pair, tuple[float, Pair]]]:
        """The words and the pairs that raise the log-odds, with their weight x idf (a
        pair's with the pair itself)."""
        return ({w: v.real for w, v in self.words.items() if v.real > 0},
                {p: (v.real, p) for p, v in self.pairs.items() if v.real > 0})

    def raising(self, index: WordIndex) -> list[Pull]:
        """The grams of the text that raise the log-odds: the weight x idf of each, the
        gram and where it first starts in the text."""
        words, pairs = self._raising
        positions, starts = index.positions, index.word_starts
        found = [(words[w], (w,), positions[w][0]) for w in positions.keys() & words.keys()]
        found += [(pull, pair, starts[places[0]])
                  for (pull, pair), places in pair_places_in_text(pairs, index)]
        return found

    def pulls(self, index: WordIndex, most: int = 12, norm: float | None = None,
              found: list[Pull] | None = None) -> list[tuple[float, str]]:
        """The ``most`` grams of the text that raise the log-odds most, with how much
        (from ``found``, the text's ``raising`` grams, when given)."""
        norm = norm or self.norm(index)
        top = heapq.nlargest(most, self.raising(index) if found is None else found)
        return [(v / norm, " ".join(g)) for v, g, _ in top]

    def weigh_spans(self, index: WordIndex, spans: Sequence[tuple[int, int]],
                    norm: float | None = None, found: list[Pull] | None = None
                    ) -> list[float]:
        """How much the grams that raise the log-odds and start in each span (in text
        order) raise it; a gram counts once, where it first starts."""
        norm = norm or self.norm(index)
        ends = [end for _, end in spans]
        out = [0.0] * len(spans)
        for pull, _, at in self.raising(index) if found is None else found:
            k = bisect.bisect_right(ends, at)
            if k < len(spans) and spans[k][0] <= at:
                out[k] += pull
        return [x / norm for x in out]


@functools.lru_cache(maxsize=4)
@collection_paused
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
