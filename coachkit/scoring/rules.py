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
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coachkit.errors import RulesError
from coachkit.model import KINDS, SEVERITIES
from coachkit.scoring.phrases import PhraseEntry, PhraseList
from coachkit.scoring.regex_words import analyse_pattern, trigger
from coachkit.scoring.words import WordIndex
from coachkit.yamlfile import read_yaml

__all__ = ["PhraseEntry", "PhraseList", "Rules", "WordIndex", "default_rules", "extend_rules",
           "load_rules", "trigger"]

RULES_DIR = Path(__file__).with_name("rules")
_ENTRY_KEYS = {"phrase", "pattern", "suggestion", "why", "severity", "message", "kinds", "case"}


@dataclass
class Rules:
    """Everything the checks read that a coach may change."""

    lists: dict[str, PhraseList] = field(default_factory=dict)
    thresholds: dict[str, Any] = field(default_factory=dict)
    sets: dict[str, frozenset[str]] = field(default_factory=dict)
    vocabulary: frozenset[str] = frozenset()
    switches: dict[str, bool] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    _corrections: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)
    _enabled: dict[str, bool] = field(default_factory=dict, repr=False)

    def enabled(self, check_id: str) -> bool:
        """Whether the switches leave this check on (the most specific dotted prefix wins)."""
        on = self._enabled.get(check_id)
        if on is None:
            on = self._enabled[check_id] = _switched_on(check_id, self.switches)
        return on

    def phrase_list(self, name: str) -> PhraseList:
        return self.lists.get(name) or PhraseList(name)

    def threshold(self, name: str) -> Any:
        try:
            return self.thresholds[name]
        except KeyError:
            raise RulesError(f"no threshold named {name!r} in the rules files") from None

    def corrections(self, name: str) -> dict[str, str]:
        """Map each literal phrase of a list (lower-cased) to its suggestion."""
        cache = self._corrections.get(name)
        if cache is None:
            cache = {e.label.lower(): e.suggestion for e in self.phrase_list(name).entries
                     if e.suggestion and not e.is_pattern}
            self._corrections[name] = cache
        return cache

    def word_set(self, name: str) -> frozenset[str]:
        return self.sets.get(name, frozenset())


_APOSTROPHE_RE = re.compile("['’]")


def _switched_on(check_id: str, switches: Mapping[str, bool]) -> bool:
    parts = check_id.split(".")
    for i in range(len(parts), 0, -1):
        key = ".".join(parts[:i])
        if key in switches:
            return bool(switches[key])
    return True


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


def _merge_file(rules: Rules, data: Any, source: str) -> None:
    if data is None:
        return
    if not isinstance(data, Mapping):
        raise RulesError(f"{source}: expected a mapping with lists, thresholds, sets, "
                         "vocabulary or checks")
    allowed = {"lists", "thresholds", "sets", "vocabulary", "checks"}
    unknown = set(data) - allowed
    if unknown:
        raise RulesError(f"{source}: unknown section(s) {', '.join(sorted(map(str, unknown)))} "
                         f"(expected {', '.join(sorted(allowed))})")
    for name, spec in (data.get("lists") or {}).items():
        where = f"{source}: lists.{name}"
        if isinstance(spec, list):
            spec = {"entries": spec}
        if not isinstance(spec, Mapping) or not isinstance(spec.get("entries", []), list):
            raise RulesError(f"{where}: expected a mapping with an 'entries' list")
        target = rules.lists.setdefault(name, PhraseList(name))
        for i, raw in enumerate(spec.get("entries") or []):
            target.entries.append(_entry(raw, f"{where}.entries[{i}]"))
        target._compiled = None
    thresholds = data.get("thresholds") or {}
    if not isinstance(thresholds, Mapping):
        raise RulesError(f"{source}: thresholds must be a mapping")
    for name, value in thresholds.items():
        old = rules.thresholds.get(name)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            rules.thresholds[name] = {**old, **value}
        else:
            rules.thresholds[name] = value
    sets = data.get("sets") or {}
    if not isinstance(sets, Mapping):
        raise RulesError(f"{source}: sets must be a mapping of names to lists of words")
    for name, words in sets.items():
        if not isinstance(words, list):
            raise RulesError(f"{source}: sets.{name} must be a list of words")
        rules.sets[name] = rules.sets.get(name, frozenset()) | {str(w) for w in words}
    vocab = data.get("vocabulary") or []
    if not isinstance(vocab, list):
        raise RulesError(f"{source}: vocabulary must be a list of words")
    rules.vocabulary = rules.vocabulary | {str(w).lower() for w in vocab}
    checks = data.get("checks") or {}
    if not isinstance(checks, Mapping) or not all(isinstance(v, bool) for v in checks.values()):
        raise RulesError(f"{source}: checks must map check ids or categories to true/false")
    rules.switches.update({str(k): v for k, v in checks.items()})
    rules._corrections.clear()
    rules._enabled.clear()
    rules.sources = (*rules.sources, source)


def _read_yaml(path: Path) -> Any:
    return read_yaml(path, RulesError, "rules file")


@functools.lru_cache(maxsize=1)
def default_rules() -> Rules:
    """The built-in rules (read once per process)."""
    rules = Rules()
    for path in sorted(RULES_DIR.glob("*.yaml")):
        _merge_file(rules, _read_yaml(path), path.name)
    return rules


def _copy(base: Rules) -> Rules:
    return Rules(
        lists={k: PhraseList(k, list(v.entries)) for k, v in base.lists.items()},
        thresholds=dict(base.thresholds),
        sets=dict(base.sets),
        vocabulary=base.vocabulary,
        switches=dict(base.switches),
        sources=base.sources,
    )


def load_rules(*extra: str | Path) -> Rules:
    """The built-in rules extended by the given files, in order."""
    base = default_rules()
    if not extra:
        return base
    rules = _copy(base)
    for path in extra:
        _merge_file(rules, _read_yaml(Path(path)), str(path))
    return rules


def extend_rules(data: Mapping[str, Any], source: str, base: Rules | None = None) -> Rules:
    """A copy of ``base`` (the built-in rules by default) extended by rules already read
    into a mapping of the rules file shape; ``source`` names it in error messages."""
    rules = _copy(base or default_rules())
    _merge_file(rules, data, source)
    return rules
