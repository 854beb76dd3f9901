"""The participants' page under JupyterHub: the hub gate, driven as an ASGI server would
drive it, with a fake of the hub's OAuth client; the page's locked code; and the
``--hub-auth`` settings."""

from __future__ import annotations

import asyncio
import sys
import threading
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from coachkit.errors import WorkshopError
from coachkit.workshop.hub_auth import (
    ENV_HUB_AUTH,
    HUB_PAGE_MODULE,
    USER_HEADER,
    HubAuthGate,
    running_under_hub,
    service_environment,
    solara_settings,
)

EXERCISE = Path(__file__).parents[1] / "data" / "exercises" / "thank_you_panel.yml"
PREFIX = "/services/workshop/"
LOGIN = "/hub/api/oauth2/authorize?client_id=service-workshop&response_type=code"
HUB_ENV = {"JUPYTERHUB_API_TOKEN": "secret", "JUPYTERHUB_SERVICE_PREFIX": PREFIX,
           "JUPYTERHUB_CLIENT_ID": "service-workshop"}


class FakeHubOAuth:
    """The hub's OAuth client as the gate uses it: one code, one token, one user."""

    login_url = LOGIN
    oauth_client_id = "service-workshop"
    def __init__(self, scopes: list[str] | None = None) -> None:
        self.access_scopes = {"access:services!service=workshop"}
        self.scopes = ["access:services!service=workshop"] if scopes is None else scopes
        self.codes = {"good-code": "token-of-ana"}
        self.asked: list[str] = []

    async def token_for_code(self, code: str, *, sync: bool = True) -> str:
        if code not in self.codes:
            raise RuntimeError("invalid_grant")
        return self.codes[code]

    async def user_for_token(self, token: str, use_cache: bool = True, session_id: str = "",
                             *, sync: bool = True) -> dict | None:
        self.asked.append(token)
        return {"name": "ana", "scopes": self.scopes} if token == "token-of-ana" else None

    def check_scopes(self, required: set[str], user: dict) -> set[str]:
        return required & set(user["scopes"])


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        self.calls.append(scope)
        if scope["type"] == "http":
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b"page"})


def _call(gate: HubAuthGate, kind: str, path: str = PREFIX, query: str = "",
          cookie: str | None = None, headers: list | None = None) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []
    headers = list(headers or []) + ([(b"cookie", cookie.encode())] if cookie else [])
    scope = {"type": kind, "path": path, "query_string": query.encode(), "headers": headers,
             "root_path": "", "method": "GET", "scheme": "http"}

    async def receive() -> dict:
        return {"type": "http.request"}

    async def send(message: dict) -> None:
        sent.append(message)

    failed: list[BaseException] = []

    def target() -> None:  # a loop of its own: an earlier test may have one running here
        try:
            asyncio.run(gate(scope, receive, send))
        except BaseException as error:
            failed.append(error)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(timeout=30)
    if failed:
        raise failed[0]
    return sent


def _headers(message: dict[str, Any]) -> dict[bytes, list[bytes]]:
    found: dict[bytes, list[bytes]] = {}
    for key, value in message["headers"]:
        found.setdefault(key, []).append(value)
    return found


def _cookie_pair(set_cookie: bytes) -> str:
    return set_cookie.decode().split(";", 1)[0]


def _log_in(gate: HubAuthGate, code: str = "good-code") -> list[dict[str, Any]]:
    """Visit the page, follow the hub back to the callback; the callback's reply."""
    first = _call(gate, "http", PREFIX + "some/page", query="x=1")
    location = _headers(first[0])[b"location"][0].decode()
    state = parse_qs(urlsplit(location).query)["state"][0]
    state_cookie = _cookie_pair(_headers(first[0])[b"set-cookie"][0])
    return _call(gate, "http", PREFIX + "oauth_callback", query=f"code={code}&state={state}",
                 cookie=state_cookie)


def test_a_visitor_without_the_cookie_is_sent_to_the_hub_login() -> None:
    app = _Recorder()
    sent = _call(HubAuthGate(app, FakeHubOAuth(), PREFIX), "http", PREFIX)
    assert sent[0]["status"] == 302
    location = _headers(sent[0])[b"location"][0].decode()
    assert location.startswith(LOGIN + "&state=")
    state_cookie = _headers(sent[0])[b"set-cookie"][0].decode()
    assert "HttpOnly" in state_cookie and f"Path={PREFIX}" in state_cookie
    assert app.calls == []


