"""The one figure-to-PNG helper: bytes and data URI, lazy matplotlib, the figure's dpi."""

from __future__ import annotations

import base64
import subprocess
import sys

from coachkit.figures import png_bytes, png_data_uri


def _figure(dpi: int = 80):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(2, 1), dpi=dpi)
    fig.subplots().plot([0, 1], [1, 0])
    return fig


def _size(png: bytes) -> tuple[int, int]:
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def test_png_bytes_is_a_png_at_the_figures_dpi_unless_told():
    assert png_bytes(_figure()).startswith(b"\x89PNG")
    assert _size(png_bytes(_figure(dpi=80))) == (160, 80)
    assert _size(png_bytes(_figure(dpi=80), dpi=96)) == (192, 96)


def test_png_data_uri_holds_the_same_bytes():
    uri = png_data_uri(_figure(), dpi=96)
    assert uri.startswith("data:image/png;base64,")
    assert base64.b64decode(uri.split(",", 1)[1]) == png_bytes(_figure(), dpi=96)


def test_importing_the_helper_does_not_import_matplotlib():
    code = "import sys, coachkit.figures; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"
