"""Write how a log was read (its columns, stages and status readings) as a mapping file.

The file has the sections ``load_mapping`` reads, so a user edits a reading and
passes the file back with ``--mapping`` (or ``mapping=``): the round trip gives the
same readings, changed only where the user changed them.
"""

from __future__ import annotations

import json

from coachkit.outcomes.model import Applications
from coachkit.outcomes.statuses import READINGS

__all__ = ["mapping_yaml"]


def _quoted(text: str) -> str:
    # a JSON string is a YAML double-quoted scalar: any word or header stays one key
    return json.dumps(str(text), ensure_ascii=False)


def mapping_yaml(apps: Applications) -> str:
    """The mapping file text for ``apps``: column placements, stages, status readings."""
    lines = [f"# How {apps.source} was read. Change a reading after its word, then run",
             f"#   coachkit report {apps.source} --mapping THIS_FILE",
             f"# Readings: {', '.join(READINGS)} (unknown counts as pending).", "",
             "columns:"]
    lines += [f"  {name}: [{_quoted(header)}]" for name, header in apps.columns.items()]
    if apps.stage_columns:
        lines += ["", "stages:"]
        lines += [f"  {_quoted(stage.rsplit(' (', 1)[0])}: [{_quoted(header)}]"
                  for stage, header in apps.stage_columns.items()]
    if apps.status_readings:
        lines += ["", "statuses:"]
        for r in apps.status_readings:
            rows = f"{r.count} row{'s' if r.count != 1 else ''}"
            lines.append(f"  {_quoted(r.word)}: {r.reading}  # {rows}; {r.how}")
    return "\n".join(lines) + "\n"