def test_the_callback_sets_the_cookie_and_returns_to_the_page_asked_for() -> None:
    app = _Recorder()
    gate = HubAuthGate(app, FakeHubOAuth(), PREFIX)
    sent = _log_in(gate)
    assert sent[0]["status"] == 302
    assert _headers(sent[0])[b"location"] == [f"{PREFIX}some/page?x=1".encode()]
    cookies = _headers(sent[0])[b"set-cookie"]
    assert _cookie_pair(cookies[0]) == f"{gate.cookie_name}=token-of-ana"
    assert b"HttpOnly" in cookies[0] and b"SameSite=Lax" in cookies[0]
    assert b"Max-Age=0" in cookies[1]  # the login's state cookie is dropped
    # with the cookie, the page is served under the prefix, with the user's name
    page = _call(gate, "http", PREFIX + "some/page", cookie=_cookie_pair(cookies[0]),
                 headers=[(USER_HEADER, b"mallory")])
    assert page[0]["status"] == 200
    scope = app.calls[-1]
    assert scope["root_path"] == PREFIX.rstrip("/")
    assert [v for k, v in scope["headers"] if k == USER_HEADER] == [b"ana"]


def test_a_callback_with_a_foreign_state_or_a_bad_code_sets_no_cookie() -> None:
    gate = HubAuthGate(_Recorder(), FakeHubOAuth(), PREFIX)
    forged = _call(gate, "http", PREFIX + "oauth_callback", query="code=good-code&state=x",
                   cookie=f"{gate.state_cookie}=x")
    assert forged[0]["status"] == 403 and b"set-cookie" not in _headers(forged[0])
    refused = _log_in(gate, code="stolen-code")
    assert refused[0]["status"] == 403 and b"set-cookie" not in _headers(refused[0])


def test_a_websocket_without_a_user_is_closed() -> None:
    app = _Recorder()
    fake = FakeHubOAuth()
    gate = HubAuthGate(app, fake, PREFIX)
    for cookie in (None, f"{gate.cookie_name}=forged-token"):
        sent = _call(gate, "websocket", PREFIX + "jupyter/api/kernels/k/channels",
                     cookie=cookie)
        assert sent == [{"type": "websocket.close", "code": 4403}]
    assert app.calls == [] and fake.asked == ["forged-token"]
    _call(gate, "websocket", PREFIX + "jupyter/api/kernels/k/channels",
          cookie=f"{gate.cookie_name}=token-of-ana")
    assert [v for k, v in app.calls[-1]["headers"] if k == USER_HEADER] == [b"ana"]


def test_a_user_without_the_service_scope_and_paths_outside_the_prefix_are_refused() -> None:
    app = _Recorder()
    gate = HubAuthGate(app, FakeHubOAuth(scopes=["self"]), PREFIX)
    sent = _call(gate, "websocket", PREFIX, cookie=f"{gate.cookie_name}=token-of-ana")
    assert sent == [{"type": "websocket.close", "code": 4403}]
    outside = _call(gate, "http", "/hub/admin")
    assert outside[0]["status"] == 404 and app.calls == []


def test_hub_auth_needs_the_variables_the_hub_sets() -> None:
    assert running_under_hub(HUB_ENV)
    assert not running_under_hub({**HUB_ENV, "JUPYTERHUB_CLIENT_ID": ""})
    assert solara_settings(HUB_ENV) == {"SOLARA_APP": HUB_PAGE_MODULE,
                                        "SOLARA_ROOT_PATH": "/services/workshop"}
    env, address = service_environment({**HUB_ENV, "OTHER": "kept"})
    assert env[ENV_HUB_AUTH] == "1" and env["OTHER"] == "kept" and address == PREFIX
    with pytest.raises(WorkshopError, match="JUPYTERHUB_API_TOKEN"):
        service_environment({})


