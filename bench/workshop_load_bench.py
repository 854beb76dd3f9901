"""Load a Solara workshop page with a room of simulated participants.

    python bench/workshop_load_bench.py                  # rooms of 30, 60 and 100
    python bench/workshop_load_bench.py --rooms 10 --keys 20

Starts the participants' page exactly as ``coachkit workshop serve`` does (its own
process, 127.0.0.1, a token), then for each room size opens that many participants
at once. Each participant speaks the page's own websocket protocol (the Jupyter
widget messages a browser would send): it opens the page, types its greeting one key
every 125 ms, waits after each key for the preview to be re-scored, then enters its
code and presses *Submit to workshop*. Reported per room: the server's memory
(resident, highest seen), keystroke-to-score latency (median and 95th percentile, and
the 95th percentile of the keys sent once every page of the room was open: the room
opening at once is the slowest moment), how long the pages took to open (median and
slowest: the server builds pages in turn and paces them so that those already typing
keep their share of the processor), the submissions that landed in the workshop
folder, and the processor time the server and this client used (they share the
machine's cores: the client's own share is shown so the figures can be judged; it
sends and reads uncompressed frames to stay light). The machine's load average when
the run starts is printed above the table. Targets: 100 participants under 1.5 GB,
p95 keystroke to score at most 300 ms, every submission landed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from coachkit.workshop import WorkshopFolder  # noqa: E402
from coachkit.workshop.serve import solara_command  # noqa: E402

EXERCISE = REPO / "data" / "exercises" / "thank_you_panel.yml"
KEY_EVERY = 0.125  # seconds between keys, a brisk typist
TARGET_MB, TARGET_P95_MS = 1536, 300
GREETING = "Dear Priya and Tomás, thank you for the panel conversation yesterday about "


@dataclass
class Participant:
    """What one simulated participant saw."""

    code: str
    latencies: list[float] = field(default_factory=list)
    sent_at: list[float] = field(default_factory=list)  # when each timed key was sent
    asked_at: float = float("inf")  # when the browser asked for the page
    opened_at: float = float("inf")  # when the page was ready to type into
    submitted: bool = False
    error: str = ""


class Page:
    """One open page: a websocket to the server's virtual kernel, and its widgets."""

    def __init__(self, ws: Any, session: str) -> None:
        self.ws, self.session = ws, session
        self.models: dict[str, dict[str, Any]] = {}  # comm id -> widget state
        self.control = str(uuid.uuid4())

    def message(self, msg_type: str, content: dict[str, Any]) -> str:
        return json.dumps({
            "header": {"msg_id": str(uuid.uuid4()), "msg_type": msg_type, "username": "",
                       "session": self.session, "date": "", "version": "5.3"},
            "parent_header": {}, "metadata": {}, "content": content, "channel": "shell",
            "buffers": []})

    async def send_comm(self, comm_id: str, data: dict[str, Any]) -> None:
        await self.ws.send(self.message("comm_msg", {"comm_id": comm_id, "data": data}))

    async def receive(self) -> tuple[str, dict[str, Any]]:
        """The next widget event: ("open"|"update"|"control", data); state is tracked."""
        while True:
            raw = await self.ws.recv()
            msg = _decode(raw)
            kind = msg.get("header", {}).get("msg_type")
            content = msg.get("content", {})
            if kind == "comm_open" and content.get("target_name") == "jupyter.widget":
                self.models[content["comm_id"]] = dict(content["data"].get("state", {}))
                return "open", content
            if kind == "comm_msg":
                data = content.get("data", {})
                if content.get("comm_id") == self.control:
                    return "control", data
                if data.get("method") == "update" and content["comm_id"] in self.models:
                    self.models[content["comm_id"]].update(data.get("state", {}))
                    return "update", content

    def find(self, css_class: str) -> str:
        for comm_id, state in self.models.items():
            if css_class in state.get("_dom_classes", ()):
                return comm_id
        raise LookupError(f"no widget with class {css_class} on the page")


def _decode(raw: str | bytes) -> dict[str, Any]:
    if isinstance(raw, str):
        return json.loads(raw)
    count = int.from_bytes(raw[:4], "little")  # Jupyter's binary websocket frames
    offsets = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "little") for i in range(count)]
    end = offsets[1] if count > 1 else len(raw)
    return json.loads(raw[offsets[0]:end].decode("utf-8"))


