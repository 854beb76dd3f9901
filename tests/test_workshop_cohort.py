"""The cohort: a room's newest drafts scored again, counted, summarised; re-scoring only
what changed, and the same reports whether scored here or on every core."""

from __future__ import annotations

import statistics
from concurrent.futures import Future, ProcessPoolExecutor
from typing import ClassVar

import pandas as pd
import pytest
from workshop_helpers import REJECTION, body, clean_body, make_folder, submit

import coachkit.workshop.cohort as cohort_module
from coachkit.model import CATEGORIES
from coachkit.workshop import Cohort, Scorer, WorkshopFolder, score_submissions
from coachkit.workshop.cohort import PARALLEL_FROM
from coachkit.workshop.plots import plot_categories, plot_overall


def insert(text: str, sentence: str) -> str:
    """``text`` with ``sentence`` added after the first paragraph's last sentence."""
    head, mark, rest = text.partition("Zendesk.")
    assert mark, "the clean draft changed"
    return f"{head}{mark} {sentence}{rest}"


def build_room(folder: WorkshopFolder) -> None:
    """Five participants (one submitted twice):
    avery  clean                                   -> no findings
    blake  one 'circle back'                       -> tone.avoid x1
    casey  'circle back' twice                     -> tone.avoid x2
    drew   a short note with 'touch base'          -> tone.avoid x1, concision.length
    emery  'rockstar', then a clean resubmission   -> only the clean one counts
    """
    submit(folder, "avery", clean_body("Avery Stone"), sender="Avery Stone")
    submit(folder, "blake", insert(clean_body("Blake Hart"), "I will circle back with a plan."),
           sender="Blake Hart")
    submit(folder, "casey", insert(clean_body("Casey Moss"), "I will circle back with a plan, "
                                   "and circle back again after the Rotterdam visit."),
           sender="Casey Moss")
    submit(folder, "drew", body("Thank you for the panel interview at Harbourline Logistics.",
                                "I would like to touch base next week.", sender="Drew Park"),
           sender="Drew Park")
    submit(folder, "emery", insert(clean_body("Emery Vale"), "I am a rockstar at renewals."),
           sender="Emery Vale")
    submit(folder, "emery", clean_body("Emery Vale"), sender="Emery Vale")


@pytest.fixture
def room(tmp_path) -> WorkshopFolder:
    folder = make_folder(tmp_path)
    build_room(folder)
    return folder


@pytest.fixture
def cohort(room) -> Cohort:
    return Cohort.from_folder(room, workers=1)


def rules_in(entry) -> list[str]:
    return [f.rule for f in entry.report.findings]


def test_counts_and_the_newest_revision(cohort):
    assert cohort.participants == 5
    assert cohort.submissions == 6
    assert cohort.problems == ()
    assert [e.participant for e in cohort.entries] == ["avery", "blake", "casey", "drew",
                                                       "emery"]
    emery = cohort.entry("emery")
    assert (emery.submission.revision, emery.revisions) == (2, 2)
    assert "rockstar" not in emery.submission.body
    assert rules_in(emery) == [] and rules_in(cohort.entry("avery")) == []
    assert rules_in(cohort.entry("blake")).count("tone.avoid") == 1
    assert rules_in(cohort.entry("casey")).count("tone.avoid") == 2
    assert {"tone.avoid", "concision.length"} <= set(rules_in(cohort.entry("drew")))
    with pytest.raises(KeyError, match="nobody"):
        cohort.entry("nobody")
    assert cohort.summary() == {"participants": 5, "submissions": 6, "problems": 0,
                                "medians": cohort.medians()}


def test_reports_are_scored_with_the_exercise_not_trusted(room):
    path = room.path / "submissions" / "avery" / "avery-r0001.json"
    text = path.read_text(encoding="utf-8").replace('"score": null',
                                                    '"score": {"overall": 3}')
    path.write_text(text, encoding="utf-8")
    entry = Cohort.from_folder(room, workers=1).entry("avery")
    assert entry.submission.claimed == {"overall": 3}
    assert entry.report.overall == 100


