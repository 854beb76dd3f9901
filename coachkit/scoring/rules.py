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

import bisect
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coachkit.errors import RulesError
from coachkit.model import KINDS, SEVERITIES

__all__ = ["PhraseEntry", "PhraseList", "Rules", "default_rules", "load_rules"]

RULES_DIR = Path(__file__).with_name("rules")
_ENTRY_KEYS = {"phrase", "pattern", "suggestion", "why", "severity", "message", "kinds", "case"}


@dataclass(frozen=True)
class PhraseEntry:
    """One phrase or pattern, with the reason the UI shows and an optional rewrite."""

    regex: str
    label: str
    suggestion: str | None = None
    why: str | None = None
    severity: str | None = None
    message: str | None = None
    kinds: tuple[str, ...] = ()
    case_sensitive: bool = False
    is_pattern: bool = False


@dataclass
class PhraseList:
    """A named list of entries, each compiled on first use.

    Each entry is tried only when the draft contains the word its pattern must
    start with (its trigger), so a long list costs little on a short draft.
    """

    name: str
    entries: list[PhraseEntry] = field(default_factory=list)
    _compiled: _Compiled | None = None

    def _index(self) -> _Compiled:
        if self._compiled is None:
            patterns: list[re.Pattern[str]] = []
            by_word: dict[str, list[int]] = {}
            by_prefix: list[tuple[int, Trigger]] = []
            always: list[int] = []
            for i, e in enumerate(self.entries):
                patterns.append(re.compile(e.regex, 0 if e.case_sensitive else re.IGNORECASE))
                trig = trigger(e.regex)
                if trig is None:
                    always.append(i)
                elif all(exact for _, exact in trig):
                    for word, _ in trig:
                        by_word.setdefault(word, []).append(i)
                else:
                    by_prefix.append((i, trig))
            # one alternation per trigger word: a single match call at each place it starts
            combined = {word: _alternation(self.entries, idx) for word, idx in by_word.items()}
            self._compiled = _Compiled(patterns, combined, by_prefix, always)
        return self._compiled

    def matches(self, text: str, pos: int = 0, kind: str | None = None,
                words: WordIndex | None = None) -> list[tuple[PhraseEntry, int, int]]:
        """Return ``(entry, start, end)`` for each match in ``text[pos:]``, leftmost-longest
        first and without overlaps."""
        words = words or WordIndex.of(text)
        index = self._index()
        found: set[tuple[int, int, int]] = set()
        for word in index.by_word.keys() & words.positions.keys():
            pattern = index.by_word[word]
            for start in words.positions[word]:
                if start < pos:
                    continue
                m = pattern.match(text, start)
                if m and m.end() > m.start():
                    found.add((m.start(), -m.end(), int(m.lastgroup[1:])))  # type: ignore[index]
        scan = list(index.always)
        scan += [i for i, trig in index.by_prefix if words.has(trig)]
        for i in scan:
            for m in index.patterns[i].finditer(text, pos):
                if m.end() > m.start():
                    found.add((m.start(), -m.end(), i))
        out: list[tuple[PhraseEntry, int, int]] = []
        last_end = -1
        for start, neg_end, i in sorted(found):
            entry = self.entries[i]
            if entry.kinds and kind not in entry.kinds:
                continue
            if start >= last_end:
                out.append((entry, start, -neg_end))
                last_end = -neg_end
        return out


@dataclass(frozen=True)
class _Compiled:
    patterns: list[re.Pattern[str]]
    by_word: dict[str, re.Pattern[str]]  # entries starting with this exact word, combined
    by_prefix: list[tuple[int, Trigger]]  # entries whose first word may be longer
    always: list[int]  # entries tried on every text


def _alternation(entries: list[PhraseEntry], indices: list[int]) -> re.Pattern[str]:
    """One pattern trying the given entries in turn; group ``e<i>`` names the entry."""
    parts = []
    for i in indices:
        flags = "" if entries[i].case_sensitive else "(?i:"
        body = entries[i].regex
        parts.append(f"(?P<e{i}>{flags}{body}{')' if flags else ''})")
    return re.compile("|".join(parts))


# A trigger is a set of (word, exact) pairs: the pattern can only match where one of
# these words (or, when not exact, a word starting with it) occurs.
Trigger = frozenset[tuple[str, bool]]


