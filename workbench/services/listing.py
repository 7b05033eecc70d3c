"""The lists the main window shows: read-only rows, one query each, names joined in.

Rows are frozen dataclasses, never live ORM objects, so the UI cannot write by accident
and a list of 50,000 rows costs one query and no ORM identity map.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    Action,
    ActionStatus,
    Audience,
    Commitment,
    CommitmentStatus,
    Direction,
    Engagement,
    EngagementStatus,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Note,
    Organisation,
    Person,
)
from workbench.domain.rules import is_overdue, local_today

PREVIEW_CHARS = 200


@dataclass(frozen=True, slots=True)
class EngagementRow:
    id: str
    title: str
    theme: str | None
    status: EngagementStatus
    started_on: date | None
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: str
    title: str
    kind: MeetingKind
    engagement_id: str | None
    engagement: str | None
    starts_at: datetime | None
    duration_minutes: int
    place: str | None
    status: MeetingStatus
    audience: Audience


@dataclass(frozen=True, slots=True)
class ActionRow:
    id: str
    title: str
    engagement_id: str | None
    engagement: str | None
    meeting_id: str | None
    meeting: str | None
    owner_id: str | None
    owner: str | None
    organisation: str | None
    due_on: date | None
    status: ActionStatus
    done_on: date | None
    audience: Audience
    overdue: bool


@dataclass(frozen=True, slots=True)
class CommitmentRow:
    id: str
    text: str
    direction: Direction
    engagement_id: str
    engagement: str | None
    party_id: str | None
    party: str | None
    owner_id: str | None
    owner: str | None
    meeting_id: str | None
    meeting: str | None
    meeting_starts_at: datetime | None
    due_on: date | None
    status: CommitmentStatus
    evidence: str | None
    audience: Audience
    overdue: bool


@dataclass(frozen=True, slots=True)
class NoteRow:
    id: str
    preview: str
    captured_at: datetime
    place: str | None
    engagement_id: str | None
    engagement: str | None
    meeting_id: str | None
    meeting: str | None
    triaged: bool
    audience: Audience


def _preview(text: str | None) -> str:
    text = (text or "").strip()
    first = text.splitlines()[0] if text else ""
    return first[:PREVIEW_CHARS] + ("…" if len(first) > PREVIEW_CHARS or "\n" in text else "")


def list_engagements(
    session: Session, *, ids: Collection[str] | None = None
) -> list[EngagementRow]:
    e = Engagement.__table__
    rows = session.execute(
        sa.select(e.c.id, e.c.title, e.c.theme, e.c.status, e.c.started_on, e.c.updated_at)
        .where(e.c.deleted_at.is_(None))
        .where(e.c.id.in_(ids) if ids is not None else sa.true())
        .order_by(e.c.title)
    )
    return [EngagementRow(*row) for row in rows]


def default_engagement_id(session: Session) -> str | None:
    """The engagement to work in when none is chosen: active first, newest start first."""
    e = Engagement.__table__
    status_order = sa.case(
        (e.c.status == EngagementStatus.ACTIVE.value, 0),
        (e.c.status == EngagementStatus.PAUSED.value, 1),
        else_=2,
    )
    return session.execute(
        sa.select(e.c.id)
        .where(e.c.deleted_at.is_(None))
        .order_by(status_order, e.c.started_on.desc(), e.c.title)
        .limit(1)
    ).scalar()


def list_meetings(
    session: Session,
    *,
    engagement_id: str | None = None,
    ids: Collection[str] | None = None,
) -> list[MeetingRow]:
    m, e = Meeting.__table__, Engagement.__table__
    query = (
        sa.select(
            m.c.id,
            m.c.title,
            m.c.kind,
            m.c.engagement_id,
            e.c.title,
            m.c.starts_at,
            m.c.duration_minutes,
            m.c.place,
            m.c.status,
            m.c.audience,
        )
        .select_from(m.outerjoin(e, m.c.engagement_id == e.c.id))
        .where(m.c.deleted_at.is_(None))
        .order_by(m.c.starts_at.desc())
    )
    if engagement_id:
        query = query.where(m.c.engagement_id == engagement_id)
    if ids is not None:
        query = query.where(m.c.id.in_(ids))
    return [MeetingRow(*row) for row in session.execute(query)]


def _titles(session: Session, table: sa.Table, column: str) -> dict[str, str]:
    return {key: value for key, value in session.execute(sa.select(table.c.id, table.c[column]))}


def list_actions(
    session: Session,
    *,
    today: date | None = None,
    engagement_id: str | None = None,
    ids: Collection[str] | None = None,
) -> list[ActionRow]:
    """Actions by due date (none first), with the names a list shows.

    The tracker reads all 50,000 actions of a busy group, so this reads the action table
    alone and looks the names up in dicts of the (small) engagement, meeting and people
    tables, and turns the stored text into dates and enums itself: four joins and
    SQLAlchemy's conversion of every value cost a third more.
    """
    today = today or local_today()
    a, p = Action.__table__, Person.__table__
    engagements = _titles(session, Engagement.__table__, "title")
    meetings = _titles(session, Meeting.__table__, "title")
    organisations = _titles(session, Organisation.__table__, "name")
    owners = {
        pid: (name, organisations.get(org_id))
        for pid, name, org_id in session.execute(sa.select(p.c.id, p.c.name, p.c.organisation_id))
    }
    text = [sa.type_coerce(c, sa.String) for c in (a.c.due_on, a.c.status, a.c.done_on)]
    query = sa.select(
        a.c.id,
        a.c.title,
        a.c.engagement_id,
        a.c.meeting_id,
        a.c.owner_id,
        *text,
        sa.type_coerce(a.c.audience, sa.String),
    ).where(a.c.deleted_at.is_(None))
    if engagement_id:
        query = query.where(a.c.engagement_id == engagement_id)
    if ids is not None:
        query = query.where(a.c.id.in_(ids))
    statuses = {s.value: s for s in ActionStatus}
    audiences = {x.value: x for x in Audience}
    nobody: tuple[str | None, str | None] = (None, None)
    as_date = date.fromisoformat
    rows = []
    for rid, title, eid, mid, oid, due, status, done, audience in session.execute(query):
        due_on = as_date(due) if due else None
        rows.append(
            ActionRow(
                rid,
                title,
                eid,
                engagements.get(eid) if eid else None,
                mid,
                meetings.get(mid) if mid else None,
                oid,
                *(owners.get(oid, nobody) if oid else nobody),
                due_on,
                statuses[status],
                as_date(done) if done else None,
                audiences[audience],
                is_overdue(due_on, status, today),
            )
        )
    rows.sort(key=lambda r: (r.due_on is not None, r.due_on or date.min))  # stable, as SQL
    return rows


def list_commitments(
    session: Session,
    *,
    today: date | None = None,
    engagement_id: str | None = None,
    ids: Collection[str] | None = None,
) -> list[CommitmentRow]:
    today = today or local_today()
    c, e, m = Commitment.__table__, Engagement.__table__, Meeting.__table__
    party = Organisation.__table__.alias("party")
    owner = Person.__table__.alias("owner")
    query = (
        sa.select(
            c.c.id,
            c.c.text,
            c.c.direction,
            c.c.engagement_id,
            e.c.title,
            c.c.party_id,
            party.c.name,
            c.c.owner_id,
            owner.c.name,
            c.c.meeting_id,
            m.c.title,
            m.c.starts_at,
            c.c.due_on,
            c.c.status,
            c.c.evidence,
            c.c.audience,
        )
        .select_from(
            c.outerjoin(e, c.c.engagement_id == e.c.id)
            .outerjoin(m, c.c.meeting_id == m.c.id)
            .outerjoin(party, c.c.party_id == party.c.id)
            .outerjoin(owner, c.c.owner_id == owner.c.id)
        )
        .where(c.c.deleted_at.is_(None))
        .order_by(c.c.due_on)
    )
    if engagement_id:
        query = query.where(c.c.engagement_id == engagement_id)
    if ids is not None:
        query = query.where(c.c.id.in_(ids))
    return [
        CommitmentRow(*row, is_overdue(row[12], row[13], today)) for row in session.execute(query)
    ]


def list_notes(
    session: Session, *, untriaged_only: bool = False, ids: Collection[str] | None = None
) -> list[NoteRow]:
    n, e, m = Note.__table__, Engagement.__table__, Meeting.__table__
    query = (
        sa.select(
            n.c.id,
            n.c.body,
            n.c.captured_at,
            n.c.place,
            n.c.engagement_id,
            e.c.title,
            n.c.meeting_id,
            m.c.title,
            n.c.triaged,
            n.c.audience,
        )
        .select_from(
            n.outerjoin(e, n.c.engagement_id == e.c.id).outerjoin(m, n.c.meeting_id == m.c.id)
        )
        .where(n.c.deleted_at.is_(None))
        .order_by(n.c.captured_at.desc())
    )
    if untriaged_only:
        query = query.where(n.c.triaged.is_(False))
    if ids is not None:
        query = query.where(n.c.id.in_(ids))
    return [NoteRow(row[0], _preview(row[1]), *row[2:]) for row in session.execute(query)]


def list_people(session: Session, *, members_only: bool = False) -> list[tuple[str, str]]:
    """``(id, name)`` of every person, for owner and presenter pickers."""
    p = Person.__table__
    query = sa.select(p.c.id, p.c.name).where(p.c.deleted_at.is_(None)).order_by(p.c.name)
    if members_only:
        query = query.where(p.c.is_member.is_(True))
    return [(row[0], row[1]) for row in session.execute(query)]


def list_organisations(session: Session) -> list[tuple[str, str]]:
    o = Organisation.__table__
    query = sa.select(o.c.id, o.c.name).where(o.c.deleted_at.is_(None)).order_by(o.c.name)
    return [(row[0], row[1]) for row in session.execute(query)]
