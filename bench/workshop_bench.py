"""Time workshop mode on a room's worth of drafts: submit, scan, score, summarise.

    python bench/workshop_bench.py             # 1,000 submissions
    python bench/workshop_bench.py --quick     # 200 submissions

Drafts come from the shared deterministic generator ``shared/tools/draft_corpus.py``
beside the repository (override with --corpus-tool or COACHKIT_DRAFT_CORPUS). Each
draft is submitted under its own participant code to a temporary workshop folder set
up for ``data/exercises/thank_you_panel.yml``; the cohort is then scored on two
cores and on one (a progress bar on stderr), and summarised. proselint, linting the
same drafts one after another in this process, is the peer. Prints one markdown table.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import add_corpus_option, best, corpus  # noqa: E402

from coachkit.workshop import Cohort, WorkshopFolder  # noqa: E402
from coachkit.workshop.plots import plot_categories, plot_overall  # noqa: E402

EXERCISE = REPO / "data" / "exercises" / "thank_you_panel.yml"
TARGET_SCORE_AND_SUMMARY_S = 10.0
CORES = 2


@dataclass(frozen=True)
class Row:
    """One line of the table."""

    step: str
    seconds: float | None
    target: float | None = None
    note: str = ""

    def cells(self) -> list[str]:
        secs = "" if self.seconds is None else f"{self.seconds:.3f}"
        target = "" if self.target is None else f"≤ {self.target:g} s"
        ok = "" if self.target is None or self.seconds is None else (
            "PASS" if self.seconds <= self.target else "MISS")
        return [self.step, secs, target, ok, self.note]


def sender_of(text: str) -> str:
    """The name on the draft's last line (the generator signs every draft)."""
    return text.rstrip().rsplit("\n", 1)[-1].strip()


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def scored_with_bar(folder: WorkshopFolder, workers: int, label: str) -> tuple[float, Cohort]:
    """Score the whole folder from scratch with a tqdm bar on stderr."""
    from tqdm import tqdm

    with tqdm(desc=label, unit="draft", file=sys.stderr, leave=False) as bar:
        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.n = done
            bar.refresh()

        return timed(lambda: Cohort.from_folder(folder, workers=workers, progress=progress))


def summarise(cohort: Cohort) -> dict[str, float]:
    """Time each part of the summary: tables, medians and both charts drawn to PNG."""
    def png(draw: Callable[[Cohort], Any]) -> None:
        draw(cohort).savefig(io.BytesIO(), format="png")

    parts = {"table": lambda: cohort.table(), "distribution": lambda: cohort.distribution(),
             "teaching moments": lambda: cohort.teaching_moments(),
             "medians": lambda: cohort.medians(),
             "chart: overall (draw + PNG)": lambda: png(plot_overall),
             "chart: categories (draw + PNG)": lambda: png(plot_categories)}
    return {name: timed(fn)[0] for name, fn in parts.items()}


def proselint_seconds(texts: Sequence[tuple[str, str]]) -> tuple[float | None, str]:
    """proselint over every draft, serially, as bench/score_bench.py calls it."""
    from score_bench import proselint_runner

    runner = proselint_runner()
    if runner is None:
        return None, "proselint not installed (pip install -e '.[bench]')"
    lint, label = runner
    lint(*texts[0])  # its checks are registered and compiled on first use
    start = time.perf_counter()
    for text, kind in texts:
        lint(text, kind)
    return time.perf_counter() - start, label


def markdown(rows: Sequence[Row]) -> str:
    head = ["step", "seconds", "target", "status", "note"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---", "---:", "---", "---",
                                                              "---"]) + "|"]
    lines += ["| " + " | ".join(r.cells()) + " |" for r in rows]
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-n", type=int, default=None, help="submissions (default 1000)")
    p.add_argument("--quick", action="store_true", help="200 submissions")
    p.add_argument("--seed", type=int, default=42, help="corpus seed (default 42)")
    p.add_argument("--repeat", type=int, default=3, help="repeats of the cheap steps")
    add_corpus_option(p)
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    args = parse_args(argv)
    n = args.n if args.n is not None else (200 if args.quick else 1000)
    if n < 1:
        raise SystemExit("-n must be at least 1")
    records = corpus(args.corpus_tool, n, args.seed)
    rows: list[Row] = []

    with tempfile.TemporaryDirectory(prefix="coachkit-workshop-bench-") as tmp:
        folder = WorkshopFolder.create(Path(tmp) / "room", EXERCISE)
        start = time.perf_counter()
        for i, rec in enumerate(records):
            folder.submit(f"p{i:04d}", subject="Thank you for the interview", body=rec["text"],
                          kind=rec["kind"], sender=sender_of(rec["text"]))
        submit_s = time.perf_counter() - start
        rows.append(Row(f"submit {n:,} drafts (one file each, fsync)", submit_s,
                        note=f"{submit_s / n * 1000:.2f} ms per submission"))

        scan = folder.scan()
        assert len(scan.submissions) == n and not scan.problems, scan.problems
        rows.append(Row(f"scan the folder ({n:,} files, best of {args.repeat})",
                        best(folder.scan, args.repeat)))

        # two cores first: the scoring happens in fresh worker processes, so this process
        # stays as cold as the workers were for the one-core run that follows
        par_s, cohort = scored_with_bar(folder, CORES, f"scoring on {CORES} cores")
        ser_s, serial = scored_with_bar(folder, 1, "scoring on 1 core")
        assert serial == cohort, "parallel and serial scoring disagree"
        assert cohort.participants == n
        rows.append(Row(f"scan + score {n:,} drafts, workers={CORES} (with progress bar)",
                        par_s, note=f"{n / par_s:.0f} drafts/s"))
        rows.append(Row(f"scan + score {n:,} drafts, workers=1", ser_s,
                        note=f"{n / ser_s:.0f} drafts/s; {CORES} cores are "
                             f"{ser_s / par_s:.2f}x as fast"))

        parts = summarise(cohort)
        for name, seconds in parts.items():
            rows.append(Row(f"  summary: {name}", seconds))
        summary_s = sum(parts.values())
        rows.append(Row("summarise (all of the above)", summary_s))
        rows.append(Row(f"TOTAL scored and summarised on {CORES} cores", par_s + summary_s,
                        TARGET_SCORE_AND_SUMMARY_S))

        texts = [(r["text"], r["kind"]) for r in records]
        peer_s, label = proselint_seconds(texts)
        if peer_s is None:
            rows.append(Row("proselint, serial", None, note=label))
        else:
            rows.append(Row(f"peer: {label}, {n:,} drafts serially", peer_s,
                            note=f"proselint / coachkit time: {peer_s / par_s:.1f}x against "
                                 f"{CORES} cores, {peer_s / ser_s:.1f}x against 1"))

    print(f"coachkit workshop benchmark: {n:,} submissions (seed {args.seed}), exercise "
          f"{EXERCISE.name}; Python {platform.python_version()}, {os.cpu_count()} CPUs")
    print()
    print(markdown(rows))
    print()
    print("Each scoring run starts from an empty folder cache and scores every draft with the "
          "exercise's rule pack; proselint / coachkit > 1 means coachkit took less time.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