def test_medians_are_the_medians_of_the_reports(cohort):
    medians = cohort.medians()
    reports = [e.report for e in cohort.entries]
    assert medians["overall"] == statistics.median(r.overall for r in reports)
    for cat in CATEGORIES:
        assert medians[cat] == statistics.median(r.categories[cat] for r in reports)
    assert cohort.scores("tone") == [r.categories["tone"] for r in reports]
    # a draft with a spread of scores, so the median is not just the best one
    assert min(cohort.scores()) < medians["overall"] < max(cohort.scores())


def test_teaching_moments_count_participants_and_times(cohort):
    moments = cohort.teaching_moments()
    assert list(moments.columns) == ["rule", "category", "finding", "why", "participants",
                                     "share", "times", "example"]
    avoid = moments.set_index("rule").loc["tone.avoid"]
    assert (avoid["participants"], avoid["times"]) == (3, 4)  # blake 1, casey 2, drew 1
    assert avoid["share"] == pytest.approx(3 / 5)
    assert avoid["category"] == "tone"
    assert avoid["finding"] == "A phrase your coach asked you to avoid"
    assert avoid["example"] == "circle back"  # the wording most of them were flagged for
    length = moments.set_index("rule").loc["concision.length"]
    assert (length["participants"], length["times"], length["example"]) == (1, 1, "")
    assert "tone.boastful" not in set(moments["rule"])  # emery's first draft does not count
    assert list(moments["participants"]) == sorted(moments["participants"], reverse=True)
    every = {}
    for e in cohort.entries:
        for rule in set(rules_in(e)):
            every[rule] = every.get(rule, 0) + 1
    assert dict(zip(moments["rule"], moments["participants"], strict=True)) == every
    assert len(cohort.teaching_moments(top=2)) == 2


def test_table_has_one_row_per_participant(cohort):
    table = cohort.table()
    assert list(table.columns) == ["participant", "revision", "revisions", "submitted_at",
                                   "overall", *CATEGORIES, "words", "errors", "warnings",
                                   "suggestions", "findings"]
    assert list(table["participant"]) == ["avery", "blake", "casey", "drew", "emery"]
    rows = table.set_index("participant")
    assert (rows.loc["emery", "revision"], rows.loc["emery", "revisions"]) == (2, 2)
    for e in cohort.entries:
        row = rows.loc[e.participant]
        assert row["overall"] == e.report.overall
        assert row["words"] == e.report.stats.words
        for cat in CATEGORIES:
            assert row[cat] == e.report.categories[cat]
        for severity, column in (("error", "errors"), ("warning", "warnings"),
                                 ("suggestion", "suggestions")):
            assert row[column] == sum(f.severity == severity for f in e.report.findings)
        assert row["findings"] == ";".join(sorted(set(rules_in(e))))
    assert rows.loc["casey", "warnings"] >= 2  # two 'circle back' warnings
    assert rows.loc["avery", "findings"] == ""


def test_distribution_per_score(cohort):
    dist = cohort.distribution().set_index("score")
    assert list(dist.index) == ["overall", *CATEGORIES]
    medians = cohort.medians()
    for name in dist.index:
        values = cohort.scores(name)
        assert dist.loc[name, "n"] == 5
        assert dist.loc[name, "min"] == min(values) and dist.loc[name, "max"] == max(values)
        assert dist.loc[name, "median"] == medians[name]
        assert dist.loc[name, "min"] <= dist.loc[name, "q1"] <= dist.loc[name, "median"] \
            <= dist.loc[name, "q3"] <= dist.loc[name, "max"]


