"""Plan the next meeting: the same template, the series' usual interval, the carry-over
item filled, the minutes of the last meeting up for approval."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cycle_case import TODAY, build_cycle

from workbench.domain import Action, Meeting, MeetingStatus
from workbench.services.cycle import approval, series
from workbench.services.meetings import agenda, attendance, templates
from workbench.services.records import create_record, update_record

NOW = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)


def test_the_next_working_group_meeting_comes_from_the_template_four_weeks_on(db) -> None:
    ids = build_cycle(db)
    with db.transaction() as s:
        templates.ensure_default_templates(s)
        tid = templates.template_id("working-group")
        first = templates.create_meeting_from_template(
            s, tid, engagement_id=ids.engagement, title="Monthly meeting",
            starts_at=datetime(2026, 1, 13, 9, 30, tzinfo=UTC),
        )  # fmt: skip
        second = templates.create_meeting_from_template(
            s, tid, engagement_id=ids.engagement, title="Monthly meeting",
            starts_at=datetime(2026, 2, 10, 9, 30, tzinfo=UTC),
        )  # fmt: skip
        third = templates.create_meeting_from_template(
            s, tid, engagement_id=ids.engagement, title="Monthly meeting",
            starts_at=datetime(2026, 3, 10, 9, 30, tzinfo=UTC),
        )  # fmt: skip
        attendance.set_attendance(s, third.id, ids.chair, role="chair")
        update_record(s, Meeting, third.id, status=MeetingStatus.HELD)
        create_record(
            s, Action, engagement_id=ids.engagement, meeting_id=third.id,
            title="Write to the ministry",
        )  # fmt: skip
        nxt = series.plan_next_meeting(s, first.id, now=NOW)
        new_id, third_id = nxt.id, third.id
        del second
    with db.session() as s:
        meeting = s.get(Meeting, new_id)
        items = agenda.list_items(s, new_id)
        carried = agenda.carry_over_entries(s, new_id, today=TODAY)
        people = attendance.list_attendance(s, new_id)
        template_titles = [r.title for r in templates.template_items(s, meeting.template_id)]
    assert meeting.starts_at == datetime(2026, 4, 7, 9, 30, tzinfo=UTC)  # 4 weeks on
    assert meeting.title == "Monthly meeting" and meeting.status == MeetingStatus.DRAFT
    assert meeting.template_id == templates.template_id("working-group")
    assert meeting.chair_id == ids.chair
    assert [p.person_id for p in people] == [ids.chair]
    titles = [i.title for i in items]
    assert titles[0] == "Open actions and commitments" and items[0].is_carry_over
    assert titles[1].startswith("Approve the minutes of Monthly meeting (10 March 2026)")
    assert titles[2:] == template_titles
    assert "Write to the ministry" in [e.text for e in carried]  # the carry-over is filled
    with db.session() as s:
        pending = approval.pending_approvals(s, new_id)
    assert [m for m, _ in pending] == [third_id]


def test_a_series_without_template_copies_the_last_agenda_at_its_own_interval(db) -> None:
    ids = build_cycle(db)
    with db.transaction() as s:
        nxt = series.plan_next_meeting(s, ids.call, now=NOW)
        new_id = nxt.id
    with db.session() as s:
        meeting = s.get(Meeting, new_id)
        titles = [i.title for i in agenda.list_items(s, new_id)]
    # the calls were 10 March and 7 April: four weeks; the next after 7 April
    assert meeting.starts_at == datetime(2026, 4, 7, 12, 0, tzinfo=UTC) + timedelta(days=28)
    assert titles == [
        "Open actions and commitments",
        "Progress on the supply-chain map",
        "Grievance mechanism at the mines",
        "Next steps and commitments",
    ]
    assert meeting.place == "https://meet.example/mica"
