"""The command line for application logs: ``coachkit report`` and ``coachkit mapping``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from coachkit.errors import ApplicationsError, CoachkitError

__all__ = ["add_parsers", "run_mapping", "run_report"]


def add_parsers(sub: argparse._SubParsersAction, parser_class: type) -> None:
    """Add the ``report`` and ``mapping`` subcommands."""
    rep = sub.add_parser("report", help="write an HTML report of an application log",
                         description="Charts and plain-language figures of an application "
                                     "log (CSV or XLSX) in one standalone HTML file. Cells "
                                     "and rows that cannot be read are left out and listed "
                                     "as warnings (row, column, reason); --strict refuses "
                                     "the file instead.")
    rep.add_argument("file", metavar="FILE")
    rep.add_argument("-o", "--output", default="report.html", help="HTML file to write")
    rep.add_argument("--mapping", help="extra column mapping and status readings (YAML)")
    rep.add_argument("--as-of", help="'today' for applications still waiting (ISO date)")
    rep.add_argument("--force", action="store_true", help="overwrite an existing output file")
    rep.add_argument("--strict", action="store_true",
                     help="refuse the file when any cell cannot be read (for scripts)")
    rep.add_argument("--silence-days", type=_positive_int, metavar="N",
                     help="count more than N days without an answer as no answer "
                          "(default: derived from the log's own answer times)")
    mp = sub.add_parser("mapping", help="write how a log's columns and status words are read",
                        description="Write the column placements, stage columns and status "
                                    "readings of an application log as a mapping file to "
                                    "edit and pass back with 'coachkit report --mapping'.")
    mp.add_argument("file", metavar="LOG")
    mp.add_argument("-o", "--output", required=True, help="mapping file to write (.yml)")
    mp.add_argument("--mapping", help="an existing mapping file to start from (YAML)")
    mp.add_argument("--as-of", help="'today' for applications still waiting (ISO date)")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of days, not {text!r}"
                                         ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1 day, not {value}")
    return value


def _warn(message: str) -> None:
    print(f"coachkit: warning: {message}", file=sys.stderr)


def run_report(args: argparse.Namespace, out: TextIO) -> int:
    """Write the HTML report; print each warning (row, column, reason) to stderr."""
    from coachkit.outcomes import load_applications
    from coachkit.outcomes.report import write_report

    try:
        if args.strict:  # refuse the file on any error, as scripts expect
            load_applications(args.file, mapping=args.mapping, as_of=args.as_of,
                              errors="raise")
        path = write_report(args.file, args.output, mapping=args.mapping, as_of=args.as_of,
                            force=args.force, silence_days=args.silence_days, warn=_warn)
    except CoachkitError:
        raise
    except Exception as exc:  # bad input must never end in a traceback
        raise CoachkitError(f"{args.file}: could not make the report "
                            f"({type(exc).__name__}: {exc})") from None
    out.write(f"wrote {path}\n")
    return 0


def run_mapping(args: argparse.Namespace, out: TextIO) -> int:
    """Write the readings of a log as a mapping file; never over an existing file."""
    from coachkit.files import write_file
    from coachkit.outcomes import load_applications
    from coachkit.outcomes.mapfile import mapping_yaml

    output = Path(args.output)
    if output.exists() or output.is_symlink():
        raise ApplicationsError(f"{output}: already exists; choose another name (the mapping "
                                "is never written over a file)")
    apps = load_applications(args.file, mapping=args.mapping, as_of=args.as_of)
    for problem in apps.warnings:
        if problem.code == "unknown_outcome":
            continue  # the file lists every word with its reading
        _warn(str(problem))
    write_file(output, mapping_yaml(apps).encode("utf-8"), force=False,
               error=ApplicationsError, what="mapping")
    unknown = sum(r.count for r in apps.status_readings if r.reading == "unknown")
    out.write(f"wrote {output}: {len(apps.status_readings)} status words"
              + (f" ({unknown} rows unrecognised: choose their reading)" if unknown else "")
              + "\n")
    return 0
