"""The participants' page as a JupyterHub service: the hub's logins instead of a token.

Run by the hub (``c.JupyterHub.services``, ``coachkit workshop serve --hub-auth``), the
Solara page sits behind the hub's proxy under its prefix (``/services/workshop/``) and
lets in only browsers the hub vouches for, by OAuth:

- a visitor without the cookie is sent to the hub's login (``HubOAuth.login_url``)
  with a fresh state, also kept in a short-lived cookie;
- the hub sends them back to ``<prefix>oauth_callback`` with a code; the state must
  match the cookie, the code is traded for an access token (``token_for_code``) and
  the token is kept in an HTTP-only cookie on the prefix;
- every page, asset and websocket request then asks the hub who owns that token
  (``user_for_token``, cached by HubAuth for a few minutes) and needs the service's
  access scope; the user's name is handed to the page in the ``x-coachkit-hub-user``
  header, which the gate always sets itself (a header a browser sends is dropped);
  a websocket must also come from a page of this host (its Origin).
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, MutableMapping
from http.cookies import CookieError, SimpleCookie
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit

from coachkit.errors import WorkshopError

if TYPE_CHECKING:
    from coachkit.workshop.folder import WorkshopFolder

__all__ = ["ENV_HUB_AUTH", "HUB_PAGE_MODULE", "USER_HEADER", "HubAuthGate", "hub_gate",
           "hub_oauth", "request_cookies", "running_under_hub", "service_environment",
           "service_title", "solara_settings"]

ENV_HUB_AUTH = "COACHKIT_WORKSHOP_HUB_AUTH"  # "1": the server below takes the hub's logins
USER_HEADER = b"x-coachkit-hub-user"  # the hub user's name, as the page sees it
HUB_PAGE_MODULE = "coachkit.widgets.workshop_hub_page"
STATE_MAX_AGE = 600  # seconds a login may take between the page, the hub and the callback
MAX_PENDING_LOGINS = 10_000  # logins begun and not finished that are remembered
# seconds an idle connection from the hub's proxy is kept open: longer than the proxy
# keeps it, so the proxy never sends a request on a connection the page just closed
# (a "read ECONNRESET" and a missing script for the participant)
KEEP_ALIVE = 75
HUB_ENV = ("JUPYTERHUB_API_TOKEN", "JUPYTERHUB_SERVICE_PREFIX", "JUPYTERHUB_CLIENT_ID")

log = logging.getLogger(__name__)

# the ASGI types, as in coachkit.workshop.solara_server (which imports this module)
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class HubOAuthLike(Protocol):
    """What the gate uses of ``jupyterhub.services.auth.HubOAuth``."""

    login_url: str
    oauth_client_id: str
    access_scopes: set[str]

    def token_for_code(self, code: str, *, sync: bool = True) -> Any: ...

    def user_for_token(self, token: str, use_cache: bool = True, session_id: str = "", *,
                       sync: bool = True) -> Any: ...

    def check_scopes(self, required_scopes: set[str], user: dict) -> set[str]: ...


def running_under_hub(environ: Mapping[str, str]) -> bool:
    """True when the hub started this process as a service (it sets all of HUB_ENV)."""
    return all(environ.get(key) for key in HUB_ENV)


def hub_oauth() -> HubOAuthLike:
    """The hub's OAuth client for this service, from the variables the hub sets."""
    from jupyterhub.services.auth import HubOAuth

    return HubOAuth(cache_max_age=60)


