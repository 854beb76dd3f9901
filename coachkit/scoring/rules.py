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

Patterns must be of the kind that cannot backtrack exponentially (see
``coachkit.scoring.safe_regex``); every problem in a file is reported at once, each with
its place (``coach.yml: lists.tone.pushy.entries[2]: ...``).

A ``Rules`` is a frozen value: extending it (``load_rules``, ``extend_rules``) returns a
new one and leaves the one it started from as it was. Its ``policy`` holds the figures
the scorer, the composer's clock and the reminders share (see ``coachkit.scoring.policy``).
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from coachkit.errors import RulesError
from coachkit.limits import RULES_PATTERN_CHARS
from coachkit.model import CATEGORIES, KINDS, SEVERITIES
from coachkit.scoring.collection import collection_paused
from coachkit.scoring.phrases import PhraseEntry, PhraseList, corrections
from coachkit.scoring.policy import (
    ScoringPolicy,
    frozen,
    policy_from_thresholds,
    threshold_problems,
)
from coachkit.scoring.prebuilt_rules import prebuilt_rules_data
from coachkit.scoring.regex_words import analyse_pattern, trigger
from coachkit.scoring.safe_regex import pattern_problem
from coachkit.scoring.words import WordIndex
from coachkit.yamlfile import not_text, read_yaml

__all__ = ["PhraseEntry", "PhraseList", "Rules", "ScoringPolicy", "WordIndex",
           "builtin_rules_files", "default_rules", "extend_rules", "load_rules",
           "read_rules_file", "trigger"]

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


def _entry(raw: Any, where: str, problems: list[str], *,
           trusted: bool = False) -> PhraseEntry | None:
    """The entry ``raw`` describes; None (with its problems added) when it is malformed.
    ``trusted`` patterns (the package's own, checked by its tests) skip the safety check."""
    if isinstance(raw, str):
        raw = {"phrase": raw}
    if not isinstance(raw, Mapping):
        problems.append(f"{where}: expected a phrase or a mapping with 'phrase' or 'pattern' "
                        f"(got {raw!r})")
        return None
    found: list[str] = []
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        found.append(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))} "
                     f"(expected {', '.join(sorted(_ENTRY_KEYS))})")
    regex, label = _entry_regex(raw, where, found, trusted)
    severity = raw.get("severity")
    if severity is not None and severity not in SEVERITIES:
        found.append(f"{where}: severity must be one of {', '.join(SEVERITIES)} "
                     f"(got {severity!r})")
    kinds = _entry_kinds(raw.get("kinds"), where, found)
    for key in ("suggestion", "why", "message"):
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            why = not_text(value, example=f'{key}: "yes"')
            found.append(f"{where}: {key} must be text ({why})")
    if not isinstance(raw.get("case", False), bool):
        found.append(f"{where}: case must be true or false (got {raw['case']!r})")
    problems += found
    if found or regex is None:
        return None
    try:
        trig, follow = analyse_pattern(regex)
    except re.error as exc:
        problems.append(f"{where}: not a valid regular expression ({exc})")
        return None
    return PhraseEntry(
        regex=regex, label=label, suggestion=raw.get("suggestion"), why=raw.get("why"),
        severity=severity, message=raw.get("message"), kinds=kinds,
        case_sensitive=bool(raw.get("case", False)), is_pattern="pattern" in raw, trigger=trig,
        follow=follow,
    )


def _entry_regex(raw: Mapping[str, Any], where: str, problems: list[str],
                 trusted: bool = False) -> tuple[str | None, str]:
    """The entry's regular expression and label; (None, '') with a problem if unusable."""
    if ("phrase" in raw) == ("pattern" in raw):
        problems.append(f"{where}: give exactly one of 'phrase' or 'pattern'")
        return None, ""
    key = "phrase" if "phrase" in raw else "pattern"
    text = raw[key]
    if not isinstance(text, str):
        problems.append(f"{where}: {key} must be text (got {text!r})")
        return None, ""
    if key == "phrase":
        label = text.strip()
        if not label:
            problems.append(f"{where}: empty phrase")
            return None, ""
        if len(label) > RULES_PATTERN_CHARS:
            problems.append(f"{where}: phrase of {len(label):,} characters is longer than "
                            f"the {RULES_PATTERN_CHARS:,} allowed")
            return None, ""
        return phrase_regex(label), label
    why = None if trusted else pattern_problem(text)
    if why:
        problems.append(f"{where}: {why}")
        return None, ""
    return text, text


