"""After the workshop: the cohort CSV, a summary page for the room, one feedback page each.

Every page is standalone HTML (charts are PNG data URIs) with everything written
by a participant escaped. The summary shows only the room as a whole: no codes,
no drafts, and example wordings masked like the projector view. Nothing that
already exists is replaced unless ``force`` is given.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from coachkit.errors import WorkshopError
from coachkit.figures import png_data_uri
from coachkit.files import write_file
from coachkit.labels import CATEGORIES, category_label
from coachkit.render import highlight, render_findings
from coachkit.workshop.cohort import Cohort, Entry
from coachkit.workshop.feedback import top_changes

__all__ = ["cohort_summary_html", "feedback_html", "write_cohort_csv", "write_reports"]

_CSS = ("body{font-family:system-ui,sans-serif;max-width:880px;margin:2em auto;color:#222;"
        "padding:0 1em}h1{font-size:1.45em}h2{font-size:1.15em;margin-top:1.6em}"
        "img{max-width:100%}table{border-collapse:collapse;font-size:.9em}"
        "td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}"
        "th{background:#f5f5f5}.ck-muted{color:#555}.ck-up{color:#188038}.ck-down{color:#d93025}"
        ".ck-draft{border:1px solid #ddd;padding:12px;background:#fff}")


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>{body}"
            "</body></html>\n")


def _png(fig: object) -> str:
    return f'<img alt="chart" src="{png_data_uri(fig, dpi=96)}">'


def _score(value: float | None) -> str:
    return "n/a" if value is None else f"{value:g}"


def cohort_summary_html(cohort: Cohort) -> str:
    """The room as a whole: how many took part, score spreads and the teaching moments."""
    from coachkit.workshop.plots import plot_categories, plot_overall

    ex = cohort.exercise
    medians = cohort.medians()
    dist = cohort.distribution()
    rows = "".join(
        f"<tr><td>{category_label(r.score)}</td><td>{r.n}</td><td>{_score(r.min)}</td>"
        f"<td>{_score(r.q1)}</td><td><b>{_score(r.median)}</b></td><td>{_score(r.q3)}</td>"
        f"<td>{_score(r.max)}</td></tr>" for r in dist.itertuples())
    moments = cohort.teaching_moments(top=10)
    moment_rows = "".join(
        f"<tr><td><b>{_esc(m.finding)}</b><br><span class='ck-muted'>{_esc(m.why)}</span></td>"
        f"<td>{m.participants} of {cohort.participants} ({m.share:.0%})</td><td>{m.times}</td>"
        f"<td>{_esc(m.example)}</td></tr>" for m in moments.itertuples())
    charts = (_png(plot_overall(cohort)) + _png(plot_categories(cohort))
              if cohort.participants else "<p>No submissions yet.</p>")
    n = len(cohort.problems)
    skipped = (f"<p class='ck-muted'>{n} file{'s' * (n != 1)} in the workshop folder could "
               "not be read and {} skipped; <code>coachkit workshop status</code> lists them "
               "with the reason.</p>".format("were" if n != 1 else "was") if n else "")
    body = (
        f"<h1>Workshop summary: {_esc(ex.title)}</h1>"
        f"<p class='ck-muted'>{_esc(ex.kind.replace('_', ' '))} · {ex.minutes} minutes · "
        f"<span class='ck-count'>{cohort.participants} participants</span> · "
        f"{cohort.submissions} submissions in all</p>{skipped}"
        f"<h2>Scores across the room</h2><p>The middle of the room scored "
        f"<b>{_score(medians['overall'])}</b> overall.</p>{charts}"
        "<table><tr><th>score</th><th>n</th><th>lowest</th><th>lower quarter</th>"
        f"<th>median</th><th>upper quarter</th><th>highest</th></tr>{rows}</table>"
        "<h2>What most of the room can improve</h2>"
        + ("<table class='ck-moments'><tr><th>finding</th><th>participants</th><th>times</th>"
           f"<th>most common wording</th></tr>{moment_rows}</table>" if moment_rows else
           "<p>No findings across the room.</p>"))
    return _page(f"Workshop summary: {ex.title}", body)


def feedback_html(cohort: Cohort, entry: Entry) -> str:
    """One participant's page: their draft with highlights, their scores against the
    room's median, and the three changes that would raise their score most."""
    ex = cohort.exercise
    report = entry.report
    medians = cohort.medians()
    mine = {"overall": report.overall, **report.categories}
    rows = []
    for cat in ("overall", *CATEGORIES):
        value, middle = mine.get(cat), medians.get(cat)
        if value is None:
            continue
        diff = "" if middle is None else (
            f"<span class='ck-up'>+{value - middle:g}</span>" if value > middle else
            f"<span class='ck-down'>{value - middle:g}</span>" if value < middle else "same")
        rows.append(f"<tr><td>{category_label(cat)}</td><td>{_bar(value, middle)}</td>"
                    f"<td><b>{value}</b></td><td>{_score(middle)}</td><td>{diff}</td></tr>")
    changes = top_changes(report, ex.rules())
    items = "".join(
        f"<li><b>{_esc(c.title)}</b> (worth about +{c.gain} points): {_esc(c.advice())}</li>"
        for c in changes if c.gain > 0) or "<li>Nothing left that would change the score."
    body = (
        f"<h1>Your feedback: {_esc(ex.title)}</h1>"
        f"<p class='ck-muted'>Participant code <b>{_esc(entry.participant)}</b> · submission "
        f"{entry.submission.revision} of {entry.revisions} · "
        f"{entry.submission.submitted_at:%d %b %Y %H:%M}</p>"
        "<h2>Three changes that would raise your score most</h2>"
        f"<ol class='ck-changes'>{items}</ol>"
        "<h2>Your scores and the room's</h2>"
        "<table class='ck-versus'><tr><th>score</th><th></th><th>yours</th><th>room median</th>"
        "<th>difference</th></tr>"
        f"{''.join(rows)}</table>"
        f"<h2>Your draft</h2><div class='ck-draft'>{highlight(report.text, report.findings)}"
        f"</div><h2>Every finding</h2>{render_findings(report.findings)}")
    return _page(f"Feedback for {entry.participant}: {ex.title}", body)