@dataclass(frozen=True)
class WordIndex:
    """Where each lower-cased word of a text starts.

    A pattern whose trigger words are exact is tried only where they start; one
    with a prefix trigger is searched for only when some word has that prefix.
    """

    positions: dict[str, list[int]]
    sorted_words: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> WordIndex:
        positions: dict[str, list[int]] = {}
        for m in _LETTERS_RE.finditer(text):
            positions.setdefault(m.group().lower(), []).append(m.start())
        return cls(positions, tuple(sorted(positions)))

    def has_prefix(self, prefix: str) -> bool:
        i = bisect.bisect_left(self.sorted_words, prefix)
        return i < len(self.sorted_words) and self.sorted_words[i].startswith(prefix)

    def has(self, trig: Trigger) -> bool:
        return any((w in self.positions) if exact else self.has_prefix(w) for w, exact in trig)


_LETTERS_RE = re.compile(r"[^\W\d_]+")


def trigger(regex: str) -> Trigger | None:
    """The words a pattern must start with, or None when that cannot be told."""
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        parsed = sre_parse.parse(regex)
        found = _first_words(list(parsed), sre_parse)
    except Exception:  # an unusual pattern: simply try it on every draft
        return None
    return frozenset(found) if found else None


def _may_continue_word(item: tuple[Any, Any], c: Any) -> bool:
    """Could this pattern element match a letter or digit (and so lengthen the word)?"""
    op, av = item
    if op in (c.AT, c.ASSERT_NOT, c.ASSERT):
        return False
    if op is c.LITERAL:
        return chr(av).isalnum()
    if op is c.IN:
        for sub_op, sub_av in av:
            if sub_op is c.LITERAL and not chr(sub_av).isalnum():
                continue
            if sub_op is c.CATEGORY and sub_av in (c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD):
                continue
            return True
        return False
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _high, sub = av
        first = next(iter(sub), None)
        return low == 0 or first is None or _may_continue_word(first, c)
    return True


def _first_words(items: list[Any], sp: Any) -> set[tuple[str, bool]] | None:
    c = sp  # constants live on the parser module in 3.11+
    for i, (op, av) in enumerate(items):
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL:
            run = ""
            j = i
            while j < len(items) and items[j][0] is c.LITERAL and chr(items[j][1]).isalpha():
                run += chr(items[j][1])
                j += 1
            if not run:
                return None
            nxt = items[j] if j < len(items) else None
            exact = nxt is None or not _may_continue_word(nxt, sp)
            return {(run.lower(), exact)}
        if op is c.SUBPATTERN:
            return _first_words(list(av[-1]), sp)
        if op is c.BRANCH:
            out: set[tuple[str, bool]] = set()
            for branch in av[1]:
                got = _first_words(list(branch), sp)
                if not got:
                    return None
                out |= got
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _high, sub = av
            first = _first_words(list(sub), sp)
            if not first:
                return None
            if low >= 1:
                return first
            rest = _first_words(items[i + 1 :], sp)
            return first | rest if rest else None
        return None
    return None


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
        re.compile(regex)
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
        case_sensitive=bool(raw.get("case", False)), is_pattern="pattern" in raw,
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
    rules.sources = (*rules.sources, source)


def _read_yaml(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise RulesError(f"{path}: cannot read the rules file ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise RulesError(f"{path}: not UTF-8 text; save the rules file as UTF-8") from None
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise RulesError(f"{path}: {where}{getattr(exc, 'problem', None) or exc}") from None


@functools.lru_cache(maxsize=1)
def default_rules() -> Rules:
    """The built-in rules (read once per process)."""
    rules = Rules()
    for path in sorted(RULES_DIR.glob("*.yaml")):
        _merge_file(rules, _read_yaml(path), path.name)
    return rules


def load_rules(*extra: str | Path) -> Rules:
    """The built-in rules extended by the given files, in order."""
    base = default_rules()
    if not extra:
        return base
    rules = Rules(
        lists={k: PhraseList(k, list(v.entries)) for k, v in base.lists.items()},
        thresholds=dict(base.thresholds),
        sets=dict(base.sets),
        vocabulary=base.vocabulary,
        switches=dict(base.switches),
        sources=base.sources,
    )
    for path in extra:
        _merge_file(rules, _read_yaml(Path(path)), str(path))
    return rules
