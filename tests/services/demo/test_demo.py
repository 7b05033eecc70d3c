"""The demo case: idempotent, consistent, and faithful to the mica engagement."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import Session, func, select

from workbench.domain import (
    RECORD_TYPES,
    Action,
    ActionStatus,
    AgendaItem,
    Attendance,
    AttendanceRole,
    Audience,
    Commitment,
    CommitmentStatus,
    Decision,
    Direction,
    Engagement,
    Lesson,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Note,
    Objective,
    Organisation,
    OrganisationKind,
    Person,
    Presence,
    Target,
)
from workbench.domain.rules import is_overdue
from workbench.services.demo.build import (
    CAR_MAKER_ID,
    CAR_MAKER_TARGET_ID,
    ENGAGEMENT_ID,
    SECRETARIAT_ID,
    SUPPLIER_ID,
    SUPPLIER_TARGET_ID,
    UPCOMING_MEETING_ID,
    DemoSummary,
    build_demo,
)
from workbench.services.demo.records import demo_id
from workbench.store import Database

TODAY = date(2025, 3, 3)
HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
SUMMARY_TABLES = {
    "organisations": Organisation,
    "people": Person,
    "engagements": Engagement,
    "targets": Target,
    "objectives": Objective,
    "meetings": Meeting,
    "attendances": Attendance,
    "agenda_items": AgendaItem,
    "decisions": Decision,
    "commitments": Commitment,
    "actions": Action,
    "notes": Note,
    "lessons": Lesson,
}


@pytest.fixture
def built(db: Database) -> tuple[Database, DemoSummary]:
    """The demo built on a fixed day, with the summary of that first run."""
    return db, build_demo(db, today=TODAY)


@pytest.fixture
def session(built: tuple[Database, DemoSummary]) -> Iterator[Session]:
    db, _ = built
    with db.session() as session:
        yield session


def count(session: Session, cls: type) -> int:
    return session.exec(select(func.count()).select_from(cls)).one()


def commitment(session: Session, key: str) -> Commitment:
    found = session.get(Commitment, demo_id(f"commitment:{key}"))
    assert found is not None, key
    return found


def test_building_twice_adds_nothing(built: tuple[Database, DemoSummary]) -> None:
    db, first = built
    assert all(n > 0 for n in asdict(first).values()), first
    second = build_demo(db, today=TODAY + timedelta(days=40))
    assert second == DemoSummary()
    assert all(n == 0 for n in asdict(second).values())
    with db.session() as session:
        for field, cls in SUMMARY_TABLES.items():
            assert count(session, cls) == getattr(first, field), field


def test_ids_are_deterministic_across_databases(tmp_path) -> None:
    from workbench.store import open_database

    ids = []
    for name in ("a.sqlite", "b.sqlite"):
        db = open_database(tmp_path / name)
        build_demo(db, today=TODAY)
        with db.session() as session:
            ids.append(set(session.exec(select(Meeting.id)).all()))
        db.close()
    assert ids[0] == ids[1]
    assert demo_id("meeting:x") == demo_id("meeting:x") != demo_id("meeting:y")


def test_a_deleted_demo_record_is_not_brought_back(built: tuple[Database, DemoSummary]) -> None:
    db, _ = built
    with db.transaction() as session:
        lesson = session.exec(select(Lesson)).first()
        lesson.deleted_at = datetime.now(UTC)
        session.add(lesson)
    assert build_demo(db, today=TODAY).lessons == 0


def test_constants_name_the_case(session: Session) -> None:
    engagement = session.get(Engagement, ENGAGEMENT_ID)
    assert engagement.started_on.year == 2020
    assert "30,000" in engagement.baseline and "11,000" in engagement.baseline
    car_maker, supplier = (
        session.get(Organisation, CAR_MAKER_ID),
        session.get(Organisation, SUPPLIER_ID),
    )
    assert car_maker.kind == supplier.kind == OrganisationKind.COMPANY
    assert car_maker.country == "DE" and supplier.country == "US"
    assert session.get(Target, CAR_MAKER_TARGET_ID).organisation_id == CAR_MAKER_ID
    assert session.get(Target, SUPPLIER_TARGET_ID).organisation_id == SUPPLIER_ID
    assert session.get(Organisation, SECRETARIAT_ID).kind == OrganisationKind.SECRETARIAT
    names = set(session.exec(select(Organisation.name)).all())
    assert {"Save the Children", "Terre des Hommes", "FNV", "Ministry of Foreign Affairs"} <= names
    assert {"Responsible Mica Initiative", "Drive Sustainability"} <= names
    initiatives = session.exec(
        select(Organisation.name).where(Organisation.kind == OrganisationKind.INITIATIVE)
    ).all()
    assert set(initiatives) == {"Responsible Mica Initiative", "Drive Sustainability"}
    funds = session.exec(
        select(Organisation).where(Organisation.kind == OrganisationKind.PENSION_FUND)
    ).all()
    assert len(funds) == 7


def test_people_are_invented(session: Session) -> None:
    names = " ".join(session.exec(select(Person.name)).all())
    for real in ("Essink", "Kunst", "Wagemans", "Kranenburg", "Snijdewind", "Beukema",
                 "Ullrich", "Cardous", "Bernhard", "Huijnen", "Abels"):  # fmt: skip
        assert real not in names
    members = session.exec(select(Person).where(Person.is_member.is_(True))).all()
    assert len(members) >= 10
    assert all(p.organisation_id for p in members)


def test_required_commitments_go_both_ways(session: Session) -> None:
    capacity = commitment(session, "car-maker-mica-capacity")
    rmi = commitment(session, "car-maker-join-rmi")
    for c in (capacity, rmi):
        assert c.direction == Direction.BY_COMPANY and c.party_id == CAR_MAKER_ID
        assert c.status == CommitmentStatus.FULFILLED and c.evidence
    assert "full-time" in capacity.text and "Responsible Mica Initiative" in rmi.text

    event = commitment(session, "group-drive-sustainability-event")
    assert event.direction == Direction.BY_GROUP
    assert event.status == CommitmentStatus.FULFILLED and event.evidence
    assert "Drive Sustainability" in event.text

    mapping = commitment(session, "supplier-map-mica-beyond-paint")
    assert mapping.direction == Direction.BY_COMPANY and mapping.party_id == SUPPLIER_ID
    assert mapping.status == CommitmentStatus.OPEN and "beyond paint" in mapping.text
    assert is_overdue(mapping.due_on, mapping.status, TODAY)

    whistle = commitment(session, "supplier-whistle-blower-response")
    assert whistle.direction == Direction.BY_COMPANY and whistle.party_id == SUPPLIER_ID
    assert whistle.status in (CommitmentStatus.NOT_FULFILLED, CommitmentStatus.OPEN)

    research = commitment(session, "group-share-research-supplier")
    assert research.direction == Direction.BY_GROUP

    for c in session.exec(select(Commitment)).all():
        assert c.meeting_id and c.agenda_item_id and c.party_id and c.owner_id
        item = session.get(AgendaItem, c.agenda_item_id)
        assert item.meeting_id == c.meeting_id
        if c.status == CommitmentStatus.FULFILLED:
            assert c.evidence


def test_meetings_span_2020_to_2022_and_one_is_coming(session: Session) -> None:
    meetings = session.exec(select(Meeting).order_by(Meeting.starts_at)).all()
    past = [m for m in meetings if 2020 <= m.starts_at.year <= 2022]
    assert len(past) >= 6
    assert all(m.status in HELD for m in past)
    assert {m.kind for m in past} == set(MeetingKind)
    event = next(m for m in past if m.kind == MeetingKind.EVENT)
    assert "Drive Sustainability" in event.title
    for m in past:
        assert m.starts_at.tzinfo is not None and m.started_at and m.ended_at
        assert m.starts_at <= m.started_at < m.ended_at

    upcoming = session.get(Meeting, UPCOMING_MEETING_ID)
    assert upcoming.status == MeetingStatus.SCHEDULED
    days_ahead = (upcoming.starts_at.date() - TODAY).days
    assert 7 <= days_ahead <= 21
    assert upcoming.started_at is None and upcoming.ended_at is None
    assert meetings[-1].id == UPCOMING_MEETING_ID


def test_every_meeting_has_an_agenda_and_attendance(session: Session) -> None:
    for m in session.exec(select(Meeting)).all():
        items = session.exec(select(AgendaItem).where(AgendaItem.meeting_id == m.id)).all()
        people = session.exec(select(Attendance).where(Attendance.meeting_id == m.id)).all()
        assert len(items) >= 3, m.title
        assert sorted(i.position for i in items) == list(range(1, len(items) + 1))
        assert all(i.planned_minutes > 0 and i.purpose for i in items)
        roles = {a.person_id: a.role for a in people}
        assert roles[m.chair_id] == AttendanceRole.CHAIR
        assert roles[m.minute_taker_id] == AttendanceRole.MINUTES
        assert any(a.role == AttendanceRole.MEMBER for a in people)
        if m.status in HELD:
            assert all(i.actual_seconds for i in items), m.title
            assert any(i.outcome for i in items), m.title
            assert m.ended_at - m.started_at == timedelta(
                seconds=sum(i.actual_seconds for i in items)
            )
        else:
            assert not any(i.actual_seconds or i.outcome for i in items)
        if m.kind == MeetingKind.COMPANY_CALL:
            guests = [
                session.get(Person, a.person_id) for a in people if a.role == AttendanceRole.GUEST
            ]
            assert guests and all(g.organisation_id in (CAR_MAKER_ID, SUPPLIER_ID) for g in guests)
    apologies = session.exec(
        select(func.count()).where(Attendance.presence == Presence.APOLOGIES)
    ).one()
    assert apologies >= 5


def test_group_only_content_of_several_kinds(session: Session) -> None:
    kinds = [Meeting, AgendaItem, Decision, Action, Note, Objective]
    group_only = {
        cls.__name__
        for cls in kinds
        if session.exec(select(func.count()).where(cls.audience == Audience.GROUP)).one()
    }
    assert len(group_only) >= 5, group_only
    escalation = session.exec(
        select(Decision).where(Decision.text.contains("board"))  # type: ignore[attr-defined]
    ).all()
    assert escalation and all(d.audience == Audience.GROUP for d in escalation)
    assessment = session.exec(
        select(AgendaItem).where(AgendaItem.title.contains("assessment of Northgate"))  # type: ignore[attr-defined]
    ).one()
    assert assessment.audience == Audience.GROUP

    calls = session.exec(select(Meeting).where(Meeting.kind == MeetingKind.COMPANY_CALL)).all()
    assert all(m.audience == Audience.PARTNERS for m in calls)
    items = session.exec(
        select(AgendaItem).where(AgendaItem.meeting_id.in_([m.id for m in calls]))  # type: ignore[attr-defined]
    ).all()
    shared = [i for i in items if i.audience == Audience.PARTNERS]
    assert len(shared) > len(items) / 2


def test_actions_done_overdue_and_still_to_come(session: Session) -> None:
    actions = session.exec(select(Action)).all()
    done = [a for a in actions if a.status == ActionStatus.DONE]
    overdue = [a for a in actions if is_overdue(a.due_on, a.status, TODAY)]
    coming = [a for a in actions if a.status.is_open and a.due_on and a.due_on > TODAY]
    assert len(done) >= 5 and all(a.done_on for a in done)
    assert len(overdue) >= 1
    assert 1 <= len(coming) <= 3
    assert all(a.owner_id and a.meeting_id and a.engagement_id for a in actions)
    assert any(a.commitment_id for a in actions)


def test_notes_include_an_untriaged_conference_note(session: Session) -> None:
    notes = session.exec(select(Note)).all()
    assert len(notes) >= 4
    conference = [n for n in notes if n.place and n.meeting_id is None and not n.triaged]
    assert conference and conference[0].engagement_id == ENGAGEMENT_ID
    assert any(n.meeting_id for n in notes)
    assert all(n.captured_at.tzinfo is not None and n.body for n in notes)


def test_objectives_car_maker_further_along(session: Session) -> None:
    def stages(target_id: str) -> list[int]:
        return session.exec(select(Objective.stage).where(Objective.target_id == target_id)).all()

    car_maker, supplier = stages(CAR_MAKER_TARGET_ID), stages(SUPPLIER_TARGET_ID)
    assert car_maker and supplier
    assert min(car_maker) > max(supplier)
    assert 4 in car_maker
    assert all(0 <= s <= 4 for s in car_maker + supplier)


def test_lessons_of_the_report(session: Session) -> None:
    lessons = session.exec(select(Lesson)).all()
    assert len(lessons) >= 8
    assert len({lesson.category for lesson in lessons}) == len(lessons)
    text = " ".join(lesson.text for lesson in lessons)
    for phrase in ("deep in the supply chain", "baseline", "Timing", "networks", "Share"):
        assert phrase in text, phrase
    assert all(lesson.engagement_id == ENGAGEMENT_ID for lesson in lessons)


def test_timestamps_are_historical_and_ordered(session: Session) -> None:
    for cls in SUMMARY_TABLES.values():
        for row in session.exec(select(cls)).all():
            assert row.created_at.tzinfo is not None
            assert row.created_at <= row.updated_at, (cls.__name__, row.id)
            assert row.created_at.year >= 2020
    held = session.exec(select(Meeting).where(Meeting.id != UPCOMING_MEETING_ID)).all()
    assert all(m.created_at.year <= 2022 and m.created_at < m.starts_at for m in held)


def test_foreign_keys_are_valid(built: tuple[Database, DemoSummary]) -> None:
    db, _ = built
    with db.engine.connect() as conn:
        assert list(conn.exec_driver_sql("PRAGMA foreign_key_check")) == []
    assert db.integrity_problems() == []


def test_no_real_car_company_names(session: Session) -> None:
    real = re.compile(
        r"\b(Volkswagen|VW|BMW|Daimler|Mercedes|Tesla|Ford|Renault|Stellantis|Peugeot|Fiat|"
        r"Toyota|Volvo|Audi|Porsche|Bosch|Continental|Magna|Lear|BorgWarner|Aptiv)\b"
    )
    texts = 0
    for cls in RECORD_TYPES:
        for row in session.execute(sa.select(cls.__table__)):
            for value in row:
                if isinstance(value, str):
                    texts += 1
                    assert not real.search(value), value
    assert texts > 1000


def test_demo_db_fixture_holds_the_case(demo_db: Database) -> None:
    with demo_db.session() as session:
        assert session.get(Engagement, ENGAGEMENT_ID) is not None
        assert session.get(Meeting, UPCOMING_MEETING_ID).status == MeetingStatus.SCHEDULED


def test_today_inside_the_history_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="2022"):
        build_demo(db, today=date(2022, 6, 1))
    with db.session() as session:
        assert count(session, Meeting) == 0
