"""Follow-up rows (commitments, actions, decisions, notes, meetings) for one audience.

Every query here applies the audience filter in SQL (``visible``), and a join to a parent
record (the meeting a commitment was made in, the agenda item of a decision) is filtered
too, so a partners export cannot even learn the title of a group-only meeting or item.
The minutes, agenda, report and tracker are all built from these rows.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    Action,
    ActionStatus,
    AgendaItem,
    Audience,
    Commitment,
    CommitmentStatus,
    Decision,
    Direction,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Note,
    Organisation,
    Person,
)
from workbench.domain.rules import is_overdue
from workbench.domain.types import EnumText, UTCDateTime
from workbench.services.errors import DomainError

OPEN_STATUSES = ("open", "in_progress")


class AudienceError(DomainError):
    """The record asked for is itself group-only, so it has no partners version."""


def visible(audience_column: Any, audience: Audience) -> Any:
    """The WHERE clause that keeps group-only rows out of a partners export."""
    if Audience(audience) == Audience.GROUP:
        return sa.true()
    return audience_column == Audience.PARTNERS


def live_and_visible(table: sa.Table, audience: Audience) -> Any:
    return sa.and_(table.c.deleted_at.is_(None), visible(table.c.audience, audience))


@dataclass(frozen=True, slots=True)
class DecisionDoc:
    id: str
    text: str
    agenda_item_id: str | None
    meeting_id: str | None
    meeting_title: str | None
    meeting_starts_at: datetime | None
    audience: Audience


@dataclass(frozen=True, slots=True)
class CommitmentDoc:
    id: str
    text: str
    direction: Direction
    party: str | None
    owner: str | None
    due_on: date | None
    status: CommitmentStatus
    evidence: str | None
    meeting_id: str | None
    meeting_title: str | None
    meeting_starts_at: datetime | None
    audience: Audience
    overdue: bool


@dataclass(frozen=True, slots=True)
class ActionDoc:
    id: str
    title: str
    owner: str | None
    owner_organisation: str | None
    due_on: date | None
    status: ActionStatus
    done_on: date | None
    notes: str | None
    meeting_id: str | None
    meeting_title: str | None
    meeting_starts_at: datetime | None
    audience: Audience
    overdue: bool


@dataclass(frozen=True, slots=True)
class NoteDoc:
    id: str
    body: str
    captured_at: datetime
    place: str | None
    meeting_title: str | None
    audience: Audience


@dataclass(frozen=True, slots=True)
class MeetingRef:
    id: str
    title: str
    kind: MeetingKind
    starts_at: datetime | None
    duration_minutes: int
    place: str | None
    status: MeetingStatus
    audience: Audience


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while an export builds objects that all stay alive.

    Reading a busy engagement makes tens of thousands of rows at once, and writing it a
    hundred thousand cells; every batch of survivors makes the collector walk the whole
    heap again (0.1 s a pass in the benchmark, more in the app with its lists loaded)
    to free nothing: these objects form no cycles, and reference counting frees them
    when the export is done. Nested or concurrent uses leave the collector as found.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _utc(value: str | None) -> datetime | None:
    # stored as naive UTC; parsing the offset is several times cheaper than replace()
    return datetime.fromisoformat(value + "+00:00") if value is not None else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _enum(enum_cls: type[Enum]) -> Callable[[Any], Any]:
    members: dict[Any, Any] = {m.value: m for m in enum_cls}
    members[None] = None
    return lambda value: members[value] if value in members else enum_cls(value)


def _converter(column: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """How a stored value of ``column`` becomes what SQLAlchemy would hand back."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _utc
    if isinstance(kind, EnumText):
        return _enum(kind.enum_cls)
    if type(kind) is sa.Date:
        return _day
    return kind.dialect_impl(dialect).result_processor(dialect, None)


def fetch_rows(session: Session, query: sa.Select[Any]) -> list[tuple[Any, ...]]:
    """The rows of ``query``, read through the sqlite3 driver and converted per column.

    The same values as ``session.execute(query)``, for a fraction of the cost per row:
    the minutes, report and tracker of a busy engagement read tens of thousands of rows
    (the query, with its audience filter, is the same SQL either way). A query with a
    bind parameter expanded at execution (``in_(list)``) goes through SQLAlchemy.
    """
    dialect = session.get_bind().dialect
    compiled = query.compile(dialect=dialect)
    binds = compiled.binds
    if (
        dialect.name != "sqlite"
        or compiled.positiontup is None
        or any(b.expanding or b.literal_execute for b in binds.values())
    ):
        return [tuple(row) for row in session.execute(query)]
    params = compiled.construct_params()
    args = []
    for name in compiled.positiontup:
        process = binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        args.append(process(params[name]) if process else params[name])
    raw = session.connection().connection.driver_connection
    assert raw is not None
    rows = raw.execute(compiled.string, args).fetchall()
    columns: list[Any] = list(zip(*rows, strict=True))
    if not columns:
        return rows
    for i, column in enumerate(query.selected_columns):
        convert = _converter(column, dialect)
        if convert is not None:
            columns[i] = map(convert, columns[i])
    return list(zip(*columns, strict=True))


