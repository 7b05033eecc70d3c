"""Agenda preparation: items, order, time boxes, carry-over and its history."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from workbench.domain import (
    Action,
    ActionStatus,
    AgendaItem,
    Audience,
    Change,
    Commitment,
    CommitmentStatus,
    Direction,
    Engagement,
    Meeting,
    MeetingStatus,
    Organisation,
    OrganisationKind,
    Person,
    Purpose,
)
from workbench.services.errors import DomainError
from workbench.services.meetings import agenda

T0 = datetime(2024, 3, 1, 9, tzinfo=UTC)
TODAY = date(2024, 4, 1)


@pytest.fixture
def case(db):
    """An engagement with one earlier meeting holding open and closed follow-ups."""
    with db.transaction() as s:
        eng = Engagement(title="Mica")
        other = Engagement(title="Cobalt")
        company = Organisation(name="Velora", kind=OrganisationKind.COMPANY)
        anna = Person(name="Anna", is_member=True)
        s.add_all([eng, other, company, anna])
        s.flush()
        earlier = Meeting(title="Call 1", engagement_id=eng.id, starts_at=T0)
        s.add(earlier)
        s.flush()
        s.add_all(
            [
                Action(
                    id="a-open",
                    title="Send the RMI letter",
                    engagement_id=eng.id,
                    meeting_id=earlier.id,
                    owner_id=anna.id,
                    due_on=date(2024, 3, 15),
                ),
                Action(
                    id="a-done",
                    title="Book a room",
                    engagement_id=eng.id,
                    meeting_id=earlier.id,
                    status=ActionStatus.DONE,
                ),
                Action(id="a-loose", title="Call the NGO", engagement_id=eng.id),
                Action(id="a-other", title="Other case", engagement_id=other.id),
                Commitment(
                    id="c-open",
                    text="Map the mica supply chain",
                    engagement_id=eng.id,
                    meeting_id=earlier.id,
                    direction=Direction.BY_COMPANY,
                    party_id=company.id,
                    due_on=date(2024, 6, 30),
                    status=CommitmentStatus.IN_PROGRESS,
                ),
                Commitment(
                    id="c-kept",
                    text="Join RMI",
                    engagement_id=eng.id,
                    meeting_id=earlier.id,
                    status=CommitmentStatus.FULFILLED,
                ),
            ]
        )
    return {"engagement": eng.id, "earlier": earlier.id, "anna": anna.id, "company": company.id}


def new_meeting(db, case, **kw):
    with db.transaction() as s:
        return agenda.create_meeting(
            s,
            title=kw.pop("title", "Call 2"),
            engagement_id=case["engagement"],
            starts_at=kw.pop("starts_at", T0 + timedelta(days=30)),
            **kw,
        ).id


def test_new_meeting_opens_with_the_carry_over_item(db, case) -> None:
    meeting_id = new_meeting(db, case)
    with db.session() as s:
        items = agenda.list_items(s, meeting_id)
        assert [i.title for i in items] == [agenda.CARRY_OVER_TITLE]
        assert items[0].is_carry_over
        assert items[0].audience == Audience.GROUP
        entries = agenda.carry_over_entries(s, meeting_id, today=TODAY)
    assert {e.id for e in entries} == {"a-open", "a-loose", "c-open"}
    first = entries[0]
    assert (first.id, first.overdue, first.owner) == ("a-open", True, "Anna")
    commitment = next(e for e in entries if e.kind == "commitment")
    assert commitment.party == "Velora"
    assert commitment.direction == Direction.BY_COMPANY
    assert commitment.meeting == "Call 1"


def test_a_meeting_without_engagement_has_no_carry_over(db) -> None:
    with db.transaction() as s:
        meeting = agenda.create_meeting(s, title="Loose", engagement_id=None)
        assert agenda.list_items(s, meeting.id) == []
        assert agenda.carry_over_entries(s, meeting.id) == []


def test_follow_ups_of_later_meetings_are_not_carried_back(db, case) -> None:
    meeting_id = new_meeting(db, case, starts_at=T0 - timedelta(days=30))
    with db.session() as s:
        ids = {e.id for e in agenda.carry_over_entries(s, meeting_id, today=TODAY)}
    assert ids == {"a-loose"}


def test_add_edit_reorder_remove_and_restore(db, case) -> None:
    meeting_id = new_meeting(db, case)
    with db.transaction() as s:
        a = agenda.add_item(s, meeting_id, title="Progress", planned_minutes=20)
        b = agenda.add_item(s, meeting_id, title="Next steps", purpose="decide", planned_minutes=15)
        c = agenda.add_item(s, meeting_id, title="AOB", planned_minutes=5, position=1)
        agenda.update_item(s, a.id, presenter_id=case["anna"], audience="partners")
    with db.session() as s:
        rows = agenda.list_items(s, meeting_id)
    assert [r.title for r in rows] == [agenda.CARRY_OVER_TITLE, "AOB", "Progress", "Next steps"]
    assert [r.position for r in rows] == [0, 1, 2, 3]
    assert rows[2].presenter == "Anna" and rows[2].audience == Audience.PARTNERS
    assert rows[3].purpose == Purpose.DECIDE

    with db.transaction() as s:
        assert agenda.move_item(s, b.id, 1) == 3
    with db.transaction() as s:
        old = agenda.remove_item(s, c.id)
    with db.session() as s:
        assert [r.title for r in agenda.list_items(s, meeting_id)][1:] == ["Next steps", "Progress"]
        assert s.get(AgendaItem, c.id).deleted_at is not None
    with db.transaction() as s:
        agenda.restore_item(s, c.id, old)
        agenda.reorder(s, meeting_id, [c.id])
    with db.session() as s:
        assert agenda.list_items(s, meeting_id)[0].title == "AOB"


def test_timing_warns_when_the_agenda_does_not_fit(db, case) -> None:
    meeting_id = new_meeting(db, case, duration_minutes=45)
    with db.transaction() as s:
        agenda.add_item(s, meeting_id, title="Progress", planned_minutes=30)
        fit = agenda.timing(s, meeting_id)
        assert (fit.total_minutes, fit.fits, fit.spare_minutes) == (40, True, 5)
        agenda.add_item(s, meeting_id, title="Strategy", planned_minutes=20)
        fit = agenda.timing(s, meeting_id)
    assert (fit.total_minutes, fit.fits, fit.over_minutes) == (60, False, 15)
    assert agenda.agenda_fit([10, 20], 25).over_minutes == 5


def test_bad_values_are_refused_and_nothing_changes(db, case) -> None:
    meeting_id = new_meeting(db, case)
    with db.transaction() as s:
        item = agenda.add_item(s, meeting_id, title="Progress")
    for changes in ({"title": "  "}, {"planned_minutes": "ten"}, {"purpose": "vote"}, {"x": 1}):
        with pytest.raises(DomainError), db.transaction() as s:
            agenda.update_item(s, item.id, **changes)
    with pytest.raises(DomainError), db.transaction() as s:
        agenda.add_item(s, meeting_id, title="")
    with db.session() as s:
        stored = s.get(AgendaItem, item.id)
        assert (stored.title, stored.planned_minutes, stored.purpose) == (
            "Progress",
            10,
            Purpose.DISCUSS,
        )


def test_updating_a_carried_item_is_recorded_in_the_history(db, case) -> None:
    meeting_id = new_meeting(db, case)
    with db.transaction() as s:
        agenda.update_carried(
            s,
            "action",
            "a-open",
            meeting_id=meeting_id,
            status="in_progress",
            due_on="2024-04-30",
            note="Letter drafted, waiting for sign-off",
            today=TODAY,
        )
        agenda.update_carried(
            s, "commitment", "c-open", meeting_id=meeting_id, note="Mapping at tier 3 now"
        )
        agenda.update_carried(
            s, "commitment", "c-open", meeting_id=meeting_id, status=CommitmentStatus.FULFILLED
        )
    with db.session() as s:
        action = s.get(Action, "a-open")
        assert action.status == ActionStatus.IN_PROGRESS
        assert action.due_on == date(2024, 4, 30)
        assert "Letter drafted" in action.notes
        changes = agenda.history(s, "action", "a-open")
        assert {(c.field, c.new) for c in changes} == {
            ("status", "in_progress"),
            ("due_on", "2024-04-30"),
        }
        assert all(c.meeting_id == meeting_id for c in changes)
        assert all(c.note == "Letter drafted, waiting for sign-off" for c in changes)
        c_changes = agenda.history(s, "commitment", "c-open")
        assert [(c.field, c.note) for c in c_changes] == [
            ("note", "Mapping at tier 3 now"),
            ("status", None),
        ]
        assert s.get(Commitment, "c-open").status == CommitmentStatus.FULFILLED
        entries = agenda.carry_over_entries(s, meeting_id, today=TODAY)
        assert "c-open" not in {e.id for e in entries}
        logged = s.exec(select(Change).where(Change.meeting_id == meeting_id)).all()
        assert len(logged) == 4


def test_a_bad_due_date_on_a_carried_item_changes_nothing(db, case) -> None:
    meeting_id = new_meeting(db, case)
    with pytest.raises(DomainError), db.transaction() as s:
        agenda.update_carried(
            s, "action", "a-open", meeting_id=meeting_id, status="done", due_on="31/04"
        )
    with db.session() as s:
        assert s.get(Action, "a-open").status == ActionStatus.OPEN
        assert agenda.history(s, "action", "a-open") == []


def test_the_meeting_status_is_untouched_by_agenda_edits(db, case) -> None:
    meeting_id = new_meeting(db, case)
    with db.transaction() as s:
        agenda.add_item(s, meeting_id, title="Progress")
        assert s.get(Meeting, meeting_id).status == MeetingStatus.DRAFT
