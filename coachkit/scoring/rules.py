"""Phrase lists, thresholds, vocabulary and check switches, read from YAML files.

The built-in files live beside this module in ``rules/``; a coach can add a file
of the same shape (``coachkit score --rules extra.yml``) to extend the lists,
change thresholds or switch checks off. Shape of a rules file::

    lists:                       # phrase lists, keyed by check id
      tone.pushy:
        entries:
          - phrase: asap         # literal words; case and spacing are flexible
            suggestion: when you have a moment
            why: Urgency words read as pressure on a busy interviewer.
          - pattern: 'I expect (an? )?(answer|reply)'   # or a regular expression
    thresholds:                  # numbers the checks use; deep-merged
      concision.length: {thank_you: [75, 200]}
    sets:                        # named word sets (acronyms, companies, ...)
      acronyms: [SQL, KPI]
    vocabulary: [dbt, kubernetes]   # words the spell checker must accept
    checks: {tone: false, tone.pushy: true}   # switches, most specific wins

A ``Rules`` is a frozen value: extending it (``load_rules``, ``extend_rules``) returns a
new one and leaves the one it started from as it was. Its ``policy`` holds the figures
the scorer, the composer's clock and the reminders share (see ``coachkit.scoring.policy``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from coachkit.errors import RulesError
from coachkit.model import KINDS, SEVERITIES
from coachkit.scoring.phrases import PhraseEntry, PhraseList, corrections
from coachkit.scoring.policy import ScoringPolicy, frozen, policy_from_thresholds
from coachkit.scoring.regex_words import analyse_pattern, trigger
from coachkit.scoring.words import WordIndex
from coachkit.yamlfile import read_yaml

__all__ = ["PhraseEntry", "PhraseList", "Rules", "ScoringPolicy", "WordIndex", "default_rules",
           "extend_rules", "load_rules", "trigger"]

RULES_DIR = Path(__file__).with_name("rules")
_ENTRY_KEYS = {"phrase", "pattern", "suggestion", "why", "severity", "message", "kinds", "case"}
_SECTIONS = {"lists", "thresholds", "sets", "vocabulary", "checks"}


@dataclass(frozen=True)
class Rules:
    """Everything the checks read that a coach may change (a frozen value).

    Mappings are read-only; ``policy`` is derived from ``thresholds`` when it is made.
    """

    lists: Mapping[str, PhraseList] = field(default_factory=dict)
    thresholds: Mapping[str, Any] = field(default_factory=dict)
    sets: Mapping[str, frozenset[str]] = field(default_factory=dict)
    vocabulary: frozenset[str] = frozenset()
    switches: Mapping[str, bool] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    policy: ScoringPolicy = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # construction only: whatever mappings were given are copied into read-only ones
        thresholds = {k: frozen(v) for k, v in self.thresholds.items()}
        object.__setattr__(self, "lists", MappingProxyType(dict(self.lists)))
        object.__setattr__(self, "thresholds", MappingProxyType(thresholds))
        object.__setattr__(self, "sets", MappingProxyType(dict(self.sets)))
        object.__setattr__(self, "switches", MappingProxyType(dict(self.switches)))
        object.__setattr__(self, "policy", policy_from_thresholds(thresholds))

    def enabled(self, check_id: str) -> bool:
        """Whether the switches leave this check on (the most specific dotted prefix wins)."""
        if not self.switches:
            return True
        return _switched_on(check_id, tuple(self.switches.items()))

    def phrase_list(self, name: str) -> PhraseList:
        """The phrase list named ``name`` (an empty one if the rules have none)."""
        return self.lists.get(name) or _empty_list(name)

    def threshold(self, name: str) -> Any:
        """The (read-only) value of a threshold."""
        try:
            return self.thresholds[name]
        except KeyError:
            raise RulesError(f"no threshold named {name!r} in the rules files") from None

    def corrections(self, name: str) -> Mapping[str, str]:
        """Map each literal phrase of a list (lower-cased) to its suggestion."""
        return corrections(self.phrase_list(name))

    def word_set(self, name: str) -> frozenset[str]:
        """The named word set (empty if the rules have none)."""
        return self.sets.get(name, frozenset())


_APOSTROPHE_RE = re.compile("['’]")


@functools.lru_cache(maxsize=1024)
def _switched_on(check_id: str, switches: tuple[tuple[str, bool], ...]) -> bool:
    table = dict(switches)
    parts = check_id.split(".")
    for i in range(len(parts), 0, -1):
        key = ".".join(parts[:i])
        if key in table:
            return bool(table[key])
    return True


@functools.lru_cache(maxsize=64)
def _empty_list(name: str) -> PhraseList:
    return PhraseList(name)
def phrase_regex(phrase: str) -> str:
    """Turn literal words into a pattern: flexible spacing and apostrophes, whole words."""
    parts = [_APOSTROPHE_RE.sub("['’]", re.escape(word)) for word in phrase.split()]
    body = r"\s+".join(parts)
    left = r"(?<![\w'’])" if phrase[:1].isalnum() else ""
    right = r"(?![\w'’])" if phrase[-1:].isalnum() else ""
    return f"{left}{body}{right}"


def _entry(raw: Any, where: str) -> PhraseEntry:
    if isinstance(raw, str):
        raw = {"phrase": raw}
    if not isinstance(raw, Mapping):
        raise RulesError(f"{where}: expected a phrase or a mapping with 'phrase' or 'pattern'")
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise RulesError(
            f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))} "
            f"(expected {', '.join(sorted(_ENTRY_KEYS))})"
        )
    if ("phrase" in raw) == ("pattern" in raw):
        raise RulesError(f"{where}: give exactly one of 'phrase' or 'pattern'")
    if "phrase" in raw:
        label = str(raw["phrase"]).strip()
        if not label:
            raise RulesError(f"{where}: empty phrase")
        regex = phrase_regex(label)
    else:
        label = str(raw["pattern"])
        regex = label
    try:
        trig, follow = analyse_pattern(regex)
    except re.error as exc:
        raise RulesError(f"{where}: not a valid regular expression ({exc})") from None
    severity = raw.get("severity")
    if severity is not None and severity not in SEVERITIES:
        raise RulesError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    kinds = tuple(raw.get("kinds") or ())
    bad_kinds = [k for k in kinds if k not in KINDS]
    if bad_kinds:
        raise RulesError(f"{where}: unknown kind(s) {bad_kinds} (expected {', '.join(KINDS)})")
    return PhraseEntry(
        regex=regex, label=label, suggestion=raw.get("suggestion"), why=raw.get("why"),
        severity=severity, message=raw.get("message"), kinds=kinds,
        case_sensitive=bool(raw.get("case", False)), is_pattern="pattern" in raw, trigger=trig,
        follow=follow,
    )


class _Merged:
    """The sections of a rules set while files are merged into it (plain, local copies)."""

    def __init__(self, base: Rules) -> None:
        self.entries = {name: list(p.entries) for name, p in base.lists.items()}
        self.thresholds = dict(base.thresholds)
        self.sets = dict(base.sets)
        self.vocabulary = base.vocabulary
        self.switches = dict(base.switches)
        self.sources = base.sources
        self.base = base
        self.touched: set[str] = set()

    def rules(self) -> Rules:
        """The merged rules; lists no file touched stay the very lists of the base."""
        lists = {name: (PhraseList(name, entries) if name in self.touched
                        else self.base.lists[name])
                 for name, entries in self.entries.items()}
        return Rules(lists=lists, thresholds=self.thresholds, sets=self.sets,
                     vocabulary=self.vocabulary, switches=self.switches, sources=self.sources)


def _merge_lists(merged: _Merged, lists: Any, source: str) -> None:
    if not isinstance(lists, Mapping):
        raise RulesError(f"{source}: lists must be a mapping of check ids to phrase lists")
    for name, spec in lists.items():
        where = f"{source}: lists.{name}"
        if isinstance(spec, list):
            spec = {"entries": spec}
        if not isinstance(spec, Mapping) or not isinstance(spec.get("entries", []), list):
            raise RulesError(f"{where}: expected a mapping with an 'entries' list")
        target = merged.entries.setdefault(name, [])
        merged.touched.add(name)
        for i, raw in enumerate(spec.get("entries") or []):
            target.append(_entry(raw, f"{where}.entries[{i}]"))


def _merge_values(merged: _Merged, data: Mapping[str, Any], source: str) -> None:
    thresholds = data.get("thresholds") or {}
    if not isinstance(thresholds, Mapping):
        raise RulesError(f"{source}: thresholds must be a mapping")
    for name, value in thresholds.items():
        old = merged.thresholds.get(name)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            merged.thresholds[name] = {**old, **value}
        else:
            merged.thresholds[name] = value
    sets = data.get("sets") or {}
    if not isinstance(sets, Mapping):
        raise RulesError(f"{source}: sets must be a mapping of names to lists of words")
    for name, words in sets.items():
        if not isinstance(words, list):
            raise RulesError(f"{source}: sets.{name} must be a list of words")
        merged.sets[name] = merged.sets.get(name, frozenset()) | {str(w) for w in words}
    vocab = data.get("vocabulary") or []
    if not isinstance(vocab, list):
        raise RulesError(f"{source}: vocabulary must be a list of words")
    merged.vocabulary = merged.vocabulary | {str(w).lower() for w in vocab}
    checks = data.get("checks") or {}
    if not isinstance(checks, Mapping) or not all(isinstance(v, bool) for v in checks.values()):
        raise RulesError(f"{source}: checks must map check ids or categories to true/false")
    merged.switches.update({str(k): v for k, v in checks.items()})


def _merge_file(merged: _Merged, data: Any, source: str) -> None:
    if data is None:
        return
    if not isinstance(data, Mapping):
        raise RulesError(f"{source}: expected a mapping with lists, thresholds, sets, "
                         "vocabulary or checks")
    unknown = set(data) - _SECTIONS
    if unknown:
        raise RulesError(f"{source}: unknown section(s) {', '.join(sorted(map(str, unknown)))} "
                         f"(expected {', '.join(sorted(_SECTIONS))})")
    _merge_lists(merged, data.get("lists") or {}, source)
    _merge_values(merged, data, source)
    merged.sources = (*merged.sources, source)


def _extended(base: Rules, files: Iterable[tuple[Any, str]]) -> Rules:
    """A new Rules: ``base`` with each (data, source) merged in turn."""
    merged = _Merged(base)
    for data, source in files:
        _merge_file(merged, data, source)
    try:
        return merged.rules()
    except RulesError as error:
        raise RulesError(f"{merged.sources[-1] if merged.sources else 'rules'}: {error}") \
            from None


def _read_yaml(path: Path) -> Any:
    return read_yaml(path, RulesError, "rules file")


@functools.lru_cache(maxsize=1)
def default_rules() -> Rules:
    """The built-in rules (read once per process; a frozen value, safe to share)."""
    paths = sorted(RULES_DIR.glob("*.yaml"))
    return _extended(Rules(), ((_read_yaml(path), path.name) for path in paths))


def load_rules(*extra: str | Path) -> Rules:
    """The built-in rules extended by the given files, in order (a new Rules)."""
    base = default_rules()
    if not extra:
        return base
    return _extended(base, ((_read_yaml(Path(path)), str(path)) for path in extra))


def extend_rules(data: Mapping[str, Any], source: str, base: Rules | None = None) -> Rules:
    """A new Rules: ``base`` (the built-in rules by default) extended by rules already read
    into a mapping of the rules file shape; ``source`` names it in error messages."""
    return _extended(base or default_rules(), [(data, source)])
