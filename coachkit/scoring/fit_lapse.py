"""Fit the lapse model on labelled sentences and write it (model file and threshold).

    python -m coachkit.scoring.fit_lapse            # refit, print the figures, write
    python -m coachkit.scoring.fit_lapse --check    # refit and compare, write nothing

The sentences: in the bad drafts of the tuning corpus and the probes (sets up to
``LAST_FITTED_SET``), each one the phrase list ``tone.confidential`` finds a lapse in; in
the good drafts, every sentence. Other sentences of bad drafts are left out (most of a
bad note is fine). An L2 logistic regression over the grams of ``checks/_lapse`` (tf-idf
of presence, grams in at least ``MIN_SENTENCES`` sentences), as the wording model is
fitted. It is cross-validated in ``FOLDS`` folds of whole interview scenarios, so every
figure is measured on drafts about jobs the fit did not read; a draft weighs as its
highest sentence. The threshold is the first hundredth above all but ``GOOD_FLAGGED`` of
the good drafts' held-out weights. The blind sets are never read. scikit-learn and scipy
are needed here (``pip install -e ".[fit]"``), never when scoring.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coachkit.model import Draft
from coachkit.scoring.checks import all_checks
from coachkit.scoring.checks._lapse import MODEL_FILE, sentence_words
from coachkit.scoring.checks._wording import grams
from coachkit.scoring.context import Context
from coachkit.scoring.engine import score
from coachkit.scoring.fit_wording import (
    FOLDERS,
    _Fitted,
    _presence,
    _probabilities,
    _scaled,
    fitted_items,
)
from coachkit.scoring.fit_wording import model_json as wording_model_json
from coachkit.scoring.rules import RULES_DIR, default_rules

__all__ = ["Fit", "fit", "labelled_sentences", "main", "model_json", "rules_text"]

RULES_FILE = RULES_DIR / "lapse.yaml"
THRESHOLD_NAME = "tone.lapse_model"
LAPSE_LIST = "tone.confidential"  # the phrase list whose finds are the lapses
MIN_SENTENCES = 5  # a gram in fewer sentences says little in general (the model stays small)
STRENGTH = 4.0  # scikit-learn's C: the inverse of the L2 penalty
DIGITS = 4  # the weights and idfs as the model file holds them
FOLDS = 5
GOOD_FLAGGED = 0.005  # the share of good drafts the cross-validated threshold may flag
# the last probe set the model is fitted on; later sets are scored by it as drafts it has
# not read
LAST_FITTED_SET = 577
TOLERANCE = 2e-3  # how far a refit's figures may stray from the file's


@dataclass(frozen=True)
class Fit:
    """The model (bias, gram -> (weight, idf)), threshold and figures."""

    bias: float
    grams: dict[str, tuple[float, float]]
    threshold: float
    figures: dict[str, Any]


@dataclass(frozen=True)
class _Sentences:
    """The labelled sentences: their grams, labels (lapse?), and for each its draft's
    number, the draft's label and scenario."""

    rows: list[set[str]]
    labels: list[bool]
    drafts: list[int]
    draft_bad: list[bool]
    draft_scenario: list[str]


def labelled_sentences(folders: tuple[Path, ...] = FOLDERS) -> _Sentences:
    """Read the labelled drafts and split them into sentences, labelled as above."""
    rules = default_rules()
    lapse_checks = [c for c in all_checks() if c.id == LAPSE_LIST]
    out = _Sentences([], [], [], [], [])
    for item, text in fitted_items(folders, LAST_FITTED_SET):
        draft = Draft.from_text(text, kind=item["kind"])
        bad = item["quality"] == "bad"
        lapses = ([f.start for f in score(draft, checks=lapse_checks).findings]
                  if bad else [])
        if bad and not lapses:
            continue
        number = len(out.draft_bad)
        out.draft_bad.append(bad)
        out.draft_scenario.append(str(item["scenario"]))
        ctx = Context(draft=draft, notes=None, rules=rules)
        for (start, end), words in sentence_words(ctx):
            lapse = any(start <= at < end for at in lapses)
            if bad and not lapse:
                continue
            out.rows.append(grams(words))
            out.labels.append(lapse)
            out.drafts.append(number)
    return out