def _meeting_join(table: sa.Table, audience: Audience) -> tuple[sa.Table, Any]:
    """The originating meeting, joined only when this audience may see it."""
    m = Meeting.__table__.alias("origin")
    cond = sa.and_(table.c.meeting_id == m.c.id, live_and_visible(m, audience))
    return m, cond


def query_commitments(
    session: Session, audience: Audience, today: date, *where: Any
) -> list[CommitmentDoc]:
    """Commitments visible to ``audience`` matching ``where``, by due date."""
    c = Commitment.__table__
    party, owner = Organisation.__table__.alias("party"), Person.__table__.alias("owner")
    m, mcond = _meeting_join(c, audience)
    query = (
        sa.select(
            c.c.id,
            c.c.text,
            c.c.direction,
            party.c.name,
            owner.c.name,
            c.c.due_on,
            c.c.status,
            c.c.evidence,
            m.c.id,
            m.c.title,
            m.c.starts_at,
            c.c.audience,
        )
        .select_from(
            c.outerjoin(party, c.c.party_id == party.c.id)
            .outerjoin(owner, c.c.owner_id == owner.c.id)
            .outerjoin(m, mcond)
        )
        .where(live_and_visible(c, audience), *where)
        .order_by(m.c.starts_at, c.c.due_on, c.c.created_at, c.c.id)
    )
    return [
        CommitmentDoc(*row, overdue=is_overdue(row[5], row[6], today))
        for row in fetch_rows(session, query)
    ]


def query_actions(
    session: Session, audience: Audience, today: date, *where: Any
) -> list[ActionDoc]:
    """Actions visible to ``audience`` matching ``where``, by due date."""
    a = Action.__table__
    owner, org = Person.__table__.alias("owner"), Organisation.__table__.alias("org")
    m, mcond = _meeting_join(a, audience)
    query = (
        sa.select(
            a.c.id,
            a.c.title,
            owner.c.name,
            org.c.name,
            a.c.due_on,
            a.c.status,
            a.c.done_on,
            a.c.notes,
            m.c.id,
            m.c.title,
            m.c.starts_at,
            a.c.audience,
        )
        .select_from(
            a.outerjoin(owner, a.c.owner_id == owner.c.id)
            .outerjoin(org, owner.c.organisation_id == org.c.id)
            .outerjoin(m, mcond)
        )
        .where(live_and_visible(a, audience), *where)
        .order_by(a.c.due_on.is_(None), a.c.due_on, a.c.created_at, a.c.id)
    )
    return [
        ActionDoc(*row, overdue=is_overdue(row[4], row[5], today))
        for row in fetch_rows(session, query)
    ]


def query_decisions(session: Session, audience: Audience, *where: Any) -> list[DecisionDoc]:
    """Decisions visible to ``audience``; the item is named only if it is visible too."""
    d = Decision.__table__
    item = AgendaItem.__table__.alias("item")
    m, mcond = _meeting_join(d, audience)
    query = (
        sa.select(d.c.id, d.c.text, item.c.id, m.c.id, m.c.title, m.c.starts_at, d.c.audience)
        .select_from(
            d.outerjoin(
                item, sa.and_(d.c.agenda_item_id == item.c.id, live_and_visible(item, audience))
            ).outerjoin(m, mcond)
        )
        .where(live_and_visible(d, audience), *where)
        .order_by(m.c.starts_at, item.c.position, d.c.created_at, d.c.id)
    )
    return [DecisionDoc(*row) for row in fetch_rows(session, query)]


def query_notes(session: Session, audience: Audience, *where: Any) -> list[NoteDoc]:
    n = Note.__table__
    m, mcond = _meeting_join(n, audience)
    query = (
        sa.select(n.c.id, n.c.body, n.c.captured_at, n.c.place, m.c.title, n.c.audience)
        .select_from(n.outerjoin(m, mcond))
        .where(live_and_visible(n, audience), *where)
        .order_by(n.c.captured_at, n.c.id)
    )
    return [NoteDoc(*row) for row in fetch_rows(session, query)]


def query_meetings(session: Session, audience: Audience, *where: Any) -> list[MeetingRef]:
    m = Meeting.__table__
    query = (
        sa.select(
            m.c.id,
            m.c.title,
            m.c.kind,
            m.c.starts_at,
            m.c.duration_minutes,
            m.c.place,
            m.c.status,
            m.c.audience,
        )
        .where(live_and_visible(m, audience), *where)
        .order_by(m.c.starts_at.is_(None), m.c.starts_at, m.c.id)
    )
    return [MeetingRef(*row) for row in fetch_rows(session, query)]
