"""The one YAML reader: every failure names the file, and a syntax error says where."""

from __future__ import annotations

import pytest

from coachkit.errors import ApplicationsError, NotesError, RulesError
from coachkit.notes import load_notes
from coachkit.outcomes import load_mapping
from coachkit.yamlfile import parse_yaml, read_yaml


@pytest.mark.parametrize("fast", [True, False], ids=["libyaml", "python"])
def test_a_syntax_error_gives_line_and_column(fast):
    with pytest.raises(RulesError, match=r"^rules\.yml: line 2, column 1: "):
        parse_yaml("a: 1\n\tb: 2\n", RulesError, "rules.yml", fast=fast)


def test_the_caller_keeps_its_wording(tmp_path):
    bad = tmp_path / "m.yml"
    bad.write_text("columns: [a\n", encoding="utf-8")
    with pytest.raises(ApplicationsError, match=r"m\.yml: not valid YAML: line \d+, column \d+"):
        load_mapping(bad)
    notes = tmp_path / "n.yml"
    notes.write_text("company: [x\n", encoding="utf-8")
    with pytest.raises(NotesError, match=r"n\.yml: line \d+, column \d+: "):
        load_notes(notes)


def test_reading_failures_name_the_file_and_what_it_is(tmp_path):
    with pytest.raises(RulesError, match=r"none\.yml: cannot read the rules file \("):
        read_yaml(tmp_path / "none.yml", RulesError, "rules file")
    latin = tmp_path / "l.yml"
    latin.write_bytes(b"a: caf\xe9\n")
    with pytest.raises(NotesError, match=r"not UTF-8 text \(byte 6\); save the notes as UTF-8"):
        read_yaml(latin, NotesError, "notes file", save_as="notes")
    big = tmp_path / "big.yml"
    big.write_bytes(b"a: 1\n" * 10)
    with pytest.raises(RulesError, match="50 bytes is far too big for a rules file"):
        read_yaml(big, RulesError, "rules file", max_bytes=20)


def test_a_byte_order_mark_is_dropped(tmp_path):
    path = tmp_path / "bom.yml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\n")
    assert read_yaml(path, RulesError, "rules file") == {"a": 1}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path, encoding):
    path = tmp_path / "wide.yml"
    bom = {"utf-16": b"", "utf-16-be": b"\xfe\xff", "utf-32": b""}[encoding]
    path.write_bytes(bom + "a: café\n".encode(encoding))
    assert read_yaml(path, RulesError, "rules file") == {"a": "café"}


@pytest.mark.parametrize("fast", [True, False], ids=["libyaml", "python"])
def test_a_date_that_does_not_exist_stays_text(fast):
    data = parse_yaml("a: 2026-11-31\nb: 2026-11-20 25:00:00\nc: 2026-11-20\n", RulesError,
                      "r.yml", fast=fast)
    assert data["a"] == "2026-11-31" and data["b"] == "2026-11-20 25:00:00"
    assert str(data["c"]) == "2026-11-20"


def test_a_value_python_cannot_build_names_its_line():
    with pytest.raises(RulesError, match=r"^r\.yml: line 2, column 4: cannot read this value"):
        parse_yaml("a: 1\nb: " + "9" * 5000 + "\n", RulesError, "r.yml")


def test_a_control_character_names_its_position():
    with pytest.raises(NotesError, match=r"n\.yml: character 4: U\+0000 is not allowed"):
        parse_yaml("a: \x00\n", NotesError, "n.yml", fast=False)