def _entry_kinds(raw: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    """The kinds an entry applies to (a single kind may be given as text)."""
    if raw is None:
        return ()
    kinds = [raw] if isinstance(raw, str) else raw
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        problems.append(f"{where}: kinds must be a list of kinds such as [thank_you] "
                        f"(got {raw!r})")
        return ()
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        problems.append(f"{where}: unknown kind(s) {', '.join(map(repr, bad))} "
                        f"(expected {', '.join(KINDS)})")
    return tuple(kinds)


class _Merged:
    """The sections of a rules set while files are merged into it (plain, local copies)."""

    def __init__(self, base: Rules, *, trusted: bool = False,
                 check_ids: Iterable[str] | None = None) -> None:
        self.trusted = trusted  # the package's own files: their patterns are known safe
        # the ids a switch may name besides the categories (None: not checked)
        self.check_ids = None if check_ids is None else frozenset(check_ids)
        self.entries = {name: list(p.entries) for name, p in base.lists.items()}
        self.thresholds = dict(base.thresholds)
        self.sets = dict(base.sets)
        self.vocabulary = base.vocabulary
        self.switches = dict(base.switches)
        self.sources = base.sources
        self.base = base
        self.touched: set[str] = set()
        self.problems: list[str] = []  # of the file being merged

    def rules(self) -> Rules:
        """The merged rules; lists no file touched stay the very lists of the base."""
        lists = {name: (PhraseList(name, entries) if name in self.touched
                        else self.base.lists[name])
                 for name, entries in self.entries.items()}
        return Rules(lists=lists, thresholds=self.thresholds, sets=self.sets,
                     vocabulary=self.vocabulary, switches=self.switches, sources=self.sources)


def _merge_lists(merged: _Merged, lists: Any, source: str) -> None:
    if not isinstance(lists, Mapping):
        merged.problems.append(f"{source}: lists must be a mapping of check ids to phrase "
                               f"lists (got {lists!r:.60})")
        return
    for name, spec in lists.items():
        where = f"{source}: lists.{name}"
        if isinstance(spec, list):
            spec = {"entries": spec}
        if not isinstance(spec, Mapping) or set(spec) - {"entries"} or \
                not isinstance(spec.get("entries", []), list | None):
            merged.problems.append(f"{where}: expected a mapping with an 'entries' list")
            continue
        target = merged.entries.setdefault(str(name), [])
        merged.touched.add(str(name))
        for i, raw in enumerate(spec.get("entries") or []):
            entry = _entry(raw, f"{where}.entries[{i}]", merged.problems,
                           trusted=merged.trusted)
            if entry is not None:
                target.append(entry)


def _merge_thresholds(merged: _Merged, thresholds: Any, source: str) -> None:
    if not isinstance(thresholds, Mapping):
        merged.problems.append(f"{source}: thresholds must be a mapping of threshold names "
                               f"to figures (got {thresholds!r:.60})")
        return
    for name, value in thresholds.items():
        old = merged.thresholds.get(name)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            value = {**old, **value}
        found = threshold_problems(name, value, f"{source}: thresholds.{name}",
                                   check_ids=merged.check_ids)
        merged.problems += found
        if not found:
            merged.thresholds[name] = value


def _merge_words(merged: _Merged, data: Mapping[str, Any], source: str) -> None:
    sets = data.get("sets") or {}
    if not isinstance(sets, Mapping):
        merged.problems.append(f"{source}: sets must be a mapping of names to lists of words")
        sets = {}
    for name, words in sets.items():
        if not isinstance(words, list) or not all(isinstance(w, str | int) for w in words):
            merged.problems.append(f"{source}: sets.{name} must be a list of words")
            continue
        merged.sets[name] = merged.sets.get(name, frozenset()) | {str(w) for w in words}
    vocab = data.get("vocabulary") or []
    if not isinstance(vocab, list) or not all(isinstance(w, str | int) for w in vocab):
        merged.problems.append(f"{source}: vocabulary must be a list of words")
        vocab = []
    merged.vocabulary = merged.vocabulary | {str(w).lower() for w in vocab}


def _merge_checks(merged: _Merged, checks: Any, source: str) -> None:
    if not isinstance(checks, Mapping):
        merged.problems.append(f"{source}: checks must map check ids or categories to "
                               "true/false")
        return
    known = None if merged.check_ids is None else frozenset(CATEGORIES) | merged.check_ids
    for name, value in checks.items():
        where = f"{source}: checks.{name}"
        if not isinstance(value, bool):
            merged.problems.append(f"{where}: expected true or false (got {value!r})")
        elif known is not None and str(name) not in known:
            close = difflib.get_close_matches(str(name), sorted(known), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else \
                " (expected a category or a check id such as tone.pushy)"
            merged.problems.append(f"{where}: no check or category {str(name)!r}{hint}")
        else:
            merged.switches[str(name)] = value


def _merge_file(merged: _Merged, data: Any, source: str) -> None:
    """Merge one file's sections; every problem in it is named at once (RulesError)."""
    if data is None:
        return
    if not isinstance(data, Mapping):
        raise RulesError(f"{source}: expected a mapping with lists, thresholds, sets, "
                         f"vocabulary or checks (got a {type(data).__name__})")
    merged.problems = []
    unknown = set(data) - _SECTIONS
    if unknown:
        merged.problems.append(
            f"{source}: unknown section(s) {', '.join(sorted(map(str, unknown)))} "
            f"(expected {', '.join(sorted(_SECTIONS))})")
    _merge_lists(merged, data.get("lists") or {}, source)
    _merge_thresholds(merged, data.get("thresholds") or {}, source)
    _merge_words(merged, data, source)
    _merge_checks(merged, data.get("checks") or {}, source)
    if merged.problems:
        raise RulesError("; ".join(merged.problems), tuple(merged.problems))
    merged.sources = (*merged.sources, source)


def _extended(base: Rules, files: Iterable[tuple[Any, str]], *, trusted: bool = False,
              check_ids: Iterable[str] | None = None) -> Rules:
    """A new Rules: ``base`` with each (data, source) merged in turn."""
    merged = _Merged(base, trusted=trusted, check_ids=check_ids)
    for data, source in files:
        _merge_file(merged, data, source)
    try:
        return merged.rules()
    except RulesError as error:
        raise RulesError(f"{merged.sources[-1] if merged.sources else 'rules'}: {error}") \
            from None


def read_rules_file(path: Path) -> Any:
    """A rules file's data, parsed from its YAML (every failure a RulesError naming it)."""
    return read_yaml(path, RulesError, "rules file")


def _read_builtin(path: Path) -> Any:
    """A built-in rules file's data: prebuilt when ``data/rules.json`` holds it for the
    file's very bytes, else parsed."""
    data = prebuilt_rules_data(path.name, path.read_bytes())
    return read_rules_file(path) if data is None else data


def builtin_rules_files() -> list[Path]:
    """The built-in rules files, in the order they are merged."""
    return sorted(RULES_DIR.glob("*.yaml"))


@functools.lru_cache(maxsize=1)
@collection_paused
def default_rules() -> Rules:
    """The built-in rules (read once per process; a frozen value, safe to share)."""
    return _extended(Rules(), ((_read_builtin(path), path.name)
                               for path in builtin_rules_files()), trusted=True)


def load_rules(*extra: str | Path, check_ids: Iterable[str] | None = None) -> Rules:
    """The built-in rules extended by the given files, in order (a new Rules).
    ``check_ids``: the checks a ``checks:`` switch may name (None: names are not checked;
    ``coachkit.scoring.load_rules`` passes every registered check)."""
    base = default_rules()
    if not extra:
        return base
    return _extended(base, ((read_rules_file(Path(path)), str(path)) for path in extra),
                     check_ids=check_ids)


def extend_rules(data: Mapping[str, Any], source: str, base: Rules | None = None, *,
                 check_ids: Iterable[str] | None = None) -> Rules:
    """A new Rules: ``base`` (the built-in rules by default) extended by rules already read
    into a mapping of the rules file shape; ``source`` names it in error messages."""
    return _extended(base or default_rules(), [(data, source)], check_ids=check_ids)
