"""``workbench group create|join CODE|show|remove LAPTOP``: the group's key and members.

``create`` makes the group key on the first laptop and prints the join code; each other
member runs ``join`` with that code, passed on out of band (in person, by phone, on
paper: never through the exchange folder). From then on every package is sealed.
"""

from __future__ import annotations

import argparse
import json

from workbench.commands import CliError, add_db_option, error_text, open_db, translate


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "group",
        help="the group key that seals exchange packages, and the group's laptops",
        description="Create the group key, join a group with its join code, or show the "
        "group and its members' key fingerprints.",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = actions.add_parser("create", help="make a new group key; prints the join code")
    add_db_option(create)
    create.set_defaults(func=cmd_create)
    join = actions.add_parser("join", help="join the group with the code another member gave")
    join.add_argument(
        "code", metavar="CODE", nargs="+", help="the join code (WB1-… or, after a removal, WB2-…)"
    )
    add_db_option(join)
    join.set_defaults(func=cmd_join)
    show = actions.add_parser("show", help="the group, its join code and members")
    show.add_argument("--json", action="store_true", help="print it as JSON")
    add_db_option(show)
    show.set_defaults(func=cmd_show)
    remove = actions.add_parser(
        "remove", help="refuse a laptop's packages from now on and replace the group key"
    )
    remove.add_argument("laptop", metavar="LAPTOP", help="the laptop id (its first letters)")
    add_db_option(remove)
    remove.set_defaults(func=cmd_remove)


def cmd_create(args: argparse.Namespace) -> int:
    from workbench.services.group import GroupError, create_group

    db = open_db(args)
    try:
        code = create_group(db)
    except GroupError as exc:
        raise CliError(error_text(exc)) from exc
    finally:
        db.close()
    print(translate("Cli", "The group key is made; packages are sealed from now on."))
    print(translate("Cli", "Give this join code to each member, not through the exchange folder:"))
    print(code)
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    from workbench.services.group import GroupError, join_group

    db = open_db(args)
    try:
        group = join_group(db, " ".join(args.code))
    except GroupError as exc:
        raise CliError(error_text(exc)) from exc
    finally:
        db.close()
    print(
        translate(
            "Cli", "This laptop is in group {group}; its packages are sealed from now on."
        ).format(group=group)
    )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from workbench.services.group import GroupError, code_of, group_info

    db = open_db(args)
    try:
        info = group_info(db)
        try:
            code = code_of(db) if info is not None else None
        except GroupError:
            code = None
    finally:
        db.close()
    if args.json:
        data = None
        if info is not None:
            data = {
                "group": info.group,
                "has_key": info.has_key,
                "join_code": code,
                "members": [
                    {
                        "laptop_id": m.laptop_id,
                        "fingerprint": m.fingerprint,
                        "added_by": m.added_by,
                        "added_at": m.added_at,
                        "removed": m.removed,
                    }
                    for m in info.members
                ],
            }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if info is None:
        print(translate("Cli", "This laptop shares in no group: packages are not sealed."))
        print(
            translate(
                "Cli",
                "Start one with 'workbench group create', or join with "
                "'workbench group join CODE'.",
            )
        )
        return 0
    print(translate("Cli", "Group {group}").format(group=info.group))
    missing = translate("Cli", "missing on this laptop: join again with the code")
    print(translate("Cli", "Join code: {code}").format(code=code or missing))
    for m in info.members:
        state = translate("Cli", " (removed)") if m.removed else ""
        added = translate("Cli", "added by {name}").format(name=m.added_by)
        print(f"  {m.laptop_id[:8]}  {m.fingerprint}  {added}{state}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from workbench.services.group import GroupError, code_of, remove_member

    db = open_db(args)
    try:
        member = remove_member(db, args.laptop)
        code = code_of(db)
    except GroupError as exc:
        raise CliError(error_text(exc)) from exc
    finally:
        db.close()
    print(
        translate("Cli", "Packages from laptop {laptop} are refused from now on.").format(
            laptop=member.laptop_id[:8]
        )
    )
    print(
        translate(
            "Cli",
            "The group key is replaced. Give this new join code to each remaining member\n"
            "(workbench group join CODE), not through the exchange folder:",
        )
    )
    print(code)
    return 0
