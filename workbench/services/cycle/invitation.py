"""What a meeting's calendar invitation says, for one audience.

The writer (``workbench.exports.ical``) turns this into an RFC 5545 file. The UID is
stable per meeting (its id), the SEQUENCE is the meeting's ``invitation_sequence``
(raised on every change of time or place), the organiser is the chair (or whoever
chairs in their absence: the user, the minute-taker), the attendees are the people on
the attendance list, and the description carries the agenda as ``audience`` may read
it. People without an e-mail address cannot be calendar attendees: they are listed in
``unreachable`` so the caller can say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    AgendaItem,
    Attendance,
    AttendanceRole,
    Audience,
    Engagement,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Organisation,
    Person,
)
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFoundError
from workbench.services.visible import AudienceError, live_and_visible, shown

UID_DOMAIN = "engagement-workbench"


@dataclass(frozen=True, slots=True)
class Invitee:
    """A person invited; ``name`` and ``organisation`` None where the invitation's
    audience may not see them (the address is what the invitation is sent to)."""

    name: str | None
    email: str | None
    organisation: str | None
    role: AttendanceRole
    person_id: str | None = None


@dataclass(frozen=True, slots=True)
class AgendaLine:
    number: int
    title: str
    minutes: int
    presenter: str | None


@dataclass(frozen=True, slots=True)
class InvitationDoc:
    meeting_id: str
    uid: str
    sequence: int
    title: str
    kind: MeetingKind
    engagement: str | None  # None also where its title is kept from the audience
    starts_at: datetime
    duration_minutes: int
    place: str | None  # None also where the place is kept from the audience
    cancelled: bool
    audience: Audience
    organiser: Invitee
    attendees: tuple[Invitee, ...]
    agenda: tuple[AgendaLine, ...]
    updated_at: datetime

    @property
    def unreachable(self) -> tuple[Invitee, ...]:
        """Invited people the calendar cannot reach (no e-mail address)."""
        return tuple(a for a in self.attendees if not a.email)

    @property
    def link(self) -> str | None:
        """The place when it is a web address (a video call)."""
        place = (self.place or "").strip()
        return place if place.lower().startswith(("https://", "http://")) else None


def meeting_uid(meeting_id: str) -> str:
    """The same UID for every export of the meeting's invitation (RFC 5545 3.8.4.7)."""
    return f"{meeting_id}@{UID_DOMAIN}"


def load_invitation(
    session: Session,
    meeting_id: str,
    audience: Audience | str | None = None,
    *,
    actor_id: str | None = None,
) -> InvitationDoc:
    """The invitation of a meeting; ``audience`` defaults to the meeting's own."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise NotFoundError("meeting", meeting_id)
    audience = Audience(audience or meeting.audience)
    if audience == Audience.PARTNERS and meeting.audience != Audience.PARTNERS:
        raise AudienceError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The meeting “{title}” is marked for the working group only, so it has no "
                "invitation for partners. Make it for the group, or mark the meeting for "
                "partners.",
            ),
            title=meeting.title,
        )
    if meeting.starts_at is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The meeting “{title}” has no date and time yet."),
            title=meeting.title,
        )
    at, p, o = Attendance.__table__, Person.__table__, Organisation.__table__
    people = [
        Invitee(name, (email or "").strip() or None, org, role, pid)
        for pid, name, email, org, role in session.execute(
            sa.select(
                p.c.id,
                shown(p, "name", audience),
                p.c.email,
                shown(o, "name", audience, "organisation"),
                at.c.role,
            )
            .select_from(
                at.join(p, at.c.person_id == p.c.id).outerjoin(o, p.c.organisation_id == o.c.id)
            )
            .where(at.c.meeting_id == meeting_id, at.c.deleted_at.is_(None))
            .order_by(at.c.role != AttendanceRole.CHAIR.value, o.c.name, p.c.name)
        )
    ]
    organiser = _organiser(session, meeting, people, actor_id, audience)
    i = AgendaItem.__table__
    agenda = tuple(
        AgendaLine(n, title, minutes or 0, presenter)
        for n, (title, minutes, presenter) in enumerate(
            session.execute(
                sa.select(i.c.title, i.c.planned_minutes, shown(p, "name", audience))
                .select_from(i.outerjoin(p, i.c.presenter_id == p.c.id))
                .where(i.c.meeting_id == meeting_id, live_and_visible(i, audience))
                .order_by(i.c.position, i.c.created_at, i.c.id)
            ),
            start=1,
        )
    )
    engagement = None
    if meeting.engagement_id:
        e = Engagement.__table__
        engagement = session.execute(
            sa.select(shown(e, "title", audience)).where(e.c.id == meeting.engagement_id)
        ).scalar_one_or_none()
    m = Meeting.__table__
    place = session.execute(
        sa.select(shown(m, "place", audience)).where(m.c.id == meeting.id)
    ).scalar_one_or_none()
    return InvitationDoc(
        meeting_id=meeting.id,
        uid=meeting_uid(meeting.id),
        sequence=meeting.invitation_sequence or 0,
        title=meeting.title,
        kind=meeting.kind,
        engagement=engagement,
        starts_at=meeting.starts_at,
        duration_minutes=meeting.duration_minutes,
        place=place,
        cancelled=meeting.status == MeetingStatus.CANCELLED,
        audience=audience,
        organiser=organiser,
        attendees=tuple(a for a in people if a is not organiser),
        agenda=agenda,
        updated_at=meeting.updated_at,
    )


def _organiser(
    session: Session,
    meeting: Meeting,
    people: list[Invitee],
    actor_id: str | None,
    audience: Audience,
) -> Invitee:
    """The chair if they have an address; else the user, the minute-taker, a member."""
    candidates = [meeting.chair_id, actor_id, meeting.minute_taker_id]
    p = Person.__table__
    for person_id in candidates:
        person = session.get(Person, person_id) if person_id else None
        email = (person.email or "").strip() if person is not None else ""
        if person is not None and person.deleted_at is None and email:
            for invitee in people:
                if invitee.person_id == person.id:
                    return invitee
            name = session.execute(
                sa.select(shown(p, "name", audience)).where(p.c.id == person.id)
            ).scalar_one_or_none()
            return Invitee(name, email, None, AttendanceRole.CHAIR, person.id)
    for invitee in people:
        if invitee.email and invitee.role in (AttendanceRole.CHAIR, AttendanceRole.MEMBER):
            return invitee
    chair = session.get(Person, meeting.chair_id) if meeting.chair_id else None
    if chair is None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The invitation needs an organiser with an e-mail address: choose a chair for "
                "the meeting who has one.",
            )
        )
    raise DomainError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "The invitation needs an organiser with an e-mail address: give the chair ({name}) "
            "an address (Meeting → Distribution list…), or choose another chair.",
        ),
        name=chair.name,
    )
