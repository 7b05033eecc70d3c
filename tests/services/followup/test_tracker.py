"""The action tracker's rules: filters, overdue at day boundaries, bulk status changes."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from followup_helpers import TODAY, build_case
from sqlmodel import select

from workbench.domain import Action, ActionStatus, Change, CommitmentStatus
from workbench.domain.rules import is_overdue
from workbench.services.errors import DomainError
from workbench.services.followup import actions, commitments, tracker
from workbench.services.followup.tracker import TrackerFilter


def titles(rows) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.title.removeprefix("Action ") for r in rows}


def find(db, **kwargs) -> set[str]:  # type: ignore[no-untyped-def]
    text = kwargs.pop("text", "")
    with db.session() as s:
        return titles(actions.find_actions(s, TrackerFilter(**kwargs), today=TODAY, text=text))


def test_no_filter_shows_every_live_action(db) -> None:
    case = build_case(db)
    assert find(db) == set(case.actions)


def test_filter_by_engagement_owner_and_organisation(db) -> None:
    case = build_case(db)
    assert "cobalt" not in find(db, engagement_id=case.engagement)
    assert find(db, owner_ids=frozenset({case.bram})) == {"in-week", "done-late"}
    # The supplier's people own one action; the NGO's two people own the rest.
    assert find(db, organisation_id=case.supplier) == {"in-8-days"}
    assert find(db, organisation_id=case.ngo) == {
        "overdue",
        "today",
        "in-week",
        "done-late",
        "cobalt",
    }


def test_filter_by_status_and_text_ignores_case_and_accents(db) -> None:
    build_case(db)
    assert find(db, statuses=frozenset({"done"})) == {"done-late"}
    assert find(db, statuses=frozenset({"in_progress"})) == {"today"}
    # Anna's name has an accent; typing without it, in capitals, finds her actions.
    assert find(db, text="EMILE") == {"overdue", "today", "cobalt"}
    assert find(db, text="emile week") == set()


def test_overdue_and_due_soon(db) -> None:
    build_case(db)
    # Due yesterday and still open: overdue. Due today: not yet. Done late: not overdue.
    assert find(db, overdue=True, engagement_id=None) == {"overdue", "cobalt"}
    # Due from today up to seven days ahead; the eighth day is not "soon".
    assert find(db, due_soon=True) == {"today", "in-week"}


@pytest.mark.parametrize(
    ("due", "today", "overdue"),
    [
        (date(2024, 3, 14), date(2024, 3, 15), True),
        (date(2024, 3, 15), date(2024, 3, 15), False),
        (date(2024, 3, 16), date(2024, 3, 15), False),
        (None, date(2024, 3, 15), False),
    ],
)
def test_overdue_rule_at_the_day_boundary(due, today, overdue) -> None:  # type: ignore[no-untyped-def]
    assert is_overdue(due, ActionStatus.OPEN, today) is overdue
    assert is_overdue(due, ActionStatus.DONE, today) is False
    assert is_overdue(due, CommitmentStatus.IN_PROGRESS, today) is overdue


def test_today_is_the_local_date_not_the_utc_date() -> None:
    amsterdam = ZoneInfo("Europe/Amsterdam")
    # 23:30 UTC on 14 March is already 15 March in Amsterdam (UTC+1 in winter) ...
    late = datetime(2024, 3, 14, 23, 30, tzinfo=UTC)
    assert tracker.local_date(late, amsterdam) == date(2024, 3, 15)
    # ... so an action due on the 14th is overdue there, though not yet in UTC.
    assert is_overdue(date(2024, 3, 14), "open", tracker.local_date(late, amsterdam))
    assert not is_overdue(date(2024, 3, 14), "open", tracker.local_date(late, UTC))
    # One minute before local midnight it is still the 14th: due today, not overdue.
    before_midnight = datetime(2024, 3, 14, 22, 59, tzinfo=UTC)
    assert tracker.local_date(before_midnight, amsterdam) == date(2024, 3, 14)
    # Summer time moves the boundary by an hour.
    summer = datetime(2024, 7, 1, 22, 0, tzinfo=UTC)
    assert tracker.local_date(summer, amsterdam) == date(2024, 7, 2)
    assert tracker.local_date(summer, timezone(timedelta(hours=-5))) == date(2024, 7, 1)
    with pytest.raises(ValueError):
        tracker.local_date(datetime(2024, 3, 14, 12))


def test_bulk_status_change_stamps_done_on_and_history(db) -> None:
    case = build_case(db)
    db.actor_id = case.bram
    ids = [case.actions["overdue"], case.actions["in-week"], case.actions["done-late"]]
    with db.transaction(meeting_id=case.wg) as s:
        changed = tracker.set_status(s, ids, "done", today=TODAY)
    # The action that was already done is left alone (no history noise).
    assert set(changed) == set(ids[:2])
    with db.session() as s:
        for action_id in ids[:2]:
            action = s.get(Action, action_id)
            assert action.status is ActionStatus.DONE
            assert action.done_on == TODAY
        history = s.exec(select(Change).where(Change.field == "status")).all()
        assert {(h.entity_id, h.old, h.new, h.by_id, h.meeting_id) for h in history} == {
            (ids[0], "open", "done", case.bram, case.wg),
            (ids[1], "open", "done", case.bram, case.wg),
        }
    with db.transaction() as s:
        tracker.set_status(s, ids[:1], ActionStatus.OPEN, today=TODAY)
    with db.session() as s:
        assert s.get(Action, ids[0]).done_on is None


def test_bulk_status_change_refuses_bad_input_and_changes_nothing(db) -> None:
    case = build_case(db)
    with pytest.raises(DomainError, match="Unknown action status"), db.transaction() as s:
        tracker.set_status(s, [case.actions["overdue"]], "finished")
    with pytest.raises(DomainError, match="No action"), db.transaction() as s:
        tracker.set_status(s, [case.actions["overdue"], "missing-id"], "done")
    with db.session() as s:
        assert s.get(Action, case.actions["overdue"]).status is ActionStatus.OPEN


def test_my_actions_are_my_open_ones(db) -> None:
    case = build_case(db)
    with db.session() as s:
        mine = actions.my_actions(s, case.bram, today=TODAY)
    assert titles(mine) == {"in-week"}


def test_people_named_and_statuses_parsed_for_the_command_line(db) -> None:
    case = build_case(db)
    with db.session() as s:
        assert tracker.people_named(s, "emile") == {case.anna}
        with pytest.raises(DomainError, match="No person"):
            tracker.people_named(s, "Zoë")
    assert tracker.parse_statuses(["open", "In-Progress"], ActionStatus) == {
        "open",
        "in_progress",
    }
    with pytest.raises(DomainError, match="use one of"):
        tracker.parse_statuses(["fulfilled"], ActionStatus)


def test_summary_counts_open_overdue_and_due_soon(db) -> None:
    build_case(db)
    with db.session() as s:
        rows = actions.find_actions(s, TrackerFilter(), today=TODAY)
    assert tracker.summary(rows, TODAY) == {"open": 6, "overdue": 2, "due_soon": 2}


def test_commitments_are_filtered_by_the_same_rules(db) -> None:
    case = build_case(db)
    with db.session() as s:
        rows = commitments.find_commitments(s, TrackerFilter(overdue=True), today=TODAY)
    assert {r.id for r in rows} == {case.commitments["supplier-map"]}


# -- the tracker's questions to SQLite (the lazy list) -----------------------------------
SHOWN = {"open": "Open", "in_progress": "In progress", "done": "Done", "cancelled": "Cancelled"}


def _with_more_titles(db, case):  # type: ignore[no-untyped-def]
    """Titles with accents, capitals, a per cent sign and a word inside a word."""
    with db.transaction() as s:
        for title, owner in (
            ("Réunion à GENÈVE", case.carla),
            ("Send the newsletter", None),
            ("Check 100% of smelters", case.bram),
            ("ÉCOLE visit_plan", case.anna),
        ):
            action = Action(title=title, owner_id=owner, engagement_id=case.engagement)
            s.add(action)
            s.flush()
            case.actions[title] = action.id


def _shown_text(row) -> str:  # type: ignore[no-untyped-def]
    """What the list shows of a row, as the in-memory text filter reads it."""
    parts = [row.title, row.owner, row.organisation, row.engagement, row.meeting]
    parts += [SHOWN[row.status.value], row.due_on.isoformat() if row.due_on else ""]
    if row.overdue:
        parts.append(" (overdue)")
    return tracker.fold(" ".join(p or "" for p in parts))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "EMILE",
        "reunion",
        "geneve",
        "ecole",
        "letter",  # inside "newsletter"
        "100%",
        "visit_",
        "overdue",
        "due",
        "in prog",
        "2024-03",
        "northgate",  # the meeting, and Carla's organisation
        "terre hommes",
        "cobalt",
        "velora",
        "nothing like this",
    ],
)
def test_sql_filter_lets_through_what_the_list_filter_does(db, text) -> None:  # type: ignore[no-untyped-def]
    case = build_case(db)
    _with_more_titles(db, case)
    filters = [
        TrackerFilter(),
        TrackerFilter(open_only=True),
        TrackerFilter(overdue=True),
        TrackerFilter(due_soon=True),
        TrackerFilter(owner_ids=frozenset({case.anna})),
        TrackerFilter(owner_ids=frozenset()),
        TrackerFilter(organisation_id=case.ngo),
        TrackerFilter(engagement_id=case.engagement, statuses=frozenset({"open", "done"})),
    ]
    shown = actions.ShownWords(SHOWN, "(overdue)")
    words = tracker.fold(text).split()
    with db.session() as s:
        rows = actions.read_actions(s, today=TODAY)
        members = tracker.members_lookup(s)
        for flt in filters:
            accepts = flt.predicate(members, TODAY)
            want = {r.id for r in rows if accepts(r) and all(w in _shown_text(r) for w in words)}
            got = actions.filtered_action_ids(s, flt, today=TODAY, text=text, shown=shown)
            assert got == want, (flt, text)
    if text == "reunion":  # accents and capitals are ignored, in titles as in names
        assert want and case.actions["Réunion à GENÈVE"] in got


def test_sql_filter_among_new_ids_only(db) -> None:
    case = build_case(db)
    among = [case.actions["overdue"], case.actions["done-late"], "gone"]
    with db.session() as s:
        passing = actions.filtered_action_ids(
            s, TrackerFilter(open_only=True), today=TODAY, among=among
        )
    assert passing == {case.actions["overdue"]}


@pytest.mark.parametrize("by", ["title", "owner", "organisation", "due", "status", "engagement",
                                "meeting", "audience"])  # fmt: skip
def test_sql_order_is_the_order_of_the_lists_sort_keys(db, by) -> None:  # type: ignore[no-untyped-def]
    case = build_case(db)
    _with_more_titles(db, case)
    with db.session() as s:
        rows = actions.read_actions(s, today=TODAY)
        for descending in (False, True):
            ids = actions.ordered_action_ids(s, by, descending=descending)
            assert sorted(ids) == sorted(r.id for r in rows)
            by_id = {r.id: r for r in rows}
            keys = [_key(by_id[i], by) for i in ids]
            assert keys == sorted(keys, key=_none_first, reverse=descending), (by, descending)
            if by != "due":  # ties stay in due-date order, whichever way
                for a, b in itertools.pairwise(ids):
                    if _key(by_id[a], by) == _key(by_id[b], by):
                        assert _none_first(by_id[a].due_on) <= _none_first(by_id[b].due_on)
    with pytest.raises(ValueError, match="cannot sort"), db.session() as s:
        actions.ordered_action_ids(s, "colour")


def test_ids_by_due_are_every_live_action_in_the_order_sqlite_gives_row_by_row(db) -> None:  # type: ignore[no-untyped-def]
    """The ids read as one text are those read a row at a time, in the same order: ties
    on a due date, undated actions and a deleted one (left out) included."""
    with db.session() as s:
        assert actions.ordered_action_ids(s, "due") == []  # no action yet
    case = build_case(db)
    with db.transaction() as s:
        s.add_all(Action(title=f"Tie {n}", due_on=TODAY) for n in range(30))
        s.add_all(Action(title=f"Undated {n}") for n in range(5))
        gone = s.get(Action, case.actions["overdue"])
        assert gone is not None
        gone.deleted_at = datetime.now(UTC)
    with db.session() as s:
        raw = actions._raw(s)
        for descending in (False, True):
            by_row = [
                r[0] for r in raw.execute(
                    "SELECT id FROM action WHERE deleted_at IS NULL ORDER BY due_on "
                    + ("DESC, rowid DESC" if descending else ", rowid")
                )
            ]  # fmt: skip
            ids = actions.ordered_action_ids(s, "due", descending=descending)
            assert ids == by_row and len(ids) == len(case.actions) + 35 - 1
            assert case.actions["overdue"] not in ids


def _key(row, by):  # type: ignore[no-untyped-def]
    if by == "due":
        return row.due_on
    if by == "status":
        return list(ActionStatus).index(row.status)
    if by == "audience":
        return row.audience.value
    if by == "title":
        return row.title.casefold()
    return (getattr(row, by) or "").casefold()


def _none_first(key):  # type: ignore[no-untyped-def]
    return (key is not None, key)


def test_fetch_reads_the_rows_of_some_ids_as_the_full_loader_does(db) -> None:
    from workbench.services.records import tombstone

    case = build_case(db)
    with db.transaction() as s:
        tombstone(s, Action, case.actions["no-date"])
    wanted = [case.actions["overdue"], case.actions["in-8-days"], case.actions["no-date"], "gone"]
    with db.session() as s:
        full = {r.id: r for r in actions.read_actions(s, today=TODAY)}
        some = actions.read_actions(s, today=TODAY, ids=wanted)
    assert {r.id for r in some} == set(wanted[:2])  # the deleted and the unknown left out
    for row in some:
        assert row == full[row.id]
    carla = next(r for r in some if r.id == case.actions["in-8-days"])
    assert (carla.owner, carla.organisation, carla.meeting) == (
        "Carla Jones",
        "Northgate",
        "Call with Northgate",
    )


def test_sql_summary_counts_as_the_rows_do(db) -> None:
    build_case(db)
    with db.session() as s:
        rows = actions.read_actions(s, today=TODAY)
        assert actions.action_summary(s, TODAY) == tracker.summary(rows, TODAY)
