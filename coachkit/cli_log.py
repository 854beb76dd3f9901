"""``coachkit log ...``: the outcome log (the applications store) from a terminal.

Add an application, log what happened, list and show them, import a spreadsheet,
export the documented CSV (for ``coachkit report`` or, ``--anonymous``, for a coach),
and forget one application or everything.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from coachkit.errors import CoachkitError, InputError

__all__ = ["add_parsers", "run_log"]

ACTIONS = ("add", "list", "show", "update", "reply", "import", "export", "forget")
DUPLICATES = ("ask", "keep-both", "keep-existing", "replace")
_EVENTS = ("answer", "interview", "rejected", "offer", "withdrew", "no_response")
_OUTCOMES = ("offer", "rejected", "no_response", "pending", "withdrew")


def _fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--role", help="job title as advertised")
    p.add_argument("--applied", metavar="DATE", help="day the application was sent")
    p.add_argument("--interview", metavar="DATETIME", help="the interview, e.g. "
                                                           "'2026-11-20 14:00'")
    p.add_argument("--interviewer", action="append", metavar="NAME",
                   help="someone you met (repeat for each)")
    p.add_argument("--channel", help="job board, company site, referral, recruiter…")
    p.add_argument("--notes", help="anything")
    p.add_argument("--outcome", choices=_OUTCOMES, help="where it stands (default pending)")


def add_parsers(sub: argparse._SubParsersAction, parser_class: type) -> None:
    """Add the ``log`` command to the main parser."""
    log = sub.add_parser("log", help="your outcome log: add, list, reply, import, export",
                         description="Your applications and what became of them, kept in "
                                     "applications.sqlite3 in $COACHKIT_HOME or your data "
                                     "folder; --home chooses another. Dates are ISO "
                                     "(2026-11-20, 2026-11-20 14:00), 11/20/2026, "
                                     "Nov 20, 2026 or 'today'.")
    log.add_argument("--home", help="folder of the outcome log (default: $COACHKIT_HOME)")
    acts = log.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    add = acts.add_parser("add", help="add an application; prints its id")
    add.add_argument("company")
    _fields(add)
    ls = acts.add_parser("list", help="every application, newest first")
    ls.add_argument("--waiting", action="store_true",
                    help="only those waiting for an answer, longest wait first")
    ls.add_argument("--json", action="store_true", help="everything, as JSON")
    show = acts.add_parser("show", help="one application with its follow-ups and events")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    up = acts.add_parser("update", help="change fields of an application")
    up.add_argument("id")
    up.add_argument("--company")
    _fields(up)
    up.add_argument("--response", metavar="DATETIME", help="when they answered ('' clears)")
    reply = acts.add_parser("reply", help="log what happened: an answer, an interview…")
    reply.add_argument("id")
    reply.add_argument("--on", required=True, metavar="DATE", help="when it happened")
    reply.add_argument("--outcome", required=True, choices=_EVENTS)
    reply.add_argument("--note", default="", help="a word about it")
    imp = acts.add_parser("import", help="merge a log file (CSV or XLSX) into yours")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--mapping", help="extra column mapping and status readings (YAML)")
    imp.add_argument("--duplicates", choices=DUPLICATES, default="ask",
                     help="rows with the company, role and day of an application already "
                          "logged: ask (on a terminal), keep both, keep the existing one or "
                          "replace it")
    exp = acts.add_parser("export", help="write the log as a CSV file (never replaced)")
    exp.add_argument("-o", "--output", required=True, metavar="FILE")
    exp.add_argument("--anonymous", action="store_true",
                     help="no company, person or note text: for a coach")
    fg = acts.add_parser("forget", help="erase one application, or --all of the log")
    fg.add_argument("id", nargs="?")
    fg.add_argument("--all", action="store_true", help="erase the whole log file")
    fg.add_argument("--yes", action="store_true", help="do not ask for confirmation")


# -- values ----------------------------------------------------------------------------


def _when(text: str | None, option: str, *, day: bool = False) -> Any:
    """A date (``day``) or a time from what people type; None when not given."""
    if text is None:
        return None
    value = text.strip()
    if value == "":
        return ""  # clears the field
    if value.lower() in ("today", "now"):
        return date.today() if day else datetime.now().replace(microsecond=0)
    from coachkit.timeparse import parse_datetime

    try:
        moment = parse_datetime(value)
    except ValueError:
        moment = _loader_date(value)
        if moment is None:
            raise InputError(f"{option}: expected a date such as 2026-11-20, 11/20/2026 or "
                             f"Nov 20, 2026 (with a time if you like: 2026-11-20 14:00), "
                             f"got {value!r}") from None
    return moment.date() if day else moment


def _loader_date(value: str) -> datetime | None:
    """``value`` read as the log loader reads a date cell (month first when ambiguous)."""
    import pandas as pd

    from coachkit.outcomes.dates import parse_dates

    parsed = parse_dates(pd.Series([value]), "MDY")[0].iloc[0]
    return None if pd.isna(parsed) else parsed.to_pydatetime()


def _given(args: argparse.Namespace) -> dict[str, Any]:
    """The application fields given as options (only those given)."""
    fields = {
        "company": getattr(args, "company", None), "role": args.role,
        "applied_on": _when(args.applied, "--applied", day=True),
        "interviewed_at": _when(args.interview, "--interview"),
        "interviewers": args.interviewer, "channel": args.channel, "notes": args.notes,
        "outcome": args.outcome,
        "response_at": _when(getattr(args, "response", None), "--response"),
    }
    return {k: (None if v == "" else v) for k, v in fields.items()
            if v is not None}


# -- output ----------------------------------------------------------------------------


def _day(moment: date | datetime | None) -> str:
    return "" if moment is None else f"{moment:%Y-%m-%d}"


def _time(moment: datetime | None) -> str:
    return "" if moment is None else f"{moment:%Y-%m-%d %H:%M}".removesuffix(" 00:00")


def _waiting_days(app: Any, today: date) -> int | None:
    """Days since the last step of a pending application with no answer after it."""
    steps = [datetime.combine(app.applied_on, datetime.min.time())] if app.applied_on else []
    steps += [m for m in (app.interviewed_at, *app.stages.values()) if m is not None]
    if app.outcome != "pending" or not steps:
        return None
    last = max(steps)
    if app.response_at is not None and app.response_at >= last:
        return None
    return max((today - last.date()).days, 0)


def _as_json(app: Any) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        if isinstance(value, date | datetime):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, tuple | list):
            return [plain(v) for v in value]
        if hasattr(value, "__dataclass_fields__"):
            return {k: plain(getattr(value, k)) for k in value.__dataclass_fields__}
        return value

    return plain(app)


def _table(apps: list, out: TextIO, *, waiting: bool) -> None:
    today = date.today()
    rows = [(a, _waiting_days(a, today)) for a in apps]
    if waiting:
        rows = sorted((r for r in rows if r[1] is not None), key=lambda r: -r[1])
    if not rows:
        out.write("No applications waiting for an answer.\n" if waiting else
                  "No applications yet: add one with coachkit log add COMPANY.\n")
        return
    head = ("id", "company", "role", "applied", "follow-ups", "outcome", "days waiting")
    cells = [(a.id, a.company, a.role, _day(a.applied_on), str(len(a.follow_ups)),
              a.outcome, "" if d is None else str(d)) for a, d in rows]
    widths = [min(max(len(r[i]) for r in (head, *cells)), 28) for i in range(len(head))]
    for r in (head, *cells):
        out.write("  ".join(c[:w].ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
                  + "\n")


def _show(app: Any, out: TextIO) -> None:
    lines = [f"{app.company}" + (f" — {app.role}" if app.role else "") + f"  [{app.id}]",
             f"  outcome:      {app.outcome}"]
    for label, value in (("applied", _day(app.applied_on)),
                         ("interview", _time(app.interviewed_at)),
                         ("interviewers", ", ".join(app.interviewers)),
                         ("answered", _time(app.response_at)), ("channel", app.channel),
                         ("notes", app.notes), ("source", app.source)):
        if value:
            lines.append(f"  {label + ':':<13} {value}")
    lines += [f"  stage:        {name} {_time(at)}" for name, at in app.stages.items()]
    if app.follow_ups:
        lines.append("Follow-ups:")
    for f in app.follow_ups:
        extra = [x for x in (f"score {f.score}" if f.score is not None else "", f.verdict or "",
                             f"draft {f.draft_id} v{f.draft_version}" if f.draft_id else "") if x]
        lines.append(f"  {_time(f.sent_at)}  {f.kind}" + (f" ({', '.join(extra)})"
                                                           if extra else ""))
    if app.events:
        lines.append("Events:")
    lines += [f"  {_time(e.on)}  {e.kind}" + (f": {e.note}" if e.note else "")
              for e in app.events]
    out.write("\n".join(lines) + "\n")


# -- the actions -----------------------------------------------------------------------


def _store_path(args: argparse.Namespace) -> Path:
    from coachkit.paths import applications_store_path

    return applications_store_path(args.home)


def run_log(args: argparse.Namespace, out: TextIO, stdin: TextIO | None = None) -> int:
    """Carry out ``coachkit log ACTION``."""
    if args.action is None:
        raise CoachkitError(f"coachkit log: choose an action: {', '.join(ACTIONS)}")
    path = _store_path(args)
    if args.action == "forget" and args.all:
        return _forget_all(path, args, out, stdin or sys.stdin)
    if not path.exists() and args.action in ("list", "show", "update", "reply", "export",
                                             "forget"):
        if args.action == "list":
            out.write("[]\n" if args.json else
                      "No applications yet: add one with coachkit log add COMPANY.\n")
            return 0
        raise InputError(f"{path}: no outcome log here yet; add an application with "
                         "coachkit log add COMPANY")
    if args.action == "export":
        _check_target(Path(args.output))
    from coachkit.applog import ApplicationStore

    with ApplicationStore(path) as store:
        return _act(store, args, out, stdin or sys.stdin)


def _act(store: Any, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    action = args.action
    if action == "add":
        app = store.add(args.company, source="cli",
                        **{k: v for k, v in _given(args).items() if k != "company"})
        out.write(f"{app.id}\n")
    elif action == "list":
        apps = store.list()
        if args.json:
            out.write(json.dumps([_as_json(a) for a in apps], ensure_ascii=False, indent=2)
                      + "\n")
        else:
            _table(apps, out, waiting=args.waiting)
    elif action == "show":
        app = store.get(args.id)
        if args.json:
            out.write(json.dumps(_as_json(app), ensure_ascii=False, indent=2) + "\n")
        else:
            _show(app, out)
    elif action == "update":
        fields = _given(args)
        if not fields:
            raise InputError("coachkit log update: give a field to change, e.g. --role "
                             "or --outcome (see coachkit log update --help)")
        _show(store.update(args.id, **fields), out)
    elif action == "reply":
        event = store.log_event(args.id, args.outcome, _when(args.on, "--on"), args.note)
        app = store.get(event.application_id)
        out.write(f"Logged {event.kind.replace('_', ' ')} on {_time(event.on)} for "
                  f"{app.company} [{app.id}]; outcome now {app.outcome}.\n")
    elif action == "import":
        return _import(store, args, out, stdin)
    elif action == "export":
        written = store.export_csv(Path(args.output), anonymous=args.anonymous)
        what = "an anonymous copy of your log" if args.anonymous else "your log"
        out.write(f"Wrote {what} to {written}.\n")
    elif action == "forget":
        if not args.id:
            raise InputError("coachkit log forget: give an application's ID, or --all")
        app = store.get(args.id)
        store.forget(app.id)
        out.write(f"Forgot {app.company} [{app.id}] with its follow-ups and events.\n")
    return 0


def _check_target(target: Path) -> None:
    """Refuse an export over an existing file before anything is read."""
    if target.is_dir():
        raise InputError(f"{target}: is a folder; give a file name such as my-log.csv")
    if target.exists() or target.is_symlink():
        raise InputError(f"{target}: already exists; choose another name (coachkit never "
                         "replaces a file)")


def _import(store: Any, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    choice = args.duplicates.replace("-", "_")
    try:
        result = store.import_log(args.file, mapping=args.mapping, on_duplicate=choice)
    except CoachkitError:
        raise
    except Exception as exc:  # a file that breaks the reader must not end in a traceback
        raise CoachkitError(f"{args.file}: could not import it ({type(exc).__name__}: "
                            f"{exc})") from None
    for problem in result.left_out[:20]:
        print(f"coachkit: warning: {problem}", file=sys.stderr)
    if len(result.left_out) > 20:
        print(f"coachkit: warning: … and {len(result.left_out) - 20} more cells or rows "
              "left out", file=sys.stderr)
    added, replaced, skipped = result.added, result.replaced, result.skipped
    pending = list(result.duplicates)
    if pending and stdin.isatty() and out.isatty():
        for dup in pending:
            outcome = _ask(store, dup, out, stdin)
            added += outcome == "keep_both"
            replaced += outcome == "replace"
            skipped += outcome == "keep_existing"
        pending = []
    out.write(f"Imported {args.file}: {added} added, {replaced} replaced, {skipped} kept "
              f"as they were" + (f", {len(result.left_out)} cells or rows left out"
                                 if result.left_out else "") + ".\n")
    if pending:
        out.write(f"{len(pending)} rows match applications already in your log (same "
                  "company, role and day) and were not imported:\n")
        for dup in pending[:20]:
            out.write(f"  {_summary(dup.incoming)}  (logged as {dup.existing.id})\n")
        if len(pending) > 20:
            out.write(f"  … and {len(pending) - 20} more\n")
        out.write("Re-run with --duplicates keep-both, keep-existing or replace to "
                  "choose for all of them.\n")
    return 0


def _summary(row: dict) -> str:
    parts = [row.get("company") or "", row.get("role") or "", _day(row.get("applied_on"))]
    return ", ".join(p for p in parts if p) + f" ({row.get('outcome', 'pending')})"


_ANSWERS = {"e": "keep_existing", "b": "keep_both", "r": "replace"}


def _ask(store: Any, dup: Any, out: TextIO, stdin: TextIO) -> str:
    """Ask what to do with one duplicate on the terminal; carry it out."""
    old = dup.existing
    out.write(f"\nAlready logged [{old.id}]: {old.company}, {old.role}, "
              f"{_day(old.applied_on)} ({old.outcome})\nIn the file:   "
              f"{_summary(dup.incoming)}\n")
    while True:
        out.write("Keep the (e)xisting one, keep (b)oth, or (r)eplace it? [e] ")
        out.flush()
        line = stdin.readline()
        answer = line.strip().lower()[:1] or "e"
        if not line or answer in _ANSWERS:
            choice = _ANSWERS.get(answer, "keep_existing")
            store.resolve(dup, choice)
            return choice


def _forget_all(path: Path, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.id:
        raise InputError("coachkit log forget: give an ID or --all, not both")
    if not path.exists():
        out.write(f"Nothing to forget: there is no outcome log at {path}.\n")
        return 0
    if not args.yes:
        print(f"This erases your whole outcome log ({path}) for good.\n"
              "Type yes to erase it: ", end="", file=sys.stderr, flush=True)
        if stdin.readline().strip().lower() != "yes":
            raise CoachkitError("nothing was erased (type yes to confirm, or pass --yes)")
    from coachkit.applog import ApplicationStore

    ApplicationStore(path).forget_all()
    out.write(f"Erased your outcome log: {path} and its side files are gone.\n")
    return 0
