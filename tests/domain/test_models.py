"""Domain rules: keys, timestamps, tombstones, enums as text, audience defaults."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from workbench.domain import (
    Action,
    ActionStatus,
    Audience,
    Commitment,
    CommitmentStatus,
    Direction,
    Engagement,
    Meeting,
    Note,
    Objective,
)
from workbench.domain.rules import is_overdue


def test_new_records_have_uuid_keys_utc_times_and_no_tombstone(db) -> None:
    with db.transaction() as s:
        engagement = Engagement(title="Mica")
        s.add(engagement)
    with db.session() as s:
        stored = s.get(Engagement, engagement.id)
    assert uuid.UUID(stored.id).version == 4
    assert stored.created_at.tzinfo is UTC
    assert stored.updated_at.tzinfo is UTC
    assert stored.deleted_at is None


def test_naive_datetime_is_refused(db) -> None:
    with pytest.raises(sa.exc.StatementError), db.transaction() as s:
        s.add(Meeting(title="Call", starts_at=datetime(2021, 3, 1, 10, 0)))


def test_enums_are_stored_as_text_and_read_back_as_enums(db) -> None:
    with db.transaction() as s:
        engagement = Engagement(title="Mica")
        s.add(engagement)
        s.add(
            Commitment(
                engagement_id=engagement.id,
                text="Map mica beyond paint",
                direction=Direction.BY_COMPANY,
            )
        )
    with db.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT direction, status, audience FROM commitment").one()
    assert tuple(raw) == ("by_company", "open", "group")
    with db.session() as s:
        c = s.exec(sa.select(Commitment)).scalar_one()
    assert c.direction is Direction.BY_COMPANY and c.status is CommitmentStatus.OPEN


def test_content_is_group_only_unless_marked() -> None:
    assert Note(body="x").audience is Audience.GROUP
    assert Action(title="x").audience is Audience.GROUP
    assert Commitment(engagement_id="e", text="x").audience is Audience.GROUP


def test_updated_at_moves_and_history_records_tracked_changes(db) -> None:
    from workbench.domain import Change, Person

    with db.transaction() as s:
        me = Person(name="Anouk de Vries", is_member=True)
        engagement = Engagement(title="Mica")
        s.add_all([me, engagement])
        action = Action(title="Send the letter", engagement_id=engagement.id)
        s.add(action)
    before = action.updated_at
    db.actor_id = me.id
    with db.transaction(change_note="agreed in the call") as s:
        a = s.get(Action, action.id)
        a.status = ActionStatus.DONE
        a.title = "Send the letter (sent)"  # not tracked: no history row
    with db.session() as s:
        a = s.get(Action, action.id)
        changes = s.exec(sa.select(Change)).scalars().all()
    assert a.updated_at > before
    assert [(c.entity, c.field, c.old, c.new, c.by_id, c.note) for c in changes] == [
        ("action", "status", "open", "done", me.id, "agreed in the call")
    ]


def test_objective_stage_must_be_between_0_and_4(db) -> None:
    with db.transaction() as s:
        engagement = Engagement(title="Mica")
        s.add(engagement)
    with pytest.raises(sa.exc.IntegrityError), db.transaction() as s:
        s.add(Objective(engagement_id=engagement.id, text="Join RMI", stage=5))


@pytest.mark.parametrize(
    ("due", "status", "today", "expected"),
    [
        (date(2022, 6, 30), ActionStatus.OPEN, date(2022, 7, 1), True),
        (date(2022, 6, 30), ActionStatus.OPEN, date(2022, 6, 30), False),  # due today
        (date(2022, 6, 30), ActionStatus.IN_PROGRESS, date(2022, 7, 1), True),
        (date(2022, 6, 30), ActionStatus.DONE, date(2022, 7, 1), False),
        (None, ActionStatus.OPEN, date(2022, 7, 1), False),
        (date(2022, 6, 30), CommitmentStatus.WITHDRAWN, date(2022, 7, 1), False),
    ],
)
def test_overdue_rule(due, status, today, expected) -> None:
    assert is_overdue(due, status, today) is expected