def _cookies(base: str, token: str) -> str:
    """The cookies a browser holds after opening the address with the token."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    jar: list[str] = []
    try:
        opener.open(f"{base}/?token={token}", timeout=30)
    except urllib.error.HTTPError as redirect:  # 303 with the workshop cookie
        jar += [c.split(";")[0] for c in redirect.headers.get_all("set-cookie") or []]
    request = urllib.request.Request(f"{base}/", headers={"Cookie": "; ".join(jar)})
    with opener.open(request, timeout=60) as response:
        jar += [c.split(";")[0] for c in response.headers.get_all("set-cookie") or []]
    return "; ".join(jar)


async def _participant(base: str, cookie: str, code: str, keys: int,
                       together: asyncio.Barrier | None = None) -> Participant:
    import websockets

    who = Participant(code, asked_at=time.perf_counter())
    stage = "connecting"
    session = str(uuid.uuid4())
    url = (base.replace("http://", "ws://") + f"/jupyter/api/kernels/{uuid.uuid4()}/channels"
           f"?session_id={session}")
    try:
        async with websockets.connect(url, additional_headers={"Cookie": cookie},
                                      max_size=2**26, open_timeout=120,
                                      compression=None) as ws:
            page = Page(ws, session)
            await ws.send(page.message("comm_open", {
                "comm_id": page.control, "target_name": "solara.control", "data": {}}))
            await page.send_comm(page.control, {"method": "run", "args": {
                "path": "", "appName": "__default__"}})
            stage = "opening the page"
            while (await asyncio.wait_for(page.receive(), 300))[0] != "control":
                pass
            stage = "typing"
            who.opened_at = time.perf_counter()
            if together is not None:  # the whole room types at once, not as pages open
                await asyncio.wait_for(together.wait(), 600)
            editor, preview = page.find("ck-step-text"), page.find("ck-preview")
            text = ""
            for key in (GREETING * 3)[:keys]:
                text += key
                start = time.perf_counter()
                await page.send_comm(editor, {"method": "update", "state": {"value": text},
                                              "buffer_paths": []})
                if key.isspace():  # the preview ends at the last word: nothing to wait for
                    await asyncio.sleep(KEY_EVERY)
                    continue
                while (await asyncio.wait_for(page.receive(), 60))[1].get(
                        "comm_id") != preview:
                    pass
                took = time.perf_counter() - start
                who.latencies.append(took)
                who.sent_at.append(start)
                await asyncio.sleep(max(0.0, KEY_EVERY - took))
            stage = "submitting"
            await page.send_comm(page.find("ck-code"), {
                "method": "update", "state": {"value": code}, "buffer_paths": []})
            result = page.find("ck-submit-result")
            await page.send_comm(page.find("ck-submit"), {
                "method": "custom", "content": {"event": "click"}})
            try:
                while "Submitted as" not in page.models[result].get("value", ""):
                    await asyncio.wait_for(page.receive(), 60)
            except TimeoutError:
                shown = page.models[result].get("value", "")
                raise TimeoutError(f"no submission after a minute; the page says {shown!r}"
                                   ) from None
            who.submitted = True
    except Exception as error:  # a participant's failure is one of the figures
        who.error = f"{stage}: {type(error).__name__} {error}".strip()
    return who


def _cpu_seconds(pid: int) -> float:
    """Processor time (user and system) a process has used so far."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def _room(base: str, token: str, pid: int, size: int, keys: int, prefix: str,
                together: bool = False) -> tuple[list[Participant], float]:
    cookie = _cookies(base, token)
    peak = _rss_mb(pid)
    stop = asyncio.Event()

    async def watch() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _rss_mb(pid))
            await asyncio.sleep(0.2)

    watcher = asyncio.create_task(watch())
    barrier = asyncio.Barrier(size) if together else None
    people = await asyncio.gather(*(
        _participant(base, cookie, f"{prefix}{i:04d}", keys, barrier) for i in range(size)))
    stop.set()
    await watcher
    return list(people), max(peak, _rss_mb(pid))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_up(base: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the Solara server stopped with status {proc.returncode}")
        try:
            urllib.request.urlopen(f"{base}/", timeout=2)
            return
        except urllib.error.HTTPError:  # 403 without the token: it is up
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("the Solara server did not start within two minutes")


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _measure_room(size: int, keys: int, together: bool = False) -> tuple:
    """One room of ``size`` on a fresh server: its row of the table."""
    with tempfile.TemporaryDirectory(prefix="coachkit-load-") as tmp:
        room = WorkshopFolder.create(Path(tmp) / "room", EXERCISE)
        port = _free_port()
        cmd, env, url = solara_command(room.path, port=port, token_dir=Path(tmp) / "private")
        env["COACHKIT_HOME"] = str(Path(tmp) / "home")
        token = url.split("token=", 1)[1]
        base = f"http://127.0.0.1:{port}"
        with open(Path(tmp) / "server.log", "wb") as log:
            proc = subprocess.Popen(cmd, env=env, cwd=tmp, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_up(base, proc)
            # one participant first: the page's modules and word lists are loaded once
            warm, _ = asyncio.run(_room(base, token, proc.pid, 1, 3, "warm"))
            if warm[0].error:
                raise SystemExit(f"the first page failed: {warm[0].error}")
            baseline = _rss_mb(proc.pid)
            start, server_cpu, client_cpu = (time.perf_counter(), _cpu_seconds(proc.pid),
                                             _own_cpu_seconds())
            people, peak = asyncio.run(_room(base, token, proc.pid, size, keys, "p",
                                             together))
            wall = time.perf_counter() - start
            server_cpu = _cpu_seconds(proc.pid) - server_cpu
            client_cpu = _own_cpu_seconds() - client_cpu
        finally:
            _stop(proc)
        landed = sum(1 for i in range(size)
                     if any((room.path / "submissions" / f"p{i:04d}").glob("*.json")))
    latencies = [t for p in people for t in p.latencies]
    errors = [p.error for p in people if p.error]
    p50 = 1000 * statistics.median(latencies) if latencies else float("nan")
    p95 = 1000 * _percentile(latencies, 0.95) if latencies else float("nan")
    all_open = max((p.opened_at for p in people), default=float("inf"))
    steady = [t for p in people for t, at in zip(p.latencies, p.sent_at, strict=True)
              if at > all_open]
    p95_open = 1000 * _percentile(steady, 0.95) if steady else float("nan")
    waits = [p.opened_at - p.asked_at for p in people if p.opened_at < float("inf")]
    opening = (statistics.median(waits), max(waits)) if waits else (float("nan"),) * 2
    return (size, baseline, peak, p50, p95, p95_open, *opening, landed, wall, server_cpu,
            client_cpu, errors[:3])


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", type=int, nargs="+", default=[30, 60, 100],
                        help="room sizes, run one after another on one server")
    parser.add_argument("--keys", type=int, default=40, help="keys each participant types")
    parser.add_argument("--together", action="store_true",
                        help="everyone starts typing once every page is open (the whole "
                             "room typing at once); by default each types as soon as its "
                             "page is open")
    args = parser.parse_args(argv)
    load = os.getloadavg()
    rows, ok = [], True
    for size in args.rooms:
        row = _measure_room(size, args.keys, args.together)
        rows.append(row)
        peak, p95, landed = row[2], row[4], row[8]
        ok &= landed == size and (size < 100 or (peak <= TARGET_MB and p95 <= TARGET_P95_MS))
    _print(rows, args.keys, load, args.together)
    return 0 if ok else 1


def _print(rows: list[tuple], keys: int, load: tuple[float, float, float],
           together: bool) -> None:
    start = ("once every page of the room is open" if together else
             "as soon as its page is open")
    print(f"Solara workshop page under load on {os.cpu_count()} cores "
          f"({platform.python_implementation()} {platform.python_version()}); each "
          f"participant types {keys} keys, one every {int(KEY_EVERY * 1000)} ms, starting "
          f"{start}, then submits.")
    print("Load average at start (1, 5, 15 min): "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; other work on the machine slows "
          "every figure below.\n")
    print("| participants | server MB after one page | server MB peak | MB per participant | "
          "keystroke→score median ms | p95 ms | p95 ms once every page is open | "
          "page open median s | slowest page open s | "
          "submissions landed | wall s | server CPU s | bench client CPU s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (size, idle, peak, p50, p95, p95_open, open_mid, open_max, landed, wall, server,
         client, errors) in rows:
        print(f"| {size} | {idle:.0f} | {peak:.0f} | {(peak - idle) / size:.1f} | {p50:.0f} | "
              f"{p95:.0f} | {p95_open:.0f} | {open_mid:.1f} | {open_max:.1f} | "
              f"{landed}/{size} | {wall:.1f} | {server:.1f} | {client:.1f} |")
        for error in errors:
            print(f"|  | first failure: {error} ||||||||||")
    print(f"\nTargets for 100 participants: peak under {TARGET_MB} MB, p95 at most "
          f"{TARGET_P95_MS} ms, every submission landed. Voilà, the other engine "
          "(`--engine voila`), starts a kernel process of about 90 MB per participant.")


if __name__ == "__main__":
    sys.exit(main())
