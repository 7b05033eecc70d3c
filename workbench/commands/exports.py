"""``workbench export`` (minutes, agenda, report, tracker, the evidence pack of a period)
and ``workbench import``.

Records are named by their UUID or, as in git, by any unique beginning of it (the
first eight characters that ``workbench list`` prints). Every failure is one line.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from workbench.commands import CliError, add_db_option, error_text, open_db, translate

if TYPE_CHECKING:
    from workbench.exports.runner import ExportKind
    from workbench.exports.xlsx.plan import ImportPlan
    from workbench.store import Database

KINDS = ("minutes", "agenda", "tracker", "report", "evidence", "invitation", "brief")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = sub.add_parser(
        "export",
        help="export minutes, an agenda, the report, the tracker, an evidence pack, "
        "an invitation or a chair's brief",
        description="Export to PDF or Excel, for partners (the default) or the working group. "
        "The monitoring evidence pack (evidence) is a PDF and, beside it, a zip of the "
        "documents it refers to (FILE-documents.zip).",
    )
    exp.add_argument(
        "what",
        choices=KINDS,
        help="minutes|agenda|invitation|brief (of a meeting), report|tracker|evidence "
        "(of an engagement)",
    )
    exp.add_argument(
        "--meeting", metavar="ID", help="the meeting (minutes, agenda, invitation, brief)"
    )
    exp.add_argument(
        "--engagement", metavar="ID", help="the engagement (report, tracker, evidence)"
    )
    exp.add_argument(
        "--from",
        dest="period_from",
        metavar="DATE",
        help="first day of the evidence pack's period (YYYY-MM-DD)",
    )
    exp.add_argument(
        "--to",
        dest="period_to",
        metavar="DATE",
        help="last day of the evidence pack's period (YYYY-MM-DD; default: today)",
    )
    exp.add_argument(
        "--format", choices=("pdf", "xlsx"), help="pdf (minutes, agenda, report) or xlsx (tracker)"
    )
    exp.add_argument(
        "--audience",
        choices=("partners", "group"),
        default=None,
        help="partners (the default: nothing marked group-only) or group; an invitation "
        "is for the meeting's own audience unless told",
    )
    exp.add_argument("--lang", choices=("en", "nl"), default="en", help="language of the export")
    exp.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write (default: a name in the current folder)",
    )
    add_db_option(exp)
    exp.set_defaults(func=cmd_export)

    imp = sub.add_parser(
        "import",
        help="import an edited tracker workbook (.xlsx)",
        description="Import a tracker edited in Excel: all changes, or none if a row is wrong.",
    )
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would change; change nothing"
    )
    add_db_option(imp)
    imp.set_defaults(func=cmd_import)


def resolve_id(db: Database, kind: str, given: str | None) -> str:
    """The full id of the live meeting/engagement whose id is ``given`` or starts with it."""
    from workbench.domain import Engagement, Meeting

    option = f"--{kind}"
    table = (Meeting if kind == "meeting" else Engagement).__table__
    with db.session() as session:
        if not given:
            rows = session.execute(
                sa.select(table.c.id, table.c.title).where(table.c.deleted_at.is_(None)).limit(5)
            ).all()
            hint = "; ".join(f"{r[0][:8]} {r[1]}" for r in rows)
            message = (
                translate("Cli", "give {option} ID (for example: {hint})")
                if hint
                else translate("Cli", "give {option} ID")
            )
            raise CliError(message.format(option=option, hint=hint), 2)
        given = given.strip().lower()
        rows = session.execute(
            sa.select(table.c.id, table.c.title)
            .where(table.c.deleted_at.is_(None), table.c.id.startswith(given, autoescape=True))
            .limit(6)
        ).all()
    exact = [r for r in rows if r[0] == given]
    if exact:
        return str(exact[0][0])
    if not rows:
        message = (
            translate("Cli", "no meeting with an ID starting with “{id}”")
            if kind == "meeting"
            else translate("Cli", "no engagement with an ID starting with “{id}”")
        )
        raise CliError(message.format(id=given))
    if len(rows) > 1:
        listed = "; ".join(f"{r[0][:8]} {r[1]}" for r in rows[:5])
        message = (
            translate("Cli", "“{id}” matches more than one meeting: {listed}; give more of the ID")
            if kind == "meeting"
            else translate(
                "Cli", "“{id}” matches more than one engagement: {listed}; give more of the ID"
            )
        )
        raise CliError(message.format(id=given, listed=listed))
    return str(rows[0][0])


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.domain import Audience
    from workbench.exports.runner import (
        ExportError,
        ExportKind,
        ExportRequest,
        check_format,
        run_export,
        suggest_filename,
    )

    if args.what in ("invitation", "brief"):
        from workbench.commands.cycle import export_meeting_file

        return export_meeting_file(args)
    kind = ExportKind(args.what)
    try:
        check_format(kind, args.format)
    except ExportError as exc:
        raise CliError(error_text(exc), 2) from exc
    audience = Audience(args.audience or "partners")
    period = _period(args, kind)
    db = open_db(args)
    try:
        if kind.of_meeting:
            if args.engagement and not args.meeting:
                message = translate("Cli", "the {kind} is of a meeting: give --meeting ID")
                raise CliError(message.format(kind=kind.value), 2)
            record_id = resolve_id(db, "meeting", args.meeting)
        else:
            if args.meeting and not args.engagement:
                message = translate("Cli", "the {kind} is of an engagement: give --engagement ID")
                raise CliError(message.format(kind=kind.value), 2)
            record_id = resolve_id(db, "engagement", args.engagement)
        if args.output:
            path = Path(args.output).expanduser()
        else:
            path = Path(suggest_filename(db, kind, record_id, audience, args.lang, period))
        request = ExportRequest(
            kind, record_id, path, audience, args.lang, args.format, period=period
        )
        try:
            written = run_export(db, request)
        except ExportError as exc:
            raise CliError(error_text(exc)) from exc
    finally:
        db.close()
    print(translate("Cli", "Wrote {path}").format(path=written))
    if kind is ExportKind.EVIDENCE:
        from workbench.exports.evidence_pack import documents_path

        print(translate("Cli", "Wrote {path}").format(path=documents_path(written)))
    return 0


def _period(args: argparse.Namespace, kind: ExportKind) -> tuple[date, date] | None:
    """The evidence pack's period from ``--from``/``--to``; other exports take none."""
    from workbench.domain.rules import local_today
    from workbench.exports.runner import ExportKind

    given = args.period_from or args.period_to
    if kind is not ExportKind.EVIDENCE:
        if given:
            raise CliError(translate("Cli", "--from and --to apply to the evidence pack only"), 2)
        return None
    if not args.period_from:
        raise CliError(
            translate("Cli", "the evidence pack is of a period: give --from DATE (and --to DATE)"),
            2,
        )
    try:
        start = date.fromisoformat(args.period_from)
        end = date.fromisoformat(args.period_to) if args.period_to else local_today()
    except ValueError as exc:
        message = translate("Cli", "a date is written YYYY-MM-DD, e.g. 2021-12-31 ({error})")
        raise CliError(message.format(error=exc), 2) from exc
    if end < start:
        message = translate("Cli", "the period ends ({end}) before it starts ({start})")
        raise CliError(message.format(end=end, start=start), 2)
    return start, end


