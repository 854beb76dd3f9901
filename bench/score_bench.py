"""Benchmark coachkit's scorer against its targets and against peer tools.

Prints a plain-text table (figure, target, PASS/MISS). Not a test: figures depend on
the machine and its load. Drafts come from the shared deterministic generator
``shared/tools/draft_corpus.py`` (override with --corpus-tool or COACHKIT_DRAFT_CORPUS).

    python bench/score_bench.py                 # 1,000 measured drafts
    python bench/score_bench.py --quick         # 200 drafts, fewer repeats
    python bench/score_bench.py --json bench/results/latest.json
"""

from __future__ import annotations

import argparse
import gc
import importlib.metadata
import importlib.util
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchlib import add_corpus_option, corpus

REPO = Path(__file__).resolve().parents[1]
HEAVY_MODULES = ("pandas", "matplotlib", "ipywidgets")
WARMUP = 100
BIG_CHARS = 1_000_000

TARGET_MEDIAN_MS = 0.6  # warm, per draft of about 200 words
TARGET_PROSELINT_RATIO = 10.0
TARGET_FIRST_SCORE_S = 0.5
TARGET_IMPORT_S = 0.3
TARGET_BIG_S = 2.0

FIRST_SCORE_SNIPPET = """\
import json, sys, time
text, kind = json.load(sys.stdin)
t0 = time.perf_counter()
import coachkit
t1 = time.perf_counter()
coachkit.score(coachkit.Draft.from_text(text, kind=kind))
t2 = time.perf_counter()
print(json.dumps([t1 - t0, t2 - t1]))
"""
HEAVY_SNIPPET = (
    "import sys, coachkit; "
    f"print(','.join(m for m in {HEAVY_MODULES!r} if m in sys.modules))"
)

Sample = tuple[str, str]  # (text, kind)


@dataclass(frozen=True)
class Settings:
    """How many drafts and repeats one run uses."""

    n: int
    import_runs: int
    first_runs: int
    rescore_runs: int


@dataclass(frozen=True)
class Row:
    """One line of the printed table."""

    label: str
    figure: str
    target: str = ""
    status: str = ""


# --- helpers --------------------------------------------------------------------------------


