"""Every malformed log gives a clear message and no traceback: API, CLI and dashboard."""

from __future__ import annotations

import hashlib
import io
import sys
import time
from contextlib import redirect_stderr
from datetime import datetime
from pathlib import Path

import pytest
import yaml

from coachkit.cli import run
from coachkit.errors import ApplicationsError
from coachkit.outcomes import MAX_BYTES, load_applications

HERE = Path(__file__).parent / "outcomes_bad"
sys.path.insert(0, str(HERE))
from make_corpus import big_file, files  # noqa: E402

INDEX = yaml.safe_load((HERE / "index.yaml").read_text(encoding="utf-8"))
AS_OF = "2026-11-30"
cases = pytest.mark.parametrize("name", sorted(INDEX))


def test_corpus_is_large_and_up_to_date():
    assert len(INDEX) >= 25
    assert set(INDEX) == set(files()), "index.yaml and make_corpus.py list different files"
    for name, data in files().items():
        if name.endswith(".xlsx"):  # a workbook holds the time it was saved
            continue
        assert (HERE / name).read_bytes() == data, f"{name}: run make_corpus.py again"


def _load(path: Path, errors: str = "lenient"):
    return load_applications(path, as_of=AS_OF, errors=errors)


def _lenient_kind(case: dict) -> str:
    """What the lenient default does: the strict kind, unless the file reads anyway."""
    return "warning" if "lenient" in case else case["kind"]


@cases
def test_loader_api(name: str) -> None:
    case = INDEX[name]
    path = HERE / name
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for errors, kind, expect in (("raise", case["kind"], case["expect"]),
                                 ("lenient", _lenient_kind(case),
                                  case.get("lenient", case["expect"]))):
        if kind == "error":
            with pytest.raises(ApplicationsError) as info:
                _load(path, errors)
            assert expect in str(info.value)
            assert name in str(info.value)
        else:
            apps = _load(path, errors)
            assert any(expect in str(p) for p in apps.warnings), apps.warnings
            assert len(apps) > 0
            assert apps.left_out == ()  # read in full: nothing was left out
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "the input was modified"


@cases
@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_cli(name: str, strict: bool, tmp_path: Path) -> None:
    case = INDEX[name]
    kind = case["kind"] if strict else _lenient_kind(case)
    expect = case["expect"] if strict else case.get("lenient", case["expect"])
    err = io.StringIO()
    out = io.StringIO()
    with redirect_stderr(err):
        status = run(["report", str(HERE / name), "-o", str(tmp_path / "r.html"),
                      "--as-of", AS_OF, *(["--strict"] if strict else [])], out=out)
    text = err.getvalue()
    assert "Traceback" not in text
    assert expect in text
    if kind == "error":
        assert status == 2
        assert text.startswith("coachkit: ")
        assert not (tmp_path / "r.html").exists()
    else:
        assert status == 0
        assert "coachkit: warning:" in text
        assert (tmp_path / "r.html").exists()


@cases
def test_dashboard_load(name: str) -> None:
    from coachkit.widgets import OutcomesDashboard

    case = INDEX[name]
    kind = _lenient_kind(case)
    dash = OutcomesDashboard(as_of=AS_OF)
    loaded = dash.load(str(HERE / name))
    shown = dash.messages.value
    assert "Traceback" not in shown
    assert loaded is (kind != "error")
    import html

    assert case.get("lenient", case["expect"]) in html.unescape(shown)
    assert ("ck-load-error" in shown) is (kind == "error")


def test_a_50_mb_file_is_refused_quickly(tmp_path: Path) -> None:
    path = big_file(tmp_path / "huge.csv")
    assert path.stat().st_size > MAX_BYTES
    start = time.perf_counter()
    with pytest.raises(ApplicationsError, match=r"the file is 50 MB; the limit is 30 MB"):
        _load(path)
    assert time.perf_counter() - start < 1
    err = io.StringIO()
    with redirect_stderr(err):
        assert run(["report", str(path), "-o", str(tmp_path / "r.html")]) == 2
    assert "limit is 30 MB" in err.getvalue()
    from coachkit.widgets import OutcomesDashboard

    dash = OutcomesDashboard()
    assert dash.load(str(path)) is False
    assert "limit is 30 MB" in dash.messages.value


def test_an_uploaded_junk_file_shows_a_message():
    from coachkit.widgets import OutcomesDashboard

    dash = OutcomesDashboard()
    dash.upload.value = ({"name": "junk.csv", "type": "text/csv", "size": 8,
                          "content": memoryview(b"\x89PNG\r\n\x1a\n"),
                          "last_modified": datetime(2026, 11, 1)},)
    assert "junk.csv: this is a PNG image" in dash.messages.value
