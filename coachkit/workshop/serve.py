"""Serve the participants' page: with Solara (the default) or Voilà.

Solara (``coachkit.workshop.solara_server``) runs every open page in one process,
about 2 MB a participant; Voilà runs notebooks/05_workshop_app.ipynb with a kernel
(a process of about 90 MB) per visitor. Either way the page runs Python on this
machine, so it is served with a token that is part of the address, bound to
127.0.0.1 unless the coach asks for another address.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from types import FrameType
from urllib.parse import quote

import coachkit
from coachkit.errors import WorkshopError
from coachkit.limits import WORKSHOP_TOKEN_MAX_CHARS, WORKSHOP_TOKEN_MIN_CHARS, read_capped
from coachkit.workshop.exercise import load_exercise
from coachkit.workshop.folder import ENV_FOLDER, WorkshopFolder, default_folder

__all__ = ["APP_NOTEBOOK", "ENGINES", "ENV_TOKEN", "app_notebook", "check_token",
           "is_loopback", "prepare_folder", "serve", "solara_command", "token_from",
           "voila_command"]

APP_NOTEBOOK = "05_workshop_app.ipynb"
STOP_TIMEOUT = 15.0  # seconds Voilà gets to shut its kernels down before it is killed
ENV_TOKEN = "COACHKIT_WORKSHOP_TOKEN"  # a token kept off the command line (``ps`` shows it)
ENGINES = ("solara", "voila")  # the first is the default


def app_notebook() -> Path:
    """The participants' notebook of this checkout (``notebooks/`` beside the package)."""
    path = Path(coachkit.__file__).resolve().parents[1] / "notebooks" / APP_NOTEBOOK
    if not path.is_file():
        raise WorkshopError(
            f"the workshop page notebooks/{APP_NOTEBOOK} is not at {path}: serve the "
            "workshop from a checkout of coachkit (installed with `make install` or "
            "`pip install -e .`), not from an installed wheel")
    return path


def prepare_folder(folder: str | Path | None, exercise: str | Path, *,
                   exercise_chosen: bool = False) -> WorkshopFolder:
    """The folder to serve (``make workshop``): ``folder``, or else the one notebook 04
    sets up (``default_folder`` of the exercise). A folder that is not a workshop yet is
    set up for ``exercise``; one set up for another exercise is served as it is, unless
    the exercise was chosen explicitly (``exercise_chosen``), which is then refused."""
    path = Path(folder).expanduser() if folder and str(folder).strip() else \
        default_folder(load_exercise(exercise).id)
    existing = WorkshopFolder(path)
    if exercise_chosen or not (path / "exercise.yml").exists():
        return WorkshopFolder.create(path, exercise)
    existing.exercise()  # a clear error for a damaged exercise file
    return existing


def is_loopback(ip: str) -> bool:
    """True when ``ip`` can only be reached from this machine."""
    if ip.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(ip.strip("[]")).is_loopback
    except ValueError:
        return False


def _url_host(ip: str) -> str:
    if ip in ("", "0.0.0.0", "::", "[::]"):
        return socket.gethostname()  # every interface: the room needs a name for this machine
    return f"[{ip}]" if ":" in ip and not ip.startswith("[") else ip


def voila_command(folder: str | Path, *, port: int = 8866, ip: str = "127.0.0.1",
                  token: str | None = None, token_dir: str | Path | None = None,
                  ) -> tuple[list[str], dict[str, str], str]:
    """The Voilà command serving the participants' page for ``folder``: its argv, its
    environment (``$COACHKIT_WORKSHOP`` set to the absolute folder) and the address to
    open, token included. ``token`` None makes a fresh random one; an empty token is
    refused, because anyone who could reach the page could then run Python here.

    With ``token_dir`` (a private folder) the token is written to ``voila.json`` there,
    readable by this user only, instead of the command line, which every user of the
    machine can read (``ps``)."""
    token = secrets.token_urlsafe(16) if token is None else check_token(token)
    if not 0 < port < 65536:
        raise WorkshopError(f"port {port}: choose a port between 1 and 65535 (e.g. 8866)")
    notebook = app_notebook()
    argv = [sys.executable, "-m", "voila", str(notebook), "--no-browser",
            f"--Voila.ip={ip}", f"--Voila.port={port}", "--Voila.port_retries=0",
            "--theme=light", "--strip_sources=True", "--show_tracebacks=False"]
    if token_dir is None:
        argv.append(f"--Voila.token={token}")
    else:
        argv += _token_file(Path(token_dir), token)
    env = dict(os.environ)
    env[ENV_FOLDER] = str(Path(folder).expanduser().resolve())
    env.pop("JUPYTER_TOKEN", None)  # the token above is the one that counts
    url = f"http://{_url_host(ip)}:{port}/?token={quote(token, safe='')}"
    return argv, env, url


