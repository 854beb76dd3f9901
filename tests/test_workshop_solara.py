"""The Solara participants' page: the command, the token gate, and many participants'
composers in one process that never mix (tests/e2e/test_solara_page_browser.py drives it in
a browser)."""

from __future__ import annotations

import asyncio
import json
import stat
import sys
import threading
import unittest.mock
from pathlib import Path
from typing import Any

import pytest

from coachkit.errors import WorkshopError
from coachkit.workshop import WorkshopFolder
from coachkit.workshop.folder import ENV_FOLDER
from coachkit.workshop.serve import ENGINES, serve, solara_command
from coachkit.workshop.solara_server import (
    CLOSED_PORT_CDN,
    ENV_TOKEN_FILE,
    PAGE_MODULE,
    TokenGate,
)

ROOT = Path(__file__).resolve().parents[1]
EXERCISE = ROOT / "data" / "exercises" / "thank_you_panel.yml"
TOKEN = "a-workshop-token-of-some-length"


@pytest.fixture
def room(tmp_path: Path) -> WorkshopFolder:
    return WorkshopFolder.create(tmp_path / "room", EXERCISE)


def test_solara_is_the_default_engine() -> None:
    assert ENGINES[0] == "solara"


def test_solara_command_keeps_the_token_private_and_the_page_offline(
        room: WorkshopFolder, tmp_path: Path) -> None:
    argv, env, url = solara_command(room.path, port=9124, token=TOKEN,
                                    token_dir=tmp_path / "private")
    assert argv == [sys.executable, "-m", "coachkit.workshop.solara_server"]
    assert TOKEN not in " ".join(argv)  # ps shows the command line to every user
    token_file = Path(env[ENV_TOKEN_FILE])
    assert token_file.read_text(encoding="utf-8").strip() == TOKEN
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert env[ENV_FOLDER] == str(room.path.resolve())
    assert env["SOLARA_APP"] == PAGE_MODULE
    assert env["SOLARA_ASSETS_CDN"] == CLOSED_PORT_CDN  # a missing asset is never fetched
    assert env["SOLARA_TELEMETRY_MIXPANEL_ENABLE"] == "False"
    assert env["COACHKIT_WORKSHOP_HOST"] == "127.0.0.1"
    assert url == f"http://127.0.0.1:9124/?token={TOKEN}"


@pytest.mark.parametrize("token", ["", "short", " padded-token-value-here "])
def test_solara_command_refuses_weak_tokens(room: WorkshopFolder, tmp_path: Path,
                                            token: str) -> None:
    with pytest.raises(WorkshopError, match="token"):
        solara_command(room.path, token=token, token_dir=tmp_path / "p")


def test_an_unknown_engine_is_refused(room: WorkshopFolder) -> None:
    with pytest.raises(WorkshopError, match="engine 'flask': choose one of solara, voila"):
        serve(room.path, engine="flask")


# the token gate, driven as an ASGI server would drive it


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        self.calls.append(scope)
        if scope["type"] == "http":
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b"page"})


def _call(gate: TokenGate, kind: str, path: str = "/", query: str = "",
          cookie: str | None = None) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []
    headers = [(b"cookie", cookie.encode())] if cookie is not None else []
    scope = {"type": kind, "path": path, "query_string": query.encode(), "headers": headers,
             "root_path": ""}

    async def receive() -> dict:
        return {"type": "http.request"}

    async def send(message: dict) -> None:
        sent.append(message)

    _run(gate(scope, receive, send))
    return sent


def _run(coroutine: Any) -> None:
    """Run ``coroutine`` on a loop of its own, in a thread of its own: a widget test
    earlier in the run may have left a loop running in this one."""
    failed: list[BaseException] = []

    def target() -> None:
        try:
            asyncio.run(coroutine)
        except BaseException as error:  # re-raised in the test's thread
            failed.append(error)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(timeout=30)
    if failed:
        raise failed[0]


def _headers(message: dict[str, Any]) -> dict[bytes, bytes]:
    return dict(message["headers"])


def test_the_right_token_sets_a_cookie_and_drops_the_token_from_the_address() -> None:
    app = _Recorder()
    gate = TokenGate(app, TOKEN, port=8866)
    sent = _call(gate, "http", "/", f"token={TOKEN}&theme=light")
    assert sent[0]["status"] == 303
    headers = _headers(sent[0])
    assert headers[b"location"] == b"/?theme=light"
    cookie = headers[b"set-cookie"].decode()
    assert cookie.startswith("coachkit-workshop-8866=")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert TOKEN not in cookie
    assert app.calls == []
    # the cookie lets the page and its websocket in
    jar = cookie.split(";")[0]
    assert _call(gate, "http", "/", cookie=jar)[0]["status"] == 200
    _call(gate, "websocket", "/jupyter/api/kernels/x/channels", cookie=f"other=1; {jar}")
    assert [c["type"] for c in app.calls] == ["http", "websocket"]


