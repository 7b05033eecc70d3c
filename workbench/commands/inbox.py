"""``workbench inbox scan [--folder DIR] [--json]``: take in the phone's drop folder.

The same scan the window runs every few minutes (``services.capture.dropfolder``): notes,
e-mails, photos and PDFs in the drop folder become untriaged notes in the Notes inbox,
the originals move to ``Done``, unreadable ones to ``Problems`` with the reason. The exit
status is 0 when the folder was reached, 1 otherwise; ``--json`` prints the report.
"""

from __future__ import annotations

import argparse
import json
import sys

from workbench.commands import CliError, add_db_option, open_db, translate


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "inbox",
        help="the Notes inbox: take in the phone's drop folder",
        description="The Notes inbox from the command line.",
    )
    inbox_sub = parser.add_subparsers(dest="inbox_command", metavar="COMMAND", required=True)
    scan = inbox_sub.add_parser(
        "scan",
        help="take in the notes, e-mails, photos and PDFs in the drop folder",
        description="Turn the files a phone saved into the drop folder into untriaged "
        "notes (working group only), move them to Done, and unreadable ones to Problems.",
    )
    scan.add_argument(
        "--folder",
        metavar="DIR",
        help="the drop folder (default: WORKBENCH_DROP_FOLDER, the settings, or Inbox in "
        "the exchange folder)",
    )
    scan.add_argument("--json", action="store_true", help="print the report as JSON")
    add_db_option(scan)
    scan.set_defaults(func=cmd_scan)


def cmd_scan(args: argparse.Namespace) -> int:
    from workbench.config import drop_folder, sync_folder
    from workbench.services.capture.dropfolder import scan

    folder = drop_folder(args.folder)
    if folder is None:
        raise CliError(
            "No drop folder is chosen: give --folder DIR, set WORKBENCH_DROP_FOLDER, or "
            "choose one (or an exchange folder) in the settings."
        )
    db = open_db(args)
    try:
        report = scan(db, folder, exchange=sync_folder())
    finally:
        db.close()
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return 0 if report.reached else 1
    if not report.reached:
        print(f"workbench: {report.message}", file=sys.stderr)
        return 1
    for t in report.taken:
        took = (
            translate("Cli", "Took in {file}: note “{title}” with {count} document(s).")
            if t.document_ids
            else translate("Cli", "Took in {file}: note “{title}”.")
        )
        print(took.format(file=t.file, title=t.title, count=len(t.document_ids)))
    for name in report.known:
        print(translate("Cli", "{name} was taken in before; moved to Done.").format(name=name))
    for name in report.waiting:
        waiting = translate("Cli", "{name} is still being written; left for the next scan.")
        print(waiting.format(name=name))
    for name in report.left_alone:
        alone = translate("Cli", "{name} is not a note, e-mail, photo or PDF; left alone.")
        print(alone.format(name=name))
    for p in report.problems:
        problem = (
            translate("Cli", "{file}: {reason} (moved to Problems)")
            if p.moved_to
            else translate("Cli", "{file}: {reason}")
        )
        print(f"workbench: {problem.format(file=p.file, reason=p.reason)}", file=sys.stderr)
    n_taken, n_waiting, n_problems = len(report.taken), len(report.waiting), len(report.problems)
    parts = (
        translate("Cli", "1 new note in the Notes inbox")
        if n_taken == 1
        else translate("Cli", "{n} new notes in the Notes inbox"),
        translate("Cli", "1 file waiting")
        if n_waiting == 1
        else translate("Cli", "{n} files waiting"),
        translate("Cli", "1 problem") if n_problems == 1 else translate("Cli", "{n} problems"),
    )
    counts = (n_taken, n_waiting, n_problems)
    print(", ".join(part.format(n=n) for part, n in zip(parts, counts, strict=True)) + ".")
    return 0
