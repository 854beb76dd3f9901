"""A coach's cohort: many logs read as one, each row with its participant, each problem
with its source, and a clear refusal when none can be read."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from coachkit.errors import ApplicationsError
from coachkit.outcomes import load_applications
from coachkit.outcomes.cohort import combine_logs
from coachkit.outcomes.writing import what_works

SAMPLE = Path(__file__).parents[1] / "data" / "sample_applications.csv"
AS_OF = "2026-11-30"


@pytest.fixture()
def split(tmp_path):
    """The sample log cut in three: two files and a frame."""
    table = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)
    (tmp_path / "ann.csv").write_text(table.iloc[:20].to_csv(index=False), encoding="utf-8")
    (tmp_path / "bob.csv").write_text(table.iloc[20:40].to_csv(index=False), encoding="utf-8")
    return [tmp_path / "ann.csv", tmp_path / "bob.csv", table.iloc[40:]]


def test_the_logs_are_stacked_with_a_participant_column(split):
    cohort = combine_logs(split, as_of=AS_OF)
    whole = load_applications(SAMPLE, as_of=AS_OF)
    assert len(cohort) == len(whole) == 60
    assert cohort.frame["participant"].value_counts().to_dict() == {
        "ann": 20, "bob": 20, "participant 3": 20}
    assert cohort.source == "cohort of 3 participants"
    assert cohort.rows_read == 60
    assert cohort.frame["company"].tolist() == whole.frame["company"].tolist()
    assert str(cohort.frame["status"].dtype) == "category"
    mine, theirs = what_works(cohort, as_of=AS_OF), what_works(whole, as_of=AS_OF)
    def counts(panel):
        return [(r.group, r.n, r.answered) for r in (*panel.by_delay, *panel.by_verdict)]

    assert counts(mine) == counts(theirs)


def test_names_from_a_mapping_and_same_stems_kept_apart(tmp_path, split):
    other = tmp_path / "again"
    other.mkdir()
    (other / "ann.csv").write_bytes(split[0].read_bytes())
    cohort = combine_logs([split[0], other / "ann.csv"], as_of=AS_OF)
    assert sorted(set(cohort.frame["participant"])) == ["ann", "ann (2)"]
    named = combine_logs({"P1": split[1], "P2": split[2]}, as_of=AS_OF)
    assert sorted(set(named.frame["participant"])) == ["P1", "P2"]


def test_left_out_rows_and_unreadable_files_name_their_source(tmp_path, split):
    messy = tmp_path / "cara.csv"
    messy.write_text("company,applied_on,outcome\nA,2026-10-01,pending\nB,2026-10-02,pending\n"
                     "C,2026-10-03,pending\nD,not a date,pending\n", encoding="utf-8")
    (tmp_path / "dan.csv").write_text("nothing here\n", encoding="utf-8")
    cohort = combine_logs([split[0], messy, tmp_path / "dan.csv", tmp_path / "eve.csv"],
                          as_of=AS_OF)
    assert set(cohort.frame["participant"]) == {"ann", "cara"}
    assert cohort.left_out and all(p.message.startswith("cara: ") for p in cohort.left_out)
    unreadable = [p for p in cohort.problems if p.code == "unreadable_log"]
    assert [p.message.split(":")[0] for p in unreadable] == ["dan", "eve"]
    assert all("left out, could not be read" in p.message for p in unreadable)
    assert all(p.severity == "warning" for p in unreadable)


def test_refused_clearly_when_no_log_can_be_read(tmp_path):
    (tmp_path / "x.csv").write_text("x\n", encoding="utf-8")
    with pytest.raises(ApplicationsError, match=r"none of the logs could be read: x: .*; "
                                                r"missing: left out"):
        combine_logs([tmp_path / "x.csv", tmp_path / "missing.csv"])
    with pytest.raises(ApplicationsError, match="no logs were given"):
        combine_logs([])
