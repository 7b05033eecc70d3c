"""Editing through update_record: values coerced, bad values refused with a message."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.domain import Action, ActionStatus, Engagement
from workbench.services.errors import DomainError, NotFoundError
from workbench.services.records import create_record, get_record, tombstone, update_record


def test_update_coerces_text_from_the_ui(db) -> None:
    with db.transaction() as s:
        action = create_record(s, Action, title="Write to the supplier")
    with db.transaction() as s:
        update_record(s, Action, action.id, status="in_progress", due_on="2022-05-01")
    with db.session() as s:
        stored = get_record(s, Action, action.id)
    assert stored.status is ActionStatus.IN_PROGRESS
    assert stored.due_on == date(2022, 5, 1)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("due_on", "31-02-2022", "not a valid due on"),
        ("status", "finished", "not a valid status"),
        ("title", "  ", "cannot be empty"),
        ("nonsense", "x", "no editable field"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(db, field, value, message) -> None:
    with db.transaction() as s:
        action = create_record(s, Action, title="Write to the supplier")
    with pytest.raises(DomainError, match=message), db.transaction() as s:
        update_record(s, Action, action.id, **{field: value})
    with db.session() as s:
        assert get_record(s, Action, action.id).title == "Write to the supplier"


def test_tombstoned_records_are_kept_but_not_found(db) -> None:
    with db.transaction() as s:
        engagement = create_record(s, Engagement, title="Mica")
    with db.transaction() as s:
        tombstone(s, Engagement, engagement.id)
    with db.session() as s:
        assert s.get(Engagement, engagement.id).deleted_at is not None
        with pytest.raises(NotFoundError):
            get_record(s, Engagement, engagement.id)
