"""A coach's cohort: many participants' logs (anonymous exports or not) read as one.

Each source is read with ``load_applications`` as a file of its own; the frames are
stacked with a ``participant`` column (the file's stem, else "participant N"), and every
row or cell left out and every problem names the source it came from. A source that
cannot be read at all is listed among the problems; only when none can be read is the
cohort refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

import pandas as pd

from coachkit.errors import ApplicationsError
from coachkit.outcomes.load import load_applications
from coachkit.outcomes.model import Applications, Problem, StatusReading

__all__ = ["combine_logs"]


def _named(sources: Iterable[object] | Mapping[str, object]) -> list[tuple[str, object]]:
    """(participant, source) pairs: a mapping's keys, a file's stem, else "participant N"."""
    items = list(sources.items()) if isinstance(sources, Mapping) else [
        (Path(s).stem if isinstance(s, str | Path) else "", s) for s in sources]
    named, seen = [], set()
    for i, (name, source) in enumerate(items, start=1):
        name = str(name).strip() or f"participant {i}"
        unique, k = name, 2
        while unique in seen:  # two files called export.csv in different folders
            unique, k = f"{name} ({k})", k + 1
        seen.add(unique)
        named.append((unique, source))
    return named


def _tagged(problems: Iterable[Problem], name: str) -> tuple[Problem, ...]:
    return tuple(replace(p, message=f"{name}: {p.message}") for p in problems)


def _readings(parts: list[Applications]) -> tuple[StatusReading, ...]:
    """Each status word's reading across the logs, counts added up."""
    counts: dict[tuple[str, str, str], int] = {}
    for apps in parts:
        for r in apps.status_readings:
            counts[(r.word, r.reading, r.how)] = counts.get((r.word, r.reading, r.how), 0) \
                + r.count
    return tuple(StatusReading(w, c, reading, how) for (w, reading, how), c in counts.items())


def combine_logs(sources: Iterable[object] | Mapping[str, object], *,
                 mapping: object = None, as_of: object = None) -> Applications:
    """Read many logs (paths, bytes or DataFrames) into one with a ``participant`` column.

    A mapping {participant: source} names the participants. Raises ApplicationsError,
    with each source's reason, when none can be read.
    """
    named = _named(sources)
    parts: list[tuple[str, Applications]] = []
    failed: list[Problem] = []
    for name, source in named:
        try:
            apps = load_applications(source, mapping=mapping, as_of=as_of, name=name)
        except (ApplicationsError, OSError) as exc:
            failed.append(Problem("warning", "unreadable_log",
                                  f"{name}: left out, could not be read ({exc})"))
            continue
        parts.append((name, apps))
    if not parts:
        reasons = "; ".join(p.message for p in failed) or "no logs were given"
        raise ApplicationsError(f"none of the logs could be read: {reasons}")
    frames = []
    for name, apps in parts:
        frame = apps.frame.copy()
        frame.insert(0, "participant", name)
        frames.append(frame)
    frame = pd.concat(frames, ignore_index=True)
    extra = tuple(dict.fromkeys(c for _, a in parts for c in a.extra_columns))
    stages = {k: v for _, a in parts for k, v in a.stage_columns.items()}
    return Applications(
        frame=frame,
        source=f"cohort of {len(parts)} participant{'s' if len(parts) != 1 else ''}",
        problems=(*failed, *(p for name, a in parts for p in _tagged(a.problems, name))),
        extra_columns=extra,
        left_out=tuple(p for name, a in parts for p in _tagged(a.left_out, name)),
        rows_read=sum(a.rows_read for _, a in parts),
        status_readings=_readings([a for _, a in parts]),
        stage_columns=stages)
