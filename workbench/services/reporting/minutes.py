"""Everything the minutes and the agenda of one meeting need, as read-only rows.

The audience filter is applied in the queries (see ``workbench.services.visible``); the
writers in ``workbench.exports`` only ever see what ``load_meeting`` returns. Texts with
an audience of their own (the place, an item's notes and outcome, people's and
organisations' names, the engagement's title) are None where the audience may not see
them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    Action,
    AgendaItem,
    Attendance,
    AttendanceRole,
    Audience,
    Commitment,
    Decision,
    Engagement,
    Meeting,
    Note,
    Organisation,
    Person,
    Presence,
    Purpose,
)
from workbench.domain.rules import local_today
from workbench.services.cycle.versions import VersionDoc, version_doc
from workbench.services.errors import QT_TRANSLATE_NOOP, NotFoundError
from workbench.services.followup.actions import ActionRow, read_actions
from workbench.services.followup.commitments import CommitmentRow, read_commitments
from workbench.services.visible import (
    OPEN_STATUSES,
    AudienceError,
    DecisionDoc,
    MeetingRef,
    NoteDoc,
    live_and_visible,
    query_decisions,
    query_meetings,
    query_notes,
    shown,
)


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str | None  # None: the name is for the working group only
    organisation: str | None
    role: AttendanceRole
    presence: Presence


@dataclass(frozen=True, slots=True)
class ItemDoc:
    id: str
    number: int  # 1-based among the items this audience sees
    title: str
    purpose: Purpose
    planned_minutes: int
    presenter: str | None
    notes: str | None
    outcome: str | None
    is_carry_over: bool
    audience: Audience
    starts_at: datetime | None  # planned start, from the meeting's start and time boxes


@dataclass(frozen=True, slots=True)
class MeetingDoc:
    """One meeting as its minutes or agenda show it, for one audience."""

    meeting: MeetingRef
    engagement_id: str | None
    engagement_title: str | None
    chair: str | None
    minute_taker: str | None
    audience: Audience
    today: date
    attendees: tuple[Attendee, ...]
    items: tuple[ItemDoc, ...]
    decisions: tuple[DecisionDoc, ...]
    commitments: tuple[CommitmentRow, ...]
    actions: tuple[ActionRow, ...]
    notes: tuple[NoteDoc, ...]
    next_meeting: MeetingRef | None
    carried_actions: tuple[ActionRow, ...]
    carried_commitments: tuple[CommitmentRow, ...]
    #: The approved version of the minutes (None until approved), for this audience.
    minutes_version: VersionDoc | None = None

    def item_number(self, agenda_item_id: str | None) -> int | None:
        """The number of a visible agenda item, for "decided under item 2"."""
        for item in self.items:
            if item.id == agenda_item_id:
                return item.number
        return None


def _person_name(session: Session, person_id: str | None, audience: Audience) -> str | None:
    if person_id is None:
        return None
    p = Person.__table__
    query = sa.select(shown(p, "name", audience)).where(p.c.id == person_id)
    name: str | None = session.execute(query).scalar_one_or_none()
    return name


def _attendees(session: Session, meeting_id: str, audience: Audience) -> tuple[Attendee, ...]:
    at, p, o = Attendance.__table__, Person.__table__, Organisation.__table__
    query = (
        sa.select(
            shown(p, "name", audience),
            shown(o, "name", audience),
            at.c.role,
            at.c.presence,
        )
        .select_from(
            at.join(p, at.c.person_id == p.c.id).outerjoin(o, p.c.organisation_id == o.c.id)
        )
        .where(at.c.meeting_id == meeting_id, at.c.deleted_at.is_(None))
        .order_by(o.c.name, p.c.name)
    )
    return tuple(Attendee(*row) for row in session.execute(query))


def _items(session: Session, meeting: MeetingRef, audience: Audience) -> tuple[ItemDoc, ...]:
    i, p = AgendaItem.__table__, Person.__table__
    query = (
        sa.select(
            i.c.id,
            i.c.title,
            i.c.purpose,
            i.c.planned_minutes,
            shown(p, "name", audience),
            shown(i, "notes", audience),
            shown(i, "outcome", audience),
            i.c.is_carry_over,
            i.c.audience,
        )
        .select_from(i.outerjoin(p, i.c.presenter_id == p.c.id))
        .where(i.c.meeting_id == meeting.id, live_and_visible(i, audience))
        .order_by(i.c.position, i.c.created_at, i.c.id)
    )
    items: list[ItemDoc] = []
    clock = meeting.starts_at
    for number, row in enumerate(session.execute(query), start=1):
        item_id, title, purpose, minutes, presenter, notes, outcome, carry_over, audience = row
        items.append(
            ItemDoc(
                item_id, number, title, purpose, minutes, presenter, notes, outcome,
                carry_over, audience, starts_at=clock,
            )
        )  # fmt: skip
        if clock is not None:
            clock = clock + timedelta(minutes=minutes or 0)
    return tuple(items)


def load_meeting(
    session: Session,
    meeting_id: str,
    audience: Audience,
    *,
    today: date | None = None,
    carry_over: bool = True,
) -> MeetingDoc:
    """The minutes/agenda data of one meeting, as ``audience`` may see it.

    ``carry_over=False`` leaves ``carried_actions`` and ``carried_commitments`` empty:
    only the agenda shows what is carried over, and in a busy engagement reading it
    (every open follow-up of every earlier meeting) costs more than the meeting itself.

    Raises ``NotFoundError`` for an unknown or deleted meeting and ``AudienceError`` when
    a group-only meeting is asked for by partners.
    """
    audience = Audience(audience)
    today = today or local_today()
    m = Meeting.__table__
    row = (
        session.execute(sa.select(m).where(m.c.id == meeting_id, m.c.deleted_at.is_(None)))
        .mappings()
        .one_or_none()
    )
    if row is None:
        raise NotFoundError("meeting", meeting_id)
    if audience == Audience.PARTNERS and row["audience"] != Audience.PARTNERS:
        raise AudienceError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The meeting “{title}” is marked for the working group only, so it has no "
                "version for partners. Export it for the group, or mark the meeting for partners.",
            ),
            title=row["title"],
        )
    # read again through the audience rule (visible, as checked), which leaves out a
    # group-only place
    meeting = query_meetings(session, audience, m.c.id == meeting_id)[0]
    engagement_title = None
    if row["engagement_id"]:
        e = Engagement.__table__
        engagement_title = session.execute(
            sa.select(shown(e, "title", audience)).where(e.c.id == row["engagement_id"])
        ).scalar_one_or_none()

    c, a, d, n = Commitment.__table__, Action.__table__, Decision.__table__, Note.__table__
    carried_actions: list[ActionRow] = []
    carried_commitments: list[CommitmentRow] = []
    next_meeting = None
    if row["engagement_id"] and carry_over:
        carried_actions = read_actions(
            session,
            today=today,
            audience=audience,
            where=[
                a.c.engagement_id == row["engagement_id"],
                a.c.status.in_(OPEN_STATUSES),
                _from_earlier(a, meeting),
            ],
            undated_last=True,
        )
        carried_commitments = read_commitments(
            session,
            today=today,
            audience=audience,
            engagement_id=row["engagement_id"],
            where=[c.c.status.in_(OPEN_STATUSES), _from_earlier(c, meeting)],
            by_meeting=True,
        )
    if row["engagement_id"] and meeting.starts_at is not None:
        later = query_meetings(
            session,
            audience,
            m.c.engagement_id == row["engagement_id"],
            m.c.kind == meeting.kind,
            m.c.starts_at > meeting.starts_at,
        )
        next_meeting = later[0] if later else None

    return MeetingDoc(
        meeting=meeting,
        engagement_id=row["engagement_id"],
        engagement_title=engagement_title,
        chair=_person_name(session, row["chair_id"], audience),
        minute_taker=_person_name(session, row["minute_taker_id"], audience),
        audience=audience,
        today=today,
        attendees=_attendees(session, meeting.id, audience),
        items=_items(session, meeting, audience),
        decisions=tuple(query_decisions(session, audience, d.c.meeting_id == meeting.id)),
        commitments=tuple(
            read_commitments(
                session,
                today=today,
                audience=audience,
                where=[c.c.meeting_id == meeting.id],
                by_meeting=True,
            )
        ),
        actions=tuple(
            read_actions(
                session,
                today=today,
                audience=audience,
                where=[a.c.meeting_id == meeting.id],
                undated_last=True,
            )
        ),
        notes=tuple(query_notes(session, audience, n.c.meeting_id == meeting.id)),
        next_meeting=next_meeting,
        carried_actions=tuple(carried_actions),
        carried_commitments=tuple(carried_commitments),
        minutes_version=version_doc(session, meeting.id, audience),
    )


def _from_earlier(table: sa.Table, meeting: MeetingRef) -> Any:
    """Follow-ups from earlier meetings (or from no meeting): what an agenda carries over.

    Filters only; it names no meeting, so it may look at meetings of any audience.
    """
    m = Meeting.__table__
    if meeting.starts_at is None:
        earlier = sa.select(m.c.id).where(m.c.id != meeting.id)
    else:
        earlier = sa.select(m.c.id).where(m.c.starts_at < meeting.starts_at)
    return sa.or_(table.c.meeting_id.is_(None), table.c.meeting_id.in_(earlier))
