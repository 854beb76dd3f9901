"""The wording model's check: a draft whose words, taken together, read like a bad follow-up.

Phrase lists name the lines a bad follow-up says; a fresh writer finds new ways to say
them. This check asks the wording model (``_wording``), fitted on labelled good and bad
drafts with the details of each interview left out, how likely the draft is to be a bad
follow-up, and flags it from the rules' ``tone.wording_model`` threshold. The finding
points at the sentence that weighs most and quotes the words that pull hardest; its cap
(``score.caps``) keeps the draft from "ready" without making it a rewrite by itself.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from coachkit.scoring.checks._wording import load_model
from coachkit.scoring.context import Context
from coachkit.scoring.registry import Check, Function, Hit
from coachkit.scoring.words import WordIndex

__all__ = ["CHECKS", "CHECK_ID", "LEAST_KNOWN_WORDS"]

CHECK_ID = "tone.wording_model"
_SHOWN = 3  # words quoted in the message
# a draft with fewer words the model knows is too short for it to judge: a few common
# words ("tomorrow", "send you") would decide alone (a two-line note read 80% bad, a
# two-sentence thank-you of 16 known words 83%)
LEAST_KNOWN_WORDS = 20


def _wording(ctx: Context) -> Iterator[Hit]:
    limit = float(ctx.rules.threshold(CHECK_ID))
    if limit >= 1.0 or not ctx.word_index.words:
        return
    model = load_model()
    index = ctx.word_index
    chance, norm = model.weigh(index)
    if chance < limit or model.known_words(index) < LEAST_KNOWN_WORDS:
        return
    found = model.raising(index)
    shown = [g for _, g in model.pulls(index, norm=norm, found=found) if len(g) > 1]
    quoted = ", ".join(f"“{_shown(g, ctx.text, index)}”" for g in _distinct(shown, _SHOWN))
    sentences = ctx.layout.sentences or [(0, len(ctx.text))]
    pulls = model.weigh_spans(index, sentences, norm, found)
    start, end = sentences[max(range(len(sentences)), key=pulls.__getitem__)]
    yield Hit(start, end, message=(
        f"Worded like the follow-ups coaches send back ({chance:.0%} by the wording model)"
        + (f"; the words that weigh most: {quoted}" if quoted else "")
        + ". This sentence weighs most: read the draft as the interviewer would, and "
          "rewrite what sounds hurt, pushy, presumptuous or careless."))


def _shown(gram: str, text: str, index: WordIndex) -> str:
    """The gram as the draft writes it ("haven t": "haven't")."""
    parts = gram.split()
    words, starts = index.words, index.word_starts
    for at in index.positions.get(parts[0], ()):
        i = bisect.bisect_left(starts, at)
        if list(words[i:i + len(parts)]) == parts:
            return text[at:starts[i + len(parts) - 1] + len(parts[-1])]
    return gram


def _distinct(grams: list[str], most: int) -> list[str]:
    """The first ``most`` grams in order, leaving out a word already quoted inside a pair
    and the reverse."""
    out: list[str] = []
    for gram in grams:
        words = set(gram.split())
        if not any(words <= set(g.split()) or set(g.split()) <= words for g in out):
            out.append(gram)
            if len(out) == most:
                break
    return out


CHECKS: tuple[Check, ...] = (
    Check(CHECK_ID, "tone", "warning", "Worded like follow-ups coaches send back",
          "Bad follow-ups share a way of putting things (hurt, pushy, presumptuous, "
          "careless) that no list of phrases covers. A model fitted on labelled good and "
          "bad drafts, with names and the details of each interview left out, weighs the "
          "words and pairs of words of the whole draft; a draft it finds very likely bad "
          "needs a reread before it is sent.",
          Function(_wording), scope="message"),
)
