"""A JupyterHub on 127.0.0.1 for the browser tests, set up as deploy/jupyterhub sets it up.

The hub takes ``hub.config``, ``hub.extraConfig``, ``hub.services``, ``hub.loadRoles``
and ``singleuser.extraEnv`` from deploy/jupyterhub/values.yaml, turned into JupyterHub's
settings as the chart does. Only what Kubernetes provides is replaced: the page service
runs on a free port of 127.0.0.1 with the virtual environment's ``coachkit`` script, the
volumes' mount paths are local folders, and every user's server reads the image's
jupyter_server_config.py. Each user's server is a process of this account
(SimpleLocalProcessSpawner) with a home of its own under a temporary folder, and
configurable-http-proxy comes from npm (``make test`` installs it into the virtual
environment). Every process is stopped by its id.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml
from labserver import free_port, wait_http

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy" / "jupyterhub"
PAGE_PATH = "/services/workshop/"  # the participants' page, as README.md gives it
SERVICE_SCRIPT = "/usr/local/bin/coachkit"  # the hub image's, in hub.services
HUB_STATE = "/srv/jupyterhub"  # the hub pod's own volume

CONFIG = """\
import json
import os
c = get_config()  # noqa: F821
local = json.loads({local!r})
for section, traits in local["hub_config"].items():  # values.yaml hub.config, as z2jh does
    c[section].update(traits)
for snippet in local["extra_config"]:  # and its hub.extraConfig, if it ever has any
    exec(snippet)
c.JupyterHub.services = local["services"]  # hub.services and hub.loadRoles, as z2jh does
c.JupyterHub.load_roles = local["roles"]
c.JupyterHub.ip = c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.port = local["port"]
c.JupyterHub.hub_port = local["hub_port"]
c.JupyterHub.db_url = "sqlite:///" + local["dir"] + "/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = local["dir"] + "/cookie_secret"
c.ConfigurableHTTPProxy.command = [local["proxy"]]
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:%d" % local["proxy_api_port"]
c.ConfigurableHTTPProxy.pid_file = local["dir"] + "/proxy.pid"
c.JupyterHub.spawner_class = "jupyterhub.spawner.SimpleLocalProcessSpawner"
c.SimpleLocalProcessSpawner.home_dir_template = local["dir"] + "/home/{{username}}"
c.Spawner.ip = "127.0.0.1"
c.Spawner.cmd = [local["singleuser"]]
if os.getuid() == 0:  # as root on a test machine; the image's servers run as uid 1000
    c.Spawner.args = ["--ServerApp.allow_root=True"]
c.Spawner.environment = local["environment"]
c.Spawner.start_timeout = c.Spawner.http_timeout = 180  # five servers at once on 2 cores
"""


def proxy_command() -> str | None:
    """configurable-http-proxy: the one ``make test`` puts in the virtual environment, else
    one on PATH, else None."""
    local = Path(sys.prefix) / "chp" / "node_modules" / ".bin" / "configurable-http-proxy"
    return str(local) if local.exists() else shutil.which("configurable-http-proxy")


def values() -> dict:
    """deploy/jupyterhub/values.yaml."""
    return yaml.safe_load((DEPLOY / "values.yaml").read_text(encoding="utf-8"))


def services(workshop: Path, folder: Path) -> tuple[list[dict], list[dict]]:
    """hub.services and hub.loadRoles as z2jh turns them into JupyterHub's lists, run
    here: the service on a free port of 127.0.0.1, the venv's coachkit script (with this
    checkout first on the path), the workshop volume replaced by ``workshop`` and the
    hub's volume by ``folder``."""
    hub, mount = values()["hub"], _workshop_mount()
    found = []
    for name, spec in hub["services"].items():
        port = free_port()
        command = [str(Path(sys.executable).parent / "coachkit") if word == SERVICE_SCRIPT
                   else str(workshop) if word == mount
                   else "127.0.0.1" if word == "0.0.0.0"
                   else str(port) if word == spec["url"].rsplit(":", 1)[1] else word
                   for word in spec["command"]]
        environment = {key: value.replace(HUB_STATE, str(folder))
                       for key, value in spec.get("environment", {}).items()}
        if os.environ.get("PYTHONPATH"):
            environment["PYTHONPATH"] = os.environ["PYTHONPATH"]
        found.append({**spec, "name": name, "url": f"http://127.0.0.1:{port}",
                      "command": command, "environment": environment})
    roles = [{**role, "name": name} for name, role in hub["loadRoles"].items()]
    return found, roles


def _workshop_mount() -> str:
    return next(m["mountPath"] for m in values()["hub"]["extraVolumeMounts"]
                if m["name"] == "workshop")


