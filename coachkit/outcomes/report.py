"""``coachkit report``: one standalone HTML file with every chart and sentence.

Charts are embedded as PNG data URIs and every piece of text from the user's
file is escaped, so the page needs no network and runs nothing. The output
never overwrites an existing file (unless ``force``) and never the input.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from coachkit.errors import ApplicationsError
from coachkit.figures import png_data_uri
from coachkit.files import write_file
from coachkit.outcomes.analysis import Analysis, analyse
from coachkit.outcomes.load import as_timestamp
from coachkit.outcomes.mapping import load_mapping
from coachkit.outcomes.model import MAX_LISTED, Applications, Section
from coachkit.outcomes.reading import read_table
from coachkit.outcomes.validate import validate

__all__ = ["MAX_WAITING", "PROGRESS_MIN_BYTES", "USED_EXTRA", "render_report", "write_report"]

PROGRESS_MIN_BYTES = 1024 * 1024  # show a progress bar from 1 MB (on a terminal)
# extra columns the outcome log's export adds, which the closing sections read
USED_EXTRA = ("application_id", "follow_up_verdict", "check_ins")
MAX_WAITING = 40  # applications listed as waiting longer than usual; the rest are counted
_CSS = ("body{font-family:system-ui,sans-serif;max-width:920px;margin:2em auto;color:#222}"
        "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}.ck-sentence{margin:.3em 0 1em}"
        "img{max-width:100%}table{border-collapse:collapse;font-size:.85em}"
        "td,th{border:1px solid #ddd;padding:2px 6px}.ck-warn{color:#8a5300}")


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _table_html(table: pd.DataFrame) -> str:
    cols = ["group", "applications", "responded", "silent", "waiting", "decided"]
    rows = "".join(
        "<tr>" + "".join(f"<td>{_esc(r[c])}</td>" for c in cols)
        + f"<td>{_esc(_pct(r['rate']))}</td><td>{_esc(_pct(r['ci_low']))}–"
          f"{_esc(_pct(r['ci_high']))}</td></tr>"
        for _, r in table.iterrows())
    head = "".join(f"<th>{c}</th>" for c in [*cols, "rate", "95% interval"])
    return f"<table><tr>{head}</tr>{rows}</table>"


def _pct(x: float) -> str:
    return "n/a" if pd.isna(x) else f"{100 * x:.0f}%"


def _section_html(section: Section) -> str:
    """A chart with its sentence and table; a chart with nothing to show is its sentence."""
    head = f"<section id={_esc(section.key)}><h2>{_esc(section.title)}</h2>"
    if section.empty:
        return f"{head}<p class=ck-sentence>{_esc(section.sentence)}</p></section>"
    fig = section.draw()
    table = (_table_html(section.table) if section.key == "delay"
             or section.key.startswith("rates_") else "")
    return (f"{head}<img alt=\"{_esc(section.title)}\" src=\"{png_data_uri(fig, dpi=96)}\">"
            f"<p class=ck-sentence>{_esc(section.sentence)}</p>{table}</section>")


def _what_works_html(apps: Applications, analysis: Analysis, cohort: bool) -> str:
    """The writing-to-outcome panel with its sentences, or the sentence saying it is too early."""
    from coachkit.outcomes.writing import plot_what_works, what_works

    title = "What works in this cohort" if cohort else "What works for me"
    panel = what_works(apps, as_of=analysis.as_of, silence_days=analysis.silence_days)
    head = f"<section id=what_works><h2>{title}</h2>"
    if panel.too_early:
        return f"{head}<p class=ck-sentence>{_esc(panel.too_early)}</p></section>"
    uri = png_data_uri(plot_what_works(panel), dpi=96)
    text = "".join(f"<p class=ck-sentence>{_esc(s)}</p>" for s in panel.sentences)
    return f"{head}<img alt=\"{title}\" src=\"{uri}\">{text}</section>"


def _waiting_html(apps: Applications, as_of: pd.Timestamp) -> str:
    """The applications waiting longer than usual, each with its check-in day."""
    from coachkit.outcomes.waiting import describe_usual, usual_wait, waiting_longer

    rows = waiting_longer(apps, as_of=as_of)
    usual = describe_usual(usual_wait(apps, as_of))
    head = "<section id=waiting><h2>Waiting longer than usual</h2>"
    if not rows:
        return (f"{head}<p class=ck-sentence>No application is waiting longer than usual: "
                f"{_esc(usual)}.</p></section>")
    many = len(rows) != 1
    lead = (f"{len(rows)} application{'s have' if many else ' has'} had no answer for longer "
            f"than usual ({_esc(usual)}); each has the first polite day to check in.")
    cells = "".join(
        f"<tr><td>{_esc(w.company)}</td><td>{_esc(w.role)}</td>"
        f"<td>{w.waiting_since:%Y-%m-%d}</td><td>{w.days}</td><td>{w.check_in_on:%Y-%m-%d}"
        f"</td></tr>" for w in rows[:MAX_WAITING])
    more = (f"<p>… and {len(rows) - MAX_WAITING} more</p>" if len(rows) > MAX_WAITING else "")
    return (f"{head}<p class=ck-sentence>{lead}</p><table><tr><th>company</th><th>role</th>"
            f"<th>waiting since</th><th>days</th><th>check in on</th></tr>{cells}</table>"
            f"{more}</section>")


def render_report(apps: Applications, analysis: Analysis,
                  step: Callable[[str], None] = lambda _: None) -> str:
    """The whole HTML page as a string."""
    parts = [f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
             f"<title>Application outcomes: {_esc(apps.source)}</title><style>{_CSS}</style>"
             f"</head><body><h1>Application outcomes</h1>"
             f"<p>{_esc(apps.source)}: {analysis.n} applications, as of "
             f"{analysis.as_of:%Y-%m-%d}.</p><p class=ck-sentence>{_esc(analysis.headline)}</p>"]
    if analysis.silence_note:
        parts.append(f"<p class=ck-assumption>{_esc(analysis.silence_note)} Change it with "
                     f"<code>coachkit report --silence-days N</code>.</p>")
    left_out = getattr(apps, "left_out", ())
    if left_out:
        items = "".join(f"<li>{_esc(p)}</li>" for p in left_out[:100])
        more = f"<p>… and {len(left_out) - 100} more</p>" if len(left_out) > 100 else ""
        parts.append(f"<details class=ck-left-out open><summary>{len(left_out)} rows or cells "
                     f"left out</summary><ul>{items}</ul>{more}</details>")
    if apps.warnings:
        items = "".join(f"<li>{_esc(p)}</li>" for p in apps.warnings[:100])
        more = len(apps.warnings) - 100
        tail = f"<p>… and {more} more</p>" if more > 0 else ""
        parts.append(f"<details class=ck-warn><summary>{len(apps.warnings)} warnings about the "
                     f"file</summary><ul>{items}</ul>{tail}</details>")
    if apps.extra_columns:
        parts.append(f"<p>Kept as extra columns: {_esc(', '.join(apps.extra_columns))}.</p>")
    for section in analysis.sections:
        parts.append(_section_html(section))
        step(section.key)
    cohort = "participant" in apps.frame.columns
    parts.append(_what_works_html(apps, analysis, cohort))
    if not cohort:  # the usual wait is a person's own: a cohort has no single one
        parts.append(_waiting_html(apps, analysis.as_of))
    parts.append("<p><small>Response rate = answered / (answered + no answer); applications "
                 "still waiting are shown apart, and those waiting longer than the silence "
                 "assumption count as no answer. Intervals are 95% Wilson intervals; the wait "
                 "is a Kaplan–Meier estimate with unanswered applications censored at the "
                 "as-of date.</small></p></body></html>")
    return "".join(parts)


def _check_output(source: object, output: Path, force: bool) -> None:
    """Refuse to write over the input, a folder, an existing file (unless forced) or not HTML."""
    if output.exists() or output.is_symlink():
        if isinstance(source, Path) and source.exists() and output.resolve() == source.resolve():
            raise ApplicationsError(f"{output}: is the input file; choose another output name")
        if output.is_dir():
            raise ApplicationsError(f"{output}: is a folder; give a file name such as "
                                    "report.html")
        if not force:
            raise ApplicationsError(f"{output}: already exists; pass --force to overwrite it")
    if output.suffix.lower() not in (".html", ".htm"):
        raise ApplicationsError(f"{output}: the report is HTML; name it something.html")


def _tell(apps: Applications, warn: Callable[[str], None] | None) -> None:
    """Pass the extra columns and each warning about the log to ``warn``."""
    if warn is None:
        return
    unused = [c for c in apps.extra_columns if c not in USED_EXTRA]
    if unused:
        warn("kept as extra columns (not used by the figures): " + ", ".join(unused))
    for problem in apps.warnings[:MAX_LISTED]:
        warn(str(problem))
    if len(apps.warnings) > MAX_LISTED:
        warn(f"… and {len(apps.warnings) - MAX_LISTED} more warnings")


def write_report(source: str | Path | Applications, output: str | Path = "report.html", *,
                 mapping: str | Path | None = None, as_of: object = None,
                 force: bool = False, progress: bool | None = None,
                 warn: Callable[[str], None] | None = None,
                 silence_days: int | None = None) -> Path:
    """Load ``source`` (a log file, or Applications already loaded), analyse it and write
    the HTML report; return the output path.

    ``warn`` receives each warning about the file (as text); ``silence_days`` is the
    number of days of silence after which an application counts as no answer (None:
    derived from the log, see ``analyse``).
    """
    loaded = source if isinstance(source, Applications) else None
    source, output = (source if loaded else Path(source)), Path(output)
    _check_output(source, output, force)
    stamp = as_timestamp(as_of)
    size = source.stat().st_size if isinstance(source, Path) and source.is_file() else 0
    if progress is None:
        progress = size >= PROGRESS_MIN_BYTES and sys.stderr.isatty()
    from tqdm import tqdm

    bar = tqdm(total=9, desc="report", unit="step", disable=not progress, file=sys.stderr)
    try:
        if loaded is None:
            bar.set_postfix_str("reading")
            raw = read_table(source)
            bar.update()
            bar.set_postfix_str("validating")
            loaded = validate(raw, load_mapping(*(() if mapping is None else (mapping,))),
                              stamp)
            bar.update()
        _tell(loaded, warn)
        analysis = analyse(loaded, stamp, silence_days=silence_days)
        bar.reset(total=2 + len(analysis.sections))
        bar.update(2)

        def step(name: str) -> None:
            bar.set_postfix_str(name)
            bar.update()

        page = render_report(loaded, analysis, step)
    finally:
        bar.close()
    write_file(output, page.encode("utf-8"), force=force, error=ApplicationsError,
               what="report")
    return output
