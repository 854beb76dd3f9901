"""The result types: one home, their old import paths, and the problems a failed load carries."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import coachkit.outcomes as outcomes
from coachkit.errors import ApplicationsError
from coachkit.outcomes import model
from coachkit.problem import Problem

PACKAGE = Path(outcomes.__file__).parent


def test_result_types_stay_importable_from_their_old_modules():
    from coachkit.outcomes.analysis import Analysis, Section
    from coachkit.outcomes.stats import ResponseTiming
    from coachkit.outcomes.validate import Applications
    from coachkit.outcomes.validate import Problem as OldProblem

    assert (Applications, OldProblem, ResponseTiming, Section, Analysis) == (
        model.Applications, Problem, model.ResponseTiming, model.Section, model.Analysis)
    assert outcomes.Problem is Problem and outcomes.Applications is model.Applications


def test_a_failed_load_keeps_its_problems_as_objects(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("Company,Date Applied,Status\nA,not a date,pending\n,2026-10-02,someday\n",
                    encoding="utf-8")
    with pytest.raises(ApplicationsError) as info:
        outcomes.load_applications(path, as_of="2026-11-30", errors="raise")
    problems = info.value.problems
    assert all(isinstance(p, Problem) and p.severity == "error" for p in problems)
    assert [(p.code, p.row, p.column) for p in problems] == [
        ("required", 3, "Company"), ("bad_date", 2, "Date Applied"),
        ("unknown_outcome", 3, "Status")]
    assert all(f"  {p}" in str(info.value) for p in problems)


def test_an_unreadable_file_is_one_problem_without_a_row(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")
    with pytest.raises(ApplicationsError) as info:
        outcomes.load_applications(path)
    (problem,) = info.value.problems
    assert problem.row is None and str(info.value) == f"empty.csv: {problem}"


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):  # also inside functions
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return found


def test_render_and_the_base_layer_import_nothing_from_the_package():
    assert not {m for m in _imports(PACKAGE / "render.py") if m.startswith("coachkit")}
    base = PACKAGE.parent
    for name in ("errors.py", "problem.py", "figures.py"):
        assert not {m for m in _imports(base / name) if m.startswith("coachkit.outcomes")}
