"""The command line for application logs: ``coachkit report`` and ``coachkit mapping``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coachkit.errors import ApplicationsError, CoachkitError

if TYPE_CHECKING:
    from coachkit.outcomes import Applications

__all__ = ["EMPTY_STORE", "add_parsers", "run_mapping", "run_report"]


def add_parsers(sub: argparse._SubParsersAction, parser_class: type) -> None:
    """Add the ``report`` and ``mapping`` subcommands."""
    rep = sub.add_parser("report", help="write an HTML report of an application log",
                         description="Charts and plain-language figures of an application "
                                     "log (CSV or XLSX) in one standalone HTML file. Without "
                                     "a LOG, the report reads your outcome log (the "
                                     "applications you recorded with coachkit); with "
                                     "--cohort, it combines several participants' LOG files. "
                                     "Cells and rows that cannot be read are left out and "
                                     "listed as warnings (row, column, reason); --strict "
                                     "refuses the file instead.")
    rep.add_argument("file", metavar="LOG", nargs="*",
                     help="application log (CSV or XLSX); none: your outcome log")
    rep.add_argument("--cohort", action="store_true",
                     help="the LOG files are participants of a cohort: one report of them all")
    rep.add_argument("--home", help="folder of your outcome log (default: $COACHKIT_HOME)")
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


EMPTY_STORE = ("Your outcome log is empty: add applications with `coachkit log add` or "
               "`coachkit log import FILE`, or pass a LOG file")


def _store_applications(home: str | None, as_of: str | None) -> Applications:
    """The person's own outcome log, as Applications; one clear line when it is empty."""
    from dataclasses import replace

    try:
        from coachkit.applog import ApplicationStore, applications_store_path
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("coachkit.applog"):
            raise
        raise CoachkitError("this installation has no outcome log; pass a LOG file") from None
    path = applications_store_path(home)
    if not path.is_file():
        raise ApplicationsError(EMPTY_STORE)
    with ApplicationStore(path) as store:
        try:
            apps = store.to_applications(as_of=as_of)
        except ApplicationsError:
            if not store.list():
                raise ApplicationsError(EMPTY_STORE) from None
            raise
    if len(apps) == 0:
        raise ApplicationsError(EMPTY_STORE)
    # the store's own columns (ids, drafts, stages) are not a file's columns to point out
    return replace(apps, source="your outcome log", extra_columns=())


def _report_source(args: argparse.Namespace) -> str | Applications:
    """What to report on: one LOG file, a cohort of them, or the person's outcome log."""
    from coachkit.outcomes import load_applications

    files = list(args.file)
    if not files:
        if args.cohort:
            raise CoachkitError("--cohort needs the participants' LOG files")
        if args.mapping or args.strict:
            raise CoachkitError("--mapping and --strict apply to a LOG file; your outcome "
                                "log needs neither")
        return _store_applications(args.home, args.as_of)
    if len(files) > 1 and not args.cohort:
        raise CoachkitError("several LOG files make a cohort report: add --cohort")
    if args.strict:  # refuse the file on any error, as scripts expect
        for file in files:
            load_applications(file, mapping=args.mapping, as_of=args.as_of, errors="raise")
    if args.cohort:
        from coachkit.outcomes.cohort import combine_logs

        return combine_logs(files, mapping=args.mapping, as_of=args.as_of)
    return files[0]


def run_report(args: argparse.Namespace, out: TextIO) -> int:
    """Write the HTML report; print each warning (row, column, reason) to stderr."""
    from coachkit.outcomes.report import write_report

    what = ", ".join(args.file) or "your outcome log"
    try:
        source = _report_source(args)
        path = write_report(source, args.output, mapping=args.mapping, as_of=args.as_of,
                            force=args.force, silence_days=args.silence_days, warn=_warn)
    except CoachkitError:
        raise
    except Exception as exc:  # bad input must never end in a traceback
        raise CoachkitError(f"{what}: could not make the report "
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