def user_environment(workshop: Path) -> dict[str, str]:
    """singleuser.extraEnv with the workshop volume's mount path replaced by ``workshop``,
    plus the image's /etc/jupyter (JUPYTER_CONFIG_PATH)."""
    single = values()["singleuser"]
    mount = next(m["mountPath"] for m in single["storage"]["extraVolumeMounts"]
                 if m["name"] == "workshop")
    env = {key: str(value).replace(mount, str(workshop))
           for key, value in single["extraEnv"].items()}
    env["JUPYTER_CONFIG_PATH"] = str(DEPLOY / "image")
    return env


@dataclass
class Hub:
    """A running hub: its public address, folder and process."""

    url: str
    dir: Path
    proc: subprocess.Popen[bytes]

    def log(self) -> str:
        """The end of the hub's log."""
        return (self.dir / "hub.log").read_text(encoding="utf-8", errors="replace")[-4000:]


def _write_config(folder: Path, workshop: Path, proxy: str) -> tuple[Path, int]:
    port = free_port()
    hub = values()["hub"]
    service_list, roles = services(workshop, folder)
    local = {"hub_config": hub["config"], "extra_config": list(hub.get("extraConfig", {})
                                                                .values()),
             "services": service_list, "roles": roles,
             "dir": str(folder), "port": port,
             "hub_port": free_port(), "proxy_api_port": free_port(), "proxy": proxy,
             "singleuser": str(Path(sys.executable).parent / "jupyterhub-singleuser"),
             "environment": user_environment(workshop)}
    config = folder / "jupyterhub_config.py"
    config.write_text(CONFIG.format(local=json.dumps(local)), encoding="utf-8")
    return config, port


def _descendants(pid: int) -> list[int]:
    """Every process under ``pid`` (by the parent ids in /proc), children first."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found: list[int] = []
    todo = list(children.get(pid, []))
    while todo:
        child = todo.pop()
        found.append(child)
        todo.extend(children.get(child, []))
    return found


def _rss_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    line = next((x for x in status.splitlines() if x.startswith("VmRSS:")), "VmRSS: 0 kB")
    return int(line.split()[1]) / 1024


def service_memory(hub: Hub, name: str = "workshop") -> float:
    """The hub's service ``name`` with the page server it starts: resident memory in MB."""
    for pid in _descendants(hub.proc.pid):
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if f"JUPYTERHUB_SERVICE_NAME={name}".encode() in environ and not any(
                b"JUPYTERHUB_SERVICE_NAME" in x for x in _parent_env(pid)):
            return _rss_mb(pid) + sum(_rss_mb(p) for p in _descendants(pid))
    return 0.0


def _parent_env(pid: int) -> list[bytes]:
    try:
        ppid = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        return Path(f"/proc/{ppid}/environ").read_bytes().split(b"\0")
    except (OSError, ValueError):
        return []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() and "(Z" not in _state(pid)


def _state(pid: int) -> str:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return "(Z"
    return "(" + stat.rsplit(")", 1)[1].split()[0]


def stop(hub: Hub) -> list[int]:
    """Stop the hub and everything it started (proxy, users' servers, their kernels) by
    process id: SIGTERM to the hub, which stops its servers and proxy, then SIGTERM and
    SIGKILL to any of them still running. Returns the ids that had to be killed."""
    pids = _descendants(hub.proc.pid)
    pid_file = hub.dir / "proxy.pid"
    if pid_file.exists():
        pids.append(int(pid_file.read_text().strip()))
    if hub.proc.poll() is None:
        hub.proc.send_signal(signal.SIGTERM)
        try:
            hub.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            hub.proc.kill()
            hub.proc.wait()
    leftover = [pid for pid in dict.fromkeys(pids) if _alive(pid)]
    for pid in leftover:
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in leftover):
        time.sleep(0.2)
    for pid in leftover:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    return leftover


@contextmanager
def jupyterhub(folder: Path, workshop: Path, proxy: str) -> Iterator[Hub]:
    """Run a hub in ``folder`` whose users' servers submit to ``workshop``; stop it after."""
    folder.mkdir(parents=True, exist_ok=True)
    config, port = _write_config(folder, workshop, proxy)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("JUPYTER", "COACHKIT_WORKSHOP"))}
    with open(folder / "hub.log", "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(config)],
                                cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    hub = Hub(f"http://127.0.0.1:{port}", folder, proc)
    try:
        wait_http(f"{hub.url}/hub/api", hub.proc, "JupyterHub", hub.log, timeout=60)
        yield hub
    finally:
        stop(hub)
