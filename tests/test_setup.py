"""The project set-up: light import, offline scoring, environment files in step."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).parents[1]


def test_import_is_light():
    code = ("import sys, time; t = time.perf_counter(); import coachkit; "
            "dt = time.perf_counter() - t; "
            "heavy = [m for m in ('pandas', 'matplotlib', 'ipywidgets', 'textstat', "
            "'spellchecker', 'yaml') if m in sys.modules]; print(dt, heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split(maxsplit=1)
    assert out[1].strip() == "[]", out


OFFLINE = """
import socket
def refuse(*args, **kwargs):
    raise OSError("network access attempted")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from coachkit import Draft, score
r = score(Draft.from_text("Dear Dana,\\n\\nThank you for the interveiw on Tuesday. It was a "
                          "pleasure to discuss the forecasting model.\\n\\nBest,\\nJo"))
assert r.stats.reading_grade > 0, r.stats
assert any(f.text == "interveiw" for f in r.findings)
print("ok", r.overall)
"""


def test_scoring_works_with_the_network_blocked(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "none")}
    proc = subprocess.run([sys.executable, "-c", OFFLINE], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok")


def _name(req: str) -> str:
    return re.split(r"[<>=!\[ ]", req.strip(), maxsplit=1)[0].lower()


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {_name(r) for r in project["dependencies"]}
    wanted |= {_name(r) for r in project["optional-dependencies"]["test"]}
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = {_name(d) for d in env["dependencies"] if isinstance(d, str)} - {"python", "pip"}
    assert wanted == conda


def test_ci_runs_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
