"""Start and stop a private JupyterLab server, or the workshop's Voilà page: 127.0.0.1,
a random port and token, config and runtime files in a temporary folder, stopped by
its own process id.

Used by the browser tests (tests/e2e/conftest.py) and by bench/composer_bench.py.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _isolated_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    for var, sub in [("JUPYTER_CONFIG_DIR", "cfg"), ("JUPYTER_DATA_DIR", "data"),
                     ("JUPYTER_RUNTIME_DIR", "runtime"), ("JUPYTERLAB_SETTINGS_DIR", "settings"),
                     ("JUPYTERLAB_WORKSPACES_DIR", "workspaces"), ("IPYTHONDIR", "ipython"),
                     ("MPLCONFIGDIR", "mpl"), ("COACHKIT_HOME", "coachkit"),
                     ("TMPDIR", "tmp")]:  # notebook 04's rehearsal folders too
        (tmp / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(tmp / sub)
    labconfig = tmp / "cfg" / "labconfig"
    labconfig.mkdir(parents=True, exist_ok=True)
    (labconfig / "page_config.json").write_text(json.dumps(
        {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}))
    env.pop("JUPYTER_TOKEN", None)
    env.pop("COACHKIT_WORKSHOP", None)  # a workshop folder is only ever a test's own
    return env


def wait_http(url: str, proc: subprocess.Popen[bytes], what: str,
              log: Callable[[], str], timeout: float = 90) -> None:
    """Wait until ``url`` answers 200; fail with the end of ``log()`` if ``what`` exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited ({proc.returncode}):\n{log()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{what} not up after {timeout} s:\n{log()}")


def _tail(log: Path) -> Callable[[], str]:
    return lambda: log.read_text()[-3000:]


def _stop(proc: subprocess.Popen[bytes], base: str, token: str) -> None:
    try:
        request = urllib.request.Request(f"{base}/api/shutdown", method="POST",
                                         headers={"Authorization": f"token {token}"})
        urllib.request.urlopen(request, timeout=5).close()
        proc.wait(timeout=15)
    except (OSError, subprocess.TimeoutExpired):
        pass
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@contextmanager
def lab_server(tmp: Path) -> Iterator[dict[str, object]]:
    """A JupyterLab server over a copy of notebooks/ and data/ in ``tmp``/root."""
    root = tmp / "root"
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    shutil.copytree(ROOT / "data", root / "data")
    env = _isolated_env(tmp)
    port, token = free_port(), secrets.token_hex(16)
    base = f"http://127.0.0.1:{port}"
    log = tmp / "jlab.log"
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root",
           "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
           f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
           "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
           "--LabApp.extension_manager=readonly"]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=root)
    try:
        wait_http(f"{base}/api/status?token={token}", proc, "JupyterLab", _tail(log))
        yield {"base": base, "token": token, "root": root, "home": tmp / "coachkit",
               "pid": proc.pid}
    finally:
        _stop(proc, base, token)


def _wait_port(port: int, proc: subprocess.Popen[bytes], log: Path, what: str,
               timeout: float = 60) -> None:
    """Wait for a page server to listen (a GET / would run Voilà's notebook once more)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited ({proc.returncode}):\n{log.read_text()[-3000:]}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"{what} not listening after {timeout} s:\n{log.read_text()[-3000:]}")


@contextmanager
def voila_app(folder: Path, tmp: Path) -> Iterator[str]:
    """The participants' page for ``folder`` on 127.0.0.1 (random port and token), with
    its Jupyter and coachkit files in ``tmp``; stopped by its process id."""
    from coachkit.workshop.serve import voila_command

    port = free_port()
    argv, env, url = voila_command(folder, port=port, token_dir=tmp / "private")
    assert "--Voila.ip=127.0.0.1" in argv
    with _page_server(argv, env, tmp, port, "Voilà", keep=()):
        yield url


@contextmanager
def solara_app(folder: Path, tmp: Path) -> Iterator[str]:
    """The participants' page for ``folder`` served by Solara on 127.0.0.1 (random port
    and token), with its files in ``tmp``; stopped by its process id."""
    from coachkit.workshop.serve import solara_command

    port = free_port()
    argv, env, url = solara_command(folder, port=port, token_dir=tmp / "private")
    assert env["COACHKIT_WORKSHOP_HOST"] == "127.0.0.1"
    with _page_server(argv, env, tmp, port, "Solara",
                      keep=("SOLARA_", "COACHKIT_WORKSHOP_")):
        yield url


@contextmanager
def _page_server(argv: list[str], env: dict[str, str], tmp: Path, port: int, what: str,
                 keep: tuple[str, ...]) -> Iterator[None]:
    """Run a participants' page server with an isolated environment (plus the workshop
    folder and the ``keep`` variables of ``env``) until the block ends, then stop it by
    its process id: SIGTERM (Voilà shuts its kernels down), then SIGKILL."""
    from coachkit.workshop.folder import ENV_FOLDER

    isolated = _isolated_env(tmp)
    isolated.update({k: v for k, v in env.items() if k.startswith(keep)})
    isolated[ENV_FOLDER] = env[ENV_FOLDER]
    log = tmp / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env=isolated,
                                cwd=tmp)
    try:
        _wait_port(port, proc, log, what)
        yield
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
