"""``coachkit drafts ...`` and ``coachkit reminder``: the drafts journal from a terminal.

The composer saves every draft as it is typed; these commands list them, show
or score one, look through its versions, restore one, and export it as text or
an ``.eml`` file. ``coachkit reminder`` writes the check-in reminder (``.ics``).
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import TextIO

from coachkit.errors import CoachkitError, InputError

__all__ = ["add_parsers", "run_drafts", "run_reminder"]


def add_parsers(sub: argparse._SubParsersAction, parser_class: type) -> None:
    """Add the ``drafts`` and ``reminder`` commands to the main parser."""
    d = sub.add_parser("drafts", help="list, show, score, restore or export saved drafts",
                       description="The drafts the composer saved as you typed. The journal "
                                   "lives in $COACHKIT_HOME or your data folder; --home "
                                   "chooses another.")
    d.add_argument("--home", help="folder of the drafts journal (default: $COACHKIT_HOME)")
    ds = d.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    ls = ds.add_parser("list", help="every draft, newest first")
    ls.add_argument("--format", choices=("text", "json"), default="text")
    show = ds.add_parser("show", help="print a draft as the e-mail it makes")
    show.add_argument("id")
    show.add_argument("--version", type=int, help="an earlier version (default: the latest)")
    sc = ds.add_parser("score", help="score a draft with its own interview notes")
    sc.add_argument("id")
    sc.add_argument("--format", choices=("text", "json"), default="text")
    sc.add_argument("--sent-at", help="when it is sent, ISO 8601 (default: now)")
    hist = ds.add_parser("history", help="the versions of a draft")
    hist.add_argument("id")
    rest = ds.add_parser("restore", help="make an earlier version the latest (history is kept)")
    rest.add_argument("id")
    rest.add_argument("version", type=int)
    exp = ds.add_parser("export", help="write a draft to a .txt or .eml file")
    exp.add_argument("id")
    exp.add_argument("-o", "--output", required=True, help="FILE.txt or FILE.eml (never replaced)")
    exp.add_argument("--to", default="", help="recipient for the .eml file")
    r = sub.add_parser("reminder", help="write a calendar reminder (.ics) for the check-in day",
                       description="The first polite day to check in: a business day after "
                                   "the decision date, or five after the interview.")
    r.add_argument("notes", help="interview notes (.yml, .yaml or .json)")
    r.add_argument("-o", "--output", default="", help="FILE.ics (default: check-in-DATE.ics)")


def _journal(args: argparse.Namespace):  # -> DraftJournal
    from coachkit.store import DraftJournal, journal_path

    path = journal_path(args.home) if args.home else None
    if path is not None and not path.exists():
        raise InputError(f"{path}: no drafts journal here")
    return DraftJournal(path)


def _composition(journal, draft_id: str, version: int | None = None):  # -> Composition
    from coachkit.compose import Composition

    saved = journal.latest(draft_id) if version is None else journal.version(draft_id, version)
    return Composition.from_content(saved.content)


def _write_new(path: Path, data: bytes) -> None:
    from coachkit.files import write_new

    write_new(path, data, error=InputError,
              taken="choose another name (coachkit never replaces a file)")


def run_drafts(args: argparse.Namespace, out: TextIO) -> int:
    """Carry out ``coachkit drafts ACTION``."""
    if args.action is None:
        raise CoachkitError("coachkit drafts: choose an action: list, show, score, history, "
                            "restore or export")
    if args.action == "export":  # before the journal is opened: a typo costs nothing
        from coachkit.compose.export import check_address

        args.to = check_address(args.to, "--to")
        _export_format(Path(args.output))
    with _journal(args) as journal:
        if args.action == "list":
            drafts = journal.list_drafts()
            if args.format == "json":
                out.write(json.dumps([
                    {"id": d.id, "title": d.title, "kind": d.kind, "versions": d.versions,
                     "created_at": d.created_at.isoformat(),
                     "updated_at": d.updated_at.isoformat(), "preview": d.preview}
                    for d in drafts], ensure_ascii=False, indent=2) + "\n")
            elif not drafts:
                out.write("No drafts yet: the composer saves them as you type.\n")
            for d in drafts if args.format == "text" else ():
                out.write(f"{d.id}  {d.updated_at.astimezone():%Y-%m-%d %H:%M}  "
                          f"v{d.versions:<3} {d.title}\n    {d.preview}\n")
        elif args.action == "show":
            out.write(_composition(journal, args.id, args.version).assemble().draft.text)
        elif args.action == "score":
            from coachkit.cli_text import format_text
            from coachkit.timeparse import parse_datetime

            try:
                sent = parse_datetime(args.sent_at) if args.sent_at else datetime.now()
            except ValueError as exc:
                raise InputError(f"--sent-at: {exc}") from None
            report = _composition(journal, args.id).report(sent)
            out.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n"
                      if args.format == "json" else format_text(report))
        elif args.action == "history":
            for v in journal.history(args.id):
                label = f"  ({v.label})" if v.label else ""
                out.write(f"v{v.version:<4} {v.saved_at.astimezone():%Y-%m-%d %H:%M:%S}"
                          f"{label}\n")
        elif args.action == "restore":
            new = journal.restore(args.id, args.version)
            out.write(f"Version {args.version} of {args.id} is now version {new}.\n")
        elif args.action == "export":
            _export(journal, args, out)
    return 0


def _export_format(target: Path) -> str:
    """"eml" or "txt", from the name of the file to write."""
    if target.is_dir():
        raise InputError(f"{target}: is a folder; give a file name such as note.eml")
    suffix = target.suffix.lower()
    if suffix == ".eml":
        return "eml"
    if suffix in (".txt", ""):
        return "txt"
    raise InputError(f"{target}: choose a .txt or .eml file name")


def _export(journal, args: argparse.Namespace, out: TextIO) -> None:
    """Write the latest version of a draft to a new .txt or .eml file."""
    from coachkit.compose import to_eml, to_text

    composition = _composition(journal, args.id)
    draft = composition.assemble().draft
    target = Path(args.output)
    if _export_format(target) == "eml":
        data = to_eml(draft, to=args.to, sender=composition.sender)
    else:
        data = to_text(draft).encode("utf-8")
    _write_new(target, data)
    out.write(f"Wrote {target}.\n")


def run_reminder(args: argparse.Namespace, out: TextIO) -> int:
    """Carry out ``coachkit reminder NOTES``."""
    from coachkit.compose import check_in_reminder
    from coachkit.notes import load_notes

    day, data = check_in_reminder(load_notes(args.notes))
    target = Path(args.output or f"check-in-{day.isoformat()}.ics")
    _write_new(target, data)
    out.write(f"Wrote {target}: a reminder to check in on {day:%A} {day.day} {day:%B %Y}.\n")
    return 0
