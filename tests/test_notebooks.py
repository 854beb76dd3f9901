"""The notebooks under notebooks/: each runs headless without errors and is committed clean."""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from coachkit import Draft, score
from coachkit.render import render_report

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS_DIR = REPO / "notebooks"
NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
SCORE_NOTEBOOK = "02_score_a_draft.ipynb"
WORKSHOP_NOTEBOOK = "04_workshop_facilitator.ipynb"
CELL_TIMEOUT_S = 120

needs_kernel = pytest.mark.skipif(
    importlib.util.find_spec("ipykernel") is None
    or importlib.util.find_spec("nbclient") is None,
    reason="ipykernel/nbclient not installed, so notebooks cannot be executed "
           "(install the test extras: pip install -e '.[test]')",
)
each_notebook = pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)


@functools.cache
def executed(name: str) -> Any:
    """Run a notebook in a fresh python3 kernel (cwd notebooks/); cached per session."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
    # The kernel must import this checkout's coachkit, installed or not.
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("COACHKIT_WORKSHOP", None)  # workshop folders go under the tests' COACHKIT_HOME
    client = NotebookClient(
        nb, kernel_name="python3", timeout=CELL_TIMEOUT_S,
        resources={"metadata": {"path": str(NOTEBOOKS_DIR)}},
    )
    try:
        client.execute(env=env)
    except CellExecutionError as exc:
        pytest.fail(f"{name}: a cell raised:\n{exc}")
    return nb


def outputs(nb: Any) -> list[dict[str, Any]]:
    """Every output of every code cell."""
    return [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]


@needs_kernel
@each_notebook
def test_notebook_runs_without_errors(path: Path) -> None:
    outs = outputs(executed(path.name))
    errors = [f"{o['ename']}: {o['evalue']}" for o in outs if o.get("output_type") == "error"]
    assert not errors, f"{path.name}: cells raised {errors}"
    streams = "".join(o.get("text", "") for o in outs if o.get("output_type") == "stream")
    assert "Traceback (most recent call last)" not in streams, f"{path.name} printed a traceback"


@needs_kernel
def test_score_notebook_shows_the_report() -> None:
    outs = outputs(executed(SCORE_NOTEBOOK))
    html = "".join(o.get("data", {}).get("text/html", "") for o in outs)
    assert 'class="ck-overall"' in html


@needs_kernel
def test_workshop_notebook_shows_a_board_with_participants() -> None:
    nb = executed(WORKSHOP_NOTEBOOK)
    models = nb.metadata.get("widgets", {}).get(
        "application/vnd.jupyter.widget-state+json", {}).get("state", {})
    shown = {o["data"]["application/vnd.jupyter.widget-view+json"]["model_id"]
             for o in outputs(nb) if "application/vnd.jupyter.widget-view+json" in
             o.get("data", {})}
    boards = [m for m in shown if "ck-board" in models.get(m, {}).get("state", {})
              .get("_dom_classes", ())]
    assert boards, f"{WORKSHOP_NOTEBOOK} displays no CohortBoard"
    counts = [m["state"].get("value", "") for m in models.values()
              if "ck-board-count" in m["state"].get("_dom_classes", ())]
    assert counts and re.search(r"\b([1-9]\d*) participants have submitted", counts[-1]), counts


def test_render_report_escapes_markup_in_the_draft() -> None:
    text = ("Dear Dana,\n\nThank you for your time. <script>alert(1)</script> "
            "I look forward to hearing from you.\n\nBest,\nAlex")
    html = render_report(score(Draft.from_text(text)))
    assert "&lt;script&gt;" in html
    assert "<script" not in html.lower()


@each_notebook
def test_notebook_is_committed_without_outputs(path: Path) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    dirty = [
        i for i, cell in enumerate(nb["cells"])
        if cell.get("cell_type") == "code"
        and (cell.get("outputs") or cell.get("execution_count") is not None)
    ]
    assert not dirty, (
        f"{path.name}: cells {dirty} have outputs or execution counts; "
        "clear them before committing (Edit > Clear Outputs of All Cells)"
    )


@each_notebook
def test_notebook_has_the_python3_kernelspec(path: Path) -> None:
    # Without a kernelspec, JupyterLab asks the user to pick a kernel on opening.
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb.get("metadata", {}).get("kernelspec", {}).get("name") == "python3"


def test_workshop_notebook_summary_cell_on_a_room_nobody_has_submitted_to(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from coachkit.workshop import WorkshopFolder, load_exercise

    nb = json.loads((NOTEBOOKS_DIR / "04_workshop_facilitator.ipynb").read_text("utf-8"))
    [cell] = [c for c in nb["cells"] if c["cell_type"] == "code"
              and "Cohort.from_folder(folder)" in "".join(c["source"])]
    exercise = load_exercise(REPO / "data" / "exercises" / "thank_you_panel.yml")
    folder = WorkshopFolder.create(tmp_path / "room", exercise)
    exec("".join(cell["source"]), {"folder": folder})
    assert "No submissions yet" in capsys.readouterr().out
