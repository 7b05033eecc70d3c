"""The plain lists: engagements, meetings and notes, and the people and organisations
that pickers offer. Read-only rows, one query each, names joined in.

Rows are frozen dataclasses, never live ORM objects, so the UI cannot write by accident
and a list of 200,000 notes costs one query and no ORM identity map. Actions and
commitments have readers of their own (``services.followup.actions`` and
``.commitments``), shared with the tracker and the exports.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    Audience,
    Engagement,
    EngagementStatus,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Note,
    Organisation,
    Person,
)
from workbench.rows import PREVIEW_CHARS as PREVIEW_CHARS
from workbench.rows import NoteRow as NoteRow  # where the callers find it
from workbench.rows import preview


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
    return [NoteRow(row[0], preview(row[1]), *row[2:]) for row in session.execute(query)]


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
