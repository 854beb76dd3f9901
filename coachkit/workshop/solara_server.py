"""The participants' page served by Solara: many participants in one Python process.

Voilà starts a kernel (a process of about 90 MB) per open page; Solara runs a
"virtual kernel" per page inside one server process, so a room of a hundred fits
on a laptop. The page is ``coachkit.widgets.workshop_page``.

The page still runs Python on this machine, so every request must carry the
workshop token: the address handed to the room has it as ``?token=``; the server
answers with a cookie (HTTP-only, same-site) and a redirect that drops the token
from the address bar, and afterwards the cookie is the key, also for the page's
websocket. Everything is served from this machine: the page's scripts come from
the ``solara-assets`` package, and Solara's CDN address is pointed at a closed
local port, so a missing asset is an error here instead of a download.

Run as ``python -m coachkit.workshop.solara_server`` with the settings in the
environment (``solara_command`` in ``coachkit.workshop.serve`` builds it).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import sys
import types
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from coachkit.workshop.hub_auth import request_cookies

__all__ = ["ENV_HOST", "ENV_PORT", "ENV_TOKEN_FILE", "PAGE_MODULE", "TokenGate",
           "offline_environment"]

PAGE_MODULE = "coachkit.widgets.workshop_page"
ENV_TOKEN_FILE = "COACHKIT_WORKSHOP_TOKEN_FILE"  # a private file holding the token
ENV_HOST = "COACHKIT_WORKSHOP_HOST"
ENV_PORT = "COACHKIT_WORKSHOP_PORT"
CLOSED_PORT_CDN = "http://127.0.0.1:9/"  # the discard port: nothing listens, nothing leaves
# each page handles its messages on a thread of its own: a shorter turn on the interpreter
# lets a key's short handling through between the slices of a page being built
SWITCH_INTERVAL = 0.001

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def offline_environment() -> dict[str, str]:
    """Solara settings that keep the page offline and private: assets from the local
    proxy cache and packages only, no CDN, no telemetry, light theme."""
    return {
        "SOLARA_APP": PAGE_MODULE,
        "SOLARA_ASSETS_CDN": CLOSED_PORT_CDN,
        "SOLARA_ASSETS_PROXY": "True",
        "SOLARA_TELEMETRY_MIXPANEL_ENABLE": "False",
        "SOLARA_THEME_VARIANT": "light",
        "SOLARA_SESSION_HTTP_ONLY": "True",
        # each page has one browser view: echoing every key's text back to it is wasted work
        "JUPYTER_WIDGETS_ECHO": "0",
        # a page's widget messages are queued and sent by the server's loop every 50 ms,
        # instead of each one waiting on the loop from the page's thread
        "SOLARA_EXPERIMENTAL_PERFORMANCE": "True",
    }


class TokenGate:
    """ASGI middleware: only requests that know the workshop token reach ``app``.

    A request with ``?token=`` equal to the token gets a cookie and a redirect to the
    same address without the token; a request or websocket with that cookie passes;
    anything else gets 403 (a websocket is closed with code 4403)."""

    def __init__(self, app: ASGIApp, token: str, *, port: int = 0) -> None:
        self.app = app
        self._token = token.encode("utf-8")
        # cookies are shared by every port of a host: one name per server
        self.cookie_name = f"coachkit-workshop-{port}"
        self._cookie_value = hmac.new(self._token, b"coachkit workshop page",
                                      hashlib.sha256).hexdigest()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"),
                          keep_blank_values=True)
        given = [value for key, value in query if key == "token"]
        if given and kind == "http":
            if hmac.compare_digest(given[-1].encode("utf-8"), self._token):
                await self._let_in(scope, query, send)
            else:
                await self._refuse_http(send)
            return
        if self._has_cookie(scope):
            await self.app(scope, receive, send)
        elif kind == "websocket":
            await send({"type": "websocket.close", "code": 4403})
        else:
            await self._refuse_http(send)

    def _has_cookie(self, scope: Scope) -> bool:
        return any(name == self.cookie_name and hmac.compare_digest(value, self._cookie_value)
                   for name, value in request_cookies(scope))

    async def _let_in(self, scope: Scope, query: list[tuple[str, str]], send: Send) -> None:
        rest = urlencode([(k, v) for k, v in query if k != "token"])
        root = scope.get("root_path", "")
        location = f"{root}{scope.get('path', '/')}" + (f"?{rest}" if rest else "")
        cookie = (f"{self.cookie_name}={self._cookie_value}; Path=/; HttpOnly; "
                  "SameSite=Strict")
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", location.encode("latin-1")),
                                (b"set-cookie", cookie.encode("latin-1")),
                                (b"cache-control", b"no-store"),
                                (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})

    @staticmethod
    async def _refuse_http(send: Send) -> None:
        body = (b"This workshop page needs the address your coach gave you, with its "
                b"token.\n")
        await send({"type": "http.response.start", "status": 403,
                    "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                (b"content-length", str(len(body)).encode("ascii"))]})
        await send({"type": "http.response.body", "body": body})


class ShellEvents:
    """The event hub of a page's stand-in IPython shell: nothing listens to it here."""

    def trigger(self, *args: Any, **kwargs: Any) -> None:
        """Fire an event: no one listens."""

    def register(self, *args: Any, **kwargs: Any) -> None:
        """Listen to an event: never fired for anyone."""

    def unregister(self, *args: Any, **kwargs: Any) -> None:
        """Stop listening."""


def quiet_shell_events() -> None:
    """Give Solara's stand-in shells a plain event hub instead of a MagicMock.

    The comm layer builds a stand-in shell and fires two events on it for every message
    a page sends; building the MagicMock was a large share of handling a key."""
    from solara.server import patch

    patch.mock = types.SimpleNamespace(MagicMock=ShellEvents)  # its only use of mock


def no_script_magics() -> None:
    """Give the pages' stand-in shells no script cell magics (``%%bash`` and the like).

    Solara makes an IPython shell for every page opened, and building the argument
    parsers of those magics was about a tenth of opening a page; a page never runs a
    cell."""
    from IPython.core.magics import script

    script.default_script_magics = list  # what ScriptMagics makes its magics from


def _read_token(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.readline().strip()


def main() -> None:
    """Serve the page with the settings from the environment (see the module docstring)."""
    for key, value in offline_environment().items():
        os.environ.setdefault(key, value)
    from coachkit.workshop import hub_auth

    under_hub = os.environ.get(hub_auth.ENV_HUB_AUTH) == "1"
    if under_hub:
        os.environ.update(hub_auth.solara_settings(os.environ))
    token = _read_token(os.environ[ENV_TOKEN_FILE])
    host = os.environ.get(ENV_HOST, "127.0.0.1")
    port = int(os.environ.get(ENV_PORT, "8866"))
    import uvicorn
    from solara.server.starlette import app  # reads SOLARA_APP when imported

    sys.setswitchinterval(SWITCH_INTERVAL)
    quiet_shell_events()
    no_script_magics()

    gate = hub_auth.hub_gate(app, os.environ) if under_hub else TokenGate(app, token,
                                                                          port=port)
    behind_proxy = {"timeout_keep_alive": hub_auth.KEEP_ALIVE} if under_hub else {}
    # small frames on a local network: compressing each one costs more than it saves
    uvicorn.run(gate, host=host, port=port,
                log_level="warning", ws_ping_interval=20, ws_ping_timeout=60,
                ws_per_message_deflate=False, **behind_proxy)


if __name__ == "__main__":
    main()
