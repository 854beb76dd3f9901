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
import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from coachkit.scoring.words import WordIndex

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

    def _sum(self, index: WordIndex) -> complex:
        return (sum(map(self.words.get, index.positions, _NONE))
                + sum(map(self.pairs.get, index.pairs, _NONE)))

    def logit(self, index: WordIndex) -> float:
        """The log-odds that the text of ``index`` is a bad follow-up."""
        total = self._sum(index)
        return self.bias + (total.real / math.sqrt(total.imag) if total.imag else 0.0)

    def probability(self, index: WordIndex) -> float:
        """The probability that the text of ``index`` is a bad follow-up."""
        return 1.0 / (1.0 + math.exp(-self.logit(index)))

    def _value(self, gram: tuple[str, ...]) -> complex:
        return self.words.get(gram[0], 0j) if len(gram) == 1 else self.pairs.get(gram, 0j)

    def pulls(self, index: WordIndex) -> list[tuple[float, str]]:
        """Each gram of the text that raises the log-odds, with how much, most first."""
        norm = math.sqrt(self._sum(index).imag) or 1.0
        found = [((w,), self.words[w]) for w in index.positions if w in self.words]
        found += [(p, self.pairs[p]) for p in index.pairs if p in self.pairs]
        return sorted(((v.real / norm, " ".join(g)) for g, v in found if v.real > 0),
                      reverse=True)

    def weigh_spans(self, index: WordIndex, spans: Sequence[tuple[int, int]]) -> list[float]:
        """How much the grams starting in each span (in text order) raise or lower the
        log-odds; a gram counts once, where it first starts."""
        words, starts = index.words, index.word_starts
        norm = math.sqrt(self._sum(index).imag) or 1.0
        first: dict[tuple[str, ...], int] = {}  # each known gram -> where it first starts
        for word in index.positions.keys() & self.words.keys():
            first[(word,)] = index.positions[word][0]
        known = map(self.pairs.__contains__, itertools.pairwise(words))
        for i in itertools.compress(range(len(words)), known):
            first.setdefault((words[i], words[i + 1]), starts[i])
        ends = [end for _, end in spans]
        out = [0.0] * len(spans)
        for gram, at in first.items():
            k = bisect.bisect_right(ends, at)
            if k < len(spans) and spans[k][0] <= at:
                out[k] += self._value(gram).real / norm
        return out


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
