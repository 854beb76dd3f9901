"""data/rules.json holds the built-in rules files parsed, each for its very bytes: the
rules read from it are the rules the YAML gives, and an edited file is parsed again."""

from __future__ import annotations

import datetime
import json

from coachkit.scoring import prebuilt_rules
from coachkit.scoring.rules import (
    Rules,
    _extended,
    builtin_rules_files,
    default_rules,
    read_rules_file,
)


def test_every_builtin_rules_file_is_prebuilt_for_its_bytes():
    stale = [path.name for path in builtin_rules_files()
             if prebuilt_rules.prebuilt_rules_data(path.name, path.read_bytes()) is None]
    assert stale == [], "rebuild with: python -m coachkit.scoring.build_patterns"


def test_prebuilt_data_is_what_the_yaml_says():
    for path in builtin_rules_files():
        assert prebuilt_rules.prebuilt_rules_data(path.name, path.read_bytes()) == \
            read_rules_file(path), path.name
    parsed = _extended(Rules(), ((read_rules_file(p), p.name) for p in builtin_rules_files()),
                       trusted=True)
    rules = default_rules()
    assert list(rules.lists.items()) == list(parsed.lists.items())
    assert rules.thresholds == parsed.thresholds and rules.sets == parsed.sets
    assert rules.vocabulary == parsed.vocabulary and rules.switches == parsed.switches


def test_other_bytes_are_not_answered_from_the_prebuilt_file():
    path = builtin_rules_files()[0]
    assert prebuilt_rules.prebuilt_rules_data(path.name, path.read_bytes() + b"\n") is None
    assert prebuilt_rules.prebuilt_rules_data("not-a-rules-file.yaml", b"") is None


def test_build_leaves_out_data_json_cannot_carry(tmp_path, monkeypatch):
    target = tmp_path / "rules.json"
    monkeypatch.setattr(prebuilt_rules, "PREBUILT_RULES", target)
    monkeypatch.setattr(prebuilt_rules, "_stored", prebuilt_rules._stored.__wrapped__)
    files = {"a.yaml": (b"lists: {}\n", {"lists": {}}),
             "dated.yaml": (b"when: 2026-12-01\n", {"when": datetime.date(2026, 12, 1)}),
             "numbered.yaml": (b"1: x\n", {1: "x"})}
    assert prebuilt_rules.build_prebuilt_rules(files) == 1
    assert list(json.loads(target.read_text(encoding="utf-8"))) == ["a.yaml"]
    assert prebuilt_rules.prebuilt_rules_data("a.yaml", b"lists: {}\n") == {"lists": {}}
    assert prebuilt_rules.prebuilt_rules_data("dated.yaml", b"when: 2026-12-01\n") is None
