"""Chairing without Qt: the clock, elapsed time per item, statuses, captures, summary."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from workbench.domain import (
    Action,
    AgendaItem,
    Audience,
    Commitment,
    Decision,
    Direction,
    Engagement,
    Meeting,
    MeetingStatus,
    Organisation,
    Person,
)
from workbench.services.chair.session import ChairSession, format_seconds
from workbench.services.errors import DomainError
from workbench.services.meetings import agenda

T0 = datetime(2024, 5, 6, 13, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def meeting(db):
    with db.transaction() as s:
        eng = Engagement(title="Mica")
        velora = Organisation(name="Velora")
        anna = Person(name="Anna", is_member=True)
        s.add_all([eng, velora, anna])
        s.flush()
        m = agenda.create_meeting(
            s,
            title="Call with Velora",
            engagement_id=eng.id,
            starts_at=T0,
            duration_minutes=30,
            audience=Audience.PARTNERS,
        )
        agenda.add_item(s, m.id, title="Progress", planned_minutes=10)
        agenda.add_item(s, m.id, title="Next steps", planned_minutes=5)
    return {"id": m.id, "engagement": eng.id, "velora": velora.id, "anna": anna.id}


def test_format_seconds() -> None:
    assert format_seconds(0) == "0:00"
    assert format_seconds(192) == "3:12"
    assert format_seconds(-192) == "3:12"
    assert format_seconds(3725) == "1:02:05"


def test_chairing_three_items_records_time_statuses_and_summary(db, meeting) -> None:
    clock = FakeClock()
    chair = ChairSession(db, meeting["id"], clock)
    assert [i.title for i in chair.items] == [agenda.CARRY_OVER_TITLE, "Progress", "Next steps"]
    assert chair.elapsed_seconds() == 0 and not chair.running

    chair.start()
    with db.session() as s:
        m = s.get(Meeting, meeting["id"])
        assert (m.status, m.started_at) == (MeetingStatus.IN_PROGRESS, T0)
    clock.advance(minutes=4)
    assert chair.elapsed_seconds() == 240
    assert chair.remaining_seconds() == 360
    clock.advance(minutes=8)  # carry-over item: 12 of 10 minutes
    assert chair.overrun_seconds() == 120
    assert chair.next()
    assert chair.current.title == "Progress" and chair.elapsed_seconds() == 0
    clock.advance(minutes=5)
    chair.previous()  # back to the carry-over for a minute: time adds up
    clock.advance(minutes=1)
    chair.next()
    clock.advance(minutes=3)
    chair.next()
    clock.advance(seconds=330)
    assert not chair.next()  # no item after the last
    summary = chair.end()

    with db.session() as s:
        m = s.get(Meeting, meeting["id"])
        assert m.status == MeetingStatus.HELD
        assert m.ended_at == T0 + timedelta(minutes=21, seconds=330)
        seconds = [i.actual_seconds for i in agenda.list_items(s, meeting["id"])]
    assert seconds == [13 * 60, 8 * 60, 330]
    assert [i.title for i in summary.items_over_time] == [agenda.CARRY_OVER_TITLE, "Next steps"]
    assert summary.items_over_time[1].over_seconds == 30
    assert summary.total_seconds == 21 * 60 + 330
    assert chair.elapsed_seconds() == 330  # frozen after the end


def test_captures_are_linked_to_meeting_and_current_item(db, meeting) -> None:
    clock = FakeClock()
    chair = ChairSession(db, meeting["id"], clock)
    chair.start()
    chair.next()
    progress = chair.current.id
    decision = chair.capture_decision("Invite Velora to the Drive Sustainability event")
    by_company = chair.capture_commitment(
        "Publish the smelter list",
        Direction.BY_COMPANY,
        party_id=meeting["velora"],
        due_on="2024-09-30",
    )
    by_group = chair.capture_commitment(
        "Introduce Velora to RMI", "by_group", owner_id=meeting["anna"], due_on=date(2024, 7, 1)
    )
    chair.next()
    action = chair.capture_action("Send the minutes", owner_id=meeting["anna"], due_on="2024-05-10")
    chair.save_notes("Velora asked about RMI membership costs.")
    summary = chair.end()

    with db.session() as s:
        d = s.get(Decision, decision.id)
        c1, c2 = s.get(Commitment, by_company.id), s.get(Commitment, by_group.id)
        a = s.get(Action, action.id)
        last = s.get(AgendaItem, a.agenda_item_id)
        assert (d.meeting_id, d.agenda_item_id) == (meeting["id"], progress)
        assert (c1.meeting_id, c1.agenda_item_id, c1.engagement_id) == (
            meeting["id"],
            progress,
            meeting["engagement"],
        )
        assert (c1.direction, c1.party_id, c1.due_on) == (
            Direction.BY_COMPANY,
            meeting["velora"],
            date(2024, 9, 30),
        )
        assert (c2.direction, c2.owner_id) == (Direction.BY_GROUP, meeting["anna"])
        assert last.title == "Next steps" and a.meeting_id == meeting["id"]
        assert last.notes == "Velora asked about RMI membership costs."
        assert {x.audience for x in (d, c1, c2, a)} == {Audience.PARTNERS}
    assert (summary.decisions, summary.commitments_by_company, summary.commitments_by_group) == (
        1,
        1,
        1,
    )
    assert summary.actions == 1 and summary.commitments == 2
    kinds = [(r.kind, r.item_title) for r in chair.captured()]
    assert kinds == [
        ("decision", "Progress"),
        ("commitment", "Progress"),
        ("commitment", "Progress"),
        ("action", "Next steps"),
    ]


def test_bad_captures_are_refused(db, meeting) -> None:
    chair = ChairSession(db, meeting["id"], FakeClock())
    with pytest.raises(DomainError):
        chair.capture_decision("  ")
    with pytest.raises(DomainError):
        chair.capture_action("Write", due_on="next week")
    with pytest.raises(DomainError):
        chair.capture_commitment("Do it", "by_someone")
    with pytest.raises(DomainError, match="not been started"):
        chair.end()
    assert chair.captured() == []


def test_a_commitment_needs_the_meetings_engagement(db) -> None:
    with db.transaction() as s:
        m = agenda.create_meeting(s, title="Loose", engagement_id=None)
        agenda.add_item(s, m.id, title="Only item")
    chair = ChairSession(db, m.id, FakeClock())
    with pytest.raises(DomainError, match="engagement"):
        chair.capture_commitment("Something", "by_company")
    assert chair.capture_action("Still fine").engagement_id is None


def test_checkpoint_and_resume_after_a_crash(db, meeting) -> None:
    clock = FakeClock()
    chair = ChairSession(db, meeting["id"], clock)
    chair.start()
    chair.next()
    clock.advance(minutes=2)
    chair.checkpoint()
    clock.advance(minutes=1)  # lost: no checkpoint after it
    resumed = ChairSession(db, meeting["id"], clock)
    assert resumed.status == MeetingStatus.IN_PROGRESS
    resumed.start()
    assert resumed.current.title == "Next steps"  # the first item not yet timed
    assert resumed.started_at == T0
    resumed.previous()
    assert resumed.elapsed_seconds() == 120


def test_approved_minutes_cannot_be_chaired_again(db, meeting) -> None:
    with db.transaction() as s:
        s.get(Meeting, meeting["id"]).status = MeetingStatus.MINUTES_APPROVED
    with pytest.raises(DomainError, match="approved"):
        ChairSession(db, meeting["id"], FakeClock()).start()