class HubAuthGate:
    """ASGI middleware: only users the hub vouches for reach ``app``, under ``prefix``.

    ``prefix`` is the service's path behind the proxy, with its trailing slash; requests
    outside it get 404. A websocket without a user is closed with code 4403."""

    def __init__(self, app: ASGIApp, auth: HubOAuthLike, prefix: str) -> None:
        self.app = app
        self.auth = auth
        self.prefix = "/" + prefix.strip("/") + "/"
        self.callback = self.prefix + "oauth_callback"
        self.cookie_name = f"{auth.oauth_client_id}-coachkit"
        self.state_cookie = f"{self.cookie_name}-state"
        self._states: dict[str, tuple[str, float]] = {}  # state -> (next path, deadline)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "/")
        if not (path + "/").startswith(self.prefix):
            await _plain(send, kind, 404, b"Not here: the workshop page is under "
                         + self.prefix.encode("latin-1") + b"\n")
            return
        if kind == "http" and path == self.callback:
            await self._callback(scope, send)
            return
        user = await self._user(scope) if _same_origin(scope) else None
        if user is None:
            if kind == "http" and scope.get("method") in ("GET", "HEAD"):
                await self._to_login(scope, send)
            else:
                await _plain(send, kind, 403, b"Log in through the hub first.\n")
            return
        inner = dict(scope)
        inner["root_path"] = self.prefix.rstrip("/")
        inner["headers"] = [(k, v) for k, v in scope.get("headers", ())
                            if k != USER_HEADER] + [(USER_HEADER, user.encode("utf-8"))]
        await self.app(inner, receive, send)

    async def _user(self, scope: Scope) -> str | None:
        """The name of the hub user whose token is in the cookie, else None."""
        token = _cookies(scope).get(self.cookie_name)
        if not token:
            return None
        try:
            model = await self.auth.user_for_token(token, sync=False)
        except Exception as error:  # the hub is down or refused: no user, and say so
            log.warning("the hub could not check a visitor's token: %s", error)
            return None
        if not model or not model.get("name"):
            return None
        scopes = self.auth.access_scopes
        if scopes and not self.auth.check_scopes(scopes, model):
            return None
        return str(model["name"])

    async def _to_login(self, scope: Scope, send: Send) -> None:
        now = time.monotonic()
        # anyone can reach this page: forget expired logins, and the oldest past a cap,
        # from the front (they were added in order of their deadlines)
        while self._states and (len(self._states) >= MAX_PENDING_LOGINS
                                or next(iter(self._states.values()))[1] <= now):
            del self._states[next(iter(self._states))]
        state = secrets.token_urlsafe(16)
        query = scope.get("query_string", b"").decode("latin-1")
        self._states[state] = (scope.get("path", self.prefix) + (f"?{query}" if query else ""),
                               now + STATE_MAX_AGE)
        location = f"{self.auth.login_url}&{urlencode({'state': state})}"
        cookie = _cookie(self.state_cookie, state, self.prefix, scope, max_age=STATE_MAX_AGE)
        await _redirect(send, location, cookie)

    async def _callback(self, scope: Scope, send: Send) -> None:
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        state, code = query.get("state", ""), query.get("code", "")
        expected = _cookies(scope).get(self.state_cookie, "")
        saved = self._states.pop(state, None)
        if not (code and state and secrets.compare_digest(state, expected) and saved
                and saved[1] > time.monotonic()):
            await _plain(send, "http", 403, b"This login did not start here or took too "
                         b"long: open the workshop page again.\n")
            return
        try:
            token = await self.auth.token_for_code(code, sync=False)
        except Exception as error:
            log.warning("the hub refused a login code: %s", error)
            await _plain(send, "http", 403, b"The hub refused this login: open the "
                         b"workshop page again.\n")
            return
        cookies = [_cookie(self.cookie_name, token, self.prefix, scope),
                   _cookie(self.state_cookie, "", self.prefix, scope, max_age=0)]
        next_path = saved[0] if saved[0].startswith(self.prefix) else self.prefix
        await _redirect(send, next_path, *cookies)


def _same_origin(scope: Scope) -> bool:
    """False for a websocket opened by a page of another site (its Origin is not this
    host): the cookie alone must not let another site drive a participant's page."""
    if scope["type"] != "websocket":
        return True
    headers = dict(scope.get("headers", ()))
    origin = headers.get(b"origin")
    if origin is None:
        return True  # not a browser
    return urlsplit(origin.decode("latin-1")).netloc == headers.get(b"host", b"").decode(
        "latin-1")