def cmd_import(args: argparse.Namespace) -> int:
    from workbench.exports.xlsx.importer import apply_import, preview_import
    from workbench.exports.xlsx.plan import TrackerImportError

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise CliError(translate("Cli", "{path}: no such file").format(path=path))
    db = open_db(args)
    try:
        try:
            plan = preview_import(db, path)
            _print_plan(plan)
            if not plan.ok:
                message = (
                    translate("Cli", "A problem in {name}; nothing was imported")
                    if len(plan.problems) == 1
                    else translate("Cli", "{count} problems in {name}; nothing was imported")
                )
                raise CliError(message.format(name=path.name, count=len(plan.problems)))
            if args.dry_run:
                print(translate("Cli", "Dry run: nothing was changed."))
                return 0
            if plan.count == 0:
                print(translate("Cli", "Nothing to import."))
                return 0
            plan = apply_import(db, path, plan)
        except TrackerImportError as exc:
            if exc.plan is not None and exc.plan.problems:
                _print_problems(exc.plan)
            raise CliError(error_text(exc)) from exc
    finally:
        db.close()
    imported = translate("Cli", "Imported {count} change(s) into “{engagement}”.")
    print(imported.format(engagement=plan.engagement, count=plan.count))
    return 0


def _print_plan(plan: ImportPlan) -> None:
    heading = translate(
        "Cli",
        "Tracker of “{engagement}” ({audience}, {lang}): {changes} change(s), {new} new action(s)",
    )
    print(
        heading.format(
            engagement=plan.engagement,
            audience=plan.audience.value,
            lang=plan.lang,
            changes=len(plan.changes),
            new=len(plan.new_actions),
        )
    )
    for line in plan.lines():
        print(f"  {line}")
    for notice in plan.notices:
        print("  " + translate("Cli", "note: {notice}").format(notice=notice))
    _print_problems(plan)


def _print_problems(plan: ImportPlan) -> None:
    for problem in plan.problems:
        print(
            "  " + translate("Cli", "problem: {problem}").format(problem=problem), file=sys.stderr
        )
