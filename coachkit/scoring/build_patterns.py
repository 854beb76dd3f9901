"""Build ``data/patterns.json``: the analysis (trigger words, follow states, required
words and the best of them under each trigger word, three-word states) of every pattern
of the built-in rules, which the rules loader would otherwise parse on the first score. A
pattern missing from it (a coach's, or one added since) is parsed as before, so the file
only saves time; rebuild it after changing the built-in phrase lists (this also
rewrites ``data/rules.json``, the parsed rules files: see ``prebuilt_rules``)::

    python -m coachkit.scoring.build_patterns
"""

from __future__ import annotations

import json
import sys

from coachkit.scoring.prebuilt_rules import build_prebuilt_rules
from coachkit.scoring.regex_needs import best_clause, parse_required
from coachkit.scoring.regex_words import ANALYSED, parse_and_analyse
from coachkit.scoring.rules import builtin_rules_files, default_rules, read_rules_file
from coachkit.scoring.third_words import parse_deep

__all__ = ["analyses", "best", "build", "deep", "required"]


def analyses() -> dict[str, list[object]]:
    """Each built-in pattern's analysis, in the file's form (sorted, lists for sets)."""
    out: dict[str, list[object]] = {}
    for phrases in default_rules().lists.values():
        for entry in phrases.entries:
            trig, follow = parse_and_analyse(entry.regex)
            out[entry.regex] = [None if trig is None else sorted(map(list, trig)),
                                None if follow is None else sorted(follow)]
    return dict(sorted(out.items()))


def required() -> dict[str, list[list[str]]]:
    """Each built-in pattern's required words (see ``regex_needs``), in the file's form."""
    out = {entry.regex: [sorted(clause) for clause in parse_required(entry.regex)]
           for phrases in default_rules().lists.values() for entry in phrases.entries}
    return dict(sorted(out.items()))


def best() -> dict[str, list[list[object]]]:
    """Each built-in pattern's best clause under each of its trigger words (see
    ``regex_needs.trigger_clause``), in the file's form: [word, exact, clause or None]."""
    out: dict[str, list[list[object]]] = {}
    for phrases in default_rules().lists.values():
        for entry in phrases.entries:
            if entry.trigger is None:
                continue
            clauses = parse_required(entry.regex)
            rows = out.setdefault(entry.regex, [])
            for word, exact in sorted(entry.trigger):
                clause = best_clause(clauses, word, exact)
                row = [word, exact, None if clause is None else sorted(clause)]
                if row not in rows:
                    rows.append(row)
    return dict(sorted(out.items()))


def deep() -> dict[str, list[str] | None]:
    """Each built-in pattern's three-word states (see ``third_words``), for the patterns
    with follow states, in the file's form."""
    out: dict[str, list[str] | None] = {}
    for phrases in default_rules().lists.values():
        for entry in phrases.entries:
            if entry.follow is not None:
                states = parse_deep(entry.regex)
                out[entry.regex] = None if states is None else sorted(states)
    return dict(sorted(out.items()))


def build() -> int:
    """Write the file, and the parsed built-in rules files (``data/rules.json``); return
    the number of patterns."""
    build_prebuilt_rules({path.name: (path.read_bytes(), read_rules_file(path))
                          for path in builtin_rules_files()})
    found = analyses()
    data = {"python": list(sys.version_info[:2]), "patterns": found, "required": required(),
            "best": best(), "deep": deep()}
    ANALYSED.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n",
                        encoding="utf-8")
    return len(found)


if __name__ == "__main__":
    print(f"{build()} patterns written to {ANALYSED.name}", file=sys.stderr)
