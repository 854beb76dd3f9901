"""Build the spelling data the scorer loads: ``data/words.bin`` and ``data/suggest.bin``.

The word list and its frequencies are pyspellchecker's English dictionary. Reading it
through the library (a JSON file of 160,000 words) takes about a tenth of a second on
every start, and the index that finds suggestions (every common word with each of its
letters deleted in turn) took a further fifth of a second to build. Both, written once
into two small binary files, load in a few hundredths of a second. Rebuild them after
upgrading pyspellchecker (a test compares them with the library)::

    python -m coachkit.scoring.build_spelling

``words.bin``: a header (magic, version, the longest word, section sizes), then the words
sorted and joined by newlines (zlib), then their frequencies (zlib, little-endian uint32).

``suggest.bin``: a header, then the common words (``MIN_SUGGEST_FREQUENCY`` or more,
letters only, two letters or more) as positions in the word list (uint32), then a hash
table of every key a common word answers to: the word itself and the word with one letter
deleted. A key's bucket is its CRC-32 masked to ``BUCKET_BITS`` bits; the file holds how
many entries each bucket has (one byte each) and the entries, bucket after bucket, as
positions in the list of common words (uint16). A look-up reads the words of one bucket
and keeps those that really answer to the key, so a hash collision adds nothing.
"""

from __future__ import annotations

import array
import struct
import sys
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = [
    "BUCKET_BITS", "MIN_SUGGEST_FREQUENCY", "SUGGEST_FILE", "WORDS_FILE", "bucket", "build",
    "common_words", "encode", "keys_of",
]

DATA = Path(__file__).with_name("data")
WORDS_FILE = DATA / "words.bin"
SUGGEST_FILE = DATA / "suggest.bin"
WORDS_MAGIC = b"CKWORDS1"
SUGGEST_MAGIC = b"CKSUGG01"
WORDS_HEADER = struct.Struct("<8sIII")  # magic, longest word, words bytes, frequencies bytes
SUGGEST_HEADER = struct.Struct("<8sIIII")  # magic, bits, common bytes, counts bytes, ids bytes
MIN_SUGGEST_FREQUENCY = 200
BUCKET_BITS = 18


def bucket(key: str) -> int:
    """The hash-table bucket of a key."""
    return zlib.crc32(key.encode("utf-8")) & ((1 << BUCKET_BITS) - 1)


def keys_of(word: str) -> set[str]:
    """The keys a common word answers to: itself and each one-letter deletion."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def common_words(frequencies: Mapping[str, int]) -> list[str]:
    """The words suggestions are chosen from, sorted."""
    return sorted(w for w, f in frequencies.items()
                  if f >= MIN_SUGGEST_FREQUENCY and len(w) >= 2 and w.isalpha())


def _uint_array(code: str, values: Iterable[int]) -> bytes:
    out = array.array(code, values)
    if sys.byteorder == "big":
        out.byteswap()
    return out.tobytes()


def encode(frequencies: Mapping[str, int]) -> tuple[bytes, bytes]:
    """The bytes of ``words.bin`` and ``suggest.bin`` for a word-frequency table."""
    words = sorted(frequencies)
    text = zlib.compress("\n".join(words).encode("utf-8"), 9)
    freqs = zlib.compress(_uint_array("I", (frequencies[w] for w in words)), 9)
    longest = max(map(len, words), default=0)
    words_bin = WORDS_HEADER.pack(WORDS_MAGIC, longest, len(text), len(freqs)) + text + freqs

    position = {w: i for i, w in enumerate(words)}
    common = common_words(frequencies)
    if len(common) > 0xFFFF:
        raise ValueError(f"{len(common)} common words do not fit the uint16 entries")
    buckets: list[list[int]] = [[] for _ in range(1 << BUCKET_BITS)]
    for i, word in enumerate(common):
        for key in sorted(keys_of(word)):
            buckets[bucket(key)].append(i)
    if max(map(len, buckets)) > 0xFF:
        raise ValueError("a bucket holds more than 255 entries: use more BUCKET_BITS")
    common_bin = zlib.compress(_uint_array("I", (position[w] for w in common)), 9)
    counts = zlib.compress(bytes(map(len, buckets)), 9)
    ids = zlib.compress(_uint_array("H", (i for b in buckets for i in b)), 9)
    suggest_bin = (SUGGEST_HEADER.pack(SUGGEST_MAGIC, BUCKET_BITS, len(common_bin),
                                       len(counts), len(ids)) + common_bin + counts + ids)
    return words_bin, suggest_bin


def library_frequencies() -> dict[str, int]:
    """pyspellchecker's English word frequencies, as the library loads them."""
    from spellchecker import SpellChecker

    return dict(SpellChecker(distance=1).word_frequency.dictionary)


def build() -> int:
    """Write both files from the installed pyspellchecker; return the number of words."""
    frequencies = library_frequencies()
    words_bin, suggest_bin = encode(frequencies)
    DATA.mkdir(parents=True, exist_ok=True)
    WORDS_FILE.write_bytes(words_bin)
    SUGGEST_FILE.write_bytes(suggest_bin)
    return len(frequencies)


if __name__ == "__main__":
    print(f"{build()} words written to {WORDS_FILE.name} and {SUGGEST_FILE.name}",
          file=sys.stderr)