def _train(presence: Any, labels: Any) -> _Fitted:
    """Fit on the sentences of ``presence``: grams in at least ``MIN_SENTENCES`` of them."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    counts = np.asarray(presence.sum(axis=0)).ravel()
    kept = np.flatnonzero(counts >= MIN_SENTENCES)
    idf = np.round(np.log((1 + presence.shape[0]) / (1 + counts[kept])) + 1, DIGITS)
    unweighted = _Fitted(0.0, kept, idf, None)
    model = LogisticRegression(C=STRENGTH, class_weight="balanced", solver="newton-cg",
                               tol=1e-8, max_iter=20_000)
    model.fit(_scaled(presence, unweighted), labels)
    return _Fitted(round(float(model.intercept_[0]), DIGITS), kept, idf,
                   np.round(model.coef_[0], DIGITS))


def _fold(scenario: str) -> int:
    """The fold of a scenario (the same on every machine)."""
    return zlib.crc32(scenario.encode("utf-8")) % FOLDS


def _draft_weights(s: _Sentences, rows: list[int], probabilities: list[float]
                   ) -> dict[int, float]:
    """Each draft's weight: its highest sentence's probability."""
    out: dict[int, float] = {}
    for row, p in zip(rows, probabilities, strict=True):
        d = s.drafts[row]
        out[d] = max(out.get(d, 0.0), p)
    return out


def fit(folders: tuple[Path, ...] = FOLDERS) -> Fit:
    """Fit the model, cross-validate it by scenario and choose its threshold."""
    import numpy as np

    s = labelled_sentences(folders)
    presence, every = _presence(s.rows)
    labels = np.array(s.labels)
    fitted = _train(presence, labels)
    row_fold = np.array([_fold(s.draft_scenario[d]) for d in s.drafts])
    held: dict[int, float] = {}
    for k in range(FOLDS):
        train, test = row_fold != k, row_fold == k
        part = _train(presence[train], labels[train])
        rows = np.flatnonzero(test).tolist()
        held.update(_draft_weights(s, rows, _probabilities(presence[test], part)))
    good = [p for d, p in held.items() if not s.draft_bad[d]]
    bad = [p for d, p in held.items() if s.draft_bad[d]]
    allowed = math.floor(GOOD_FLAGGED * len(good))
    threshold = math.floor(sorted(good, reverse=True)[allowed] * 100 + 1) / 100
    table = {every[j]: (float(w), float(idf))
             for j, w, idf in zip(fitted.kept, fitted.weights, fitted.idf, strict=True)}
    figures = {"good_drafts": len(good), "lapse_drafts": len(bad),
               "sentences": len(s.rows), "lapse_sentences": int(labels.sum()),
               "grams": len(table),
               "good_flagged_cv": sum(p >= threshold for p in good),
               "lapse_flagged_cv": sum(p >= threshold for p in bad)}
    return Fit(fitted.bias, table, threshold, figures)


def model_json(result: Fit) -> str:
    """The model file, in the wording model's form."""
    return wording_model_json(result, about="coachkit lapse model: see "
                                            "coachkit/scoring/checks/_lapse.py")


def rules_text(result: Fit) -> str:
    """The rules file that holds the threshold (YAML with its comments)."""
    f = result.figures
    return (
        "# The lapse model (tone.lapse_model): a logistic regression over the words and\n"
        "# pairs of words of one sentence, fitted on the sentences where the phrase list\n"
        "# tone.confidential finds a lapse of honesty, fairness, confidentiality or safety\n"
        "# (in bad drafts) against every sentence of the good drafts.\n"
        "# Written by `python -m coachkit.scoring.fit_lapse` from the tuning corpus and\n"
        f"# probe sets up to {LAST_FITTED_SET}: {f['lapse_sentences']} lapse sentences of "
        f"{f['lapse_drafts']} bad drafts\n"
        f"# and the {f['sentences'] - f['lapse_sentences']} sentences of {f['good_drafts']} "
        f"good drafts, {f['grams']} grams. In {FOLDS} folds of whole\n"
        f"# scenarios, the threshold flags {f['good_flagged_cv']} of the good drafts and "
        f"{f['lapse_flagged_cv']} of the bad ones.\n"
        "# The model itself is in data/lapse_model.json. A draft is flagged when one of its\n"
        "# sentences reaches the threshold. A coach may raise it to flag fewer drafts (1\n"
        "# never flags), or switch the check off.\n"
        "thresholds:\n"
        f"  {THRESHOLD_NAME}: {result.threshold:.2f}\n")


def _same(stored: dict[str, Any], result: Fit) -> bool:
    """Whether a stored model file agrees with a refit to within ``TOLERANCE``."""
    if set(stored["grams"]) != set(result.grams):
        return False
    return abs(stored["bias"] - result.bias) <= TOLERANCE and all(
        abs(w - result.grams[g][0]) <= TOLERANCE and abs(i - result.grams[g][1]) <= TOLERANCE
        for g, (w, i) in stored["grams"].items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m coachkit.scoring.fit_lapse",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="refit and compare with the stored model; write nothing")
    args = parser.parse_args(argv)
    result = fit()
    print(json.dumps({"threshold": result.threshold, **result.figures}))
    if args.check:
        same = (MODEL_FILE.is_file()
                and _same(json.loads(MODEL_FILE.read_text(encoding="utf-8")), result)
                and RULES_FILE.is_file() and RULES_FILE.read_text(encoding="utf-8")
                == rules_text(result))
        print("the stored model matches the refit" if same else
              "the stored model differs from the refit: run without --check to write it")
        return 0 if same else 1
    MODEL_FILE.write_text(model_json(result), encoding="utf-8")
    RULES_FILE.write_text(rules_text(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
