"""The declared column mapping: aliases of headers and outcome words, user-extensible."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from coachkit.errors import ApplicationsError
from coachkit.outcomes.schema import COLUMNS, FOLLOW_UP_KINDS, OUTCOMES
from coachkit.yamlfile import read_yaml

__all__ = ["Mapping", "load_mapping", "normalize_label"]

_SECTIONS = ("columns", "weak_columns", "outcomes", "not_applied", "follow_up_kinds",
             "role_kinds", "date_order", "statuses", "stages")
_READINGS = (*OUTCOMES, "not_applied", "unknown")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_STAGE_NOISE = frozenset({"date", "day", "when", "of", "on", "done", "status", "at", "the"})


def normalize_label(text: str) -> str:
    """Lower-case a header or word and turn runs of punctuation into one space."""
    return _NON_WORD.sub(" ", str(text).casefold()).strip()


@dataclass(frozen=True)
class Mapping:
    """Aliases resolved to lookup tables (normalized alias -> canonical name)."""

    columns: dict[str, str]
    weak: dict[str, str]  # aliases used only when no stronger header claims the column
    aliases: dict[str, tuple[str, ...]]  # canonical column -> its aliases, as declared
    outcomes: dict[str, str]
    not_applied: frozenset[str]
    follow_up_kinds: dict[str, str]
    role_kinds: tuple[tuple[str, tuple[str, ...]], ...]
    date_order: str  # auto | MDY | DMY
    statuses: dict[str, str] = field(default_factory=dict)  # status word -> reading (yours)
    stages: dict[str, str] = field(default_factory=dict)  # header alias -> stage name

    def stage_for(self, header: str) -> str | None:
        """The interview stage a column holds ("phone screen"...), or None."""
        key = normalize_label(_BRACKETS.sub(" ", header))
        found = self.stages.get(key)
        if found is None:
            key = " ".join(w for w in key.split() if w not in _STAGE_NOISE)
            found = self.stages.get(key)
        return found

    def column_for(self, header: str, *, weak: bool = False) -> str | None:
        """The canonical column a header maps to, or None; "(MM/DD/YYYY)"-style notes in
        brackets are ignored. ``weak`` looks in the fallback aliases instead."""
        table = self.weak if weak else self.columns
        found = table.get(normalize_label(header))
        if found is None and _BRACKETS.search(header):
            found = table.get(normalize_label(_BRACKETS.sub(" ", header)))
        return found


def _read_yaml(path: str | Path) -> dict[str, Any]:
    data = read_yaml(path, ApplicationsError, "mapping", invalid="not valid YAML: ",
                     fast=False) or {}
    if not isinstance(data, dict):
        raise ApplicationsError(f"{path}: a mapping file must be a YAML mapping with sections "
                                f"{', '.join(_SECTIONS)}")
    unknown = sorted(set(data) - set(_SECTIONS))
    if unknown:
        raise ApplicationsError(f"{path}: unknown section(s) {', '.join(unknown)}; "
                                f"expected {', '.join(_SECTIONS)}")
    return data


def _words(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        raise ApplicationsError(f"{where}: expected a list of words")
    return [str(v) for v in value]


def _statuses(data: dict, src: str) -> dict[str, str]:
    """The ``statuses:`` section: each status word as written, then its reading."""
    block = data.get("statuses") or {}
    if not isinstance(block, dict):
        raise ApplicationsError(f"{src}: section 'statuses' must map status words to readings "
                                f"({', '.join(_READINGS)})")
    out = {}
    for word, reading in block.items():
        value = str(reading).strip().lower().replace(" ", "_")
        if value not in _READINGS:
            raise ApplicationsError(f"{src}: statuses.{word}: expected one of "
                                    f"{', '.join(_READINGS)}, got {reading!r}")
        out[normalize_label(str(word))] = value
    return out


def _table(data: dict, section: str, allowed: tuple[str, ...] | None, src: str
           ) -> dict[str, list[str]]:
    block = data.get(section) or {}
    if not isinstance(block, dict):
        raise ApplicationsError(f"{src}: section '{section}' must map names to lists of aliases")
    if allowed is not None:
        bad = sorted(set(map(str, block)) - set(allowed))
        if bad:
            raise ApplicationsError(f"{src}: in '{section}', unknown name(s) {', '.join(bad)}; "
                                    f"expected one of {', '.join(allowed)}")
    return {str(k): _words(v, f"{src}: {section}.{k}") for k, v in block.items()}


def load_mapping(*extra: str | Path | dict) -> Mapping:
    """The packaged mapping, extended by each extra YAML file (or dict) in turn."""
    base = yaml.safe_load(resources.files("coachkit.outcomes").joinpath("mappings.yml")
                          .read_text(encoding="utf-8"))
    layers: list[tuple[str, dict]] = [("mappings.yml", base)]
    for item in extra:
        if item is None:
            continue
        if isinstance(item, dict):
            layers.append(("mapping", item))
        else:
            layers.append((str(item), _read_yaml(item)))
    names = tuple(c.name for c in COLUMNS)
    columns: dict[str, str] = {normalize_label(n): n for n in names}
    weak: dict[str, str] = {}
    aliases: dict[str, list[str]] = {n: [n] for n in names}
    outcomes: dict[str, str] = {normalize_label(o): o for o in OUTCOMES}
    kinds: dict[str, str] = {normalize_label(k): k for k in FOLLOW_UP_KINDS}
    not_applied: set[str] = set()
    role_kinds: dict[str, list[str]] = {}
    date_order = "auto"
    statuses: dict[str, str] = {}
    stages: dict[str, str] = {}
    for src, data in layers:
        statuses.update(_statuses(data, src))
        for name, words in _table(data, "stages", None, src).items():
            stages.update({normalize_label(w): name for w in [name, *words]})
        for name, words in _table(data, "columns", names, src).items():
            for w in words:
                columns[normalize_label(w)] = name
                aliases[name].append(w)
        for name, words in _table(data, "weak_columns", names, src).items():
            weak.update({normalize_label(w): name for w in words})
        for name, words in _table(data, "outcomes", OUTCOMES, src).items():
            outcomes.update({normalize_label(w): name for w in words})
        for name, words in _table(data, "follow_up_kinds", FOLLOW_UP_KINDS, src).items():
            kinds.update({normalize_label(w): name for w in words})
        for name, words in _table(data, "role_kinds", None, src).items():
            role_kinds.setdefault(name, []).extend(normalize_label(w) for w in words)
        if "not_applied" in data:
            words = {normalize_label(w) for w in _words(data["not_applied"], f"{src}: not_applied")}
            not_applied |= words
            for w in words:  # a user's explicit outcome word wins over the packaged skip list
                outcomes.pop(w, None)
        if data.get("date_order") is not None:
            order = str(data["date_order"]).upper()
            if order not in ("AUTO", "MDY", "DMY"):
                raise ApplicationsError(f"{src}: date_order must be auto, MDY or DMY, "
                                        f"not {data['date_order']!r}")
            date_order = order.lower() if order == "AUTO" else order
    not_applied -= set(outcomes)
    return Mapping(columns=columns, weak=weak, aliases={k: tuple(v) for k, v in aliases.items()},
                   outcomes=outcomes, not_applied=frozenset(not_applied), follow_up_kinds=kinds,
                   role_kinds=tuple((k, tuple(v)) for k, v in role_kinds.items()),
                   date_order=date_order, statuses=statuses, stages=stages)