def percentile(sorted_values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    rank = max(1, math.ceil(pct / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def time_each(fn: Callable[[str, str], object], samples: Sequence[Sample]) -> dict[str, float]:
    """Call ``fn`` on every sample; per-call times (perf_counter_ns) summarised in ms."""
    times: list[int] = []
    clock = time.perf_counter_ns
    wall_start = clock()
    for text, kind in samples:
        t0 = clock()
        fn(text, kind)
        times.append(clock() - t0)
    wall_s = (clock() - wall_start) / 1e9
    ms = sorted(t / 1e6 for t in times)
    return {
        "median_ms": statistics.median(ms),
        "p95_ms": percentile(ms, 95),
        "p99_ms": percentile(ms, 99),
        "drafts_per_s": len(ms) / wall_s,
        "times_ms": [t / 1e6 for t in times],
    }


PAIRED_BLOCK = 20  # drafts per turn: short enough to share the load, long enough to stay warm


def time_paired(fn: Callable[[str, str], object], ours: Callable[[str, str], object],
                samples: Sequence[Sample]) -> dict[str, float]:
    """Time ``fn`` and ``ours`` on the same samples in alternating blocks (which goes first
    alternates too), so both meet the same machine load: the peer's figures and our
    median per call, in ms."""
    peer_ns: list[int] = []
    ours_ns: list[int] = []
    clock = time.perf_counter_ns
    for b, i in enumerate(range(0, len(samples), PAIRED_BLOCK)):
        block = samples[i : i + PAIRED_BLOCK]
        turns = ((fn, peer_ns), (ours, ours_ns))
        for call, times in turns if b % 2 else turns[::-1]:
            for text, kind in block:
                t0 = clock()
                call(text, kind)
                times.append(clock() - t0)
    peer_ms = sorted(t / 1e6 for t in peer_ns)
    return {"median_ms": statistics.median(peer_ms), "p95_ms": percentile(peer_ms, 95),
            "p99_ms": percentile(peer_ms, 99),
            "ours_median_ms": statistics.median(ours_ns) / 1e6}


def subprocess_env() -> dict[str, str]:
    """The current environment with the repository first on PYTHONPATH."""
    env = dict(os.environ)
    parts = [str(REPO), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(parts)
    return env


def run_python(code: str, stdin: str = "") -> tuple[float, str]:
    """Run ``python -c code`` in a fresh process; return wall seconds and stdout."""
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code], input=stdin, capture_output=True, text=True,
        env=subprocess_env(), cwd=REPO, check=False,
    )
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"subprocess failed ({done.returncode}):\n{done.stderr.strip()}")
    return wall, done.stdout.strip()


def pass_miss(ok: bool) -> str:
    """PASS or MISS."""
    return "PASS" if ok else "MISS"


def version_of(dist: str) -> str | None:
    """Installed version of a distribution, or None."""
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


# --- peers ----------------------------------------------------------------------------------


def proselint_runner() -> tuple[Callable[[str, str], object], str] | None:
    """A per-text call of proselint's default full check run, or None if not installed."""
    try:
        import proselint.tools
    except ImportError:
        return None
    version = version_of("proselint") or "?"
    if not hasattr(proselint.tools, "LintFile"):  # proselint < 0.15: one function per text
        lint = proselint.tools.lint  # type: ignore[attr-defined]
        return (lambda text, _kind: lint(text)), f"proselint {version} tools.lint(text)"
    from proselint.checks import __register__
    from proselint.config import load_from
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    registry = CheckRegistry()
    if not registry.checks:  # the command line registers the checks; so must we
        registry.register_many(__register__)
    config = load_from()
    enabled = len(registry.get_all_enabled(config["checks"]))
    label = f"proselint {version} LintFile.lint, default config ({enabled}/{len(registry.checks)})"
    return (lambda text, _kind: LintFile("<draft>", text).lint(config)), label


def clear_textstat_caches() -> None:
    """Empty textstat's per-text lru caches so one metric does not reuse another's work."""
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat") and module is not None:
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


def textstat_runners() -> list[tuple[Callable[[str, str], object], str]]:
    """textstat's Flesch-Kincaid grade and text_standard, or [] if not installed."""
    try:
        import textstat
    except ImportError:
        return []
    version = version_of("textstat") or "?"
    return [
        (lambda text, _kind: textstat.flesch_kincaid_grade(text),
         f"textstat {version} flesch_kincaid_grade"),
        (lambda text, _kind: textstat.text_standard(text),
         f"textstat {version} text_standard"),
    ]


# --- the benchmark --------------------------------------------------------------------------


def bench(settings: Settings, samples: list[Sample], words: list[int]) -> dict[str, Any]:
    """Run every measurement; return the results as plain data."""
    res: dict[str, Any] = {}

    floor = [run_python("pass")[0] for _ in range(settings.import_runs)]
    imports = [run_python("import coachkit")[0] for _ in range(settings.import_runs)]
    heavy = run_python(HEAVY_SNIPPET)[1]
    res["cold"] = {
        "python_pass_s": statistics.median(floor),
        "import_s": statistics.median(imports),
        "import_runs_s": imports,
        "heavy_modules_loaded": [m for m in heavy.split(",") if m],
    }
    payload = json.dumps(samples[WARMUP])
    firsts = [json.loads(run_python(FIRST_SCORE_SNIPPET, payload)[1])
              for _ in range(settings.first_runs)]
    res["first_score"] = {
        "import_in_process_s": statistics.median(f[0] for f in firsts),
        "first_score_s": statistics.median(f[1] for f in firsts),
        "runs_s": [f[1] for f in firsts],
    }

    from coachkit import KINDS, Draft, score

    def score_text(text: str, kind: str) -> object:
        return score(Draft.from_text(text, kind=kind if kind in KINDS else "thank_you"))

    warm, measured = samples[:WARMUP], samples[WARMUP:WARMUP + settings.n]
    time_each(score_text, warm)
    gc.collect()
    warm_res = time_each(score_text, measured)
    times = warm_res.pop("times_ms")
    measured_words = words[WARMUP:WARMUP + len(times)]
    near_200 = [t for t, w in zip(times, measured_words, strict=True) if 180 <= w <= 220]
    warm_res["n"] = len(times)
    warm_res["median_200_words_ms"] = statistics.median(near_200) if near_200 else None
    warm_res["n_200_words"] = len(near_200)
    res["warm"] = warm_res

    pick = min(range(len(measured)), key=lambda i: abs(words[WARMUP + i] - 200))
    draft = Draft.from_text(measured[pick][0], kind="thank_you")
    score(draft)
    rescore_ns = []
    for _ in range(settings.rescore_runs):
        t0 = time.perf_counter_ns()
        score(draft)
        rescore_ns.append(time.perf_counter_ns() - t0)
    res["rescore"] = {"median_ms": statistics.median(rescore_ns) / 1e6,
                      "runs": settings.rescore_runs, "words": words[WARMUP + pick]}

    # live typing: one more character each time, in the middle of the draft
    base = measured[pick][0]
    cut = len(base) // 2
    typed = " I would welcome the chance to walk you through the forecast in more detail."
    key_ns = []
    for i in range(1, len(typed) + 1):
        text = base[:cut] + typed[:i] + base[cut:]
        t0 = time.perf_counter_ns()
        score(Draft.from_text(text, kind="thank_you"))
        key_ns.append(time.perf_counter_ns() - t0)
    res["keystroke"] = {"median_ms": statistics.median(key_ns) / 1e6, "keys": len(typed)}

    peers: dict[str, Any] = {}
    runner = proselint_runner()
    runners = [("proselint", runner)] if runner else []
    runners += [(key, r) for key, r in zip(("textstat_fkg", "textstat_standard"),
                                             textstat_runners(), strict=True)]
    for key, (fn, label) in runners:
        clear_textstat_caches()
        time_each(fn, warm)
        out = time_paired(fn, score_text, measured)
        out["label"] = label
        out["ratio"] = out["median_ms"] / out["ours_median_ms"]
        peers[key] = out
    if runner is None:
        peers["proselint"] = None
    res["peers"] = peers

    text_parts: list[str] = []
    size = 0
    i = 0
    while size < BIG_CHARS:
        text_parts.append(samples[i % len(samples)][0])
        size += len(text_parts[-1]) + 2
        i += 1
    big = "\n\n".join(text_parts)[:BIG_CHARS]
    t0 = time.perf_counter()
    big_report = score(Draft.from_text(big))
    res["big"] = {"chars": len(big), "seconds": time.perf_counter() - t0,
                  "findings": len(big_report.findings)}
    return res


def table_rows(res: dict[str, Any], settings: Settings) -> list[Row]:
    """The printed table, one Row per figure."""
    cold, first, warm = res["cold"], res["first_score"], res["warm"]
    heavy = cold["heavy_modules_loaded"]
    ir, fr = settings.import_runs, settings.first_runs
    rows = [
        Row(f"python -c pass, fresh process (median of {ir})", f"{cold['python_pass_s']:.3f} s"),
        Row(f"import coachkit, fresh process (median of {ir})", f"{cold['import_s']:.3f} s",
            f"<= {TARGET_IMPORT_S} s", pass_miss(cold["import_s"] <= TARGET_IMPORT_S)),
        Row("pandas/matplotlib/ipywidgets after import", ", ".join(heavy) or "none",
            "none", pass_miss(not heavy)),
        Row(f"first score after import, fresh process (median of {fr})",
            f"{first['first_score_s']:.3f} s", f"<= {TARGET_FIRST_SCORE_S} s",
            pass_miss(first["first_score_s"] <= TARGET_FIRST_SCORE_S)),
        Row(f"warm score, median ({warm['n']} drafts)", f"{warm['median_ms']:.2f} ms",
            f"<= {TARGET_MEDIAN_MS} ms", pass_miss(warm["median_ms"] <= TARGET_MEDIAN_MS)),
        Row("warm score, p95", f"{warm['p95_ms']:.2f} ms"),
        Row("warm score, p99", f"{warm['p99_ms']:.2f} ms"),
        Row("warm score, throughput", f"{warm['drafts_per_s']:.0f} drafts/s"),
    ]
    if warm["median_200_words_ms"] is not None:
        ok = warm["median_200_words_ms"] <= TARGET_MEDIAN_MS
        rows.append(Row(f"200-word drafts (180-220 words, {warm['n_200_words']}), median",
                        f"{warm['median_200_words_ms']:.2f} ms", f"<= {TARGET_MEDIAN_MS} ms",
                        pass_miss(ok)))
    rs = res["rescore"]
    rows.append(Row(f"re-score unchanged draft ({rs['words']} words, {rs['runs']} runs), median",
                    f"{rs['median_ms']:.2f} ms"))
    ks = res["keystroke"]
    rows.append(Row(f"re-score after each keystroke (same draft, {ks['keys']} keys), median",
                    f"{ks['median_ms']:.2f} ms"))
    peers = res["peers"]
    if peers.get("proselint") is None:
        rows.append(Row("proselint full check run, median", "not installed"))
    for key, peer in peers.items():
        if peer is None:
            continue
        rows.append(Row(f"{peer['label']}, median", f"{peer['median_ms']:.2f} ms"))
        rows.append(Row("  coachkit on the same drafts, in turn with it, median",
                        f"{peer['ours_median_ms']:.2f} ms"))
        name = "proselint" if key == "proselint" else peer["label"].split(" ", 2)[-1]
        ratio = Row(f"  coachkit speed-up vs {name}", f"{peer['ratio']:.1f}x")
        if key == "proselint":
            ok = peer["ratio"] >= TARGET_PROSELINT_RATIO
            ratio = Row(ratio.label, ratio.figure, f">= {TARGET_PROSELINT_RATIO:.0f}x",
                        pass_miss(ok))
        rows.append(ratio)
    big = res["big"]
    rows.append(Row(f"1 MB draft ({big['chars']:,} chars), scored once",
                    f"{big['seconds']:.2f} s", f"<= {TARGET_BIG_S} s",
                    pass_miss(big["seconds"] <= TARGET_BIG_S)))
    return rows


def format_table(rows: Sequence[Row]) -> str:
    """Rows as aligned plain text."""
    head = Row("measure", "figure", "target", "status")
    widths = [max(len(getattr(r, f)) for r in [head, *rows])
              for f in ("label", "figure", "target", "status")]
    lines = []
    for i, r in enumerate([head, *rows]):
        cells = (r.label.ljust(widths[0]), r.figure.rjust(widths[1]),
                 r.target.ljust(widths[2]), r.status)
        lines.append("  ".join(cells).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def environment() -> dict[str, Any]:
    """What the figures depend on."""
    import coachkit

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "coachkit": coachkit.__version__,
        "textstat": version_of("textstat"),
        "proselint": version_of("proselint"),
        "PYTHONDONTWRITEBYTECODE": os.environ.get("PYTHONDONTWRITEBYTECODE", ""),
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-n", type=int, default=None, help="measured drafts (default 1000)")
    p.add_argument("--quick", action="store_true", help="200 drafts and fewer repeats")
    p.add_argument("--seed", type=int, default=42, help="corpus seed (default 42)")
    p.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON")
    add_corpus_option(p)
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    args = parse_args(argv)
    n = args.n if args.n is not None else (200 if args.quick else 1000)
    if n < 1:
        raise SystemExit("-n must be at least 1")
    settings = (Settings(n, import_runs=3, first_runs=3, rescore_runs=100) if args.quick
                else Settings(n, import_runs=5, first_runs=3, rescore_runs=500))
    records = corpus(args.corpus_tool, WARMUP + n, args.seed)
    samples = [(r["text"], r["kind"]) for r in records]
    words = [len(r["text"].split()) for r in records]

    sys.path.insert(0, str(REPO))
    res = bench(settings, samples, words)
    env = environment()
    print(f"coachkit score benchmark: {n} drafts (+{WARMUP} warm-up), seed {args.seed}"
          f"{', quick' if args.quick else ''}; Python {env['python']}, {env['cpus']} CPUs")
    if env["PYTHONDONTWRITEBYTECODE"]:
        print("note: PYTHONDONTWRITEBYTECODE is set, so fresh processes may compile from source")
    print(format_table(table_rows(res, settings)))
    print(f"speed-up = peer median / coachkit median on the same drafts, timed in turns of "
          f"{PAIRED_BLOCK} drafts (> 1: coachkit faster)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        out = {"settings": asdict(settings), "seed": args.seed, "environment": env,
               "results": res}
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
