"""The meetings ahead, for Home: the one running now, then those still to hold from the
start of today, each with who is invited and whether its agenda is ready."""

from __future__ import annotations

from datetime import UTC, datetime, time

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    AgendaItem,
    Attendance,
    Engagement,
    Meeting,
    MeetingStatus,
    Organisation,
    Person,
)
from workbench.rows import MeetingLine as MeetingLine

#: Meetings listed after the next one.
LATER_MEETINGS = 2
_WAITING = (MeetingStatus.DRAFT.value, MeetingStatus.SCHEDULED.value)
_RUNNING = MeetingStatus.IN_PROGRESS.value


def upcoming_meetings(
    session: Session, *, now: datetime | None = None, limit: int = 1 + LATER_MEETINGS
) -> list[MeetingLine]:
    """The meeting running now, then those still to hold from the start of today on."""
    now = now or datetime.now(UTC)
    day_start = datetime.combine(now.astimezone().date(), time(), tzinfo=now.astimezone().tzinfo)
    m, e, p = Meeting.__table__, Engagement.__table__, Person.__table__
    running = m.c.status == _RUNNING
    ahead = sa.and_(m.c.status.in_(_WAITING), m.c.starts_at >= day_start.astimezone(UTC))
    rows = session.execute(
        sa.select(
            m.c.id,
            m.c.title,
            m.c.kind,
            m.c.status,
            m.c.starts_at,
            m.c.duration_minutes,
            m.c.place,
            m.c.engagement_id,
            e.c.title.label("engagement"),
            p.c.name.label("chair"),
        )
        .select_from(
            m.outerjoin(e, m.c.engagement_id == e.c.id).outerjoin(p, m.c.chair_id == p.c.id)
        )
        .where(m.c.deleted_at.is_(None), sa.or_(running, ahead))
        .order_by(sa.case((running, 0), else_=1), m.c.starts_at, m.c.id)
        .limit(limit)
    ).all()
    ids = [r[0] for r in rows]
    invited, guests = _attendance(session, ids)
    agenda = _agenda_totals(session, ids)
    return [
        MeetingLine(
            id=r.id,
            title=r.title,
            kind=r.kind,
            status=r.status,
            starts_at=r.starts_at,
            duration_minutes=r.duration_minutes,
            place=r.place,
            engagement_id=r.engagement_id,
            engagement=r.engagement,
            chair=r.chair,
            invited=invited.get(r.id, 0),
            guests=tuple(guests.get(r.id, ())),
            agenda_items=agenda.get(r.id, (0, 0))[0],
            agenda_minutes=agenda.get(r.id, (0, 0))[1],
        )
        for r in rows
    ]


def _attendance(session: Session, ids: list[str]) -> tuple[dict[str, int], dict[str, list[str]]]:
    at, p, o = Attendance.__table__, Person.__table__, Organisation.__table__
    invited: dict[str, int] = {}
    guests: dict[str, list[str]] = {}
    for meeting_id, is_member, organisation in session.execute(
        sa.select(at.c.meeting_id, p.c.is_member, o.c.name)
        .select_from(
            at.join(p, at.c.person_id == p.c.id).outerjoin(o, p.c.organisation_id == o.c.id)
        )
        .where(at.c.meeting_id.in_(ids), at.c.deleted_at.is_(None))
        .order_by(o.c.name)
    ):
        invited[meeting_id] = invited.get(meeting_id, 0) + 1
        names = guests.setdefault(meeting_id, [])
        if not is_member and organisation and organisation not in names:
            names.append(organisation)
    return invited, guests


def _agenda_totals(session: Session, ids: list[str]) -> dict[str, tuple[int, int]]:
    i = AgendaItem.__table__
    rows = session.execute(
        sa.select(
            i.c.meeting_id, sa.func.count(), sa.func.coalesce(sa.func.sum(i.c.planned_minutes), 0)
        )
        .where(i.c.meeting_id.in_(ids), i.c.deleted_at.is_(None))
        .group_by(i.c.meeting_id)
    )
    return {r[0]: (int(r[1]), int(r[2])) for r in rows}
