"""The participants' page: the Voilà command, the checks before serving, stopping it,
and the notebook it serves (no browser here; tests/e2e/test_workshop_app.py has one)."""

from __future__ import annotations

import json
import os
import signal
import socket
import sys
import threading
from pathlib import Path

import pytest

import coachkit
from coachkit.errors import WorkshopError
from coachkit.workshop import WorkshopFolder
from coachkit.workshop import serve as serve_mod
from coachkit.workshop.folder import ENV_FOLDER
from coachkit.workshop.serve import app_notebook, is_loopback, serve, voila_command

ROOT = Path(__file__).resolve().parents[1]
EXERCISE = ROOT / "data" / "exercises" / "thank_you_panel.yml"
NOTEBOOK = ROOT / "notebooks" / "05_workshop_app.ipynb"


@pytest.fixture
def room(tmp_path: Path) -> WorkshopFolder:
    return WorkshopFolder.create(tmp_path / "room", EXERCISE)


EXERCISES = ROOT / "data" / "exercises"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _option(argv: list[str], name: str) -> str:
    values = [a.split("=", 1)[1] for a in argv if a.startswith(f"--{name}=")]
    assert len(values) == 1, (name, argv)
    return values[0]


def test_voila_command_is_loopback_with_a_token_and_the_folder(
        room: WorkshopFolder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(room.path.parent)
    monkeypatch.setenv("JUPYTER_TOKEN", "")
    argv, env, url = voila_command("room", port=9123)
    assert argv[:3] == [sys.executable, "-m", "voila"]
    assert Path(argv[3]) == NOTEBOOK.resolve()
    assert "--no-browser" in argv
    assert _option(argv, "Voila.ip") == "127.0.0.1"
    assert _option(argv, "Voila.port") == "9123"
    assert _option(argv, "Voila.port_retries") == "0"
    assert _option(argv, "strip_sources") == "True"
    assert _option(argv, "theme") == "light"
    token = _option(argv, "Voila.token")
    assert len(token) >= 16
    assert url == f"http://127.0.0.1:9123/?token={token}"
    assert env[ENV_FOLDER] == str(room.path.resolve())  # absolute, whatever the cwd
    assert Path(env[ENV_FOLDER]).is_absolute()
    assert "JUPYTER_TOKEN" not in env
    assert os.environ.get(ENV_FOLDER) != env[ENV_FOLDER]  # our own environment is untouched


def test_each_command_gets_a_fresh_token_unless_one_is_given(room: WorkshopFolder) -> None:
    tokens = {_option(voila_command(room.path)[0], "Voila.token") for _ in range(5)}
    assert len(tokens) == 5
    argv, _, url = voila_command(room.path, token="room-42 key 0123", port=8866, ip="10.0.0.5")
    assert _option(argv, "Voila.token") == "room-42 key 0123"
    assert url == "http://10.0.0.5:8866/?token=room-42%20key%200123"


@pytest.mark.parametrize("token", ["", "   "])
def test_an_empty_token_is_refused(room: WorkshopFolder, token: str) -> None:
    with pytest.raises(WorkshopError, match="run any code"):
        voila_command(room.path, token=token)
    with pytest.raises(WorkshopError, match="empty token"):
        serve(room.path, token=token, port=_free_port())


@pytest.mark.parametrize("port", [0, -1, 70000])
def test_a_port_out_of_range_is_refused(room: WorkshopFolder, port: int) -> None:
    with pytest.raises(WorkshopError, match="port"):
        voila_command(room.path, port=port)


def test_a_folder_that_is_not_a_workshop_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkshopError, match="not a workshop folder"):
        serve(tmp_path, port=_free_port())
    with pytest.raises(WorkshopError, match="no such workshop folder"):
        serve(tmp_path / "missing", port=_free_port())


def test_a_port_in_use_is_refused(room: WorkshopFolder) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(WorkshopError, match="already in use"):
            serve(room.path, port=busy.getsockname()[1])


def test_the_notebook_must_be_there(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coachkit, "__file__", str(tmp_path / "site" / "coachkit" / "__init__.py"))
    with pytest.raises(WorkshopError, match=r"05_workshop_app\.ipynb"):
        app_notebook()


@pytest.mark.parametrize(("ip", "loopback"), [
    ("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.0.1.1", True),
    ("0.0.0.0", False), ("10.1.2.3", False), ("::", False), ("workshop.example.org", False)])
def test_is_loopback(ip: str, loopback: bool) -> None:
    assert is_loopback(ip) is loopback