def solara_command(folder: str | Path, *, port: int = 8866, ip: str = "127.0.0.1",
                   token: str | None = None, token_dir: str | Path,
                   ) -> tuple[list[str], dict[str, str], str]:
    """The Solara server command for ``folder``, like ``voila_command``: its argv, its
    environment and the address to open. The token goes to a private file in
    ``token_dir``, never on the command line."""
    from coachkit.workshop import solara_server

    token = secrets.token_urlsafe(16) if token is None else check_token(token)
    if not 0 < port < 65536:
        raise WorkshopError(f"port {port}: choose a port between 1 and 65535 (e.g. 8866)")
    folder_dir = Path(token_dir)
    folder_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder_dir / "solara-token"
    target.unlink(missing_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(token + "\n")
    env = {**os.environ, **solara_server.offline_environment()}
    env[ENV_FOLDER] = str(Path(folder).expanduser().resolve())
    env[solara_server.ENV_TOKEN_FILE] = str(target)
    env[solara_server.ENV_HOST] = ip.strip("[]")
    env[solara_server.ENV_PORT] = str(port)
    env.pop("JUPYTER_TOKEN", None)
    argv = [sys.executable, "-m", "coachkit.workshop.solara_server"]
    url = f"http://{_url_host(ip)}:{port}/?token={quote(token, safe='')}"
    return argv, env, url


def check_token(token: str) -> str:
    """The token, if it is long and plain enough to keep a room's page safe (else
    WorkshopError saying why)."""
    why = "the workshop page runs Python on this machine"
    if not token.strip():
        raise WorkshopError(f"an empty token is refused: {why}, so without a token anyone "
                            "who can reach the port could run any code as you")
    if len(token) < WORKSHOP_TOKEN_MIN_CHARS:
        raise WorkshopError(
            f"a token of {len(token)} characters is too short: {why}, and a short token can "
            f"be guessed; use at least {WORKSHOP_TOKEN_MIN_CHARS} characters, or give none "
            "for a fresh random one")
    if len(token) > WORKSHOP_TOKEN_MAX_CHARS:
        raise WorkshopError(f"a token of {len(token):,} characters is longer than the "
                            f"{WORKSHOP_TOKEN_MAX_CHARS} allowed")
    if token != token.strip() or not token.isprintable():
        raise WorkshopError("the token starts or ends with spaces or holds a line break or "
                            "control character; give it as plain text on one line")
    return token


def token_from(token: str | None, token_file: str | Path | None,
               environ: Mapping[str, str]) -> tuple[str | None, list[str]]:
    """The token to serve with and warnings for the coach: ``--token``, else the first
    line of ``--token-file``, else ``$COACHKIT_WORKSHOP_TOKEN``, else None (a fresh one)."""
    if token is not None:
        return check_token(token), [
            "--token on the command line can be read by every user of this machine (ps); "
            f"use --token-file or ${ENV_TOKEN} instead"]
    if token_file is not None:
        path = Path(token_file)
        raw = read_capped(path, 4 * WORKSHOP_TOKEN_MAX_CHARS, "workshop token",
                          error=WorkshopError)
        try:
            text = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            raise WorkshopError(f"{path}: the token file is not UTF-8 text") from None
        warnings = []
        if os.name == "posix" and os.stat(path).st_mode & 0o077:
            warnings.append(f"{path}: other users may read the token file; make it "
                            f"private (chmod 600 {path})")
        return _checked(text, f"{path}"), warnings
    env = environ.get(ENV_TOKEN, "").strip()
    return (_checked(env, f"${ENV_TOKEN}") if env else None), []


def _checked(token: str, source: str) -> str:
    try:
        return check_token(token)
    except WorkshopError as error:
        raise WorkshopError(f"{source}: {error}") from None


def _token_file(folder: Path, token: str) -> list[str]:
    """Write the token where only this user can read it; the options that make Voilà read
    it first (the usual configuration folders still count after it)."""
    from jupyter_core.paths import jupyter_config_path

    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / "voila.json"
    target.unlink(missing_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"Voila": {"token": token}}, out)
    return [f"--Voila.config_file_paths={p}" for p in (str(folder), *jupyter_config_path())]


