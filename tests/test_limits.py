"""coachkit.limits: the caps, ``read_capped`` on files, devices, FIFOs and pipes, and
``safe_yaml_load`` on alias bombs and deep nesting."""

from __future__ import annotations

import ast
import contextlib
import io
import os
import threading
import time
from pathlib import Path

import pytest
import yaml

from coachkit import limits
from coachkit.errors import InputError, LimitError, NotesError
from coachkit.limits import describe_size, read_capped, safe_yaml_load

BOMB = "\n".join(
    [f"l0: &l0 [{', '.join(['lol'] * 9)}]"]
    + [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 9)])


def test_every_cap_is_public_positive_and_explained():
    source = Path(limits.__file__).read_text(encoding="utf-8")
    caps = [n for n in limits.__all__ if n.isupper()]
    assert len(caps) >= 10
    for name in caps:
        assert getattr(limits, name) > 0
        line = next(i for i, text in enumerate(source.splitlines()) if text.startswith(name))
        assert source.splitlines()[line - 1].startswith("# "), f"{name} has no reason"


def test_limits_is_base_layer():
    tree = ast.parse(Path(limits.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {a.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                 for a in node.names}
    assert {m for m in imported if m and m.startswith("coachkit")} == {"coachkit.errors"}


@pytest.mark.parametrize(("n", "said"), [
    (1_000_000, "1 MB"), (20 * 1024 * 1024, "20 MB"), (65_536, "64 KB"), (999, "999 bytes")])
def test_describe_size(n, said):
    assert describe_size(n) == said


def test_read_capped_reads_a_file_up_to_the_cap(tmp_path):
    path = tmp_path / "notes.yml"
    path.write_bytes(b"x" * 100)
    assert read_capped(path, 100, "notes") == b"x" * 100
    assert read_capped(str(path), 1000, "notes") == b"x" * 100


def test_read_capped_refuses_one_byte_more_with_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("notes.yml").write_bytes(b"x" * (limits.NOTES_BYTES + 1))
    with pytest.raises(LimitError) as caught:
        read_capped("notes.yml", limits.NOTES_BYTES, "notes")
    assert str(caught.value) == "notes.yml is larger than the 1 MB allowed for notes"
    assert isinstance(caught.value, InputError)


def test_read_capped_raises_the_callers_error_class(tmp_path):
    path = tmp_path / "n.yml"
    path.write_bytes(b"abc")
    with pytest.raises(NotesError, match="larger than the 2 bytes allowed for notes"):
        read_capped(path, 2, "notes", error=NotesError)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_endless_devices_are_refused_by_the_byte_cap(device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    started = time.perf_counter()
    with pytest.raises(LimitError, match=f"{device} is larger than the 64 KB allowed"):
        read_capped(device, 65_536, "a rules file")
    assert time.perf_counter() - started < 2


def test_dev_null_is_empty():
    assert read_capped("/dev/null", 10, "notes") == b""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_with_an_endless_writer_is_refused(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    stop = threading.Event()

    def write_forever() -> None:
        # the reader stops early on purpose: a broken pipe, also when the file closes
        with contextlib.suppress(BrokenPipeError), open(fifo, "wb") as f:
            while not stop.is_set():  # opens once the reader does
                f.write(b"y\n" * 4096)

    writer = threading.Thread(target=write_forever, daemon=True)
    writer.start()
    time.sleep(0.1)  # let the writer block in open, so the reader sees it
    try:
        with pytest.raises(LimitError, match="larger than the 64 KB allowed for a draft"):
            read_capped(fifo, 65_536, "a draft")
    finally:
        stop.set()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_nobody_writes_to_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert read_capped(fifo, 100, "notes") == b""


def test_streams_are_capped_by_what_they_give():
    assert read_capped(io.BytesIO(b"hello"), 5, "a draft") == b"hello"
    with pytest.raises(LimitError, match=r"^standard input is larger than the 4 bytes"):
        read_capped(io.BytesIO(b"hello"), 4, "a draft")


def test_a_real_pipe_is_capped():
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb") as reader, os.fdopen(write_end, "wb") as writer:
        writer.write(b"z" * 5000)
        writer.flush()
        with pytest.raises(LimitError, match="larger than the 1 KB allowed"):
            read_capped(reader, 1000, "a draft")


@pytest.mark.parametrize(("make", "said"), [
    (lambda p: p, "cannot read the notes"),
    (lambda p: (p.mkdir(), p)[1], "is a folder"),
])
def test_missing_files_and_folders_are_clear_errors(tmp_path, make, said):
    with pytest.raises(LimitError, match=said):
        read_capped(make(tmp_path / "notes.yml"), 100, "notes")


def test_safe_yaml_load_reads_ordinary_yaml_with_a_few_aliases():
    text = "base: &b {company: Acme, role: Analyst}\nfirst: *b\nsecond: *b\nlist: [1, 2]\n"
    assert safe_yaml_load(text, "notes.yml") == yaml.safe_load(text)
    assert safe_yaml_load("", "notes.yml") is None


def test_alias_bomb_is_refused_at_once():
    started = time.perf_counter()
    with pytest.raises(LimitError, match=r"^notes.yml: YAML aliases \(\*name\) expand to more"):
        safe_yaml_load(BOMB, "notes.yml")
    assert time.perf_counter() - started < 1


def test_too_many_aliases_are_refused():
    text = "a: &a x\nb: [" + ", ".join(["*a"] * (limits.YAML_MAX_ALIASES + 1)) + "]\n"
    with pytest.raises(LimitError, match="more than 1,000 YAML aliases"):
        safe_yaml_load(text, "rules.yml")


def test_an_alias_inside_its_own_anchor_is_refused():
    with pytest.raises(LimitError, match=r"alias \*x is used inside its own anchor"):
        safe_yaml_load("a: &x [1, *x]\n", "rules.yml")


@pytest.mark.parametrize("text", [
    "a: " + "[" * (limits.YAML_MAX_DEPTH + 1) + "]" * (limits.YAML_MAX_DEPTH + 1),
    "".join(f"{' ' * i}k{i}:\n" for i in range(200)) + " " * 200 + "end\n",
])
def test_deep_nesting_is_refused(text):
    with pytest.raises(LimitError, match=r"^notes\.yml: lists or mappings nested more than 64"):
        safe_yaml_load(text, "notes.yml")


def test_very_deep_nesting_is_a_clear_error_not_a_recursion_error():
    text = "a: " + "[" * 100_000 + "]" * 100_000
    with pytest.raises((LimitError, yaml.YAMLError)):  # libyaml stops at 1,000 itself
        safe_yaml_load(text, "notes.json")


def test_nesting_up_to_the_cap_loads():
    depth = limits.YAML_MAX_DEPTH - 1  # inside the top-level mapping
    data = safe_yaml_load("a: " + "[" * depth + "]" * depth, "notes.yml")
    for _ in range(depth):
        data = data["a"] if isinstance(data, dict) else data[0] if data else data
    assert data == []


def test_the_pure_python_loader_is_checked_the_same(monkeypatch):
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    with pytest.raises(LimitError, match="expand to more"):
        safe_yaml_load(BOMB, "notes.yml")
    with pytest.raises(LimitError, match="nested more than"):
        safe_yaml_load("[" * 5000 + "]" * 5000, "notes.yml")


def test_syntax_errors_stay_yaml_errors():
    with pytest.raises(yaml.YAMLError):
        safe_yaml_load("a: [1, 2", "notes.yml")
    with pytest.raises(yaml.YAMLError):
        safe_yaml_load("a: *undefined", "notes.yml")


@pytest.mark.parametrize("value", ["x" * 10_000, list(range(10_000)), {"a": [[[["deep"]]]]},
                                   10 ** 1000, 10 ** 5000, b"\x00" * 5000],
                         ids=["text", "list", "nested", "int", "huge-int", "bytes"])
def test_shown_values_are_short(value):
    text = limits.shown(value)
    assert len(text) <= limits.SHOWN_CHARS
    assert text.endswith(("…", "to show>")) or "..." in text


def test_short_values_are_shown_whole():
    assert limits.shown("soon") == "'soon'" and limits.shown([1, 2]) == "[1, 2]"