def request_cookies(scope: Scope) -> Iterator[tuple[str, str]]:
    """Each cookie a request carries, as (name, value), in the order of its headers; a
    header that cannot be parsed is skipped."""
    for name, value in scope.get("headers", ()):
        if name != b"cookie":
            continue
        jar: SimpleCookie = SimpleCookie()
        try:
            jar.load(value.decode("latin-1"))
        except CookieError:
            continue
        for key, morsel in jar.items():
            yield key, morsel.value


def _cookies(scope: Scope) -> dict[str, str]:
    return dict(request_cookies(scope))


def _cookie(name: str, value: str, path: str, scope: Scope, *,
            max_age: int | None = None) -> str:
    # Lax, not Strict: the login ends with a redirect from the hub's pages
    parts = [f"{name}={value}", f"Path={path}", "HttpOnly", "SameSite=Lax"]
    if max_age is not None:
        parts.append(f"Max-Age={max_age}")
    headers = dict(scope.get("headers", ()))
    if scope.get("scheme") in ("https", "wss") or headers.get(b"x-forwarded-proto") == b"https":
        parts.append("Secure")
    return "; ".join(parts)


async def _redirect(send: Send, location: str, *cookies: str) -> None:
    headers = [(b"location", location.encode("latin-1")), (b"cache-control", b"no-store"),
               (b"content-length", b"0")]
    headers += [(b"set-cookie", cookie.encode("latin-1")) for cookie in cookies]
    await send({"type": "http.response.start", "status": 302, "headers": headers})
    await send({"type": "http.response.body", "body": b""})


async def _plain(send: Send, kind: str, status: int, body: bytes) -> None:
    if kind == "websocket":
        await send({"type": "websocket.close", "code": 4000 + status})
        return
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode("ascii"))]})
    await send({"type": "http.response.body", "body": body})


def solara_settings(environ: Mapping[str, str]) -> dict[str, str]:
    """Solara settings for the page under the hub: the hub page, served under the
    service's prefix (the proxy passes the whole path on)."""
    prefix = environ.get("JUPYTERHUB_SERVICE_PREFIX", "")
    if not running_under_hub(environ):
        missing = ", ".join(key for key in HUB_ENV if not environ.get(key))
        raise WorkshopError(f"--hub-auth: {missing} not set: run the page as a JupyterHub "
                            "service (c.JupyterHub.services), which sets them")
    return {"SOLARA_APP": HUB_PAGE_MODULE, "SOLARA_ROOT_PATH": "/" + prefix.strip("/")}


def hub_gate(app: ASGIApp, environ: Mapping[str, str]) -> HubAuthGate:
    """``app`` behind the hub's logins, under the service's prefix."""
    return HubAuthGate(app, hub_oauth(), environ["JUPYTERHUB_SERVICE_PREFIX"])


def service_environment(env: Mapping[str, str]) -> tuple[dict[str, str], str]:
    """The page server's environment under the hub (told to take the hub's logins) and
    the page's path on the hub; WorkshopError when the hub did not start this process."""
    solara_settings(env)  # refuses outside a hub service, saying what is missing
    return {**env, ENV_HUB_AUTH: "1"}, env["JUPYTERHUB_SERVICE_PREFIX"]


def service_title(workshop: WorkshopFolder, engine: str) -> str:
    """The exercise's title, or a note that the coach has not set the folder up yet (under
    the hub the page starts with the hub, before the coach sets up the day's exercise)."""
    if engine != "solara":
        raise WorkshopError("--hub-auth serves the Solara page only (--engine solara)")
    try:
        return workshop.exercise().title
    except WorkshopError as error:
        return f"not set up yet ({error}); the page waits for the coach"
