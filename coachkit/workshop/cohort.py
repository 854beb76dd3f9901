"""Score a room's submissions and summarise them: who submitted, score spreads, teaching moments.

Every draft is scored again here, with the exercise's scenario and rule pack, so
the board does not trust the score a browser sent. A large folder is scored on
every core; a board that refreshes scores only the files that are new or changed.
"""

from __future__ import annotations

import functools
import os
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from statistics import median
from typing import TYPE_CHECKING, Any

from coachkit.model import CATEGORIES, Report
from coachkit.workshop.exercise import Exercise
from coachkit.workshop.folder import Problem, Scan, Submission, WorkshopFolder
from coachkit.workshop.masking import Masker

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Cohort", "Entry", "Scorer", "score_submissions"]

Progress = Callable[[int, int], None]
PARALLEL_FROM = 60  # submissions; fewer are scored in this process (no start-up cost)
_CHUNK = 25


@dataclass(frozen=True)
class Entry:
    """A participant's newest submission and its report."""

    submission: Submission
    report: Report
    revisions: int = 1

    @property
    def participant(self) -> str:
        return self.submission.participant


def _score_one(sub: Submission, exercise: Exercise) -> Report:
    return exercise.score(sub.draft())


def _score_chunk(exercise: Exercise, subs: Sequence[Submission]) -> list[Report]:
    return [_score_one(s, exercise) for s in subs]