def test_the_page_under_the_hub_submits_under_the_account(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    pytest.importorskip("solara")
    from coachkit.widgets import workshop_page
    from coachkit.widgets.workshop_hub_page import hub_user, lock_code
    from coachkit.workshop import WorkshopFolder
    from coachkit.workshop.folder import ENV_FOLDER

    room = WorkshopFolder.create(tmp_path / "room", EXERCISE)
    monkeypatch.setenv(ENV_FOLDER, str(room.path))
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "home"))
    assert hub_user({"x-coachkit-hub-user": ["ana"]}) == "ana"
    assert hub_user(None) is None and hub_user({}) is None
    page = workshop_page.participant_page()
    lock_code(page, "ana")
    code = page.children[1].workshop_panel.code
    assert code.disabled and code.value == "ana"
    code.value = "bo"  # as a tampered browser would send it
    assert code.value == "ana"
    assert "<b>ana</b>: your drafts are submitted under that name" in page.children[0].value


def test_under_the_hub_the_page_starts_before_the_coach_sets_the_folder_up(
        tmp_path: Path) -> None:
    from coachkit.workshop import WorkshopFolder
    from coachkit.workshop.hub_auth import service_title

    empty = tmp_path / "workshop"
    empty.mkdir()
    assert "not set up yet" in service_title(WorkshopFolder(empty), "solara")
    with pytest.raises(WorkshopError, match="Solara page only"):
        service_title(WorkshopFolder(empty), "voila")
    room = WorkshopFolder.create(tmp_path / "room", EXERCISE)
    assert service_title(room, "solara") == room.exercise().title


def test_a_websocket_from_another_site_is_closed_even_with_the_cookie() -> None:
    app = _Recorder()
    gate = HubAuthGate(app, FakeHubOAuth(), PREFIX)
    cookie = f"{gate.cookie_name}=token-of-ana"
    path = PREFIX + "jupyter/api/kernels/k/channels"
    host = [(b"host", b"hub.example.org")]
    sent = _call(gate, "websocket", path, cookie=cookie,
                 headers=[*host, (b"origin", b"https://evil.example.net")])
    assert sent == [{"type": "websocket.close", "code": 4403}] and app.calls == []
    _call(gate, "websocket", path, cookie=cookie,
          headers=[*host, (b"origin", b"https://hub.example.org")])
    assert len(app.calls) == 1


def test_logins_begun_and_never_finished_are_forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    from coachkit.workshop import hub_auth

    monkeypatch.setattr(hub_auth, "MAX_PENDING_LOGINS", 3)
    gate = HubAuthGate(_Recorder(), FakeHubOAuth(), PREFIX)
    for _ in range(10):
        _call(gate, "http", PREFIX)
    assert len(gate._states) == 3


def test_serve_with_hub_auth_refuses_to_start_outside_a_hub(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    from coachkit.cli import run

    for key in HUB_ENV:
        monkeypatch.delenv(key, raising=False)
    empty = tmp_path / "workshop"
    empty.mkdir()  # not set up yet: that alone is no reason to refuse under a hub
    assert run(["workshop", "serve", str(empty), "--hub-auth", "--port", "9127"]) == 2
    assert "run the page as a JupyterHub service" in capsys.readouterr().err


def test_the_server_under_the_hub_takes_its_logins_and_outlasts_the_proxys_keep_alive(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import types

    import uvicorn

    from coachkit.workshop import hub_auth, solara_server

    # Solara's server is not imported here: it takes over ipywidgets' registry of widgets
    server = types.ModuleType("solara.server.starlette")
    server.app = _Recorder()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "solara.server.starlette", server)

    token_file = tmp_path / "token"
    token_file.write_text("x" * 24 + "\n", encoding="utf-8")
    for key, value in {**HUB_ENV, ENV_HUB_AUTH: "1", "SOLARA_APP": "",
                       "SOLARA_ROOT_PATH": "", solara_server.ENV_TOKEN_FILE: str(token_file),
                       **solara_server.offline_environment()}.items():
        monkeypatch.setenv(key, value)  # restored afterwards, also what main() changes
    monkeypatch.setattr(hub_auth, "hub_oauth", FakeHubOAuth)
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: seen.update(kwargs, app=app))
    # what main() tunes in the process it runs in is not this test's business
    monkeypatch.setattr(sys, "setswitchinterval", lambda seconds: None)
    monkeypatch.setattr(solara_server, "quiet_shell_events", lambda: None)
    solara_server.main()
    assert isinstance(seen["app"], HubAuthGate) and seen["app"].prefix == PREFIX
    assert seen["timeout_keep_alive"] > 60
    import os

    assert os.environ["SOLARA_APP"] == HUB_PAGE_MODULE
