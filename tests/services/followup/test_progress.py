"""Objectives and stages: a stage change is recorded with its meeting; the timeline."""

from __future__ import annotations

import pytest
from followup_helpers import build_case
from sqlmodel import select

from workbench.domain import Change, Objective, Outcome
from workbench.services.errors import DomainError
from workbench.services.followup import progress
from workbench.services.followup.progress import EventKind
from workbench.services.history import record_history


def test_overview_groups_objectives_by_target(db) -> None:
    case = build_case(db)
    with db.session() as s:
        overview = progress.engagement_progress(s, case.engagement)
    assert [(t.target.name, [o.stage for o in t.objectives]) for t in overview] == [
        ("Velora", [3]),
        ("Northgate", [1]),
    ]


def test_stage_change_records_date_meeting_and_person(db) -> None:
    case = build_case(db)
    objective = case.objectives["supplier-map"]
    db.actor_id = case.anna
    with db.transaction() as s:
        progress.set_stage(s, objective, 2, meeting_id=case.call, note="acknowledged in call")
        # The session's own meeting is restored afterwards.
        assert s.info.get("meeting_id") is None
    with db.session() as s:
        assert s.get(Objective, objective).stage == 2
        (change,) = s.exec(select(Change).where(Change.entity_id == objective)).all()
        history = record_history(s, "objective", objective)
        rows = progress.list_objectives(s, case.engagement, ids=[objective])
    assert (change.field, change.old, change.new) == ("stage", "1", "2")
    assert change.meeting_id == case.call and change.by_id == case.anna
    assert change.note == "acknowledged in call" and change.at is not None
    assert history[0].by == "Anna Émile" and history[0].meeting == "Call with Northgate"
    assert rows[0].stage_meeting == "Call with Northgate"
    assert rows[0].stage_since == change.at


def test_stage_must_be_0_to_4_and_meeting_must_exist(db) -> None:
    case = build_case(db)
    objective = case.objectives["supplier-map"]
    for bad in (5, -1, "three"):
        with pytest.raises(DomainError, match="0 to 4"), db.transaction() as s:
            progress.set_stage(s, objective, bad)  # type: ignore[arg-type]
    with pytest.raises(DomainError, match="No meeting"), db.transaction() as s:
        progress.set_stage(s, objective, 2, meeting_id="nope")
    with db.session() as s:
        assert s.get(Objective, objective).stage == 1
        assert len(s.exec(select(Change)).all()) == 0


def test_outcome_change_is_recorded(db) -> None:
    case = build_case(db)
    objective = case.objectives["car-rmi"]
    with db.transaction() as s:
        progress.set_outcome(s, objective, "achieved", meeting_id=case.wg)
    with db.session() as s:
        assert s.get(Objective, objective).outcome is Outcome.ACHIEVED
        (entry,) = record_history(s, "objective", objective)
    assert (entry.field, entry.old, entry.new, entry.meeting) == (
        "outcome",
        "ongoing",
        "achieved",
        "Working group",
    )


def test_latest_meeting_is_the_last_one_started(db) -> None:
    from datetime import UTC, datetime

    case = build_case(db)
    with db.session() as s:
        assert progress.latest_meeting(s, case.engagement, datetime(2024, 1, 20, tzinfo=UTC)) == (
            case.call
        )
        assert progress.latest_meeting(s, case.engagement, datetime(2024, 6, 1, tzinfo=UTC)) == (
            case.wg
        )
        assert progress.latest_meeting(s, case.engagement, datetime(2023, 1, 1, tzinfo=UTC)) is None


def test_timeline_has_meetings_commitments_and_stage_changes(db) -> None:
    case = build_case(db)
    with db.transaction() as s:
        progress.set_stage(s, case.objectives["supplier-map"], 2, meeting_id=case.call)
        from workbench.domain import Commitment
        from workbench.services.records import update_record

        update_record(s, Commitment, case.commitments["group-research"], status="fulfilled")
    with db.session() as s:
        events = progress.timeline(s, case.engagement)
        supplier = progress.timeline(s, case.engagement, target_id=case.supplier_target)
    kinds = [e.kind for e in events]
    assert kinds.count(EventKind.MEETING) == 2
    assert kinds.count(EventKind.COMMITMENT_MADE) == 5
    fulfilled = [e for e in events if e.kind is EventKind.COMMITMENT_FULFILLED]
    # One fulfilment is in the history; the other was entered as fulfilled (no history).
    assert {(e.record_id, e.recorded) for e in fulfilled} == {
        (case.commitments["group-research"], True),
        (case.commitments["car-join"], False),
    }
    stages = [e for e in events if e.kind is EventKind.STAGE_CHANGE]
    recorded = next(e for e in stages if e.recorded)
    # Entered now, but it happened in the call: the timeline puts it there.
    assert (recorded.old_stage, recorded.stage) == (1, 2)
    assert recorded.at.date().isoformat() == "2024-01-10"
    # The car maker's objective has a stage but no history: shown as recorded elsewhere.
    assert any(not e.recorded and e.stage == 3 for e in stages)
    assert [e.at for e in events] == sorted(e.at for e in events)
    # About the supplier: its call, its commitments, its objective; not the car maker's.
    assert {e.record_id for e in supplier if e.kind is EventKind.MEETING} == {case.call}
    assert case.commitments["car-join"] not in {e.record_id for e in supplier}
    assert case.objectives["car-rmi"] not in {e.record_id for e in supplier}


def test_demo_shows_the_car_makers_objectives_at_their_stages(demo_db) -> None:
    from workbench.services.demo.build import CAR_MAKER_TARGET_ID, ENGAGEMENT_ID

    with demo_db.session() as s:
        overview = progress.engagement_progress(s, ENGAGEMENT_ID)
        events = progress.timeline(s, ENGAGEMENT_ID)
    car = next(t for t in overview if t.target and t.target.id == CAR_MAKER_TARGET_ID)
    assert car.target.name == "Velora Automotive"
    assert len(car.objectives) >= 3
    assert {o.stage for o in car.objectives} >= {3, 4}
    assert sum(1 for e in events if e.kind is EventKind.MEETING) >= 5