def test_a_category_nobody_was_judged_on(tmp_path):
    folder = make_folder(tmp_path, REJECTION)  # a reply to a rejection is not timed
    submit(folder, "ab", body("Thank you for letting me know, Maya.", "I would welcome any "
                              "feedback on my SQL.", greeting="Dear Maya,"))
    cohort = Cohort.from_folder(folder)
    assert cohort.scores("timeliness") == []
    assert cohort.medians()["timeliness"] is None
    row = cohort.distribution().set_index("score").loc["timeliness"]
    assert row["n"] == 0 and pd.isna(row["median"])
    assert pd.isna(cohort.table().loc[0, "timeliness"])
    plot_categories(cohort)  # draws, naming the category as not judged
    plot_overall(cohort)


def test_an_empty_room(tmp_path):
    cohort = Cohort.from_folder(make_folder(tmp_path))
    assert (cohort.participants, cohort.submissions) == (0, 0)
    assert set(cohort.medians().values()) == {None}
    assert cohort.table().empty and cohort.teaching_moments().empty
    assert list(cohort.distribution()["n"]) == [0] * 6
    for plot in (plot_overall, plot_categories):
        assert "No submissions yet" in [t.get_text() for t in plot(cohort).axes[0].texts]


def test_problems_reach_the_cohort(room):
    (room.path / "submissions" / "stray.txt").write_text("x", encoding="utf-8")
    cohort = Cohort.from_folder(room)
    assert [p.path for p in cohort.problems] == ["submissions/stray.txt"]
    assert cohort.summary()["problems"] == 1 and cohort.participants == 5


def test_the_charts_show_every_participant(cohort):
    fig = plot_overall(cohort)
    ax = fig.axes[0]
    assert sum(p.get_height() for p in ax.patches) == 5
    assert "5 participants" in ax.get_title()
    assert len(plot_categories(cohort).axes[0].collections) == len(CATEGORIES)


# -- re-scoring only what changed ---------------------------------------------------------------
@pytest.fixture
def spy(monkeypatch) -> list[str]:
    """Participant codes passed to the scorer, in order."""
    calls: list[str] = []
    real = cohort_module._score_one

    def counting(sub, exercise):
        calls.append(sub.participant)
        return real(sub, exercise)

    monkeypatch.setattr(cohort_module, "_score_one", counting)
    return calls


def test_scorer_rescores_only_new_and_changed_submissions(room, spy):
    scorer = Scorer(room, workers=1)
    first = scorer.cohort()
    assert sorted(spy) == ["avery", "blake", "casey", "drew", "emery"]
    spy.clear()
    again = scorer.cohort()
    assert spy == []
    assert again == first
    submit(room, "blake", clean_body("Blake Hart"), sender="Blake Hart")  # a new revision
    submit(room, "fin", clean_body("Fin Cole"), sender="Fin Cole")  # a new participant
    third = scorer.cohort()
    assert sorted(spy) == ["blake", "fin"]
    assert third.participants == 6 and third.submissions == 8
    assert rules_in(third.entry("blake")) == []
    spy.clear()
    assert third == Cohort.from_folder(room, workers=1)  # a fresh scorer agrees
    assert sorted(spy) == ["avery", "blake", "casey", "drew", "emery", "fin"]


def test_progress_with_nothing_new_to_score(room, spy):
    scorer = Scorer(room, workers=1)
    first_calls: list[tuple[int, int]] = []
    scorer.cohort(progress=lambda done, total: first_calls.append((done, total)))
    monotonic_to_total(first_calls, 5)
    spy.clear()
    calls: list[tuple[int, int]] = []
    scorer.cohort(progress=lambda done, total: calls.append((done, total)))
    assert spy == []
    assert all(call == (0, 0) for call in calls)  # nothing to do, nothing claimed done


# -- every core ----------------------------------------------------------------------------------
EXTRAS = ["", "I will circle back with a plan.", "I am a rockstar at renewals!",
          "I would like to touch base soon.", "We discused the recieved tickets.",
          "Please let me know ASAP.", "I think maybe I could possibly help."]


