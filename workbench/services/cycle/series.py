"""The next meeting of a series: planned from the same template at the usual interval.

A series is the meetings of one engagement of the same kind and title (the monthly
working-group meeting, the calls with one company). "Plan the next meeting" takes the
latest of them, adds the series' usual interval (the median gap between its meetings,
four weeks when there is no history yet) at the same local time of day, and makes the
meeting from the template the series was made from (or, for older meetings, from the
latest meeting's own agenda). It opens on the carry-over item like every new meeting,
takes over the chair, minute-taker, place and attendance list, and, when the latest
meeting's minutes still wait for approval, gets "Approve the minutes of …".
"""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise
from statistics import median

import sqlalchemy as sa
from sqlmodel import Session, col

from workbench.domain import (
    AgendaTemplate,
    Attendance,
    Meeting,
    MeetingStatus,
    MinutesVersion,
    utcnow,
)
from workbench.services.cycle.approval import APPROVAL_TITLE, ensure_approval_item
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.meetings import agenda, templates
from workbench.services.records import get_record

DEFAULT_INTERVAL = timedelta(days=28)


def series_of(session: Session, meeting: Meeting) -> list[Meeting]:
    """The dated, live, not cancelled meetings of the series, oldest first."""
    query = sa.select(Meeting).where(
        col(Meeting.kind) == meeting.kind,
        sa.func.lower(col(Meeting.title)) == meeting.title.lower(),
        col(Meeting.deleted_at).is_(None),
        col(Meeting.starts_at).is_not(None),
        col(Meeting.status) != MeetingStatus.CANCELLED.value,
    )
    if meeting.engagement_id is None:
        query = query.where(col(Meeting.engagement_id).is_(None))
    else:
        query = query.where(col(Meeting.engagement_id) == meeting.engagement_id)
    return list(session.scalars(query.order_by(col(Meeting.starts_at))))


def usual_interval(series: list[Meeting]) -> timedelta:
    """The median gap between the series' meetings, in whole days (at least one)."""
    starts = [m.starts_at for m in series if m.starts_at is not None]
    gaps = [(b - a).total_seconds() / 86400 for a, b in pairwise(starts)]
    gaps = [g for g in gaps if g >= 0.5]
    if not gaps:
        return DEFAULT_INTERVAL
    return timedelta(days=max(1, round(median(gaps))))


def _later(start: datetime, interval: timedelta) -> datetime:
    """``start`` plus ``interval`` at the same local wall-clock time (across DST too)."""
    local = start.astimezone().replace(tzinfo=None) + interval
    return local.astimezone()


def proposed_start(
    session: Session, meeting_id: str, *, now: datetime | None = None
) -> datetime | None:
    """When the next meeting of the series falls: the latest one plus the usual interval
    (again, until it lies ahead). None when the meeting has no date to count from."""
    base = get_record(session, Meeting, meeting_id)
    if base.starts_at is None:
        return None
    series = series_of(session, base) or [base]
    latest = series[-1]
    assert latest.starts_at is not None
    interval = usual_interval(series)
    start = _later(latest.starts_at, interval)
    now = now or utcnow()
    while start <= now:
        start = _later(start, interval)
    return start


def plan_next_meeting(
    session: Session,
    meeting_id: str,
    *,
    now: datetime | None = None,
    starts_at: datetime | None = None,
    approval_title: str = APPROVAL_TITLE,
) -> Meeting:
    """Make the next meeting of ``meeting_id``'s series (at ``starts_at``, else when it
    falls); returns it, a draft."""
    base = get_record(session, Meeting, meeting_id)
    start = proposed_start(session, meeting_id, now=now)
    if start is None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The meeting “{title}” has no date yet: give it one, then plan the next.",
            ),
            title=base.title,
        )
    if starts_at is not None:
        start = starts_at if starts_at.tzinfo else starts_at.astimezone()
    latest = (series_of(session, base) or [base])[-1]
    template_id = latest.template_id or base.template_id
    template = session.get(AgendaTemplate, template_id) if template_id else None
    if template is not None and template.deleted_at is None:
        meeting = templates.create_meeting_from_template(
            session,
            template.id,
            engagement_id=latest.engagement_id,
            title=latest.title,
            starts_at=start,
            place=latest.place,
            audience=latest.audience,
        )
    else:
        meeting = agenda.create_meeting(
            session,
            title=latest.title,
            engagement_id=latest.engagement_id,
            kind=latest.kind,
            starts_at=start,
            duration_minutes=latest.duration_minutes,
            place=latest.place,
            audience=latest.audience,
        )
        for row in agenda.list_items(session, latest.id):
            if row.is_carry_over or _is_approval_item(session, row.id):
                continue
            agenda.add_item(
                session,
                meeting.id,
                title=row.title,
                purpose=row.purpose,
                planned_minutes=row.planned_minutes,
                presenter_id=row.presenter_id,
                audience=row.audience,
            )
    meeting.duration_minutes = latest.duration_minutes
    meeting.chair_id, meeting.minute_taker_id = latest.chair_id, latest.minute_taker_id
    meeting.template_id = template.id if template is not None else None
    for person in session.scalars(
        sa.select(Attendance).where(
            col(Attendance.meeting_id) == latest.id, col(Attendance.deleted_at).is_(None)
        )
    ):
        session.add(Attendance(meeting_id=meeting.id, person_id=person.person_id, role=person.role))
    session.flush()
    if latest.status in (MeetingStatus.HELD, MeetingStatus.IN_PROGRESS):
        ensure_approval_item(session, latest.id, at_meeting_id=meeting.id, title=approval_title)
    return meeting


def _is_approval_item(session: Session, item_id: str) -> bool:
    v = MinutesVersion.__table__
    query = sa.select(sa.func.count()).where(
        v.c.approval_item_id == item_id, v.c.deleted_at.is_(None)
    )
    return bool(session.execute(query).scalar())
