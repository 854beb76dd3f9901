"""Measure the engine on the evaluation corpus: ranking, seeded defects, false alarms.

Used by tests/test_quality.py, and runnable on its own for a report:
``python tests/quality.py``.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import yaml

from coachkit import Draft, InterviewNotes, notes_from_dict, score

CORPUS = Path(__file__).with_name("corpus")


def _load_seed_module():
    spec = importlib.util.spec_from_file_location("corpus_seed", CORPUS / "seed.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["corpus_seed"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@dataclass
class Entry:
    id: str
    text: str
    kind: str
    quality: str
    notes_raw: dict
    notes: InterviewNotes
    sent_hours: float


@dataclass
class QualityResult:
    auc: float
    clean_rate: float
    recall: dict[str, tuple[int, int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_errors: list[str] = field(default_factory=list)

    @property
    def overall_recall(self) -> float:
        found = sum(f for f, _ in self.recall.values())
        total = sum(t for _, t in self.recall.values())
        return found / total if total else 0.0


def load_corpus() -> list[Entry]:
    index = yaml.safe_load((CORPUS / "index.yaml").read_text(encoding="utf-8"))
    notes_cache: dict[str, dict] = {}
    out = []
    for item in index:
        scen = item["scenario"]
        if scen not in notes_cache:
            notes_cache[scen] = yaml.safe_load(
                (CORPUS / "notes" / f"{scen}.yml").read_text(encoding="utf-8"))
        raw = notes_cache[scen]
        out.append(Entry(item["id"], (CORPUS / item["file"]).read_text(encoding="utf-8"),
                         item["kind"], item["quality"], raw, notes_from_dict(raw),
                         float(item["sent_hours"])))
    return out


def _draft(entry: Entry, text: str, hours: float) -> Draft:
    sent = entry.notes.interviewed_at + timedelta(hours=hours)
    return Draft.from_text(text, kind=entry.kind, sent_at=sent)


def auc(good: list[float], bad: list[float]) -> float:
    """Probability that a random good draft outscores a random bad one (ties count half)."""
    pairs = len(good) * len(bad)
    wins = sum(1.0 if g > b else 0.5 if g == b else 0.0 for g in good for b in bad)
    return wins / pairs if pairs else 0.0


def evaluate(seed: int = 7) -> QualityResult:
    entries = load_corpus()
    seeder = _load_seed_module()
    good_scores, bad_scores = [], []
    clean = 0
    result = QualityResult(0.0, 0.0)
    rng = random.Random(seed)
    for e in entries:
        report = score(_draft(e, e.text, e.sent_hours), e.notes)
        if e.quality == "bad":
            bad_scores.append(report.overall)
            continue
        good_scores.append(report.overall)
        errors = [f for f in report.findings if f.severity == "error"]
        if errors:
            result.false_errors.append(
                f"{e.id}: " + "; ".join(f"{f.rule} {f.text!r}" for f in errors))
        else:
            clean += 1
        for variant in seeder.seed_defects(e.text, e.notes_raw, rng):
            hours = 120.0 if variant.defect == "late" else e.sent_hours
            if variant.defect == "late" and e.kind in ("check_in", "rejection_reply"):
                continue  # check-ins come late on purpose; a rejection reply is timed from
                # the rejection, which the notes do not record
            rep = score(_draft(e, variant.text, hours), e.notes)
            if variant.defect == "late":
                hit = any(f.category == "timeliness" for f in rep.findings)
            else:
                hit = any(f.category == variant.category and f.start < variant.end
                          and variant.start < f.end for f in rep.findings)
            found, total = result.recall.get(variant.defect, (0, 0))
            result.recall[variant.defect] = (found + hit, total + 1)
            if not hit:
                result.misses.append(
                    f"{e.id} {variant.defect}: {variant.text[variant.start:variant.end]!r}")
    result.auc = auc(good_scores, bad_scores)
    result.clean_rate = clean / len(good_scores) if good_scores else 0.0
    return result


if __name__ == "__main__":
    r = evaluate()
    print(f"AUC good vs bad: {r.auc:.3f}")
    print(f"clean good drafts without an error finding: {r.clean_rate:.1%}")
    print(f"seeded defects found: {r.overall_recall:.1%}")
    for defect, (found, total) in sorted(r.recall.items()):
        print(f"  {defect:<14} {found}/{total}")
    for line in r.false_errors:
        print("false error:", line)
    for line in r.misses:
        print("missed:", line)
