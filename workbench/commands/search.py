"""``workbench search TEXT``, and the tracker's filters for ``workbench list actions``.

``search`` prints the records holding every word, grouped by kind (or JSON). The filter
options (``--status``, ``--overdue``, ``--due-soon``, ``--owner``, ``--engagement``) are
added to ``list`` by ``workbench.commands.core`` and applied by the tracker service, so
the command line and the window follow the same rules.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from typing import Any

from workbench.commands import CliError, add_db_option, error_text, open_db, translate

KIND_TITLES = {
    "note": "Notes",
    "agendaitem": "Agenda items",
    "decision": "Decisions",
    "commitment": "Commitments",
    "action": "Actions",
    "lesson": "Lessons",
}
TRACKED_LISTS = ("actions", "commitments")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "search",
        help="find notes, agenda items, decisions, commitments, actions and lessons by words",
        description="Every word must occur (as the start of a word); case and accents "
        "do not matter.",
    )
    parser.add_argument("text", nargs="+", help="the words to find")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--limit", type=int, default=20, metavar="N", help="at most N results per kind"
    )
    add_db_option(parser)
    parser.set_defaults(func=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    from workbench.services import search
    from workbench.store import search_index

    text = " ".join(args.text)
    if args.limit < 1:
        raise CliError(translate("Cli", "--limit must be at least 1."), 2)
    db = open_db(args)
    try:
        with db.session() as session:
            results = search.search(session, text, limit_per_kind=args.limit)
    finally:
        db.close()
    if not results.groups and search_index.match_expression(text) is None:
        raise CliError(translate("Cli", "Give at least one word to search for."), 2)
    if args.json:
        print(json.dumps(_results_json(results), ensure_ascii=False, indent=2))
        return 0
    if not results.groups:
        print(translate("Cli", "Nothing found for “{text}”.").format(text=text))
        return 0
    for group in results.groups:
        shown = f", {len(group.hits)} shown" if len(group.hits) < group.total else ""
        print(f"{KIND_TITLES.get(group.kind, group.kind)} ({group.total}{shown})")
        for hit in group.hits:
            when = _day(hit.when)
            print(f"  {hit.record_id[:8]}  {when:<10}  {hit.title}")
            snippet = _terminal_snippet(hit.snippet)
            if snippet and search.plain(hit.snippet) != hit.title:
                print(f"      {snippet}")
    return 0


def _results_json(results: Any) -> dict[str, Any]:
    from workbench.services.search import plain

    return {
        "text": results.text,
        "total": results.total,
        "groups": [
            {
                "kind": g.kind,
                "total": g.total,
                "hits": [
                    {
                        "kind": h.kind,
                        "id": h.record_id,
                        "title": h.title,
                        "snippet": plain(h.snippet),
                        "when": h.when.isoformat() if h.when else None,
                        "meeting_id": h.meeting_id,
                        "meeting": h.meeting,
                        "engagement_id": h.engagement_id,
                    }
                    for h in g.hits
                ],
            }
            for g in results.groups
        ],
    }


def _day(value: datetime | date | None) -> str:
    if isinstance(value, datetime):
        return value.astimezone().date().isoformat()
    return value.isoformat() if value else "-"


def _terminal_snippet(marked: str) -> str:
    from workbench.store.search_index import HIT_END, HIT_START

    return " ".join(marked.replace(HIT_START, "*").replace(HIT_END, "*").split())


# -- filters of ``workbench list actions`` --------------------------------------------
def add_tracker_options(parser: argparse.ArgumentParser) -> None:
    """The tracker's filters, for the lists of actions and commitments."""
    group = parser.add_argument_group("filters for actions and commitments")
    group.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="STATUS",
        help="only this status (repeat for several): open, in_progress, done, cancelled "
        "for actions; open, in_progress, fulfilled, not_fulfilled, withdrawn for commitments",
    )
    group.add_argument("--overdue", action="store_true", help="only open ones past their due date")
    group.add_argument(
        "--due-soon", action="store_true", help="only open ones due in the next 7 days"
    )
    group.add_argument("--owner", metavar="NAME", help="only those owned by people so named")
    group.add_argument(
        "--engagement", metavar="TITLE", help="only those of the engagement so titled (or id)"
    )


def tracked_rows(args: argparse.Namespace, session: Any) -> list[Any] | None:
    """The filtered rows for ``list actions``/``list commitments``; None for other lists
    (which take no filters: using one there is an error, not silently ignored)."""
    from workbench.domain import ActionStatus, CommitmentStatus
    from workbench.services.errors import DomainError
    from workbench.services.followup import actions, commitments, tracker

    used = args.status or args.overdue or args.due_soon or args.owner or args.engagement
    if args.what not in TRACKED_LISTS:
        if used:
            raise CliError(
                "--status, --overdue, --due-soon, --owner and --engagement apply to "
                "actions and commitments only.",
                2,
            )
        return None
    enum = ActionStatus if args.what == "actions" else CommitmentStatus
    try:
        flt = tracker.TrackerFilter(
            engagement_id=_engagement_id(session, args.engagement) if args.engagement else None,
            owner_ids=frozenset(tracker.people_named(session, args.owner)) if args.owner else None,
            statuses=tracker.parse_statuses(args.status, enum),
            overdue=args.overdue,
            due_soon=args.due_soon,
        )
    except DomainError as exc:
        raise CliError(error_text(exc), 2) from exc
    if args.what == "actions":
        return actions.find_actions(session, flt)
    return commitments.find_commitments(session, flt)


def _engagement_id(session: Any, text: str) -> str:
    from workbench.services import listing
    from workbench.services.followup.tracker import fold

    wanted = fold(text)
    engagements = listing.list_engagements(session)
    found = [e.id for e in engagements if e.id == text or wanted in fold(e.title)]
    if len(found) != 1:
        titles = ", ".join(e.title for e in engagements) or translate("Cli", "none")
        message = (
            translate("Cli", "No engagement matches “{text}”; engagements: {titles}.")
            if not found
            else translate(
                "Cli", "More than one engagement matches “{text}”; engagements: {titles}."
            )
        )
        raise CliError(message.format(text=text, titles=titles), 2)
    return found[0]
