"""Golden reports: every score and finding on the corpora, every figure on the sample log.

A refactoring must leave these byte for byte the same. ``python tests/golden_reports.py``
compares the current output with ``tests/golden/*.json`` and prints the first differences;
``--update`` rewrites the files after a change that is meant to alter scores.
``tests/test_golden_reports.py`` runs the comparison in ``make test``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from coachkit import Draft, score

TESTS = Path(__file__).parent
GOLDEN = TESTS / "golden"
SAMPLE_LOG = TESTS.parent / "data" / "sample_applications.csv"
SAMPLE_AS_OF = "2026-11-30"


def tuning_corpus() -> dict[str, dict]:
    """Each tuning-corpus draft scored with its notes and sending time."""
    sys.path.insert(0, str(TESTS))
    from quality import _draft, load_corpus

    return {e.id: score(_draft(e, e.text, e.sent_hours), e.notes).to_dict()
            for e in load_corpus()}


def holdout_corpus() -> dict[str, dict]:
    """Each held-out draft scored as the held-out test scores it (no notes, no times)."""
    holdout = TESTS / "holdout"
    index = yaml.safe_load((holdout / "index.yaml").read_text(encoding="utf-8"))
    return {entry["id"]: score(Draft.from_text((holdout / entry["file"]).read_text(
        encoding="utf-8"), kind=entry["kind"])).to_dict() for entry in index}


def sample_log() -> dict[str, object]:
    """The sample log's warnings, headline, sentences and tables."""
    import pandas as pd

    from coachkit.outcomes import load_applications
    from coachkit.outcomes.analysis import analyse

    apps = load_applications(SAMPLE_LOG, as_of=SAMPLE_AS_OF)
    analysis = analyse(apps, pd.Timestamp(SAMPLE_AS_OF))
    return {
        "rows": len(apps.frame),
        "warnings": [str(w) for w in apps.warnings],
        "headline": analysis.headline,
        "overall": analysis.overall.to_csv(),
        "sections": {s.key: {"title": s.title, "sentence": s.sentence,
                             "table": s.table.to_csv()} for s in analysis.sections},
        "rates": {k: v.to_csv() for k, v in analysis.rates.items()},
    }


SETS = {"tuning": tuning_corpus, "holdout": holdout_corpus, "sample_log": sample_log}


def dump(value: object) -> str:
    return json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def differences(name: str) -> list[str]:
    """Lines that differ between the stored golden file and today's output."""
    stored = (GOLDEN / f"{name}.json").read_text(encoding="utf-8").splitlines()
    now = dump(SETS[name]()).splitlines()
    if stored == now:
        return []
    import difflib

    return list(difflib.unified_diff(stored, now, f"golden/{name}.json", "now", n=1, lineterm=""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="rewrite the golden files")
    args = parser.parse_args(argv)
    status = 0
    for name, make in SETS.items():
        if args.update:
            GOLDEN.mkdir(exist_ok=True)
            (GOLDEN / f"{name}.json").write_text(dump(make()), encoding="utf-8")
            print(f"{name}: written")
            continue
        diff = differences(name)
        print(f"{name}: {'identical' if not diff else f'{len(diff)} lines differ'}")
        for line in diff[:40]:
            print("  " + line)
        status |= bool(diff)
    return status


if __name__ == "__main__":
    sys.exit(main())