def _port_free(ip: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    with socket.socket(family) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
        try:
            probe.bind((ip.strip("[]"), port))
        except OSError:
            return False
    return True


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop the server by its process id: SIGTERM (Voilà shuts its kernels down), then
    SIGKILL."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=STOP_TIMEOUT)
    except (subprocess.TimeoutExpired, KeyboardInterrupt):  # stuck, or Ctrl-C again
        proc.kill()
        proc.wait()


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def serve(folder: str | Path, *, port: int = 8866, ip: str = "127.0.0.1",
          token: str | None = None, engine: str = ENGINES[0], hub_auth: bool = False) -> int:
    """Serve the participants' page for the workshop in ``folder`` until Ctrl-C.

    Checks the folder first (WorkshopError if it is not set up), prints the address to
    give the room, runs the server (``engine``: "solara" or "voila") in the foreground
    and stops it on Ctrl-C (or SIGTERM, SIGHUP). Returns 0 when stopped that way, else
    the server's own exit status.

    With ``hub_auth`` the Solara page runs as a JupyterHub service and takes the hub's
    logins instead of a token (``coachkit.workshop.hub_auth``); the folder may then be
    set up later, by the coach from their own server."""
    if engine not in ENGINES:
        raise WorkshopError(f"engine {engine!r}: choose one of {', '.join(ENGINES)}")
    workshop = WorkshopFolder(folder)
    if hub_auth:
        from coachkit.workshop.hub_auth import service_title

        title = service_title(workshop, engine)
    else:
        title = workshop.exercise().title
    with tempfile.TemporaryDirectory(prefix="coachkit-workshop-") as private:
        command = solara_command if engine == "solara" else voila_command
        argv, env, url = command(workshop.path, port=port, ip=ip, token=token,
                                 token_dir=Path(private))
        if hub_auth:
            from coachkit.workshop.hub_auth import service_environment

            env, url = service_environment(env)
        cwd = Path(private) if engine == "solara" else app_notebook().parent
        return _serve(argv, env, url, title, port, ip, cwd, hub=hub_auth)


def _serve(argv: list[str], env: dict[str, str], url: str, title: str, port: int,
           ip: str, cwd: Path, *, hub: bool = False) -> int:
    if not _port_free(ip, port):
        raise WorkshopError(f"port {port} on {ip} is already in use (another workshop "
                            "page?); choose another port")
    print(f"Workshop: {title}")
    print(f"Submissions are saved in {env[ENV_FOLDER]}")
    if hub:  # the hub's proxy is the way in, and its logins the key
        print(f"The participants' page, for the hub's users (they log in there, no "
              f"token): {url}")
    else:
        print("The participants' page (the token in the address is its key: share it only "
              "with the room):")
        print(f"\n    {url}\n")
    if not hub and is_loopback(ip):
        print(f"Only this computer can open it ({ip}). To let a room in, see 'Running a "
              "workshop' in README.md.")
    elif not hub:
        print(f"WARNING: listening on {ip}: everyone who can reach this machine and has the "
              "token can use the page, and the page runs Python here. Use it only on a "
              "trusted network, behind a firewall, and stop it after the session.",
              file=sys.stderr)
    print("Press Ctrl-C to stop the page after the session.", flush=True)

    handled = (signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else []))
    previous: dict[int, object] = {}
    with contextlib.suppress(ValueError):  # signal handlers work only in the main thread
        for sig in handled:
            previous[sig] = signal.signal(sig, _interrupt)
    proc: subprocess.Popen[bytes] | None = None
    try:
        # the server gets a session of its own: Ctrl-C reaches only us, and we stop it
        # by its id
        proc = subprocess.Popen(argv, env=env, cwd=cwd, start_new_session=True)
        code = proc.wait()
    except KeyboardInterrupt:
        print("\nStopping the workshop page…", flush=True)
        if proc is not None:
            _stop(proc)
        print("Stopped.")
        return 0
    finally:
        if proc is not None:
            _stop(proc)
        for sig, handler in previous.items():
            signal.signal(sig, handler)  # type: ignore[arg-type]
    return code if code >= 0 else 128 - code
