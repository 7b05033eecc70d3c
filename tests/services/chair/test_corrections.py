"""Putting right, at the end of a meeting, what it captured: checked like a capture,
recorded in the history with the meeting, and only for what this meeting captured."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from followup_helpers import TODAY, build_case
from sqlmodel import select

from workbench.domain import Action, Change, Commitment, Decision, Direction
from workbench.services.chair.corrections import captured_values, correct_capture
from workbench.services.chair.session import ChairSession
from workbench.services.errors import DomainError

T0 = datetime(2024, 3, 15, 10, tzinfo=UTC)


@pytest.fixture
def chaired(db):
    case = build_case(db)
    session = ChairSession(db, case.call, clock=lambda: T0)
    session.start()
    decision = session.capture_decision("Ask Northgate for its map")
    promise = session.capture_commitment(
        "Share the map", Direction.BY_COMPANY, party_id=case.car_maker, due_on=date(2024, 5, 1)
    )
    action = session.capture_action("Send the questions", owner_id=case.anna)
    return case, session, decision.id, promise.id, action.id


def test_a_commitment_is_put_right_and_the_history_names_the_meeting(db, chaired) -> None:
    case, _session, _decision, promise, _action = chaired
    with db.session() as s:
        assert captured_values(s, "commitment", promise, case.call) == {
            "text": "Share the map",
            "direction": Direction.BY_COMPANY,
            "party_id": case.car_maker,
            "owner_id": None,
            "due_on": date(2024, 5, 1),
        }
    correct_capture(
        db, case.call, "commitment", promise,
        text=" Share the map of mica in paint ", party_id=case.supplier, due_on="2024-06-30",
        owner_id=case.carla,
    )  # fmt: skip
    with db.session() as s:
        row = s.get(Commitment, promise)
        assert (row.text, row.party_id, row.due_on, row.owner_id) == (
            "Share the map of mica in paint",
            case.supplier,
            date(2024, 6, 30),
            case.carla,
        )
        changes = s.exec(select(Change).where(Change.entity_id == promise)).all()
    assert {(c.field, c.meeting_id) for c in changes} >= {
        ("due_on", case.call),
        ("owner_id", case.call),
    }


def test_the_direction_and_an_action_title_can_be_corrected(db, chaired) -> None:
    case, _session, decision, promise, action = chaired
    correct_capture(db, case.call, "commitment", promise, direction="by_group")
    correct_capture(db, case.call, "action", action, text="Send the questions today", due_on="+7")
    correct_capture(db, case.call, "decision", decision, text="Ask Northgate for its full map")
    with db.session() as s:
        assert s.get(Commitment, promise).direction is Direction.BY_GROUP
        done = s.get(Action, action)
        assert done.title == "Send the questions today" and done.due_on is not None
        assert s.get(Decision, decision).text == "Ask Northgate for its full map"
    assert TODAY  # the helpers' case is in the past; "+7" counts from the real today


def test_bad_corrections_change_nothing(db, chaired) -> None:
    case, _session, decision, promise, _action = chaired
    with pytest.raises(DomainError, match="cannot be empty"):
        correct_capture(db, case.call, "decision", decision, text="  ")
    with pytest.raises(DomainError):
        correct_capture(db, case.call, "commitment", promise, due_on="next Tuesday-ish")
    with pytest.raises(DomainError, match="no editable field “party_id”"):
        correct_capture(db, case.call, "decision", decision, party_id=case.supplier)
    with pytest.raises(DomainError, match="captured in this meeting"):
        correct_capture(db, case.wg, "decision", decision, text="Elsewhere")
    with db.session() as s:
        assert s.get(Decision, decision).text == "Ask Northgate for its map"
        assert s.get(Commitment, promise).due_on == date(2024, 5, 1)


def test_a_withdrawn_capture_cannot_be_corrected(db, chaired) -> None:
    case, session, decision, _promise, _action = chaired
    session.withdraw("decision", decision)
    with pytest.raises(DomainError):
        correct_capture(db, case.call, "decision", decision, text="Too late")