@pytest.fixture
def big_room(tmp_path) -> WorkshopFolder:
    folder = make_folder(tmp_path, name="big")
    for i in range(PARALLEL_FROM + 12):
        text = insert(clean_body(f"Person {i}"), EXTRAS[i % len(EXTRAS)])
        if i % 5 == 0:
            text = body("Thank you for the interview.", EXTRAS[i % len(EXTRAS)])
        submit(folder, f"p{i:03d}", text, sender=f"Person {i}")
    return folder


class RecordingPool(ProcessPoolExecutor):
    """A process pool that remembers how many tasks it ran and whether they failed."""

    tasks: ClassVar[list[Future]] = []

    def submit(self, fn, /, *args, **kwargs):
        future = super().submit(fn, *args, **kwargs)
        RecordingPool.tasks.append(future)
        return future


def monotonic_to_total(calls: list[tuple[int, int]], total: int) -> None:
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert all(t == total for _, t in calls)
    done = [d for d, _ in calls]
    assert done == sorted(done)


def test_parallel_scoring_gives_exactly_the_serial_reports(big_room, monkeypatch):
    exercise = big_room.exercise()
    subs = big_room.scan().latest
    assert len(subs) >= PARALLEL_FROM
    serial_calls: list[tuple[int, int]] = []
    serial = score_submissions(subs, exercise, workers=1,
                               progress=lambda d, t: serial_calls.append((d, t)))
    monkeypatch.setattr(cohort_module, "ProcessPoolExecutor", RecordingPool)
    RecordingPool.tasks = []
    calls: list[tuple[int, int]] = []
    parallel = score_submissions(subs, exercise, workers=2,
                                 progress=lambda d, t: calls.append((d, t)))
    # the pool really did the work (no quiet fall-back to this process)
    assert len(RecordingPool.tasks) == -(-len(subs) // cohort_module._CHUNK)
    assert all(f.done() and f.exception() is None for f in RecordingPool.tasks)
    assert parallel == serial
    assert len({r.overall for r in serial}) > 3  # the drafts really differ
    monotonic_to_total(serial_calls, len(subs))
    monotonic_to_total(calls, len(subs))


def test_a_cohort_from_a_big_folder_reports_progress(big_room):
    calls: list[tuple[int, int]] = []
    cohort = Cohort.from_folder(big_room, workers=2,
                                progress=lambda d, t: calls.append((d, t)))
    monotonic_to_total(calls, cohort.participants)
    assert cohort == Cohort.from_folder(big_room, workers=1)


def test_a_small_batch_is_scored_in_this_process(room, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("no pool for a handful of drafts")

    monkeypatch.setattr(cohort_module, "ProcessPoolExecutor", refuse)
    subs = room.scan().latest
    assert len(subs) < PARALLEL_FROM
    assert len(score_submissions(subs, room.exercise(), workers=2)) == len(subs)


def test_an_example_wording_must_be_shared_by_two_people(tmp_path):
    folder = make_folder(tmp_path)
    submit(folder, "solo", insert(clean_body("Sol Oak"), "Let us touch base, touch base "
                                  "and touch base again."), sender="Sol Oak")
    submit(folder, "other", insert(clean_body("Ode Ash"), "I will circle back."),
           sender="Ode Ash")
    moments = Cohort.from_folder(folder, workers=1).teaching_moments().set_index("rule")
    assert moments.loc["tone.avoid", "times"] == 4
    assert moments.loc["tone.avoid", "example"] == ""  # one person's habit is not the room's
    submit(folder, "third", insert(clean_body("Tia Elm"), "We should Touch Base soon."),
           sender="Tia Elm")
    moments = Cohort.from_folder(folder, workers=1).teaching_moments().set_index("rule")
    assert moments.loc["tone.avoid", "example"] == "touch base"  # as first written
