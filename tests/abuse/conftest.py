"""Harness for the abuse suite: run coachkit in a child process under a wall-clock timeout
and an address-space cap, and check how it ended.

``run_coachkit(*args)`` returns a ``Run`` with the exit status, stdout, stderr, wall time and
the child's own peak resident memory (from ``os.wait4``, which reports the resources of the
one child waited for). ``Run.expect(...)`` asserts what every hostile input must give: the
exit status wanted, no traceback, at most a one-line message on failure, and time and
memory under their bounds.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pytest

REPO = Path(__file__).resolve().parents[2]
# The child may map this much address space; beyond it allocation fails (MemoryError)
# instead of taking the machine's memory. Well above the bounds the tests assert.
ADDRESS_SPACE_MB = 1536
WALL_TIMEOUT_S = 60.0
# Bounds every hostile input must stay under (the hardening issue's targets)
WALL_BOUND_S = 5.0
MEMORY_BOUND_MB = 400


@dataclass(frozen=True)
class Run:
    """How one child process ended."""

    argv: tuple[str, ...]
    status: int
    stdout: str
    stderr: str
    wall: float
    peak_mb: float
    timed_out: bool

    def expect(self, status: int = 0, *, wall: float = WALL_BOUND_S,
               memory_mb: float = MEMORY_BOUND_MB) -> Run:
        """Assert the exit status, a clean stderr and the time and memory bounds."""
        what = " ".join(self.argv[3:])
        assert not self.timed_out, f"{what}: still running after {self.wall:.1f} s"
        assert "Traceback" not in self.stderr, f"{what}: traceback\n{self.stderr[-3000:]}"
        assert self.status == status, (
            f"{what}: exit status {self.status}, wanted {status}\n{self.stderr[-2000:]}")
        if status != 0:
            assert self.one_line_message(), f"{what}: not a one-line message:\n{self.stderr}"
        assert self.wall < wall, f"{what}: {self.wall:.2f} s (bound {wall} s)"
        assert self.peak_mb < memory_mb, f"{what}: {self.peak_mb:.0f} MB (bound {memory_mb})"
        return self

    def one_line_message(self) -> bool:
        """True when stderr holds exactly one non-blank line."""
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        return len(lines) == 1


def _limit_child(memory_mb: int) -> Callable[[], None]:
    def limit() -> None:
        cap = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        os.setsid()  # own process group, so a timeout can stop everything it started

    return limit


def run_limited(argv: list[str], *, stdin: bytes | BinaryIO | None = None,
                timeout: float = WALL_TIMEOUT_S, memory_mb: int = ADDRESS_SPACE_MB,
                cwd: Path | None = None) -> Run:
    """Run ``argv`` with a wall timeout and an address-space cap; return how it ended.

    ``stdin`` is bytes to feed, or an open binary file or pipe (``yes``'s stdout,
    ``/dev/zero``) the child reads from directly.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(REPO), env.get("PYTHONPATH"))))
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.TemporaryFile() as feed, tempfile.TemporaryDirectory() as scratch:
        peak_file = Path(scratch) / "peak"
        env["COACHKIT_PEAK_FILE"] = str(peak_file)
        source = stdin
        if stdin is None or isinstance(stdin, bytes):
            feed.write(stdin or b"")
            feed.seek(0)
            source = feed
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=source, stdout=out, stderr=err, cwd=cwd, env=env,
                                preexec_fn=_limit_child(memory_mb))
        status, usage, timed_out = _wait(proc, start + timeout)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
        # the child's own figure when it could write one; else ru_maxrss (kB on Linux),
        # which also counts the parent's memory at the fork
        own = peak_file.read_text().strip() if peak_file.exists() else ""
        peak_kb = int(own) if own.isdigit() else usage.ru_maxrss
    return Run(tuple(argv), status, stdout, stderr, wall, peak_kb / 1024, timed_out)


def _wait(proc: subprocess.Popen[bytes], deadline: float) -> tuple[int, resource.struct_rusage,
                                                                    bool]:
    """Wait for the child alone (wait4), killing its group at the deadline."""
    timed_out = False
    delay = 0.005
    while True:
        pid, wait_status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == proc.pid:
            proc.returncode = os.waitstatus_to_exitcode(wait_status)
            return proc.returncode, usage, timed_out
        if not timed_out and time.perf_counter() > deadline:
            timed_out = True
            os.killpg(proc.pid, signal.SIGKILL)
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


# Runs ``python -m coachkit ARGS`` and, at exit, writes the process's own peak resident
# memory (VmHWM, counted for its own address space since exec) to $COACHKIT_PEAK_FILE.
# ru_maxrss is no good for this: Linux carries the forking parent's peak (the whole pytest
# process) across exec into the child's figure.
_LAUNCHER = """
import atexit, os, runpy, sys
def _peak():
    with open("/proc/self/status") as status:
        kb = next(line.split()[1] for line in status if line.startswith("VmHWM"))
    with open(os.environ["COACHKIT_PEAK_FILE"], "w") as out:
        out.write(kb)
atexit.register(_peak)
sys.argv = ["coachkit", *sys.argv[1:]]
runpy.run_module("coachkit", run_name="__main__", alter_sys=True)
"""


def coachkit_argv(*args: str) -> list[str]:
    """The command line that runs ``coachkit ARGS`` with this interpreter."""
    return [sys.executable, "-c", _LAUNCHER, *args]


@pytest.fixture
def run_coachkit() -> Callable[..., Run]:
    """Run ``coachkit ARGS`` in a capped child process: ``run_coachkit("score", path)``."""

    def run(*args: str | Path, stdin: bytes | BinaryIO | None = None,
            timeout: float = WALL_TIMEOUT_S, memory_mb: int = ADDRESS_SPACE_MB) -> Run:
        return run_limited(coachkit_argv(*map(str, args)), stdin=stdin, timeout=timeout,
                           memory_mb=memory_mb)

    return run
