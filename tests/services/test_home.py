"""Home's reading: the next meeting, what is late by engagement, my actions, notes to
file, conflicts and the last exchange, the engagements' stages; and the navigation's
counts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from followup_helpers import TODAY, build_case

from workbench.domain import (
    Action,
    ActionStatus,
    AgendaItem,
    Attendance,
    Conflict,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Note,
)
from workbench.services import home
from workbench.services.followup.actions import ActionRow
from workbench.services.followup.commitments import CommitmentRow
from workbench.services.records import tombstone, update_record
from workbench.store import lineage

NOW = datetime(2024, 3, 15, 8, 0, tzinfo=UTC)


def test_overdue_is_counted_by_engagement_both_ways_oldest_first(db) -> None:
    case = build_case(db)
    with db.session() as s:
        groups = home.overdue_by_engagement(s, today=TODAY)
    assert [g.engagement for g in groups] == ["Mica supply chain", "Cobalt"]
    mica, cobalt = groups
    assert (mica.actions, mica.by_company, mica.by_group, mica.total) == (1, 1, 0, 2)
    # the commitment due on 1 March comes before the action due on 14 March
    assert [r.id for r in mica.oldest] == [
        case.commitments["supplier-map"],
        case.actions["overdue"],
    ]
    assert isinstance(mica.oldest[0], CommitmentRow) and isinstance(mica.oldest[1], ActionRow)
    assert all(r.overdue for r in mica.oldest)
    assert (cobalt.actions, cobalt.total) == (1, 1)
    assert cobalt.oldest[0].title == "Action cobalt"


def test_done_deleted_and_due_today_are_not_overdue(db) -> None:
    case = build_case(db)
    with db.transaction() as s:
        tombstone(s, Action, case.actions["cobalt"])
    with db.session() as s:
        groups = home.overdue_by_engagement(s, today=TODAY)
        counts = home.nav_counts(s, today=TODAY)
    assert [g.engagement for g in groups] == ["Mica supply chain"]
    shown = {r.id for r in groups[0].oldest}
    assert case.actions["today"] not in shown and case.actions["done-late"] not in shown
    assert (counts.overdue_actions, counts.overdue_commitments) == (1, 1)


def test_nothing_overdue_reads_as_an_empty_list(db) -> None:
    with db.session() as s:
        assert home.overdue_by_engagement(s, today=TODAY) == []
        assert home.nav_counts(s, today=TODAY) == home.NavCounts(0, 0, 0)


def test_my_actions_are_the_open_ones_of_the_person_by_due_date(db) -> None:
    case = build_case(db)
    with db.session() as s:
        rows, total = home.my_open_actions(s, case.anna, today=TODAY)
        first, _ = home.my_open_actions(s, case.anna, today=TODAY, limit=2)
    assert total == 3
    assert [r.title for r in rows] == ["Action cobalt", "Action overdue", "Action today"]
    assert [r.title for r in first] == ["Action cobalt", "Action overdue"]
    with db.transaction() as s:
        update_record(s, Action, case.actions["cobalt"], status=ActionStatus.DONE)
    with db.session() as s:
        rows, total = home.my_open_actions(s, case.anna, today=TODAY)
    assert total == 2 and "Action cobalt" not in [r.title for r in rows]


def test_notes_to_file_are_the_newest_untriaged(db) -> None:
    with db.transaction() as s:
        for n in range(7):
            s.add(
                Note(
                    body=f"note {n}\nsecond line",
                    captured_at=NOW - timedelta(hours=n),
                    triaged=n == 0,
                )
            )
    with db.session() as s:
        rows, total = home.notes_to_file(s, limit=3)
        counts = home.nav_counts(s, today=TODAY)
    assert total == 6 and counts.notes_to_file == 6
    assert [r.preview for r in rows] == ["note 1…", "note 2…", "note 3…"]


def test_next_meeting_says_who_comes_and_whether_the_agenda_is_ready(db) -> None:
    case = build_case(db)
    with db.transaction() as s:
        call = Meeting(
            title="Call with Northgate, round two",
            kind=MeetingKind.COMPANY_CALL,
            engagement_id=case.engagement,
            starts_at=NOW + timedelta(days=2),
            duration_minutes=30,
            status=MeetingStatus.SCHEDULED,
            chair_id=case.anna,
        )
        later = Meeting(title="Working group", starts_at=NOW + timedelta(days=9))
        held = Meeting(title="Held", starts_at=NOW + timedelta(hours=1), status=MeetingStatus.HELD)
        s.add_all([call, later, held])
        s.flush()
        for person in (case.anna, case.carla):
            s.add(Attendance(meeting_id=call.id, person_id=person))
        for minutes in (20, 15):
            s.add(
                AgendaItem(meeting_id=call.id, title=f"{minutes} minutes", planned_minutes=minutes)
            )
    with db.session() as s:
        meetings = home.upcoming_meetings(s, now=NOW)
    first = meetings[0]
    assert [m.title for m in meetings] == ["Call with Northgate, round two", "Working group"]
    assert (first.chair, first.invited, first.guests) == ("Anna Émile", 2, ("Northgate",))
    assert (first.agenda_items, first.agenda_minutes) == (2, 35)
    assert not first.agenda_ready and first.over_minutes == 5  # 35 minutes in 30
    assert not meetings[1].agenda_ready and meetings[1].agenda_items == 0
    with db.transaction() as s:
        update_record(s, Meeting, first.id, duration_minutes=45)
        update_record(s, Meeting, meetings[1].id, status=MeetingStatus.IN_PROGRESS)
    with db.session() as s:
        meetings = home.upcoming_meetings(s, now=NOW)
    assert meetings[0].title == "Working group"  # the meeting running now comes first
    assert meetings[1].agenda_ready


def test_engagements_count_their_objectives_per_stage(db) -> None:
    build_case(db)
    with db.session() as s:
        lines = home.engagement_lines(s)
    assert [(e.title, e.stages) for e in lines] == [
        ("Cobalt", (0, 0, 0, 0, 0)),
        ("Mica supply chain", (0, 1, 0, 1, 0)),
    ]
    assert lines[1].objectives == 2


def test_exchange_state_counts_open_conflicts_and_the_last_packages(db) -> None:
    with db.session() as s:
        assert home.exchange_state(s) == home.ExchangeState(0, None, None, 0)
    with db.transaction(merging=True) as s:
        for resolved in (None, NOW):
            s.add(
                Conflict(
                    entity="action", entity_id="x", kept="{}", other="{}", resolved_at=resolved
                )
            )
        conn = s.connection()
        for peer, day in (("a", 1), ("b", 3)):
            stamp = lineage.stamp(NOW - timedelta(days=day))
            lineage.set_value(conn, f"peer:{peer}:last_import", json.dumps({"imported_at": stamp}))
        lineage.set_value(
            conn, "exchange:last_export", json.dumps({"exported_at": lineage.stamp(NOW)})
        )
    with db.session() as s:
        state = home.exchange_state(s)
    assert state == home.ExchangeState(1, NOW - timedelta(days=1), NOW, 2)


def test_read_home_puts_it_together_for_the_person_chosen(db) -> None:
    case = build_case(db)
    with db.session() as s:
        data = home.read_home(s, me_id=case.anna, today=TODAY, now=NOW)
        nobody = home.read_home(s, me_id="gone", today=TODAY, now=NOW)
    assert data.me_name == "Anna Émile" and data.my_actions_total == 3
    assert data.overdue_total == 3
    assert data.next_meeting is None and data.later_meetings == ()
    assert [e.title for e in data.engagements] == ["Cobalt", "Mica supply chain"]
    assert nobody.me_id is None and nobody.my_actions == ()
