"""The outcomes package's public surface, its cheap import, and its notebook."""

from __future__ import annotations

import subprocess
import sys

from test_notebooks import executed, needs_kernel, outputs

import coachkit.outcomes as outcomes


def test_public_names():
    assert sorted(outcomes.__all__) == sorted([
        "COLUMNS", "MAX_BYTES", "OUTCOMES", "Applications", "ApplicationsError", "Mapping",
        "Problem", "as_timestamp", "load_applications", "load_mapping", "table_schema"])
    for name in outcomes.__all__:
        assert hasattr(outcomes, name)
    from coachkit.errors import ApplicationsError, InputError

    assert issubclass(ApplicationsError, InputError)


def test_import_coachkit_does_not_import_outcomes():
    code = ("import sys, coachkit, coachkit.widgets; "
            "print([m for m in sys.modules if m.startswith('coachkit.outcomes') "
            "or m in ('statsmodels', 'openpyxl', 'tqdm')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


@needs_kernel
def test_outcomes_notebook_shows_the_dashboard_and_the_table():
    outs = outputs(executed("03_my_outcomes.ipynb"))
    widget_views = [o for o in outs if "application/vnd.jupyter.widget-view+json"
                    in o.get("data", {})]
    assert widget_views, "the dashboard did not display"
    text = "".join(o.get("text", "") for o in outs)
    assert "41% of the 46 decided applications got an answer" in text
    html = "".join(o.get("data", {}).get("text/html", "") for o in outs)
    assert "ci_high" in html and "&lt;24 h" in html
