"""Who takes part in a meeting: members and company contacts, their role and presence.

The meeting's ``chair_id`` and ``minute_taker_id`` follow the attendance roles, so the
meeting form, the minutes and the attendance list never disagree about who chaired.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col

from workbench.domain import (
    Attendance,
    AttendanceRole,
    Meeting,
    Organisation,
    Person,
    Presence,
    Target,
    utcnow,
)
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.records import get_record


@dataclass(frozen=True, slots=True)
class AttendeeRow:
    """A person who could attend, and whether (and how) they are on the list."""

    person_id: str
    name: str
    organisation: str | None
    is_member: bool
    attendance_id: str | None  # None: not invited
    role: AttendanceRole | None
    presence: Presence | None

    @property
    def invited(self) -> bool:
        return self.attendance_id is not None


def _live_attendance(session: Session, meeting_id: str) -> dict[str, Attendance]:
    query = sa.select(Attendance).where(
        col(Attendance.meeting_id) == meeting_id,
        col(Attendance.deleted_at).is_(None),
    )
    return {a.person_id: a for a in session.scalars(query)}


def candidates(session: Session, meeting_id: str) -> list[AttendeeRow]:
    """Members, contacts at the engagement's companies, and whoever is already listed.

    Members first, then company contacts, each by name.
    """
    meeting = get_record(session, Meeting, meeting_id)
    p, o, t = Person.__table__, Organisation.__table__, Target.__table__
    listed = _live_attendance(session, meeting_id)
    company_orgs = sa.select(t.c.organisation_id).where(
        t.c.engagement_id == meeting.engagement_id, t.c.deleted_at.is_(None)
    )
    conditions = [p.c.is_member.is_(True)]
    if meeting.engagement_id:
        conditions.append(p.c.organisation_id.in_(company_orgs))
    if listed:
        conditions.append(p.c.id.in_(list(listed)))
    query = (
        sa.select(p.c.id, p.c.name, o.c.name, p.c.is_member)
        .select_from(p.outerjoin(o, p.c.organisation_id == o.c.id))
        .where(p.c.deleted_at.is_(None), sa.or_(*conditions))
        .order_by(p.c.is_member.desc(), o.c.name, p.c.name)
    )
    rows = []
    for pid, name, org, member in session.execute(query):
        a = listed.get(pid)
        rows.append(
            AttendeeRow(
                pid,
                name,
                org,
                bool(member),
                a.id if a else None,
                a.role if a else None,
                a.presence if a else None,
            )
        )
    return rows


def list_attendance(session: Session, meeting_id: str) -> list[AttendeeRow]:
    """Only the people on the list."""
    return [row for row in candidates(session, meeting_id) if row.invited]


def set_attendance(
    session: Session,
    meeting_id: str,
    person_id: str,
    *,
    role: AttendanceRole | str | None = None,
    presence: Presence | str | None = None,
) -> Attendance:
    """Put a person on the list (or change role/presence); one chair and one minute-taker.

    A person added without a role takes the one the meeting already gives them (its
    chair or minute-taker), else ``member``.
    """
    meeting = get_record(session, Meeting, meeting_id)
    get_record(session, Person, person_id)
    try:
        role = AttendanceRole(role) if role is not None else None
        presence = Presence(presence) if presence is not None else None
    except ValueError as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "“{value}” is not a role or presence of an attendee."),
            value=exc.args[0] if exc.args else "",
        ) from exc
    listed = _live_attendance(session, meeting_id)
    record = listed.get(person_id)
    if record is None:
        if role is None:
            role = _meeting_role(meeting, person_id)
        record = Attendance(
            meeting_id=meeting_id,
            person_id=person_id,
            role=role,
            presence=presence or Presence.PRESENT,
        )
        session.add(record)
    else:
        if role is not None and record.role != role:
            _leave_role(meeting, record)
            record.role = role
        if presence is not None:
            record.presence = presence
    if record.role in (AttendanceRole.CHAIR, AttendanceRole.MINUTES):
        for other in listed.values():
            if other.person_id != person_id and other.role == record.role:
                other.role = AttendanceRole.MEMBER
        if record.role == AttendanceRole.CHAIR:
            meeting.chair_id = person_id
        else:
            meeting.minute_taker_id = person_id
    session.flush()
    return record


def remove_attendance(session: Session, meeting_id: str, person_id: str) -> None:
    """Take a person off the list (tombstoned, so the removal merges)."""
    meeting = get_record(session, Meeting, meeting_id)
    record = _live_attendance(session, meeting_id).get(person_id)
    if record is None:
        return
    _leave_role(meeting, record)
    record.deleted_at = utcnow()
    session.flush()


def _meeting_role(meeting: Meeting, person_id: str) -> AttendanceRole:
    if meeting.chair_id == person_id:
        return AttendanceRole.CHAIR
    if meeting.minute_taker_id == person_id:
        return AttendanceRole.MINUTES
    return AttendanceRole.MEMBER


def _leave_role(meeting: Meeting, record: Attendance) -> None:
    """The person no longer chairs or takes minutes: the meeting forgets them there."""
    if record.role == AttendanceRole.CHAIR and meeting.chair_id == record.person_id:
        meeting.chair_id = None
    if record.role == AttendanceRole.MINUTES and meeting.minute_taker_id == record.person_id:
        meeting.minute_taker_id = None
