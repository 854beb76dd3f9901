"""Real job-search logs, anonymised, through the loader, the report and the dashboard.

tests/outcomes_real/ holds logs that their owners published (sources, what was kept and
what was replaced: tests/outcomes_real/README.md); tests/outcomes_trackers/ holds the
invented exports of known trackers. tests/outcomes_real/expected.yaml has the figures a
person counted by hand for each file: the rows that are not applications, the rows that
cannot be used, every status word and how it reads, the answered applications, the
offers and the interviews. Each log must give a report through the API (lenient by
default), the CLI and the dashboard, leave out at most 10% of its rows, and agree with
the hand counts.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from contextlib import redirect_stderr
from functools import cache
from pathlib import Path

import pandas as pd
import pytest
import yaml

from coachkit.cli import run
from coachkit.outcomes import Applications, load_applications
from coachkit.outcomes.analysis import analyse
from coachkit.outcomes.datecols import EVENT_STAGES

HERE = Path(__file__).parent
FOLDERS = {"real": HERE / "outcomes_real", "trackers": HERE / "outcomes_trackers"}
EXPECTED = yaml.safe_load((FOLDERS["real"] / "expected.yaml").read_text(encoding="utf-8"))
AS_OF = EXPECTED["as_of"]
CASES = [pytest.param(FOLDERS[group] / name, spec, id=f"{group}/{name}")
         for group in FOLDERS for name, spec in EXPECTED[group].items()]
ANSWERS = ("offer", "rejected")
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")


def word_key(word: str) -> str:
    """A status word as compared: case folded, without dates, punctuation or extra spaces."""
    text = _DATE.sub(" ", word).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def raw_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8", newline="") as handle:
        header, *rows = csv.reader(handle)
    return header, rows


@cache
def loaded(path: Path) -> Applications:
    return load_applications(path, as_of=AS_OF)


def kept_rows(apps: Applications) -> set[int]:
    """1-based data rows kept in the log (row 2 of the file is data row 1)."""
    return {int(r) - 1 for r in apps.frame["row"]}


def raw_status(path: Path, spec: dict) -> dict[int, str]:
    """Each data row's status word as written in the file, by 1-based data row."""
    header, rows = raw_rows(path)
    if not spec["status_column"]:
        return {i: "" for i in range(1, len(rows) + 1)}
    at = header.index(spec["status_column"])
    return {i: row[at] if at < len(row) else "" for i, row in enumerate(rows, 1)}


def interviewed(apps: Applications, path: Path, spec: dict) -> pd.Series:
    """Per kept row: an interview date, an interview stage, or a status naming one."""
    frame = apps.frame
    found = frame["interviewed_at"].notna()
    if "stages" in frame:
        found |= frame["stages"].map(  # a later date in an applied cell is no interview
            lambda stages: any(name not in EVENT_STAGES for name, _ in stages))
    words = {word_key(w) for w in spec["interview_words"]}
    status = raw_status(path, spec)
    found |= frame["row"].map(lambda r: word_key(status[int(r) - 1]) in words)
    return found


def answered(apps: Applications, path: Path, spec: dict) -> pd.Series:
    frame = apps.frame
    return (frame["outcome"].isin(ANSWERS) | frame["response_at"].notna()
            | interviewed(apps, path, spec))


def expected_words(spec: dict) -> dict[str, tuple[int, set[str]]]:
    words: dict[str, list] = defaultdict(lambda: [0, set()])
    for item in spec["statuses"]:
        entry = words[word_key(item["word"])]
        entry[0] += item["count"]
        entry[1].add(item["reading"])
    return {k: (count, readings) for k, (count, readings) in words.items()}


def loader_words(apps: Applications) -> dict[str, tuple[int, set[str]]]:
    words: dict[str, list] = defaultdict(lambda: [0, set()])
    for reading in apps.status_readings:
        if word_key(reading.word):
            entry = words[word_key(reading.word)]
            entry[0] += reading.count
            entry[1].add(reading.reading)
    return {k: (count, readings) for k, (count, readings) in words.items()}


@pytest.mark.parametrize("path, spec", CASES)
def test_hand_counts_agree_with_the_file(path, spec):
    _, rows = raw_rows(path)
    assert len(rows) == spec["rows"]
    status = raw_status(path, spec)
    counted = sum(item["count"] for item in spec["statuses"])
    assert counted + spec["blank_status"]["count"] == spec["rows"]
    blank = sum(1 for word in status.values() if not word_key(word))
    assert blank == spec["blank_status"]["count"]
    by_word = defaultdict(int)
    for word in status.values():
        by_word[word_key(word)] += 1
    for key, (count, _) in expected_words(spec).items():
        assert by_word[key] == count, key
    not_applied = {k for k, (_, r) in expected_words(spec).items() if r == {"not_applied"}}
    assert {i for i, w in status.items() if word_key(w) in not_applied} <= set(
        spec["not_applications"])
    out = set(spec["not_applications"]) | set(spec["left_out"])
    assert spec["applications"] == spec["rows"] - len(out)
    assert len(spec["left_out"]) <= 0.1 * spec["rows"]
    assert len(spec["interview_rows"]) == spec["interviews"]
    assert not set(spec["interview_rows"]) & out


@pytest.mark.parametrize("path, spec", CASES)
def test_left_out_rows_are_the_ones_a_person_could_not_use(path, spec):
    apps = loaded(path)
    assert apps.rows_read == spec["rows"]
    every = set(range(1, spec["rows"] + 1))
    assert every - kept_rows(apps) == set(spec["left_out"]) | set(spec["not_applications"])
    listed = {p.row - 1 for p in apps.left_out if p.row}
    assert set(spec["left_out"]) <= listed
    assert len(every - kept_rows(apps) - set(spec["not_applications"])) <= 0.1 * spec["rows"]


@pytest.mark.parametrize("path, spec", CASES)
def test_status_words_are_read_as_a_person_reads_them(path, spec):
    got, want = loader_words(loaded(path)), expected_words(spec)
    assert set(got) == set(want)
    for key, (count, readings) in want.items():
        assert got[key][0] == count, key
        if readings != {"not_applied"}:  # the reading of a never-sent word is not fixed
            assert got[key][1] == readings, key


@pytest.mark.parametrize("path, spec", CASES)
def test_headline_figures_match_the_hand_count(path, spec):
    apps = loaded(path)
    analysis = analyse(apps, pd.Timestamp(AS_OF))
    assert analysis.n == spec["applications"]
    steps = analysis.section("funnel").table.set_index("stage")["count"]
    assert steps["offer"] == spec["offers"]
    assert int(answered(apps, path, spec).sum()) == spec["answered"]
    found = interviewed(apps, path, spec)
    rows = sorted(int(r) - 1 for r in apps.frame.loc[found, "row"])
    assert rows == spec["interview_rows"]


@pytest.mark.parametrize("path, spec", CASES)
def test_the_cli_writes_a_report(path, spec, tmp_path):
    target = tmp_path / "out.html"
    err = io.StringIO()
    with redirect_stderr(err):
        status = run(["report", str(path), "-o", str(target), "--as-of", AS_OF],
                     out=io.StringIO())
    assert status == 0, err.getvalue()
    assert target.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


@pytest.mark.parametrize("path, spec", CASES)
def test_the_dashboard_opens_the_log(path, spec):
    pytest.importorskip("ipywidgets")
    from coachkit.widgets import OutcomesDashboard

    dash = OutcomesDashboard(path, as_of=AS_OF)
    assert dash.error is None
    assert dash.analysis is not None and dash.analysis.n == spec["applications"]
