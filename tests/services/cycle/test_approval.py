"""Minutes go draft → circulated → awaiting approval → approved (frozen) → corrected."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from cycle_case import build_cycle
from sqlmodel import select

from workbench.domain import AgendaItem, Decision, Meeting, MeetingStatus, Note
from workbench.services.cycle import approval, versions
from workbench.services.cycle.distribution import recipients
from workbench.services.cycle.sendlog import record_sent
from workbench.services.errors import DomainError
from workbench.services.meetings import agenda
from workbench.services.records import update_record

APPROVED = datetime(2026, 4, 7, 12, 30, tzinfo=UTC)


def _circulate(db, ids) -> None:
    with db.transaction() as s:
        people = recipients(s, ids.engagement, "partners")
        record_sent(
            s,
            kind="minutes",
            meeting_id=ids.call,
            file_name="minutes.pdf",
            checksum="ab" * 32,
            size=1000,
            audience="partners",
            lang="en",
            recipients=people,
            subject="Minutes",
        )
        approval.ensure_approval_item(s, ids.call)


def test_circulating_puts_the_approval_item_on_the_next_meeting(db) -> None:
    ids = build_cycle(db)
    with db.session() as s:
        assert versions.minutes_state(s, ids.call).stage == "draft"
    _circulate(db, ids)
    with db.session() as s:
        state = versions.minutes_state(s, ids.call)
        items = agenda.list_items(s, ids.next_call)
    assert state.stage == "awaiting_approval"
    assert state.circulated_at is not None
    assert "Priya <priya@mica.example>" in state.circulated_to
    assert "Ms Official" in state.circulated_to  # named though she has no address
    assert state.approval_meeting_id == ids.next_call
    title = "Approve the minutes of Call with Mica Corp (10 March 2026)"
    assert [i.title for i in items].count(title) == 1
    _circulate(db, ids)  # circulating again does not add the item twice
    with db.session() as s:
        assert [i.title for i in agenda.list_items(s, ids.next_call)].count(title) == 1


def test_the_approval_item_writes_its_date_as_the_content_language_does(db) -> None:
    """The title is stored data: in Dutch it says "10 maart 2026", not an ISO date."""
    from workbench import texts

    ids = build_cycle(db)
    texts.set_content_language("nl")  # the conftest sets English back afterwards
    with db.transaction() as s:
        item = approval.ensure_approval_item(
            s, ids.call, title="Verslag van {title} ({date}) vaststellen"
        )
    assert item is not None
    assert item.title == "Verslag van Call with Mica Corp (10 maart 2026) vaststellen"


def test_approving_at_the_meeting_records_it_there_and_freezes(db) -> None:
    ids = build_cycle(db)
    _circulate(db, ids)
    with db.transaction() as s:
        approval.approve_minutes(s, ids.call, now=APPROVED)
    with db.session() as s:
        state = versions.minutes_state(s, ids.call)
        meeting = s.get(Meeting, ids.call)
        decisions = list(
            s.scalars(select(Decision.text).where(Decision.meeting_id == ids.next_call))
        )
        item = next(i for i in agenda.list_items(s, ids.next_call) if "Approve" in i.title)
    assert state.stage == "approved" and state.frozen and state.version == 1
    assert state.approved_at == APPROVED
    assert state.approval_meeting_id == ids.next_call
    assert meeting.status == MeetingStatus.MINUTES_APPROVED
    assert decisions == ["The minutes of Call with Mica Corp (10 March 2026) are approved."]
    assert item.outcome == decisions[0]
    snapshot = json.loads(state.versions[0].snapshot)
    assert snapshot["items"][0]["notes"] == "Mica Corp has mapped 60% of its suppliers."


@pytest.mark.parametrize(
    "change",
    [
        lambda s, ids: update_record(s, AgendaItem, ids.item, notes="rewritten"),
        lambda s, ids: update_record(s, Meeting, ids.call, title="Another title"),
        lambda s, ids: agenda.add_item(s, ids.call, title="A late item"),
        lambda s, ids: agenda.remove_item(s, ids.item),
        lambda s, ids: s.add(Decision(meeting_id=ids.call, text="A late decision")),
        lambda s, ids: s.add(Note(meeting_id=ids.call, body="A late note")),
    ],
)
def test_approved_minutes_are_frozen(db, change) -> None:
    ids = build_cycle(db)
    with db.transaction() as s:
        approval.approve_minutes(s, ids.call, at_meeting_id=ids.next_call)
    frozen = r"approved \(version 1\) and are frozen"
    with pytest.raises(DomainError, match=frozen), db.transaction() as s:
        change(s, ids)
        s.flush()
    with db.session() as s:
        assert s.get(AgendaItem, ids.item).notes == "Mica Corp has mapped 60% of its suppliers."
        assert s.get(Meeting, ids.call).title == "Call with Mica Corp"


def test_follow_up_of_an_approved_meeting_stays_free(db) -> None:
    ids = build_cycle(db)
    with db.transaction() as s:
        approval.approve_minutes(s, ids.call)
        # the meeting's status may move on, and so may the next meeting's agenda
        update_record(s, Meeting, ids.call, status="minutes_approved")
        agenda.add_item(s, ids.next_call, title="New business")


def test_a_correction_needs_a_reason_and_becomes_version_two(db) -> None:
    ids = build_cycle(db)
    with db.transaction() as s:
        approval.approve_minutes(s, ids.call, at_meeting_id=ids.next_call, now=APPROVED)
    with pytest.raises(DomainError, match="needs a reason"), db.transaction() as s:
        approval.begin_correction(s, ids.call, "   ")
    with db.transaction() as s:
        approval.begin_correction(s, ids.call, "The map covers 70%, not 60%.")
        update_record(s, AgendaItem, ids.item, notes="Mica Corp has mapped 70% of its suppliers.")
        assert versions.minutes_state(s, ids.call).stage == "correcting"
        approval.finish_correction(s, ids.call)
    with db.session() as s:
        state = versions.minutes_state(s, ids.call)
    assert state.stage == "approved" and state.version == 2
    assert state.reason == "The map covers 70%, not 60%."
    assert state.approved_at == APPROVED  # the first approval stays on record
    first, second = (json.loads(v.snapshot) for v in state.versions)
    assert "60%" in first["items"][0]["notes"] and "70%" in second["items"][0]["notes"]
    assert "70%" in versions.snapshot_text(state.versions[1].snapshot)
    # frozen again
    with pytest.raises(DomainError, match="version 2"), db.transaction() as s:
        update_record(s, AgendaItem, ids.item, notes="again")


def test_approving_twice_or_at_itself_is_refused(db) -> None:
    ids = build_cycle(db)
    with pytest.raises(DomainError, match="later meeting"), db.transaction() as s:
        approval.approve_minutes(s, ids.call, at_meeting_id=ids.call)
    with db.transaction() as s:
        approval.approve_minutes(s, ids.call)
    with pytest.raises(DomainError, match="approved already"), db.transaction() as s:
        approval.approve_minutes(s, ids.call)


def test_the_version_line_hides_what_partners_may_not_read(db) -> None:
    ids = build_cycle(db)
    with db.transaction() as s:
        approval.approve_minutes(s, ids.call, at_meeting_id=ids.wg)  # a group-only meeting
        approval.begin_correction(s, ids.call, "ZQX internal reason")
        approval.finish_correction(s, ids.call)
    with db.session() as s:
        partners = versions.version_doc(s, ids.call, "partners")
        group = versions.version_doc(s, ids.call, "group")
    assert partners.number == 2 and partners.approved_at is not None
    assert partners.approval_meeting is None and partners.reason is None
    assert group.approval_meeting == "ZQX working group"
    assert group.reason == "ZQX internal reason"
