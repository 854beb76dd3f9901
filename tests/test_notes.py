"""Loading interview notes: YAML and JSON, every problem reported at once."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from coachkit import NotesError, load_notes, notes_from_dict
from samples import NOTES


def test_yaml_and_json_load_the_same(tmp_path):
    y = tmp_path / "n.yml"
    y.write_text("company: Northwind Analytics\ninterviewers: [Dana Whitfield]\n"
                 "interviewed_at: 2026-11-20T14:00\ndecision_by: 2026-12-01\n")
    j = tmp_path / "n.json"
    j.write_text(json.dumps({"company": "Northwind Analytics", "interviewers": ["Dana Whitfield"],
                             "interviewed_at": "2026-11-20T14:00",
                             "decision_by": "2026-12-01"}))
    a, b = load_notes(y), load_notes(j)
    assert a == b
    assert a.interviewed_at == datetime(2026, 11, 20, 14, 0)
    assert a.decision_by == date(2026, 12, 1)


def test_all_problems_reported_together():
    with pytest.raises(NotesError) as info:
        notes_from_dict({"company": ["x"], "interviewed_at": "soon", "decision_by": "later",
                         "colour": "blue"})
    message = str(info.value)
    assert "4 problems" in message
    for needle in ("'company'", "interviewed_at", "decision_by", "unknown field 'colour'"):
        assert needle in message
    assert len(info.value.problems) == 4


@pytest.mark.parametrize(("yaml_text", "expected"), [
    # YAML reads a bare yes/no/on/off as true/false: say so, and how to keep the word
    ("company: Yes\n", "field 'company': expected text, got true: YAML reads a bare yes"),
    ("interviewers: [Dana Whitfield, No]\n",
     "field 'interviewers': expected a list of text items, item 2 is not text (got false: "
     "YAML reads a bare yes, no, on or off as true or false, so put the text in quotes"),
    ("topics: [[forecasting], dbt]\n", "item 1 is not text (got a list)"),
    ("concerns: {cpa: no}\n", "field 'concerns': expected a list of text items, got a mapping"),
])
def test_values_that_are_not_text_say_what_they_are(tmp_path, yaml_text, expected):
    path = tmp_path / "notes.yml"
    path.write_text(yaml_text)
    with pytest.raises(NotesError) as info:
        load_notes(path)
    assert expected in str(info.value)


def test_numbers_are_read_as_text():
    assert notes_from_dict({"company": 1800, "topics": [2026, "budget"]}).topics == (
        "2026", "budget")


def test_malformed_files_give_line_and_column(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"company": "x",}')
    with pytest.raises(NotesError, match=r"line 1, column \d+"):
        load_notes(bad)
    not_map = tmp_path / "list.yml"
    not_map.write_text("- a\n- b\n")
    with pytest.raises(NotesError, match="expected a mapping"):
        load_notes(not_map)
    binary = tmp_path / "b.yml"
    binary.write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(NotesError, match="UTF-8"):
        load_notes(binary)


def test_comma_separated_lists_and_empty_file(tmp_path):
    notes = notes_from_dict({"topics": "forecasting, dbt", "interviewers": "Dana Whitfield"})
    assert notes.topics == ("forecasting", "dbt")
    assert notes.interviewers == ("Dana Whitfield",)
    empty = tmp_path / "empty.yml"
    empty.write_text("")
    assert load_notes(empty).company is None


def test_sample_notes_file_loads():
    from pathlib import Path

    notes = load_notes(Path(__file__).parents[1] / "data" / "sample_notes.yml")
    assert notes.company == NOTES["company"]