@pytest.mark.parametrize(("query", "cookie"), [
    ("", None),
    ("token=not-the-token", None),
    ("token=", None),
    ("", "coachkit-workshop-8866=forged"),
    ("", "coachkit-workshop-9999=" + "0" * 64),
    ("", "not a cookie header;;;=="),
])
def test_requests_without_the_token_are_refused(query: str, cookie: str | None) -> None:
    app = _Recorder()
    gate = TokenGate(app, TOKEN, port=8866)
    sent = _call(gate, "http", "/", query, cookie)
    assert sent[0]["status"] == 403
    assert b"address your coach gave you" in sent[1]["body"]
    closed = _call(gate, "websocket", "/jupyter/api/kernels/x/channels", query, cookie)
    assert closed == [{"type": "websocket.close", "code": 4403}]
    assert app.calls == []


def test_a_cookie_from_another_workshop_server_does_not_open_this_one() -> None:
    first, second = TokenGate(_Recorder(), TOKEN, port=8866), TokenGate(_Recorder(),
                                                                         TOKEN + "-b",
                                                                         port=8867)
    jar = _headers(_call(first, "http", "/", f"token={TOKEN}")[0])[b"set-cookie"]
    value = jar.decode().split(";")[0].split("=", 1)[1]
    assert _call(second, "http", "/", cookie=f"coachkit-workshop-8867={value}")[0][
        "status"] == 403


def test_lifespan_messages_pass_through() -> None:
    app = _Recorder()
    gate = TokenGate(app, TOKEN)

    async def nothing() -> dict:
        return {}

    async def ignore(message: dict) -> None:
        return None

    _run(gate({"type": "lifespan"}, nothing, ignore))
    assert app.calls == [{"type": "lifespan"}]


# many participants in one process: the situation Solara's virtual kernels create


