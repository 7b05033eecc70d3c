"""Core commands: ``demo``, ``check`` (the file, and every document against its
checksum) and ``list`` (engagements, meetings, actions, commitments, notes, and the
stewardship record's interactions and documents)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING

from workbench.commands import add_db_option, open_db, to_json, translate
from workbench.commands.search import add_tracker_options, tracked_rows

if TYPE_CHECKING:
    from sqlmodel import Session

LISTS = (
    "engagements",
    "meetings",
    "actions",
    "commitments",
    "notes",
    "interactions",
    "documents",
    "sent",
)
#: Lists read by the stewardship services rather than ``services.listing``.
STEWARDSHIP_LISTS = ("interactions", "documents")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help="load the demo case (the mica engagement)")
    demo.add_argument(
        "--lang",
        choices=("nl", "en"),
        help="the language of the case (default: the interface language, else LANG)",
    )
    add_db_option(demo)
    demo.set_defaults(func=cmd_demo)

    check = sub.add_parser("check", help="check the schema version and the file's integrity")
    add_db_option(check)
    check.set_defaults(func=cmd_check)

    lst = sub.add_parser("list", help="list records for scripting")
    lst.add_argument("what", choices=LISTS)
    lst.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_tracker_options(lst)
    add_db_option(lst)
    lst.set_defaults(func=cmd_list)


def cmd_demo(args: argparse.Namespace) -> int:
    from workbench.services.demo.build import build_demo

    db = open_db(args)
    try:
        summary = build_demo(db, lang=args.lang)
    finally:
        db.close()
    created = sum(asdict(summary).values())
    if created:
        loaded = translate("Cli", "Demo case loaded into {path} ({count} records).")
        print(loaded.format(path=db.path, count=created))  # never one: no plural form needed
    else:
        print(
            translate("Cli", "Demo case already present in {path}; nothing added.").format(
                path=db.path
            )
        )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from workbench.services.stewardship.documents import document_problems
    from workbench.store import migrations

    db = open_db(args)
    try:
        revision = db.revision()
        problems = db.integrity_problems()
        if not problems:  # every document's bytes against their checksum
            with db.session() as session:
                problems = document_problems(session)
    finally:
        db.close()
    head = migrations.head_revision()
    print(translate("Cli", "Database: {path}").format(path=db.path))
    schema = translate("Cli", "Schema: {revision} (this version writes {head})")
    print(schema.format(revision=revision, head=head))
    if problems:
        print(translate("Cli", "Integrity: NOT sound"), file=sys.stderr)
        for line in problems[:20]:
            print(f"  {line}", file=sys.stderr)
        return 1
    print(translate("Cli", "Integrity: ok"))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from workbench.services import listing

    db = open_db(args)
    try:
        with db.session() as session:
            rows = tracked_rows(args, session)
            if rows is None and args.what in STEWARDSHIP_LISTS:
                rows = _stewardship_rows(args.what, session)
            if rows is None and args.what == "sent":  # the send log
                from workbench.services.cycle.sendlog import list_sent

                rows = list_sent(session)
            elif rows is None:
                rows = getattr(listing, f"list_{args.what}")(session)
    finally:
        db.close()
    if args.json:
        print(to_json(rows))
        return 0
    for row in rows:
        print(_line(args.what, row))
    return 0


def _stewardship_rows(what: str, session: Session) -> list[object]:
    from workbench.services.stewardship import documents, interactions

    if what == "interactions":
        return list(interactions.read_interactions(session))
    return list(documents.read_documents(session))


def _line(what: str, row: object) -> str:
    """One readable line per row for the terminal."""
    get = row.__getattribute__
    if what == "interactions":
        who = " · ".join(x for x in (get("company"), get("counterpart")) if x)
        kind = f"{get('kind')} {get('direction')}"
        return f"{get('id')[:8]}  {get('occurred_on')}  {kind:<25} {who}: {get('subject')}"
    if what == "documents":
        from workbench.services.stewardship.documents import size_text

        dated = get("dated_on").isoformat() if get("dated_on") else "-"
        size = size_text(get("size"))
        return f"{get('id')[:8]}  {dated:<10}  {get('owner_kind'):<11} {size:>8}  {get('title')}"
    if what == "engagements":
        return f"{get('id')[:8]}  {get('status'):<8} {get('title')}"
    if what == "meetings":
        when = get("starts_at").astimezone().strftime("%Y-%m-%d %H:%M") if get("starts_at") else "-"
        return f"{get('id')[:8]}  {when}  {get('status'):<16} {get('title')}"
    if what in ("actions", "commitments"):
        due = get("due_on").isoformat() if get("due_on") else "-"
        flag = "OVERDUE " if get("overdue") else ""
        text = get("title") if what == "actions" else get("text")
        return f"{get('id')[:8]}  {due:<10}  {get('status'):<13} {flag}{text}"
    if what == "sent":
        to = "; ".join(get("recipients")) or "-"
        return (
            f"{get('id')[:8]}  {get('sent_at').astimezone():%Y-%m-%d %H:%M}  "
            f"{get('file_name')}  {get('audience')}  sha256:{get('checksum')[:12]}  to {to}"
        )
    return f"{get('id')[:8]}  {get('captured_at').astimezone():%Y-%m-%d %H:%M}  {get('preview')}"