def _fake_voila(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    """serve() runs this Python code instead of Voilà."""
    real = serve_mod.voila_command

    def fake(folder: str | Path, **kwargs: object) -> tuple[list[str], dict[str, str], str]:
        _, env, url = real(folder, **kwargs)  # type: ignore[arg-type]
        return [sys.executable, "-c", code], env, url

    monkeypatch.setattr(serve_mod, "voila_command", fake)


def test_serve_returns_the_exit_status_of_voila(room: WorkshopFolder,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    _fake_voila(monkeypatch, f"import os, sys; sys.exit(3 if os.environ['{ENV_FOLDER}'] else 4)")
    assert serve(room.path, port=_free_port(), token="t0ken-0123456789ab",
                 engine="voila") == 3
    out = capsys.readouterr()
    assert "?token=t0ken-0123456789ab" in out.out
    assert "Thank-you after a panel interview" in out.out
    assert "WARNING" not in out.err


def test_serve_warns_when_the_page_can_be_reached_from_other_machines(
        room: WorkshopFolder, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _fake_voila(monkeypatch, "pass")
    assert serve(room.path, port=_free_port(), ip="0.0.0.0", engine="voila") == 0
    err = capsys.readouterr().err
    assert "everyone who can reach this machine and has the token" in err
    assert "firewall" in err


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_stops_voila_by_its_pid(room: WorkshopFolder, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch, sig: int) -> None:
    pid_file = tmp_path / "child.pid"
    _fake_voila(monkeypatch, "import os, time, pathlib; "
                f"pathlib.Path({str(pid_file)!r}).write_text(str(os.getpid())); time.sleep(60)")

    def interrupt() -> None:
        for _ in range(200):
            if pid_file.exists() and pid_file.read_text():
                break
            threading.Event().wait(0.05)
        os.kill(os.getpid(), sig)  # as Ctrl-C in the terminal (or a service manager) would

    threading.Thread(target=interrupt, daemon=True).start()
    before = signal.getsignal(signal.SIGTERM)
    assert serve(room.path, port=_free_port(), engine="voila") == 0
    child = int(pid_file.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)  # gone (and reaped)
    assert signal.getsignal(signal.SIGTERM) == before


def test_the_app_notebook_is_clean_and_reads_the_workshop_folder() -> None:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(not c["outputs"] and c["execution_count"] is None for c in code)
    source = "".join("".join(c["source"]) for c in code)
    assert "default_folder()" in source
    assert "FollowUpComposer(workshop=" in source
    welcome = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "not your name" in welcome and "Submit to workshop" in welcome
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert app_notebook() == NOTEBOOK.resolve()


def test_make_workshop_serves_on_loopback() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert "\nworkshop: install" in makefile
    assert 'ip="127.0.0.1"' in makefile and "token=" not in makefile  # a fresh token each time
    assert "prepare_folder(" in makefile and '"$(origin EXERCISE)"' in makefile


def test_prepare_folder_defaults_to_the_folder_notebook_04_sets_up(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from coachkit.workshop.serve import prepare_folder

    monkeypatch.delenv(ENV_FOLDER, raising=False)
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path))
    ready = prepare_folder("", EXERCISES / "thank_you_panel.yml")
    assert ready.path == tmp_path / "workshops" / "thank-you-panel"
    assert ready.exercise().id == "thank-you-panel"
    monkeypatch.setenv(ENV_FOLDER, str(tmp_path / "room"))
    assert prepare_folder(None, EXERCISES / "thank_you_panel.yml").path == tmp_path / "room"


def test_prepare_folder_keeps_the_exercise_unless_another_is_chosen(tmp_path: Path) -> None:
    from coachkit.workshop.serve import prepare_folder

    room = tmp_path / "room"
    prepare_folder(room, EXERCISES / "rejection_reply_graceful.yml")
    before = (room / "exercise.yml").read_bytes()
    # `make workshop WORKSHOP=room` (EXERCISE left at its default): the folder's own exercise
    kept = prepare_folder(room, EXERCISES / "thank_you_panel.yml")
    assert kept.exercise().kind == "rejection_reply"
    # `make workshop WORKSHOP=room EXERCISE=...` naming another exercise: refused, unchanged
    with pytest.raises(WorkshopError, match="already set up for the exercise"):
        prepare_folder(room, EXERCISES / "thank_you_panel.yml", exercise_chosen=True)
    assert (room / "exercise.yml").read_bytes() == before


def test_the_app_notebook_says_so_when_no_workshop_is_set_up(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_FOLDER, raising=False)
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path))
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    source = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    *body, last = source.strip().splitlines()
    scope: dict[str, object] = {}
    exec("\n".join(body), scope)  # the cell, its last line (the widget shown) kept apart
    composer = eval(last, scope)
    try:
        assert "Workshop not available" in composer.notice.value
        assert "no such workshop folder" in composer.notice.value
        assert composer.workshop_panel.submit_button.disabled
    finally:
        composer.close()


def test_the_token_can_stay_off_the_command_line(room: WorkshopFolder, tmp_path: Path) -> None:
    private = tmp_path / "private"
    argv, _, url = voila_command(room.path, token="s3cret-key-01234", token_dir=private)
    assert not any("s3cret-key-01234" in arg for arg in argv)  # `ps` shows argv to every user
    assert url.endswith("?token=s3cret-key-01234")
    config = private / "voila.json"
    assert json.loads(config.read_text(encoding="utf-8")) == {
        "Voila": {"token": "s3cret-key-01234"}}
    assert config.stat().st_mode & 0o777 == 0o600
    assert private.stat().st_mode & 0o777 == 0o700
    paths = [a.split("=", 1)[1] for a in argv if a.startswith("--Voila.config_file_paths=")]
    assert paths[0] == str(private)  # read first, so this token wins


def test_serve_keeps_the_token_in_a_private_file_removed_afterwards(
        room: WorkshopFolder, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    seen: dict[str, object] = {}

    class FakeVoila:
        def __init__(self, argv: list[str], **_: object) -> None:
            folder = next(a.split("=", 1)[1] for a in argv
                          if a.startswith("--Voila.config_file_paths="))
            seen["argv"], seen["config"] = argv, Path(folder) / "voila.json"
            seen["token"] = json.loads(Path(seen["config"]).read_text())["Voila"]["token"]
            self.returncode = 0

        def wait(self, timeout: float | None = None) -> int:
            return 0

        def poll(self) -> int:
            return 0

    monkeypatch.setattr(serve_mod.subprocess, "Popen", FakeVoila)
    assert serve(room.path, port=_free_port(), engine="voila") == 0
    token = str(seen["token"])
    assert len(token) >= 20 and f"?token={token}" in capsys.readouterr().out
    assert not any(token in arg for arg in seen["argv"])  # type: ignore[union-attr]
    assert not Path(seen["config"]).exists()  # type: ignore[arg-type]
