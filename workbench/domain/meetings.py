"""Meetings and what happens in them: attendance, agenda items, decisions."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from workbench.domain.base import Content, Record, audience_field, enum_field, fk
from workbench.domain.enums import (
    AttendanceRole,
    Audience,
    MeetingKind,
    MeetingStatus,
    Presence,
    Purpose,
)
from workbench.domain.types import UTCDateTime


class Meeting(Content, table=True):
    """A working-group meeting, a call with a company, or an event."""

    __tracked__ = ("status", "starts_at", "audience", "place_audience")

    engagement_id: str | None = fk("engagement.id")
    kind: MeetingKind = enum_field(MeetingKind, MeetingKind.WORKING_GROUP)
    title: str
    starts_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    duration_minutes: int = 60
    place: str | None = None  # or the link of a video call
    place_audience: Audience = audience_field()
    chair_id: str | None = fk("person.id")
    minute_taker_id: str | None = fk("person.id")
    status: MeetingStatus = enum_field(MeetingStatus, MeetingStatus.DRAFT)
    started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    #: RFC 5545 SEQUENCE of its invitation: raised on every change of time or place
    #: (``workbench.domain.cycle``).
    invitation_sequence: int = 0
    #: The agenda template it was made from, so the next meeting of the series is too.
    #: No foreign key: SQLite cannot add one to an existing table without rebuilding it,
    #: and templates are tombstoned, never removed.
    template_id: str | None = Field(default=None, index=True, max_length=36)


class Attendance(Record, table=True):
    """Who was invited, in what role, and whether they came."""

    meeting_id: str = fk("meeting.id", required=True)
    person_id: str = fk("person.id", required=True)
    role: AttendanceRole = enum_field(AttendanceRole, AttendanceRole.MEMBER)
    presence: Presence = enum_field(Presence, Presence.PRESENT)


class AgendaItem(Content, table=True):
    """One point on a meeting's agenda, with its time box and what came of it."""

    __tracked__ = ("audience", "notes_audience", "outcome_audience")

    meeting_id: str = fk("meeting.id", required=True)
    position: int = 0
    title: str
    purpose: Purpose = enum_field(Purpose, Purpose.DISCUSS)
    planned_minutes: int = 10
    presenter_id: str | None = fk("person.id")
    notes: str | None = None
    notes_audience: Audience = audience_field()
    outcome: str | None = None
    outcome_audience: Audience = audience_field()
    actual_seconds: int | None = None
    objective_id: str | None = fk("objective.id")
    target_id: str | None = fk("target.id")
    is_carry_over: bool = False


class Decision(Content, table=True):
    """What a meeting decided."""

    __tracked__ = ("audience",)

    meeting_id: str = fk("meeting.id", required=True)
    agenda_item_id: str | None = fk("agendaitem.id")
    text: str


class AgendaTemplate(Record, table=True):
    """A reusable agenda for a recurring kind of meeting."""

    name: str = Field(index=True)
    kind: MeetingKind = enum_field(MeetingKind, MeetingKind.WORKING_GROUP)
    duration_minutes: int = 60
    description: str | None = None


class TemplateItem(Record, table=True):
    """One item of an agenda template."""

    template_id: str = fk("agendatemplate.id", required=True)
    position: int = 0
    title: str
    purpose: Purpose = enum_field(Purpose, Purpose.DISCUSS)
    planned_minutes: int = 10
