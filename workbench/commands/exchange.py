"""Exchange and backup commands: ``package export/import``, ``backup``, ``restore``."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime, time
from pathlib import Path

from workbench.commands import CliError, add_db_option, error_text, open_db, translate


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    package = sub.add_parser("package", help="exchange records with another laptop")
    actions = package.add_subparsers(dest="package_command", metavar="ACTION", required=True)

    export = actions.add_parser("export", help="write a package of records")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="the zip to write")
    export.add_argument(
        "--since",
        metavar="DATE",
        type=parse_since,
        help="only records changed since then (YYYY-MM-DD, local time, or ISO 8601)",
    )
    add_db_option(export)
    export.set_defaults(func=cmd_export)

    imp = actions.add_parser("import", help="merge a package made on another laptop")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--json", action="store_true", help="print the merge report as JSON")
    imp.add_argument(
        "--plain",
        action="store_true",
        help="also read a package that is not sealed (from before the group shared a key); "
        "only if you know where it comes from",
    )
    add_db_option(imp)
    imp.set_defaults(func=cmd_import)

    backup = sub.add_parser("backup", help="a consistent copy of the database")
    backup.add_argument(
        "-o", "--output", metavar="FILE", help="where to write it (default: the backups folder)"
    )
    add_db_option(backup)
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser(
        "restore", help="put a backup in place of the database (the current file is kept)"
    )
    restore.add_argument("file", metavar="FILE")
    add_db_option(restore)
    restore.set_defaults(func=cmd_restore)


def parse_since(text: str) -> datetime:
    """A date (the start of that day, local time) or an ISO 8601 moment."""
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time()).astimezone()
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        message = translate("Cli", "“{text}” is not a date (YYYY-MM-DD)")
        raise argparse.ArgumentTypeError(message.format(text=text)) from exc
    return moment if moment.tzinfo else moment.astimezone()


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.services.exchange.packages import export_package

    db = open_db(args)
    try:
        summary = export_package(db, Path(args.output), since=args.since)
    finally:
        db.close()
    wrote = translate("Cli", "Wrote {count} records to {path}.")
    print(wrote.format(count=summary.total, path=summary.path))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from workbench.services.exchange.packages import PackageError, import_package

    db = open_db(args)
    try:
        report = import_package(db, Path(args.file), allow_plain=args.plain)
    except PackageError as exc:
        raise CliError(error_text(exc)) from exc
    finally:
        db.close()
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return 0
    merged = translate(
        "Cli",
        "Merged {file}: {added} added, {updated} updated, {deleted} deleted, "
        "{unchanged} unchanged, {newer} newer here, {conflicts} conflicts.",
    )
    print(
        merged.format(
            file=args.file,
            added=report.added,
            updated=report.updated,
            deleted=report.deleted,
            unchanged=report.unchanged,
            newer=report.kept_ours,
            conflicts=len(report.conflicts),
        )
    )
    for c in report.conflicts:
        line = (
            translate("Cli", "conflict: {kind} “{label}” ({fields}): kept this laptop's version")
            if c.kept_from == "here"
            else translate(
                "Cli", "conflict: {kind} “{label}” ({fields}): kept the package's version"
            )
        )
        fields = ", ".join(d[0] for d in c.differences) or translate("Cli", "timestamps")
        print("  " + line.format(kind=c.entity, label=c.label, fields=fields))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from workbench.config import resolve_db_path
    from workbench.services.group.backups import seal_backup
    from workbench.store.backup import BackupError, back_up_now, backup_file

    path = resolve_db_path(args.db)
    if not path.exists():
        raise CliError(translate("Cli", "There is no database at {path}.").format(path=path))
    try:
        target = (
            backup_file(path, Path(args.output), seal_backup)
            if args.output
            else back_up_now(path, seal=seal_backup)
        )
    except BackupError as exc:
        raise CliError(error_text(exc)) from exc
    print(translate("Cli", "Backed up {path} to {target}.").format(path=path, target=target))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from workbench.config import resolve_db_path
    from workbench.services.group.backups import unseal_backup
    from workbench.store.backup import BackupError, restore
    from workbench.store.instance import held_by_running_app

    path = resolve_db_path(args.db)
    if held_by_running_app(path):
        raise CliError(
            translate(
                "Cli",
                "{path} is open in the workbench; close it first, or restore from "
                "File → Backups in the app.",
            ).format(path=path)
        )
    try:
        aside = restore(Path(args.file), path, unseal=unseal_backup)
    except BackupError as exc:
        raise CliError(error_text(exc)) from exc
    print(translate("Cli", "Restored {path} from {file}.").format(path=path, file=args.file))
    if aside is not None:
        kept = translate("Cli", "The file it replaced was kept as {path}.")
        print(kept.format(path=aside))
    return 0
