"""``workbench conflicts``: see and settle merge conflicts without the window.

``workbench conflicts [--all] [--json]`` lists them (unsettled ones unless ``--all``);
``workbench conflicts resolve ID --keep mine|theirs`` settles one by the same rules as
the dialog (``services.exchange.conflicts``): *mine* is the version this laptop had,
*theirs* the one a package brought. IDs may be shortened, as in git.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from workbench.commands import CliError, add_db_option, error_text, open_db, translate


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "conflicts",
        help="list merge conflicts, or settle one (resolve ID --keep mine|theirs)",
        description="Records changed on two laptops: the merge kept the newer version and "
        "set the other aside. List them, or keep mine or theirs.",
    )
    parser.add_argument("--all", action="store_true", help="also those already settled")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    add_db_option(parser)
    parser.set_defaults(func=cmd_list)
    actions = parser.add_subparsers(dest="conflicts_command", metavar="ACTION")
    resolve = actions.add_parser("resolve", help="settle one conflict")
    resolve.add_argument("id", metavar="ID", help="the conflict (its ID or a unique prefix)")
    resolve.add_argument(
        "--keep",
        required=True,
        choices=("mine", "theirs"),
        help="mine: this laptop's version; theirs: the version from the other laptop",
    )
    add_db_option(resolve)
    resolve.set_defaults(func=cmd_resolve)


def _row_json(row: Any, installation: str | None) -> dict[str, Any]:
    from workbench.services.exchange.conflicts import mine_was_kept

    mine_kept = mine_was_kept(row, installation)
    return {
        "id": row.id,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "label": row.label,
        "at": row.at.isoformat(),
        "kept": "mine" if mine_kept else "theirs",
        "differences": [
            {
                "field": field,
                "mine": kept if mine_kept else other,
                "theirs": other if mine_kept else kept,
            }
            for field, kept, other in row.differences
        ],
        "resolved_at": row.resolved_at.isoformat() if row.resolved_at else None,
        "resolution": row.resolution,
    }


def cmd_list(args: argparse.Namespace) -> int:
    from workbench.services.exchange.conflicts import list_conflicts, local_installation

    db = open_db(args)
    try:
        with db.session() as session:
            rows = list_conflicts(session, include_resolved=args.all)
            installation = local_installation(session)
    finally:
        db.close()
    found = [_row_json(row, installation) for row in rows]
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(
            translate("Cli", "No conflicts.")
            if args.all
            else translate("Cli", "No conflicts to settle.")
        )
        return 0
    for row in found:
        state = f"settled: {row['resolution']}" if row["resolved_at"] else f"kept {row['kept']}"
        print(f"{row['id'][:8]}  {row['entity']:<12} {row['label']}  ({state})")
        for d in row["differences"] or [
            {"field": "(only the timestamps)", "mine": "", "theirs": ""}
        ]:
            print(f"      {d['field']}: mine “{_short(d['mine'])}”, theirs “{_short(d['theirs'])}”")
    return 0


def _short(value: Any, limit: int = 60) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cmd_resolve(args: argparse.Namespace) -> int:
    from workbench.services.errors import DomainError
    from workbench.services.exchange.conflicts import (
        find_conflict,
        local_installation,
        resolve_conflict,
        take_other_to_keep,
    )

    db = open_db(args)
    try:
        with db.session() as session:
            try:
                row = find_conflict(session, args.id)
            except DomainError as exc:
                raise CliError(error_text(exc)) from exc
            installation = local_installation(session)
        if row.resolved_at is not None:
            settled = translate("Cli", "Conflict {id} ({label}) is already settled.")
            raise CliError(settled.format(id=row.id[:8], label=row.label))
        try:
            resolve_conflict(
                db, row.id, take_other=take_other_to_keep(row, args.keep, installation)
            )
        except DomainError as exc:
            raise CliError(error_text(exc)) from exc
    finally:
        db.close()
    settled = (
        translate("Cli", "Settled conflict {id} ({kind} “{label}”): kept mine.")
        if args.keep == "mine"
        else translate("Cli", "Settled conflict {id} ({kind} “{label}”): kept theirs.")
    )
    print(settled.format(id=row.id[:8], kind=row.entity, label=row.label))
    return 0
