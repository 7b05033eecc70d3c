"""What comes out of meetings and must be followed up: commitments, actions, notes."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field

from workbench.domain.base import Content, audience_field, enum_field, fk, utcnow
from workbench.domain.enums import ActionStatus, Audience, CommitmentStatus, Direction
from workbench.domain.types import UTCDateTime


class Commitment(Content, table=True):
    """A promise made in a meeting, by the company or by the working group."""

    __tracked__ = ("status", "owner_id", "due_on", "audience", "evidence_audience")

    engagement_id: str = fk("engagement.id", required=True)
    meeting_id: str | None = fk("meeting.id")
    agenda_item_id: str | None = fk("agendaitem.id")
    direction: Direction = enum_field(Direction, Direction.BY_COMPANY, index=True)
    party_id: str | None = fk("organisation.id")
    owner_id: str | None = fk("person.id")
    text: str
    due_on: date | None = Field(default=None, index=True)
    status: CommitmentStatus = enum_field(CommitmentStatus, CommitmentStatus.OPEN, index=True)
    evidence: str | None = None
    evidence_audience: Audience = audience_field()


class Action(Content, table=True):
    """A follow-up task with an owner and a due date."""

    __tracked__ = ("status", "owner_id", "due_on", "audience", "notes_audience")

    engagement_id: str | None = fk("engagement.id")
    meeting_id: str | None = fk("meeting.id")
    agenda_item_id: str | None = fk("agendaitem.id")
    commitment_id: str | None = fk("commitment.id")
    title: str
    owner_id: str | None = fk("person.id")
    due_on: date | None = Field(default=None, index=True)
    status: ActionStatus = enum_field(ActionStatus, ActionStatus.OPEN, index=True)
    done_on: date | None = None
    notes: str | None = None
    notes_audience: Audience = audience_field()


class Note(Content, table=True):
    """A quick capture, in a meeting or at a conference; group-only until marked."""

    __tracked__ = ("audience", "place_audience")

    engagement_id: str | None = fk("engagement.id")
    meeting_id: str | None = fk("meeting.id")
    target_id: str | None = fk("target.id")
    body: str = ""
    captured_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    place: str | None = None
    place_audience: Audience = audience_field()
    triaged: bool = Field(default=False, index=True)