def test_many_composers_in_one_process_never_mix(room: WorkshopFolder,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    pytest.importorskip("solara")
    from coachkit.widgets.workshop_page import participant_page

    monkeypatch.setenv(ENV_FOLDER, str(room.path))
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "home"))
    pages = [participant_page() for _ in range(12)]
    composers = [page.children[1] for page in pages]
    assert len({id(c.session) for c in composers}) == 12

    def write_and_submit(index: int) -> None:
        composer = composers[index]
        composer.editors["greeting"].value = (
            f"Dear Priya and Tomás, participant {index} writes this.")
        composer.flush()
        panel = composer.workshop_panel
        panel.code.value = f"person-{index:02d}"
        assert panel.submit() is not None

    threads = [threading.Thread(target=write_and_submit, args=(i,)) for i in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for index in range(12):
        files = sorted((room.path / "submissions" / f"person-{index:02d}").glob("*.json"))
        assert len(files) == 1, index
        saved = json.loads(files[0].read_text(encoding="utf-8"))
        assert f"participant {index} writes" in saved["body"]
        others = [f"participant {j} writes" for j in range(12) if j != index]
        assert not any(o in saved["body"] for o in others)
    drafts = {c.session.draft_id for c in composers}
    assert len(drafts) == 12  # each page its own draft in the journal


def test_serve_runs_the_solara_server_and_removes_the_token_file_afterwards(
        room: WorkshopFolder, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from coachkit.workshop import serve as serve_mod

    seen: dict[str, Any] = {}

    class FakeServer:
        def __init__(self, argv: list[str], *, env: dict[str, str], cwd: Path,
                     **_: object) -> None:
            seen["argv"], seen["env"], seen["cwd"] = argv, env, cwd
            seen["token"] = Path(env[ENV_TOKEN_FILE]).read_text(encoding="utf-8").strip()

        def wait(self, timeout: float | None = None) -> int:
            return 5

        def poll(self) -> int:
            return 5

    monkeypatch.setattr(serve_mod.subprocess, "Popen", FakeServer)
    assert serve(room.path, port=8899) == 5  # solara by default; its exit status
    out = capsys.readouterr().out
    assert f"http://127.0.0.1:8899/?token={seen['token']}" in out
    assert seen["argv"][-1] == "coachkit.workshop.solara_server"
    assert seen["env"]["COACHKIT_WORKSHOP_PORT"] == "8899"
    assert not Path(seen["env"][ENV_TOKEN_FILE]).exists()  # the private folder is gone
    assert not Path(seen["cwd"]).exists()


def test_the_cli_offers_both_engines(room: WorkshopFolder, monkeypatch: pytest.MonkeyPatch
                                     ) -> None:
    from coachkit import cli
    from coachkit.workshop import serve as serve_mod

    engines: list[str] = []
    monkeypatch.setattr(serve_mod, "serve", lambda *a, **k: engines.append(k["engine"]) or 0)
    assert cli.run(["workshop", "serve", str(room.path)]) == 0
    assert cli.run(["workshop", "serve", str(room.path), "--engine", "voila"]) == 0
    assert engines == ["solara", "voila"]


def test_a_page_saves_lazily_while_typing_and_keeps_the_last_key_when_it_closes(
        room: WorkshopFolder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    solara = pytest.importorskip("solara")
    from solara.server import kernel_context

    from coachkit.widgets import _live, workshop_page

    built: list[Any] = []
    real = workshop_page.participant_page
    monkeypatch.setattr(workshop_page, "participant_page",
                        lambda: built.append(real()) or built[-1])
    monkeypatch.setenv(ENV_FOLDER, str(room.path))
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "home"))
    context = kernel_context.create_dummy_context()
    with context:
        assert _live.in_virtual_kernel()
        _, rc = solara.render(workshop_page.Page(), handle_error=False)
        composer = built[0].children[1]
        editor = composer.editors["greeting"]
        editor.value = "Dear Priya,"  # the first key after a quiet spell is saved at once
        first = composer.session.draft_id
        journal = composer.session.journal
        assert journal.latest(first).content["preview"] == "Dear Priya,"
        editor.value = "Dear Priya and Tomás,"  # within the interval: left for later
        assert composer._save_throttle.pending
        assert journal.latest(first).content["preview"] == "Dear Priya,"
        rc.close()  # the page's kernel closes: what was typed last is saved
        assert journal.latest(first).content["preview"] == "Dear Priya and Tomás,"
    assert not _live.in_virtual_kernel()



def test_the_server_sends_light_frames(room: WorkshopFolder, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    from coachkit.workshop import solara_server

    _, env, _ = solara_command(room.path, port=9125, token=TOKEN, token_dir=tmp_path / "p")
    assert env["JUPYTER_WIDGETS_ECHO"] == "0"  # no copy of every key's text sent back
    assert env["SOLARA_EXPERIMENTAL_PERFORMANCE"] == "True"  # sends queued, not waited on
    seen: dict[str, Any] = {}
    for key, value in solara_server.offline_environment().items():  # restored afterwards
        monkeypatch.setenv(key, value)
    monkeypatch.setenv(ENV_TOKEN_FILE, env[ENV_TOKEN_FILE])
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: seen.update(kwargs, app=app))
    monkeypatch.setattr(sys, "setswitchinterval", lambda seconds: seen.update(switch=seconds))
    solara_server.main()
    assert seen["switch"] == solara_server.SWITCH_INTERVAL < sys.getswitchinterval()
    from solara.server import kernel_context, patch

    try:
        assert isinstance(patch.FakeIPython(kernel_context.create_dummy_context()).events,
                          solara_server.ShellEvents)
    finally:
        patch.mock = unittest.mock
    assert isinstance(seen["app"], TokenGate)
    assert seen["ws_per_message_deflate"] is False
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8866)


def test_the_pages_of_a_room_read_its_exercise_once(room: WorkshopFolder,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    pytest.importorskip("solara")
    from coachkit.widgets import workshop_page
    from coachkit.workshop import folder as folder_mod

    monkeypatch.setenv(ENV_FOLDER, str(room.path))
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "home"))
    reads: list[Path] = []
    real = folder_mod.load_exercise
    monkeypatch.setattr(folder_mod, "load_exercise",
                        lambda path: (reads.append(Path(path)), real(path))[1])
    pages = [workshop_page.participant_page() for _ in range(3)]
    sessions = [page.children[1].session for page in pages]
    assert len(reads) <= 1  # none when an earlier test of this room read it already
    assert len({id(s) for s in sessions}) == 3  # one folder, still a session per page
    assert {s.exercise.title for s in sessions} == {room.exercise().title}


def test_a_participants_page_leaves_out_the_notes_form_and_the_exports(
        room: WorkshopFolder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pytest.importorskip("solara")
    from coachkit.widgets.notes_form import InterviewNotesForm
    from coachkit.widgets.workshop_page import participant_page

    monkeypatch.setenv(ENV_FOLDER, str(room.path))
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "home"))
    composer = participant_page().children[1]
    assert not isinstance(composer.notes_form, InterviewNotesForm)
    assert composer.notes_form.value == composer.session.start_notes  # still scored with them
    assert not composer.export_box.children and not hasattr(composer, "export_text")
