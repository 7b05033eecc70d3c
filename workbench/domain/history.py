"""The record of what changed, merge conflicts, and facts about this installation."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from workbench.domain.base import Record, fk, utcnow
from workbench.domain.types import UTCDateTime


class Change(Record, table=True):
    """One change of a tracked field (status, owner, due date, stage, audience)."""

    entity: str = Field(index=True)
    entity_id: str = Field(index=True)
    field: str
    old: str | None = None
    new: str | None = None
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    by_id: str | None = fk("person.id", index=False)
    meeting_id: str | None = fk("meeting.id", index=False)
    note: str | None = None
    laptop: str | None = None  # the installation (laptop) the change was made on


class Conflict(Record, table=True):
    """A record changed on two laptops: the version that lost, kept for the user."""

    entity: str = Field(index=True)
    entity_id: str = Field(index=True)
    kept: str  # JSON of the version kept
    other: str  # JSON of the version set aside
    source: str | None = None  # installation the other version came from
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolution: str | None = None


class Meta(SQLModel, table=True):
    """Key/value facts about this database (its installation ID, last exchanges)."""

    key: str = Field(primary_key=True)
    value: str
