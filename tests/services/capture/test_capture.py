"""Quick notes and their triage: attach, turn into action or commitment, keep the time."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from workbench.domain import (
    Action,
    Audience,
    Commitment,
    Direction,
    Engagement,
    Meeting,
    Note,
    Organisation,
    Target,
)
from workbench.services.capture import notes as capture
from workbench.services.errors import DomainError

AT = datetime(2024, 6, 12, 10, 30, tzinfo=UTC)


@pytest.fixture
def ids(db):
    with db.transaction() as s:
        eng = Engagement(title="Mica")
        org = Organisation(name="Velora")
        s.add_all([eng, org])
        s.flush()
        target = Target(engagement_id=eng.id, organisation_id=org.id)
        meeting = Meeting(title="Call", engagement_id=eng.id)
        s.add_all([target, meeting])
    return {"engagement": eng.id, "target": target.id, "meeting": meeting.id, "org": org.id}


def test_a_quick_note_is_group_only_and_in_the_inbox(db, ids) -> None:
    with db.transaction() as s:
        note = capture.create_note(
            s, "RMI session: Velora's buyer was there", place="OECD forum", captured_at=AT
        )
        capture.update_note(s, note.id, body="RMI session: Velora's buyer was there.\nAsk her")
        capture.update_note(s, note.id, target_id=ids["target"])
    with db.session() as s:
        stored = s.get(Note, note.id)
        assert stored.audience == Audience.GROUP and not stored.triaged
        assert stored.place == "OECD forum" and stored.captured_at == AT
        assert stored.engagement_id == ids["engagement"]  # through the target
        assert [r.id for r in capture.inbox(s)] == [note.id]


def test_attach_to_a_meeting_triages_it(db, ids) -> None:
    with db.transaction() as s:
        note = capture.create_note(s, "From the conference")
        capture.attach_note(s, note.id, meeting_id=ids["meeting"])
    with db.session() as s:
        stored = s.get(Note, note.id)
        assert (stored.meeting_id, stored.engagement_id, stored.triaged) == (
            ids["meeting"],
            ids["engagement"],
            True,
        )
        assert capture.inbox(s) == []
    with pytest.raises(DomainError), db.transaction() as s:
        capture.attach_note(s, note.id)


def test_note_to_action_keeps_text_and_time(db, ids) -> None:
    with db.transaction() as s:
        note = capture.create_note(
            s, "Ask Velora for the smelter list\nThey promised at the panel", captured_at=AT
        )
        action = capture.note_to_action(
            s, note.id, engagement_id=ids["engagement"], due_on="2024-07-01"
        )
    with db.session() as s:
        stored = s.get(Action, action.id)
        assert stored.title == "Ask Velora for the smelter list"
        assert "They promised at the panel" in stored.notes
        assert stored.created_at == AT and stored.due_on == date(2024, 7, 1)
        assert stored.audience == Audience.GROUP
        assert s.get(Note, note.id).triaged


def test_note_to_commitment_needs_an_engagement(db, ids) -> None:
    with db.transaction() as s:
        note = capture.create_note(s, "Velora will join RMI this year", captured_at=AT)
    with pytest.raises(DomainError, match="engagement"), db.transaction() as s:
        capture.note_to_commitment(s, note.id)
    with db.transaction() as s:
        c = capture.note_to_commitment(
            s,
            note.id,
            engagement_id=ids["engagement"],
            direction=Direction.BY_COMPANY,
            party_id=ids["org"],
        )
    with db.session() as s:
        stored = s.get(Commitment, c.id)
        assert (stored.text, stored.created_at, stored.party_id) == (
            "Velora will join RMI this year",
            AT,
            ids["org"],
        )
        assert s.get(Note, note.id).triaged


def test_an_empty_note_cannot_become_an_action(db) -> None:
    with db.transaction() as s:
        note = capture.create_note(s, "")
    with pytest.raises(DomainError, match="empty"), db.transaction() as s:
        capture.note_to_action(s, note.id)
