"""The command line: ``coachkit score``, ``rules``, ``drafts``, ``reminder``, ``report``,
``mapping`` and ``workshop``.

``run(argv)`` returns the exit status (0 fine, 2 bad input); ``main()`` wraps it.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coachkit import cli_drafts, cli_log, cli_outcomes, cli_workshop
from coachkit.cli_text import format_text
from coachkit.draftfile import read_draft_file
from coachkit.errors import CoachkitError, DraftError, InputError
from coachkit.limits import SHOWN_CHARS, shown
from coachkit.model import CATEGORIES, KINDS, Draft, InterviewNotes, Report
from coachkit.notes import load_notes
from coachkit.timeparse import parse_datetime

if TYPE_CHECKING:
    from coachkit.scoring.fixes import FixResult, Skipped
    from coachkit.scoring.rules import Rules

__all__ = ["main", "run"]


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so errors become one clear line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        # a pasted paragraph as an option's value must not become a paragraph-long message
        message = _LONG_QUOTED.sub(lambda m: shown(m.group(1)), message)
        raise CoachkitError(f"{self.prog}: {message}")


_LONG_QUOTED = re.compile(f"'([^']{{{SHOWN_CHARS},}})'")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="coachkit", description="Score and improve interview follow-ups.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p = sub.add_parser("score", help="score one or more drafts",
                       description="Score drafts. FILE is plain text (UTF-8, or UTF-16 "
                                   "with a byte-order mark); a first line 'Subject: ...' "
                                   "is the subject. '-' reads standard input. A draft is "
                                   "read with universal newlines (CRLF and CR become LF), "
                                   "and with --format json each finding's start/end are "
                                   "offsets into that text.")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--notes", help="interview notes (.yml, .yaml or .json)")
    p.add_argument("--kind", choices=KINDS, default="thank_you")
    p.add_argument("--interviewed-at", help="interview time, ISO 8601 (overrides the notes)")
    p.add_argument("--sent-at", help="time the message is (or was) sent, ISO 8601")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--rules", action="append", default=[], metavar="RULES.yml",
                   help="extra rules file (phrase lists, thresholds, switches); repeatable")
    p.add_argument("--fix", action="store_true",
                   help="write the draft with the safe suggestions applied to -o FIXED "
                        "(one FILE; the input is never replaced)")
    p.add_argument("-o", "--output", metavar="FIXED", help="where --fix writes the text")
    p.add_argument("--force", action="store_true",
                   help="with --fix: replace FIXED if it exists (never the input)")
    r = sub.add_parser("rules", help="list every check with its category and rationale")
    r.add_argument("--format", choices=("text", "json"), default="text")
    r.add_argument("--rules", action="append", default=[], metavar="RULES.yml")
    cli_drafts.add_parsers(sub, _Parser)
    cli_log.add_parsers(sub, _Parser)
    cli_outcomes.add_parsers(sub, _Parser)
    cli_workshop.add_parser(sub, _Parser)
    return parser


def _parse_time(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        return parse_datetime(value)
    except ValueError as exc:
        raise CoachkitError(f"{option}: {exc}") from None


def _score_command(args: argparse.Namespace, out: TextIO, stdin: TextIO | None) -> int:
    from coachkit.scoring import load_rules, score

    notes: InterviewNotes | None = load_notes(args.notes) if args.notes else None
    interviewed = _parse_time(args.interviewed_at, "--interviewed-at")
    sent = _parse_time(args.sent_at, "--sent-at")
    rules = load_rules(*args.rules)
    if args.fix or args.output:
        return _fix_command(args, out, stdin, notes=notes, rules=rules,
                            sent=sent, interviewed=interviewed)
    if args.files.count("-") > 1:
        raise CoachkitError("standard input ('-') can be read only once")
    many = len(args.files) > 1
    failed = 0
    for path in args.files:
        try:
            text = read_draft_file(path, stdin)
        except DraftError as exc:
            failed += 1
            if args.format == "json":
                out.write(json.dumps({"file": path, "error": str(exc)}) + "\n")
            else:
                print(f"coachkit: {exc}", file=sys.stderr)
            continue
        draft = Draft.from_text(text, kind=args.kind, sent_at=sent)
        report = score(draft, notes, rules=rules, interviewed_at=interviewed)
        if args.format == "json":
            obj = report.to_dict()
            if many:
                obj = {"file": path, **obj}
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        else:
            out.write(format_text(report, path if many or path != "-" else None))
    return 2 if failed else 0


def _fix_target(args: argparse.Namespace) -> Path:
    """The file --fix writes, checked before anything is scored."""
    if not args.fix:
        raise CoachkitError("-o/--output goes with --fix (coachkit score FILE --fix -o FIXED)")
    if not args.output or args.output == "-":
        raise CoachkitError("--fix needs -o FIXED, the file to write the fixed text to")
    if len(args.files) != 1:
        raise CoachkitError("--fix takes one FILE at a time")
    target = Path(args.output).expanduser()
    if target.is_dir():
        raise CoachkitError(f"{args.output}: is a folder; give a file name for the fixed text")
    source = args.files[0]
    if source != "-" and _same_file(Path(source), target):
        raise CoachkitError(f"{args.output}: is the draft itself; --fix never replaces "
                            "its input, so give another file name")
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and a.exists() and a.samefile(b))
    except OSError:
        return False


def _fix_command(args: argparse.Namespace, out: TextIO, stdin: TextIO | None, *,
                 notes: InterviewNotes | None, rules: Rules, sent: datetime | None,
                 interviewed: datetime | None) -> int:
    from coachkit.files import write_new
    from coachkit.scoring import score
    from coachkit.scoring.fixes import apply_fixes, names_to_keep

    target = _fix_target(args)
    text = read_draft_file(args.files[0], stdin)

    def scored(t: str) -> Report:
        return score(Draft.from_text(t, kind=args.kind, sent_at=sent), notes, rules=rules,
                     interviewed_at=interviewed)

    before = scored(text)
    result = apply_fixes(text, before.findings, keep=names_to_keep(notes))
    after = scored(result.text)
    write_new(target, result.text.encode("utf-8"), error=InputError, force=args.force,
              what="fixed text")
    advice = [s for s in result.skipped if s.finding.suggestion]
    if args.format == "json":
        out.write(json.dumps({
            "file": args.files[0], "output": str(target),
            "overall_before": before.overall, "overall_after": after.overall,
            "applied": [f.to_dict() for f in result.applied],
            "skipped": [{**s.finding.to_dict(), "reason": s.reason} for s in advice],
        }, ensure_ascii=False) + "\n")
    else:
        out.write(_format_fixes(text, result, advice))
        out.write(f"Overall {before.overall}/100 -> {after.overall}/100\nwrote {target}\n")
    return 0


def _format_fixes(text: str, result: FixResult, advice: Sequence[Skipped]) -> str:
    """What --fix applied and what it left to the writer, each with its line and column."""
    from coachkit.scoring.fixes import describe

    breaks = [m.start() for m in re.finditer("\n", text)]

    def where(start: int) -> str:
        line = bisect.bisect_left(breaks, start)
        return f"{line + 1}:{start - (breaks[line - 1] + 1 if line else 0) + 1}"

    count = len(result.applied)
    lines = [f"Applied {count} fix{'es' if count != 1 else ''}" + (":" if count else ".")]
    lines += [f"  {where(f.start)} [{f.rule}] {describe(f)}" for f in result.applied]
    if advice:
        lines.append(f"Left to you ({len(advice)}):")
        lines += [f"  {where(s.finding.start)} [{s.finding.rule}] {describe(s.finding)}: "
                  f"{s.reason}" for s in advice]
    return "\n".join(lines) + "\n"


def _rules_command(args: argparse.Namespace, out: TextIO) -> int:
    from coachkit.scoring import all_checks, load_rules

    rules = load_rules(*args.rules)
    checks = all_checks()
    if args.format == "json":
        out.write(json.dumps([
            {"id": c.id, "category": c.category, "severity": c.severity,
             "rationale": c.rationale, "kinds": list(c.kinds) or list(KINDS), "scope": c.scope,
             "enabled": rules.enabled(c.id), "cap": _cap(rules, c.id),
             "cap_from": rules.policy.cap_from.get(c.id) if _cap(rules, c.id) else None}
            for c in checks], indent=2) + "\n")
        return 0
    width = max(len(c.id) for c in checks)
    for cat in CATEGORIES:
        out.write(f"{cat}\n")
        for c in (c for c in checks if c.category == cat):
            flag = "" if rules.enabled(c.id) else " (off)"
            cap = _cap(rules, c.id)
            milder = rules.policy.cap_from.get(c.id)
            capped = ("" if cap is None else f" (caps at {cap})" if milder is None
                      else f" (caps at {cap}, from a {milder} up)")
            out.write(f"  {c.id:<{width}}  {c.severity:<10} {c.rationale}{capped}{flag}\n")
    return 0


def _cap(rules: Rules, check_id: str) -> int | None:
    """The highest overall score a finding of the check allows, or None when uncapped."""
    cap = rules.policy.caps.get(check_id)
    return None if cap is None else round(cap)


def run(argv: Sequence[str] | None = None, *, out: TextIO | None = None,
        stdin: TextIO | None = None) -> int:
    """Run the command line; return the exit status."""
    out = out or sys.stdout
    parser = _build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
        if args.command == "score":
            return _score_command(args, out, stdin)
        if args.command == "rules":
            return _rules_command(args, out)
        if args.command == "drafts":
            return cli_drafts.run_drafts(args, out)
        if args.command == "reminder":
            return cli_drafts.run_reminder(args, out)
        if args.command == "log":
            return cli_log.run_log(args, out, stdin)
        if args.command == "report":
            return cli_outcomes.run_report(args, out)
        if args.command == "mapping":
            return cli_outcomes.run_mapping(args, out)
        if args.command == "workshop":
            return cli_workshop.run_workshop(args, out, stdin)
        parser.print_help(out)
        return 2
    except CoachkitError as exc:
        print(f"coachkit: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def main() -> None:
    """Entry point of the ``coachkit`` command."""
    try:
        sys.exit(run())
    except BrokenPipeError:  # `coachkit ... | head`: the reader left, which is fine
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)


if __name__ == "__main__":
    main()
