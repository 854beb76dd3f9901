"""How much the projector masking hides that it should not, on the demo room.

    python bench/masking_bench.py              # 24 demo drafts per shipped exercise
    python bench/masking_bench.py --n 60

The demo generator knows the names it put in (each sender, the scenario's interviewers,
misspelt or not, and the company), so every masked word can be judged: a name, an
e-mail, a phone number or a link is meant to go; any other masked word is over-masked.
Prints one markdown table: drafts, words, masked words, the over-masked share of the
ordinary words, names left showing (must be 0) and the time per draft.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from coachkit.scoring.spelling import edit_distance  # noqa: E402
from coachkit.workshop import Masker  # noqa: E402
from coachkit.workshop.demo import demo_drafts  # noqa: E402
from coachkit.workshop.exercise import Exercise, load_exercise  # noqa: E402

EXERCISES = sorted((REPO / "data" / "exercises").glob("*.yml"))
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CONTACT_RE = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net)\b\S*"
                         r"|\+?\d[\d ().-]{6,}\d")


@dataclass(frozen=True)
class Tally:
    """What masking the demo room hid."""

    drafts: int
    words: int  # words of the drafts, contacts left out
    masked: int  # of them, hidden
    over: int  # hidden, and not a name
    ordinary: int  # words that are not names
    leaked: tuple[str, ...]  # names still showing
    seconds: float

    @property
    def share(self) -> float:
        """The share of ordinary words hidden."""
        return self.over / self.ordinary if self.ordinary else 0.0


def _is_name(word: str, names: set[str]) -> bool:
    low = re.sub(r"['’]s$", "", word.lower())
    return low in names or any(len(n) >= 4 and abs(len(n) - len(low)) <= 2
                               and edit_distance(low, n) <= 2 for n in names)


def tally(exercise: Exercise, n: int = 24) -> Tally:
    """Mask ``n`` demo drafts of ``exercise`` as the projector does and count."""
    drafts = demo_drafts(exercise, n)
    masker = Masker(exercise.scenario, participants=[d["sender"] for d in drafts],
                    keep=exercise.pack.vocabulary)
    scenario = exercise.scenario
    people = [*scenario.interviewers, scenario.company or "", *(d["sender"] for d in drafts)]
    names = {w.lower() for p in people for w in _WORD_RE.findall(p)}
    words = masked = over = ordinary = 0
    leaked: list[str] = []
    seconds = 0.0
    for d in drafts:
        text = f"Subject: {d['subject']}\n\n{d['body']}"
        start = time.perf_counter()
        spans = masker.spans(text)
        shown = masker.mask_text(text)
        seconds += time.perf_counter() - start
        hidden = [False] * len(text)
        for s, e, _ in spans:
            hidden[s:e] = [True] * (e - s)
        plain = _CONTACT_RE.sub(lambda m: " " * len(m.group()), text)
        for m in _WORD_RE.finditer(plain):
            name = _is_name(m.group(), names)
            words += 1
            ordinary += not name
            if any(hidden[m.start():m.end()]):
                masked += 1
                over += not name
        leaked += [w for w in _WORD_RE.findall(shown) if w.lower() in names]
    return Tally(len(drafts), words, masked, over, ordinary, tuple(leaked), seconds / n)


def main(argv: list[str] | None = None) -> int:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=24, help="demo drafts per exercise")
    args = parser.parse_args(argv)
    print("| exercise | drafts | words | masked words | over-masked share "
          "| names leaked | ms per draft |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for path in EXERCISES:
        t = tally(load_exercise(path), args.n)
        print(f"| {path.stem} | {t.drafts} | {t.words} | {t.masked} | {t.share:.2%} "
              f"| {len(t.leaked)} | {t.seconds * 1000:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
