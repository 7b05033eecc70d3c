"""The meeting cycle with the outside world: who receives what, what was sent, versions
of approved minutes.

``DistributionEntry`` is an engagement's distribution list: who receives the partners
version of its documents and who the group version (partners is the default, because
receiving the partners version can never leak anything). ``SentExport`` is the send
log: every export that left the laptop as an e-mail draft, with the checksum of the
file attached, so the group can answer "did the ministry get the final minutes?".
``MinutesVersion`` records the approval of a meeting's minutes and every later
correction (a new version, with a reason); once a version is frozen, the minutes it
covers are frozen too (``workbench.services.cycle.freeze``).

The SEQUENCE of a meeting's invitation (RFC 5545) is raised here, on the mapper, for
every change of its time or place made through the ORM (forms, services), so no edit
path can forget it; a merge writes through Core and brings the other laptop's number.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import Field

from workbench.domain.base import Content, Record, enum_field, fk, utcnow
from workbench.domain.enums import Audience, MeetingStatus
from workbench.domain.meetings import Meeting
from workbench.domain.types import UTCDateTime


class SentKind(StrEnum):
    """What an e-mail draft carried."""

    MINUTES = "minutes"
    AGENDA = "agenda"
    REPORT = "report"
    TRACKER = "tracker"


class DistributionEntry(Record, table=True):
    """One person on an engagement's distribution list, and which version they receive."""

    __tablename__ = "distribution"

    engagement_id: str = fk("engagement.id", required=True)
    person_id: str = fk("person.id", required=True)
    receives: Audience = enum_field(Audience, Audience.PARTNERS)
    cc: bool = False  # in Cc rather than To


class SentExport(Record, table=True):
    """An export that left the laptop as an e-mail draft: what, for whom, to whom, when."""

    __tablename__ = "sentexport"

    kind: SentKind = enum_field(SentKind, SentKind.MINUTES)
    meeting_id: str | None = fk("meeting.id")
    engagement_id: str | None = fk("engagement.id")
    file_name: str
    checksum: str  # SHA-256 of the attached file, hex
    size: int = 0
    audience: Audience = enum_field(Audience, Audience.PARTNERS)  # the version attached
    lang: str = "en"
    recipients: str = "[]"  # JSON: [{"name": ..., "email": ... or null, "cc": bool}]
    subject: str = ""
    sent_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    by_id: str | None = fk("person.id", index=False)
    minutes_version: int | None = None


class MinutesVersion(Content, table=True):
    """A version of a meeting's minutes: approved (version 1) or corrected (2, 3 …).

    Unfrozen (``frozen_at`` empty) it is waiting: for approval at ``approval_meeting``
    (whose agenda has ``approval_item``), or, for a correction, for the corrected text to
    be frozen. ``snapshot`` keeps the minutes as they were frozen (JSON), so the history
    holds every version. The record is content: its reason reaches partners only when it
    is marked for them.
    """

    __tablename__ = "minutesversion"
    __tracked__ = ("audience",)

    meeting_id: str = fk("meeting.id", required=True)
    number: int = 1
    reason: str | None = None
    approval_meeting_id: str | None = fk("meeting.id")
    approval_item_id: str | None = fk("agendaitem.id")
    frozen_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    by_id: str | None = fk("person.id", index=False)
    snapshot: str | None = None


#: A change of one of these moves the meeting in the attendees' calendars.
INVITATION_FIELDS = ("starts_at", "duration_minutes", "place")


@event.listens_for(Meeting, "before_update")
def _raise_invitation_sequence(_mapper: Any, _connection: Any, target: Meeting) -> None:
    """RFC 5545: the SEQUENCE goes up whenever the time or place changes (or it is
    cancelled or brought back), so calendars replace the old invitation."""
    state = sa.inspect(target)
    if state.session is not None and state.session.info.get("merging"):
        return
    moved = any(state.attrs[name].history.has_changes() for name in INVITATION_FIELDS)
    status = state.attrs.status.history
    if status.has_changes():
        old = status.deleted[0] if status.deleted else None
        moved = moved or MeetingStatus.CANCELLED in (old, status.added[0])
    if moved and not state.attrs.invitation_sequence.history.has_changes():
        target.invitation_sequence = (target.invitation_sequence or 0) + 1
