"""Read the status words people write ("Ghosted :(", "Rejected (2025-01-24)", "phone screen").

Each distinct word is read once: the user's own readings first, then the mapping's
word lists, then stems and keywords. A date inside a status is taken out of the word
and kept, to become the date of the answer. A word nothing explains reads "unknown"
and counts as pending; the loader warns about it, never refuses it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping as MappingType

import numpy as np
import pandas as pd

from coachkit.outcomes.cells import DATE_IN_TEXT
from coachkit.outcomes.dates import Factorized, per_unique
from coachkit.outcomes.mapping import Mapping, normalize_label
from coachkit.outcomes.model import StatusReading
from coachkit.outcomes.schema import OUTCOMES

__all__ = ["READINGS", "StatusReading", "classify", "read_statuses", "split_status"]

# not_applied: saved, queued or drafted, never sent; such rows are not applications
READINGS = (*OUTCOMES, "not_applied", "unknown")
# a word saying the job was never applied to: a wishlist, a queue, a skip or a draft
_NEVER_SENT = re.compile(
    r"^(?:to apply|apply to|want to apply|plan(?:ned|ning)? to apply|wish ?list|saved?\b|"
    r"bookmark|queued?\b|skip(?:ped)?\b|hold\b|draft|planned\b|trash|manual apply|"
    r"prospect|researching|not (?:yet )?(?:applied|sent|submitted)|archived? before)|"
    r"ready to (?:send|apply|submit)|before (?:submi|applying|sending)|"
    r"never (?:applied|sent|submitted)|did ?n[o ]?t apply")
# checked in this order: the first rule whose pattern matches gives the reading
_RULES: tuple[tuple[str, str], ...] = (
    # the employer closed the post ("Cancelled/Filled", "Application closed")
    ("rejected", r"\bfilled\b|(?:application|position|job|role|posting|process|vacancy|"
                 r"opening) (?:was |is |has been )?(?:closed|cancel+ed|filled|removed)|"
                 r"closed by (?:the )?(?:company|employer|recruiter|hiring|client|hr)\b"),
    ("withdrew", r"withdr|pulled out|i declined|declined (?:the |their )?offer|"
                 r"(?:turned down|rejected|refused) (?:the |their )?offer|not interested|"
                 r"cancel+ed|lost interest|dropped out|"
                 r"\bi (?:denied|rejected|refused|turned (?:it )?down|said no)|"
                 r"offer\W+(?:was\s+)?(?:declined|turned down|refused)|"
                 r"closed by"),
    ("rejected", r"reject|declin|not (?:moving|move|going|proceed)\w* forward|not selected|"
                 r"unsuccessful|no offer|turned down|denied|not a fit|no longer|"
                 r"position (?:was )?filled|went with (?:another|someone)|did ?n[o']t get|"
                 r"didnt get|refused|^no$|^nope$|\brej\b|\bfail"),
    ("no_response", r"ghost|no (?:reply|response|answer|news|word|contact|feedback)|"
                    r"never (?:heard|replied|answered|got back)|silen|unanswered|crickets|"
                    r"nothing|heard nothing|no update|unresponsive|no ?show|"
                    r"not? (?:responded|replied|answered|heard)|🔇|👻"),
    ("offer", r"offer|accept|hired|\bsigned\b|got (?:it|the job)|🎉"),
    ("pending", r"interview|in progress|progress|ongoing|on going|screen|recruiter|\bcall|"
                r"on[ -]?site|assessment|challenge|take ?home|coding|\bround|\btest|\bcase\b|"
                r"waiting|applied|submitted|pending|review|scheduled|next step|\bfinal|"
                r"\bhr\b|active|open|sent|talking|process|stage|\bmet\b|meeting|"
                r"follow|contacted|reached out|shortlist|referr|shared|on hold|acknowledg|"
                r"received|confirm|outreach|awaiting"),
    # a sad face alone says rejected; with words ("ghosted :(") the words decide
    ("rejected", r"(?::|=)-?\(|☹|🙁|😞|😢|😭|👎|❌"),
)
_PATTERNS = tuple((reading, re.compile(pattern)) for reading, pattern in _RULES)
_AROUND_DATE = re.compile(r"[\s,;:\-–—]*(?:on|since|at|@|dated?)?\s*$", re.IGNORECASE)
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_REPEATED = re.compile(r"([a-z])\1{2,}")  # "reeejected", "nooo": letters drawn out for effect


def split_status(text: str) -> tuple[str, str]:
    """Split a status into its word and the date written in it ('' when none)."""
    match = DATE_IN_TEXT.search(text)
    if not match:
        return text.strip(), ""
    word = _AROUND_DATE.sub("", text[:match.start()]) + " " + text[match.end():]
    word = _EMPTY_BRACKETS.sub("", word).strip(" ,;:-–—")
    return re.sub(r"\s+", " ", word), match.group(0)


def classify(word: str, mapping: Mapping | None = None) -> tuple[str, str]:
    """The reading of one status word (an OUTCOMES value, "not_applied" or "unknown") and
    how it was found."""
    key = normalize_label(word)
    if mapping is not None and key in mapping.statuses:
        return mapping.statuses[key], "your mapping"
    if key in OUTCOMES:
        return key, "the word itself"
    if mapping is not None and key in mapping.not_applied:
        return "not_applied", "word list (never sent)"
    if mapping is not None and key in mapping.outcomes:
        return mapping.outcomes[key], "word list"
    if _NEVER_SENT.search(_REPEATED.sub(r"\1", key)):
        return "not_applied", "never sent"
    lowered = _REPEATED.sub(r"\1", word.casefold())
    for reading, pattern in _PATTERNS:
        found = pattern.search(lowered)
        if found:
            return reading, f"keyword '{found.group(0).strip()}'"
    return "unknown", "not recognised; counted as pending"


def _readings_of(words: pd.Series, mapping: Mapping,
                 overrides: dict[str, str]) -> tuple[pd.Series, pd.Series]:
    readings, hows = [], []
    for word in words:
        key = normalize_label(word)
        if key in overrides:
            readings.append(overrides[key])
            hows.append("your choice")
        else:
            reading, how = classify(word, mapping)
            readings.append(reading)
            hows.append(how)
    return pd.Series(readings, dtype=object), pd.Series(hows, dtype=object)


def check_overrides(overrides: MappingType[str, str] | None) -> dict[str, str]:
    """Normalise user readings {word: reading}; raise ValueError on an unknown reading."""
    out: dict[str, str] = {}
    for word, reading in (overrides or {}).items():
        value = str(reading).strip().lower().replace(" ", "_")
        if value not in READINGS:
            raise ValueError(f"status reading for {word!r}: expected one of "
                             f"{', '.join(READINGS)}, got {reading!r}")
        out[normalize_label(word)] = value
    return out


def read_statuses(cells: pd.Series, mapping: Mapping, overrides: dict[str, str],
                  cache: Factorized, counted: np.ndarray
                  ) -> tuple[pd.Series, pd.Series, pd.Series, tuple[StatusReading, ...]]:
    """Read every status cell: (reading, how, date text in the status, the readings table).

    ``counted`` masks the rows whose words are counted in the table (rows kept).
    """
    def split(uniques: pd.Series) -> tuple[pd.Series, pd.Series]:
        parts = [split_status(str(u)) for u in uniques]
        return (pd.Series([p[0] for p in parts], dtype=object),
                pd.Series([p[1] for p in parts], dtype=object))

    words, dated = per_unique(cells, split, cache)
    reading, how = per_unique(words, lambda u: _readings_of(u, mapping, overrides))
    table = _table(words, reading, how, dated, counted)
    return reading, how, dated, table


def _table(words: pd.Series, reading: pd.Series, how: pd.Series, dated: pd.Series,
           counted: np.ndarray) -> tuple[StatusReading, ...]:
    shown = ((words != "").to_numpy() & counted)
    if not shown.any():
        return ()
    codes, uniques = pd.factorize(words[shown], use_na_sentinel=False)
    counts = np.bincount(codes)
    dates = np.bincount(codes, weights=(dated[shown] != "").to_numpy(dtype=float))
    first = np.unique(codes, return_index=True)[1]  # first row of each distinct spelling
    readings, hows = reading[shown].to_numpy()[first], how[shown].to_numpy()[first]
    merged: dict[str, list] = {}  # spellings that normalise alike are one word
    for k, word in enumerate(uniques):
        key = normalize_label(word)
        if key in merged:
            merged[key][1] += int(counts[k])
            merged[key][4] += int(dates[k])
        else:
            merged[key] = [str(word), int(counts[k]), str(readings[k]), str(hows[k]),
                           int(dates[k])]
    rows = [StatusReading(word, count, read, how + (f"; date in {n} cells taken" if n else ""))
            for word, count, read, how, n in merged.values()]
    rows.sort(key=lambda r: (-r.count, r.word.casefold()))
    return tuple(rows)
