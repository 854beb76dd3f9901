"""``coachkit workshop ...``: set up an exercise, collect a room's drafts, score and report.

    coachkit workshop init DIR EXERCISE.yml     set up a workshop folder
    coachkit workshop check EXERCISE.yml        check an exercise file
    coachkit workshop submit DIR --code C FILE  submit a draft (scripts, e-mailed drafts)
    coachkit workshop status DIR                who has submitted, files skipped
    coachkit workshop score DIR -o cohort.csv   score every newest draft into a CSV
    coachkit workshop report DIR -o OUTDIR      cohort CSV, summary page, feedback pages
    coachkit workshop demo DIR -n 24            fill a folder with demo drafts (rehearsal)
    coachkit workshop serve DIR                 the participants' page (Solara, with a token)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coachkit.errors import CoachkitError

if TYPE_CHECKING:
    from coachkit.workshop import Exercise, WorkshopFolder

__all__ = ["add_parser", "run_workshop"]


def add_parser(sub: argparse._SubParsersAction, parser_class: type) -> None:
    """Add the ``workshop`` command and its actions to the main parser."""
    wp = sub.add_parser("workshop", help="run a writing workshop: exercise, drafts, reports",
                        description="Workshop mode for career coaches: a folder collects "
                                    "the room's drafts; score and report them afterwards.")
    ws = wp.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    init = ws.add_parser("init", help="set up a workshop folder for an exercise")
    init.add_argument("folder", metavar="DIR")
    init.add_argument("exercise", metavar="EXERCISE.yml")
    check = ws.add_parser("check", help="check an exercise file and show what it sets")
    check.add_argument("exercise", metavar="EXERCISE.yml")
    sub_ = ws.add_parser("submit", help="submit a draft file under a participant code",
                         description="FILE is plain text; a first line 'Subject: ...' is "
                                     "the subject. '-' reads standard input.")
    sub_.add_argument("folder", metavar="DIR")
    sub_.add_argument("file", metavar="FILE")
    sub_.add_argument("--code", required=True, help="the participant's code (not a name)")
    sub_.add_argument("--sender", default="", help="the name the draft is signed with")
    status = ws.add_parser("status", help="how many have submitted; files that were skipped")
    status.add_argument("folder", metavar="DIR")
    for name, helptext in (("score", "score every participant's newest draft into a CSV"),
                           ("report", "write the cohort CSV, a summary page and feedback "
                                      "pages")):
        p = ws.add_parser(name, help=helptext)
        p.add_argument("folder", metavar="DIR")
        if name == "score":
            p.add_argument("-o", "--output", help="CSV file to write (default: print it)")
        else:
            p.add_argument("-o", "--output", required=True, metavar="OUTDIR",
                           help="folder for cohort.csv, summary.html and feedback/*.html")
        p.add_argument("--force", action="store_true", help="replace existing output files")
        p.add_argument("--workers", type=int, help="processes to score with (default: cores)")
        p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                       help="show a progress bar (default: when writing to a terminal)")
    demo = ws.add_parser("demo", help="fill a workshop folder with demo drafts (rehearsal)")
    demo.add_argument("folder", metavar="DIR")
    demo.add_argument("-n", type=int, default=24, help="participants (default 24)")
    demo.add_argument("--seed", type=int, default=0)
    serve = ws.add_parser("serve", help="serve the participants' page (Solara or Voilà)",
                          description="Serves the composer as a page without code, bound to "
                                      "127.0.0.1 with a fresh token unless told otherwise.")
    serve.add_argument("folder", metavar="DIR")
    serve.add_argument("--port", type=int, default=8866)
    serve.add_argument("--engine", choices=("solara", "voila"), default="solara",
                       help="solara (default): every participant in one process, about 2 MB "
                            "each; voila: a kernel process per participant, about 90 MB each")
    serve.add_argument("--ip", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1: this machine only)")
    serve.add_argument("--hub-auth", action="store_true",
                       help="run as a JupyterHub service: the hub's logins instead of a "
                            "token, the hub user's name as the participant's code (README: "
                            "Past one machine)")
    secret = serve.add_mutually_exclusive_group()
    secret.add_argument("--token", help="access token, 16 characters or more (default: "
                        "$COACHKIT_WORKSHOP_TOKEN, else a fresh random one); other users "
                        "can read it with ps: prefer --token-file")
    secret.add_argument("--token-file", metavar="PATH",
                        help="read the access token from this file (chmod 600)")


def run_workshop(args: argparse.Namespace, out: TextIO, stdin: TextIO | None = None) -> int:
    """Run one ``coachkit workshop`` action; returns the exit status."""
    from coachkit.workshop import WorkshopFolder, load_exercise

    action = args.action
    if action is None:
        raise CoachkitError("coachkit workshop: choose an action: init, check, submit, "
                            "status, score, report, demo or serve")
    if action == "check":
        ex = load_exercise(args.exercise)
        out.write(_describe(ex))
        return 0
    if action == "init":
        folder = WorkshopFolder.create(args.folder, args.exercise)
        ex = folder.exercise()
        out.write(f"workshop folder ready: {folder.path}\n{_describe(ex)}")
        return 0
    folder = WorkshopFolder(args.folder)
    if not getattr(args, "hub_auth", False):  # under a hub the coach sets it up later
        folder.exercise()  # a clear error for a folder that is not set up
    if action == "submit":
        return _submit(folder, args, out, stdin)
    if action == "status":
        return _status(folder, out)
    if action in ("score", "report"):
        return _score_or_report(folder, args, out)
    if action == "demo":
        from coachkit.workshop.demo import submit_demo

        paths = submit_demo(folder, args.n, seed=args.seed)
        out.write(f"added {len(paths)} demo submissions to {folder.path}\n")
        return 0
    if action == "serve":
        from coachkit.workshop.serve import serve, token_from

        token, warnings = token_from(args.token, args.token_file, os.environ)
        for warning in warnings:
            print(f"coachkit: warning: {warning}", file=sys.stderr)
        return serve(folder.path, port=args.port, ip=args.ip, token=token,
                     engine=args.engine, hub_auth=args.hub_auth)
    raise CoachkitError(f"coachkit workshop: unknown action {action!r}")


def _describe(ex: Exercise) -> str:
    lines = [f"exercise: {ex.title} ({ex.id})", f"kind: {ex.kind}", f"minutes: {ex.minutes}",
             f"company: {ex.scenario.company or '-'}; role: {ex.scenario.role or '-'}",
             "timing: " + (f"scored as sent at {ex.sent_at:%Y-%m-%d %H:%M}" if ex.sent_at
                           else "not judged")]
    if ex.pack.word_band:
        lines.append(f"target words: {ex.pack.word_band[0]}-{ex.pack.word_band[1]}")
    if ex.pack.avoid:
        lines.append("phrases to avoid: " + ", ".join(e["phrase"] for e in ex.pack.entries()))
    if ex.pack.vocabulary:
        lines.append("extra vocabulary: " + ", ".join(ex.pack.vocabulary))
    return "\n".join(lines) + "\n"


def _submit(folder: WorkshopFolder, args: argparse.Namespace, out: TextIO,
            stdin: TextIO | None) -> int:
    from coachkit.draftfile import read_draft_file
    from coachkit.limits import SUBMISSION_BYTES
    from coachkit.model import Draft

    ex = folder.exercise()
    text = read_draft_file(args.file, stdin, max_bytes=SUBMISSION_BYTES)
    draft = Draft.from_text(text, kind=ex.kind)
    report = ex.score(draft)
    path = folder.submit(args.code, subject=draft.subject or "", body=draft.body,
                         sender=args.sender, notes=ex.scenario, report=report)
    out.write(f"submitted {path} (overall {report.overall})\n")
    return 0


def _status(folder: WorkshopFolder, out: TextIO) -> int:
    ex = folder.exercise()
    scan = folder.scan()
    latest = scan.latest
    out.write(f"{ex.title}: {len(latest)} participants, {len(scan.submissions)} submissions, "
              f"{len(scan.problems)} files skipped\n")
    for sub in latest:
        out.write(f"  {sub.participant:<20} submission {sub.revision}  "
                  f"{sub.submitted_at:%H:%M:%S}\n")
    for problem in scan.problems:
        print(f"coachkit: skipped {problem}", file=sys.stderr)
    return 0


def _score_or_report(folder: WorkshopFolder, args: argparse.Namespace, out: TextIO) -> int:
    from tqdm import tqdm

    from coachkit.workshop import Cohort
    from coachkit.workshop.report import write_cohort_csv, write_reports

    show = sys.stderr.isatty() if args.progress is None else args.progress
    if args.workers is not None and args.workers < 1:
        raise CoachkitError("--workers: give 1 or more")
    if args.output:
        _outside(Path(args.output), folder.path,
                 "cohort.csv" if args.action == "score" else "report")
    bar = tqdm(desc="scoring", unit="draft", disable=not show, file=sys.stderr)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        cohort = Cohort.from_folder(folder, workers=args.workers, progress=progress)
    finally:
        bar.close()
    for problem in cohort.problems:
        print(f"coachkit: skipped {problem}", file=sys.stderr)
    if args.action == "score":
        if args.output:
            path = write_cohort_csv(cohort, Path(args.output), force=args.force)
            out.write(f"wrote {path} ({cohort.participants} participants)\n")
        else:
            out.write(cohort.table().to_csv(index=False, lineterminator="\n"))
        return 0
    outdir = Path(args.output)
    with tqdm(total=cohort.participants + 1, desc="reports", unit="page",
              disable=not show, file=sys.stderr) as pages:
        written = write_reports(cohort, outdir, force=args.force,
                                step=lambda _name: pages.update())
    out.write(f"wrote {len(written)} files to {outdir}: cohort.csv, summary.html and "
              f"{cohort.participants} feedback pages in feedback/\n")
    return 0


def _outside(output: Path, folder: Path, suffix: str) -> Path:
    """Refuse an output inside the workshop folder, links resolved, --force or not: the
    room's drafts and the exercise live there, and an output would replace them or be read
    back as a stray file."""
    root = folder.expanduser().resolve()
    target = output.expanduser().resolve()
    if target == root or target.is_relative_to(root):
        elsewhere = root.parent / f"{root.name}-{suffix}"
        where = ("the submissions folder of the workshop" if
                 target.is_relative_to(root / "submissions") else "the workshop folder")
        raise CoachkitError(
            f"{output}: inside {where} {folder}, which holds the exercise and the room's "
            f"drafts; write it outside, for example to {elsewhere}")
    return output
