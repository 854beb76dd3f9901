"""Measure the engine on the evaluation corpora: ranking, verdicts, seeded defects, false alarms.

Used by tests/test_quality.py, and runnable on its own for a report:
``python tests/quality.py``. It measures the tuning corpus (tests/corpus), the blind set
tests/holdout and, when it exists, the second blind set tests/holdout2 (laid out as
tests/corpus: index.yaml with id, file, kind, quality, scenario, sent_hours). The probe
drafts in tests/probes (written without sight of the rules, see their README) are measured
too, once with their notes and once with only what a greeting gives (``greeting_notes``).
The tuning corpus and the probes may inform rules and thresholds; the blind sets are for
reporting.
"""

from __future__ import annotations

import functools
import importlib.util
import multiprocessing
import os
import random
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from coachkit import Draft, InterviewNotes, Report, notes_from_dict, score
from coachkit.limits import safe_yaml_load

TESTS = Path(__file__).parent
CORPUS = TESTS / "corpus"
HOLDOUT = TESTS / "holdout"
HOLDOUT2 = TESTS / "holdout2"
PROBES = TESTS / "probes"
# defects that need interview notes and a sending time: not seeded into a set without them
_NEEDS_NOTES = {"wrong_company", "late"}


def _load_seed_module():
    spec = importlib.util.spec_from_file_location("corpus_seed", CORPUS / "seed.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["corpus_seed"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@dataclass(frozen=True)
class Entry:
    id: str
    text: str
    kind: str
    quality: str
    notes_raw: dict
    notes: InterviewNotes | None
    sent_hours: float | None


@dataclass
class QualityResult:
    auc: float
    clean_rate: float
    recall: dict[str, tuple[int, int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_errors: list[str] = field(default_factory=list)
    good_scores: list[int] = field(default_factory=list)
    bad_scores: list[int] = field(default_factory=list)
    # quality ("good"/"bad") -> how many drafts got each verdict
    verdicts: dict[str, Counter] = field(default_factory=lambda: {"good": Counter(),
                                                                  "bad": Counter()})
    # bad drafts that came out "ready", and good ones that did not: "id (score, verdict)"
    wrong_verdicts: list[str] = field(default_factory=list)

    @property
    def overall_recall(self) -> float:
        found = sum(f for f, _ in self.recall.values())
        total = sum(t for _, t in self.recall.values())
        return found / total if total else 0.0

    def verdict_share(self, quality: str, verdict: str) -> float:
        """Share of the ``quality`` drafts that got ``verdict``."""
        counts = self.verdicts[quality]
        total = sum(counts.values())
        return counts[verdict] / total if total else 0.0


def read_yaml(path: Path) -> Any:
    """A corpus file (an index, a scenario's notes), parsed with libyaml where installed:
    the probes' index of twenty thousand entries takes seconds with the pure-Python parser."""
    return safe_yaml_load(path.read_text(encoding="utf-8"), str(path))


def load_corpus(folder: Path = CORPUS) -> list[Entry]:
    """The entries of a corpus laid out as tests/corpus (notes per scenario, sending times);
    a set without its own notes folder borrows the tuning corpus's scenarios. Each folder
    is read once per process (the probes' index alone takes seconds to parse)."""
    return list(_read_corpus(folder.resolve()))


@functools.cache
def _read_corpus(folder: Path) -> tuple[Entry, ...]:
    index = read_yaml(folder / "index.yaml")
    notes_cache: dict[str, tuple[dict, InterviewNotes | None]] = {}
    out = []
    for item in index:
        scen = item.get("scenario")
        if scen not in notes_cache:
            raw = _scenario_notes(folder, scen)
            notes_cache[scen] = raw, notes_from_dict(raw) if raw else None  # frozen: shared
        raw, notes = notes_cache[scen]
        hours = item.get("sent_hours")
        out.append(Entry(item["id"], (folder / item["file"]).read_text(encoding="utf-8"),
                         item["kind"], item["quality"], raw, notes,
                         None if hours is None else float(hours)))
    return tuple(out)


def _scenario_notes(folder: Path, scenario: str | None) -> dict:
    """The notes of a scenario: the set's own, else the tuning corpus's, else none."""
    for notes_dir in (folder / "notes", CORPUS / "notes"):
        path = notes_dir / f"{scenario}.yml"
        if scenario and path.is_file():
            return read_yaml(path)
    return {}


def load_plain(folder: Path = HOLDOUT) -> list[Entry]:
    """The entries of a set without notes or sending times (tests/holdout)."""
    index = read_yaml(folder / "index.yaml")
    return [Entry(item["id"], (folder / item["file"]).read_text(encoding="utf-8"),
                  item["kind"], item["quality"], {}, None, None) for item in index]


# what a message's greeting and sign-off give when nothing else of the interview is
# known: the notes the published examples of real follow-ups are scored with
GREETING_NOTES = ("company", "role", "interviewers", "interviewed_at")
# a thank-you sent the evening after the interview, a check-in a week later
GREETING_SENT_HOURS = {"thank_you": 9.0, "check_in": 168.0}


def greeting_notes(entries: list[Entry]) -> list[Entry]:
    """The entries with their notes cut down to ``GREETING_NOTES`` (no topics, concerns
    or decision date) and thank-yous and check-ins sent at ``GREETING_SENT_HOURS``."""
    out = []
    for e in entries:
        raw = {k: v for k, v in e.notes_raw.items() if k in GREETING_NOTES}
        out.append(Entry(e.id, e.text, e.kind, e.quality, raw,
                         notes_from_dict(raw) if raw else None,
                         GREETING_SENT_HOURS.get(e.kind, e.sent_hours)))
    return out


def _draft(entry: Entry, text: str, hours: float | None) -> Draft:
    if entry.notes is None or entry.notes.interviewed_at is None or hours is None:
        return Draft.from_text(text, kind=entry.kind)
    sent: datetime = entry.notes.interviewed_at + timedelta(hours=hours)
    return Draft.from_text(text, kind=entry.kind, sent_at=sent)


def auc(good: list[float], bad: list[float]) -> float:
    """Probability that a random good draft outscores a random bad one (ties count half)."""
    pairs = len(good) * len(bad)
    wins = sum(1.0 if g > b else 0.5 if g == b else 0.0 for g in good for b in bad)
    return wins / pairs if pairs else 0.0


def _score_job(job: tuple[Entry, str, float | None]) -> Report:
    entry, text, hours = job
    return score(_draft(entry, text, hours), entry.notes)


def score_all(jobs: list[tuple[Entry, str, float | None]]) -> list[Report]:
    """The reports of ``(entry, text, sent_hours)`` jobs, in order. With more than one core
    they are scored in two forked processes (scoring is deterministic, so the reports are
    the same): the probes' thirty thousand drafts and their seeded variants take minutes.
    Not inside a pytest-xdist worker: ``make test`` already gives each core a worker, and
    a third process would starve the browser tests running beside it."""
    if len(jobs) < 500 or (os.cpu_count() or 1) < 2 or "PYTEST_XDIST_WORKER" in os.environ \
            or "fork" not in multiprocessing.get_all_start_methods():
        return [_score_job(job) for job in jobs]
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(_score_job, jobs, chunksize=100))


def _seeded_variants(entry: Entry, seeder, rng: random.Random,
                     defects: list[str] | None = None) -> list:
    """The defects seeded into a good draft (``defects``, else every kind) that it can
    carry: a defect that needs notes and a sending time only with notes, and no lateness
    in a check-in or a rejection reply (check-ins come late on purpose; a rejection reply
    is timed from the rejection, which the notes do not record), and none a note is too
    short to carry ("Any news on the fitter job? Still very keen." has no word of five
    letters to misspell)."""
    variants = []
    for defect in seeder.DEFECTS if defects is None else defects:
        try:
            variants.append(seeder.seed_defect(defect, entry.text, entry.notes_raw, rng))
        except ValueError:
            continue  # the seeder raises before it draws from ``rng``
    return [v for v in variants
            if not (v.defect in _NEEDS_NOTES and entry.notes is None)
            and not (v.defect == "late" and entry.kind in ("check_in", "rejection_reply"))]


def _record_recall(entry: Entry, variant, rep: Report, result: QualityResult) -> None:
    """Record whether the scorer found a defect seeded into a good draft."""
    if variant.defect == "late":
        hit = any(f.category == "timeliness" for f in rep.findings)
    else:
        hit = any(f.category == variant.category and f.start < variant.end
                  and variant.start < f.end for f in rep.findings)
    found, total = result.recall.get(variant.defect, (0, 0))
    result.recall[variant.defect] = (found + hit, total + 1)
    if not hit:
        result.misses.append(
            f"{entry.id} {variant.defect}: {variant.text[variant.start:variant.end]!r}")


def rotation(kinds: list[str], k: int, each: int | None) -> list[str] | None:
    """The ``each`` kinds of defect the ``k``-th good draft gets, taking turns through
    ``kinds`` (every kind when ``each`` is None)."""
    if each is None:
        return None
    return [kinds[(k * each + j) % len(kinds)] for j in range(min(each, len(kinds)))]


def evaluate_entries(entries: list[Entry], seed: int = 7,
                     defects_each: int | None = None) -> QualityResult:
    """Score every entry, and seed defects into the good ones (drawn from one random
    sequence, in the entries' order, before any is scored): every kind into each, or,
    with ``defects_each``, that many kinds into each, taking turns through the kinds (the
    probes' eleven thousand good drafts with every kind were a hundred thousand drafts
    to score)."""
    seeder = _load_seed_module()
    rng = random.Random(seed)
    kinds = list(seeder.DEFECTS)
    good = [e for e in entries if e.quality == "good"]
    variants = {e.id: _seeded_variants(e, seeder, rng, rotation(kinds, k, defects_each))
                for k, e in enumerate(good)}
    jobs = [(e, e.text, e.sent_hours) for e in entries]
    for e in entries:
        jobs += [(e, v.text, 120.0 if v.defect == "late" else e.sent_hours)
                 for v in variants.get(e.id, [])]
    reports = iter(score_all(jobs))
    result = QualityResult(0.0, 0.0)
    clean = 0
    for e, report in zip(entries, reports, strict=False):  # the variants' reports follow
        result.verdicts[e.quality][report.verdict] += 1
        if (e.quality == "bad") == (report.verdict == "ready"):
            result.wrong_verdicts.append(f"{e.id} ({report.overall}, {report.verdict})")
        if e.quality == "bad":
            result.bad_scores.append(report.overall)
            continue
        result.good_scores.append(report.overall)
        errors = [f for f in report.findings if f.severity == "error"]
        if errors:
            result.false_errors.append(
                f"{e.id}: " + "; ".join(f"{f.rule} {f.text!r}" for f in errors))
        else:
            clean += 1
    for e in entries:
        for variant in variants.get(e.id, []):
            _record_recall(e, variant, next(reports), result)
    result.auc = auc(result.good_scores, result.bad_scores)
    result.clean_rate = clean / len(result.good_scores) if result.good_scores else 0.0
    return result


def evaluate(seed: int = 7) -> QualityResult:
    """Measure the tuning corpus."""
    return evaluate_entries(load_corpus(), seed)


def sets() -> dict[str, list[Entry]]:
    """The corpora to measure, by name: tuning, the probe drafts, the blind holdout, and
    holdout2 if present."""
    out = {"tuning (tests/corpus)": load_corpus()}
    if (PROBES / "index.yaml").is_file():
        out["probes (tests/probes)"] = load_corpus(PROBES)
        out["probes, notes from the greeting only"] = greeting_notes(
            out["probes (tests/probes)"])
    out["blind (tests/holdout)"] = load_plain()
    if (HOLDOUT2 / "index.yaml").is_file():
        out["blind 2 (tests/holdout2)"] = load_corpus(HOLDOUT2)
    return out


def histogram(good: list[int], bad: list[int], width: int = 30) -> list[str]:
    """Lines of a text histogram of good and bad scores by 10-point bins (90-100 last)."""
    def counts(scores: list[int]) -> list[int]:
        bins = [0] * 10
        for s in scores:
            bins[min(int(s) // 10, 9)] += 1
        return bins

    g, b = counts(good), counts(bad)
    top = max(g + b) or 1
    lines = [f"  {'score':>7}  {'good':<{width + 4}}  bad"]
    for i in reversed(range(10)):
        label = "90-100" if i == 9 else f"{10 * i}-{10 * i + 9}"
        bar_g = "#" * round(width * g[i] / top)
        bar_b = "#" * round(width * b[i] / top)
        lines.append(f"  {label:>7}  {bar_g:<{width}} {g[i]:>3}  {bar_b} {b[i]}")
    return lines


def report_lines(name: str, r: QualityResult, details: bool = False) -> list[str]:
    """The printed report of one corpus."""
    median = sorted(r.bad_scores)[len(r.bad_scores) // 2] if r.bad_scores else 0
    lines = [f"== {name}: {len(r.good_scores)} good, {len(r.bad_scores)} bad",
             f"AUC good vs bad: {r.auc:.3f}",
             f"seeded defects found: {r.overall_recall:.1%}",
             f"clean good drafts without an error finding: {r.clean_rate:.1%}",
             f"bad drafts 'rewrite': {r.verdict_share('bad', 'rewrite'):.0%}   "
             f"bad drafts 'ready': {r.verdict_share('bad', 'ready'):.0%}   "
             f"good drafts 'ready': {r.verdict_share('good', 'ready'):.0%}",
             f"median bad score: {median}",
             "score distribution:", *histogram(r.good_scores, r.bad_scores)]
    for defect, (found, total) in sorted(r.recall.items()):
        lines.append(f"  {defect:<14} {found}/{total}")
    if details:
        lines += [f"wrong verdict: {line}" for line in r.wrong_verdicts]
        lines += [f"false error: {line}" for line in r.false_errors]
        lines += [f"missed: {line}" for line in r.misses]
    return lines


if __name__ == "__main__":
    show_details = "--details" in sys.argv
    for set_name, set_entries in sets().items():
        print("\n".join(report_lines(set_name, evaluate_entries(set_entries), show_details)))
        print()
    if not HOLDOUT2.is_dir():
        print("(tests/holdout2 does not exist yet: the second blind set is not measured)")