def score_submissions(subs: Sequence[Submission], exercise: Exercise, *,
                      workers: int | None = None,
                      progress: Progress | None = None) -> list[Report]:
    """Reports for ``subs`` in order; uses every core for a large batch.
    ``progress(done, total)`` is called as chunks finish."""
    total = len(subs)
    workers = workers or os.cpu_count() or 1
    if progress:
        progress(0, total)
    if total < PARALLEL_FROM or workers < 2:
        out = []
        for i, sub in enumerate(subs, 1):
            out.append(_score_one(sub, exercise))
            if progress and (i % _CHUNK == 0 or i == total):
                progress(i, total)
        return out
    import multiprocessing
    from concurrent.futures import as_completed
    from concurrent.futures.process import BrokenProcessPool

    chunks = [subs[i:i + _CHUNK] for i in range(0, total, _CHUNK)]
    results: list[list[Report] | None] = [None] * len(chunks)
    done = 0
    # forkserver: workers fork from a clean process, safe beside a Jupyter kernel's threads
    context = multiprocessing.get_context("forkserver")
    try:
        with ProcessPoolExecutor(max_workers=min(workers, len(chunks)),
                                 mp_context=context) as pool:
            futures = {pool.submit(_score_chunk, exercise, chunk): i
                       for i, chunk in enumerate(chunks)}
            for future in as_completed(futures):
                i = futures[future]
                results[i] = future.result()
                done += len(chunks[i])
                if progress:
                    progress(done, total)
    except (BrokenProcessPool, OSError):
        pass  # workers could not start here (no main module to import): go on in-process
    for i, chunk in enumerate(chunks):
        if results[i] is None:
            results[i] = _score_chunk(exercise, chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
    return [r for chunk in results for r in chunk or ()]


@dataclass
class Scorer:
    """Scores a workshop folder again and again, re-scoring only what changed."""

    folder: WorkshopFolder
    workers: int | None = None
    _cache: dict[tuple[str, int, str], Report] = field(default_factory=dict, repr=False)

    def cohort(self, progress: Progress | None = None) -> Cohort:
        exercise = self.folder.exercise()
        scan = self.folder.scan()
        latest = scan.latest
        key = repr(exercise.to_dict())  # an edited exercise re-scores every draft
        todo = [s for s in latest if (s.path, s.revision, key) not in self._cache]
        if todo:
            reports = score_submissions(todo, exercise, workers=self.workers,
                                        progress=progress)
            for sub, report in zip(todo, reports, strict=True):
                self._cache[(sub.path, sub.revision, key)] = report
        current = {(s.path, s.revision, key) for s in latest}
        for stale in set(self._cache) - current:  # superseded revisions, old exercise
            del self._cache[stale]
        return Cohort.build(exercise, scan,
                            [self._cache[(s.path, s.revision, key)] for s in latest])


@dataclass(frozen=True)
class Cohort:
    """The room's newest drafts, scored, with what the board and the reports show."""

    exercise: Exercise
    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...] = ()
    submissions: int = 0  # every revision counted

    @classmethod
    def build(cls, exercise: Exercise, scan: Scan, reports: Sequence[Report]) -> Cohort:
        counts = Counter(s.participant for s in scan.submissions)
        entries = tuple(Entry(s, r, counts[s.participant])
                        for s, r in zip(scan.latest, reports, strict=True))
        return cls(exercise, entries, scan.problems, len(scan.submissions))

    @classmethod
    def from_folder(cls, folder: WorkshopFolder | str, *, workers: int | None = None,
                    progress: Progress | None = None) -> Cohort:
        if not isinstance(folder, WorkshopFolder):
            folder = WorkshopFolder(folder)
        return Scorer(folder, workers).cohort(progress)

    @property
    def participants(self) -> int:
        return len(self.entries)

    def entry(self, participant: str) -> Entry:
        for entry in self.entries:
            if entry.participant == participant:
                return entry
        raise KeyError(f"no submission from {participant!r}")

    # -- numbers ---------------------------------------------------------------------
    def scores(self, category: str = "overall") -> list[int]:
        """Every participant's score in a category ('overall' or one of CATEGORIES);
        participants whose draft could not be judged there are left out."""
        if category == "overall":
            return [e.report.overall for e in self.entries]
        values = [e.report.categories.get(category) for e in self.entries]
        return [v for v in values if v is not None]

    def medians(self) -> dict[str, float | None]:
        """The room's median overall and per category (None where nobody was judged)."""
        out: dict[str, float | None] = {}
        for cat in ("overall", *CATEGORIES):
            values = self.scores(cat)
            out[cat] = float(median(values)) if values else None
        return out

    def table(self) -> pd.DataFrame:
        """One row per participant: code, revisions, time, scores, words, findings."""
        import pandas as pd

        rows = []
        for e in self.entries:
            counts = Counter(f.severity for f in e.report.findings)
            rows.append({
                "participant": e.participant, "revision": e.submission.revision,
                "revisions": e.revisions,
                "submitted_at": e.submission.submitted_at.isoformat(timespec="seconds"),
                "overall": e.report.overall,
                **{cat: e.report.categories.get(cat) for cat in CATEGORIES},
                "words": e.report.stats.words, "errors": counts["error"],
                "warnings": counts["warning"], "suggestions": counts["suggestion"],
                "findings": ";".join(sorted({f.rule for f in e.report.findings})),
            })
        columns = ["participant", "revision", "revisions", "submitted_at", "overall",
                   *CATEGORIES, "words", "errors", "warnings", "suggestions", "findings"]
        frame = pd.DataFrame(rows, columns=columns)
        for cat in CATEGORIES:
            frame[cat] = frame[cat].astype("Int64")
        return frame

    def distribution(self) -> pd.DataFrame:
        """Per score (overall and each category): n, min, quartiles, median, max."""
        import pandas as pd

        rows = []
        for cat in ("overall", *CATEGORIES):
            s = pd.Series(self.scores(cat), dtype=float)
            rows.append({"score": cat, "n": int(s.size),
                         **({k: float(s.quantile(q)) for k, q in
                             (("min", 0), ("q1", .25), ("median", .5), ("q3", .75),
                              ("max", 1))} if s.size else
                            dict.fromkeys(("min", "q1", "median", "q3", "max"))),
                         })
        return pd.DataFrame(rows)

    def teaching_moments(self, top: int = 10) -> pd.DataFrame:
        """The findings most of the room made: per check, how many participants, the
        share of the room, how often in all, and the wording flagged most often by a
        phrase list (shared by two or more, and masked like the projector view)."""
        import pandas as pd

        from coachkit.scoring import all_checks
        from coachkit.scoring.registry import PhraseList

        checks = {c.id: c for c in all_checks()}
        phrase_checks = {c.id for c in all_checks() if isinstance(c.kind, PhraseList)}
        people: Counter[str] = Counter()
        total: Counter[str] = Counter()
        wording: dict[str, Counter[str]] = {}
        shown: dict[str, str] = {}  # the first way each wording was written
        for e in self.entries:
            rules = [f.rule for f in e.report.findings]
            total.update(rules)
            people.update(set(rules))
            theirs: set[tuple[str, str]] = set()  # each wording counts once per person
            for f in e.report.findings:
                if f.rule in phrase_checks and f.end - f.start <= 40:
                    said = " ".join(f.text.split())
                    shown.setdefault(said.lower(), said)
                    theirs.add((f.rule, said.lower()))
            for rule, said in theirs:
                wording.setdefault(rule, Counter())[said] += 1
        masker = self.masker()
        rows = []
        n = max(1, self.participants)
        for rule, count in people.most_common():
            check = checks.get(rule)
            common = wording.get(rule, Counter()).most_common(1)
            rows.append({
                "rule": rule, "category": check.category if check else rule.split(".")[0],
                "finding": check.message if check else rule,
                "why": check.rationale if check else "",
                "participants": count, "share": count / n, "times": total[rule],
                "example": (masker.mask_text(shown[common[0][0]]) if common and common[0][1] > 1
                            else ""),
            })
        frame = pd.DataFrame(rows, columns=["rule", "category", "finding", "why",
                                            "participants", "share", "times", "example"])
        return frame.head(top).reset_index(drop=True)

    def masker(self) -> Masker:
        """Masks the scenario's people and company and every name the room gave."""
        return self._masker

    @functools.cached_property
    def _masker(self) -> Masker:
        # built once per cohort: it reads every draft of the room
        return Masker(self.exercise.scenario,
                      participants=[e.submission.sender for e in self.entries],
                      keep=self.exercise.pack.vocabulary,
                      room=[e.submission.draft().text for e in self.entries])

    def summary(self) -> dict[str, Any]:
        """Counts for the header of the board and the reports."""
        return {"participants": self.participants, "submissions": self.submissions,
                "problems": len(self.problems), "medians": self.medians()}