def _bar(value: int, middle: float | None) -> str:
    """A bar for the participant's score with a red tick at the room's median."""
    tick = ("" if middle is None else
            f'<div title="room median" style="position:absolute;left:{middle}%;top:-3px;'
            'width:3px;height:16px;background:#d93025"></div>')
    return ('<div style="position:relative;width:200px;height:10px;background:#eee;'
            f'border-radius:4px"><div style="width:{value}%;height:10px;background:#1a73e8;'
            f'border-radius:4px"></div>{tick}</div>')


def write_cohort_csv(cohort: Cohort, output: str | Path, *, force: bool = False) -> Path:
    """One row per participant (their newest submission): scores, words, findings."""
    output = Path(output)
    data = cohort.table().to_csv(index=False, lineterminator="\n")
    write_file(output, data.encode("utf-8"), force=force, error=WorkshopError)
    return output


def write_reports(cohort: Cohort, outdir: str | Path, *, force: bool = False,
                  step: Callable[[str], None] | None = None) -> list[Path]:
    """Write cohort.csv, summary.html and feedback/<code>.html into ``outdir``.
    Nothing is written if any of them exists already (unless ``force``)."""
    outdir = Path(outdir)
    targets = [outdir / "cohort.csv", outdir / "summary.html",
               *(outdir / "feedback" / f"{e.participant}.html" for e in cohort.entries)]
    if outdir.exists() and not outdir.is_dir():
        raise WorkshopError(f"{outdir}: is a file; give a folder for the reports")
    existing = [p for p in targets if p.exists()]
    if existing and not force:
        listed = ", ".join(str(p) for p in existing[:3])
        more = f" and {len(existing) - 3} more" if len(existing) > 3 else ""
        raise WorkshopError(f"{listed}{more} already exist; choose another folder or pass "
                            "--force to replace them")
    try:
        (outdir / "feedback").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkshopError(f"{outdir}: cannot make the folder ({exc.strerror or exc})") from None
    written = [write_cohort_csv(cohort, targets[0], force=force)]
    write_file(targets[1], cohort_summary_html(cohort).encode("utf-8"), force=force,
               error=WorkshopError)
    written.append(targets[1])
    if step:
        step("summary")
    for entry, target in zip(cohort.entries, targets[2:], strict=True):
        write_file(target, feedback_html(cohort, entry).encode("utf-8"), force=force,
                   error=WorkshopError)
        written.append(target)
        if step:
            step(entry.participant)
    return written

