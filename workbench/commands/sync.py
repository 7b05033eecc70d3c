"""``workbench sync [--json]``: one sync with the exchange folder, as the window does.

Reads the other laptops' new packages, writes this laptop's changes, and says what it
did: the packages merged, the package written, the other laptops seen and the problems
met (a folder that is not there, a package from a newer version, …). The exit status is
0 when the folder was reached, 1 otherwise; ``--json`` prints the report for scripts.
"""

from __future__ import annotations

import argparse
import json
import sys

from workbench.commands import CliError, add_db_option, open_db, translate


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "sync",
        help="sync with the exchange folder the group's laptops share",
        description="Merge the other laptops' new packages from the exchange folder and "
        "write this laptop's changes there.",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--sync-folder",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the exchange folder (default: WORKBENCH_SYNC_FOLDER or the settings)",
    )
    add_db_option(parser)
    parser.set_defaults(func=cmd_sync)


def cmd_sync(args: argparse.Namespace) -> int:
    from workbench.config import sync_folder
    from workbench.services.sync import sync_once, sync_state

    folder = sync_folder(getattr(args, "sync_folder", None))
    if folder is None:
        raise CliError(
            translate(
                "Cli",
                "No exchange folder is chosen: give --sync-folder DIR, set "
                "WORKBENCH_SYNC_FOLDER, or choose one in the settings.",
            )
        )
    db = open_db(args)
    try:
        report = sync_once(db, folder)
        state = sync_state(db, report.folder)
    finally:
        db.close()
    if args.json:
        data = report.to_dict()
        data["conflicts_waiting"] = state.conflicts
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0 if report.reached else 1
    if report.skipped:
        print(translate("Cli", "Another sync of this database is running; nothing done."))
        return 0
    for problem in report.problems:
        print(f"workbench: {problem.message}", file=sys.stderr)
    if not report.reached:
        return 1
    for r in report.received:
        merged = (
            translate(
                "Cli",
                "Merged snapshot {number} of {laptop}: {added} added, {updated} "
                "updated, {deleted} deleted, {conflicts} conflicts.",
            )
            if r.snapshot
            else translate(
                "Cli",
                "Merged package {number} of {laptop}: {added} added, "
                "{updated} updated, {deleted} deleted, {conflicts} conflicts.",
            )
        )
        print(
            merged.format(
                number=r.number,
                laptop=r.laptop,
                added=r.added,
                updated=r.updated,
                deleted=r.deleted,
                conflicts=r.conflicts,
            )
        )
    if report.published is not None:
        p = report.published
        wrote = translate("Cli", "Wrote {name} ({count} records).")
        print(wrote.format(name=p.path.name, count=p.records))
    laptops = ", ".join(sorted(report.peers.values())) or translate("Cli", "none yet")
    waiting = translate("Cli", "Other laptops: {laptops}. Conflicts waiting: {conflicts}.")
    print(waiting.format(laptops=laptops, conflicts=state.conflicts))
    return 0
