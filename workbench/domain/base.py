"""What every stored record has: a UUID, UTC timestamps and a tombstone.

Records are never hard-deleted (``deleted_at`` is set instead) so two laptops can merge
their copies. ``updated_at`` is maintained by the store on every flush.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import Enum
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from workbench.domain.enums import Audience
from workbench.domain.types import EnumText, UTCDateTime


def utcnow() -> datetime:
    """Now, in UTC, to the microsecond."""
    return datetime.now(UTC)


def new_id() -> str:
    """A new record key: a random UUID as text."""
    return str(uuid.uuid4())


def enum_field(enum_cls: type[Enum], default: Any, **kwargs: Any) -> Any:
    """A field holding an enum, stored as its text value."""
    return Field(default=default, sa_type=EnumText(enum_cls), nullable=False, **kwargs)


def fk(target: str, *, index: bool = True, required: bool = False) -> Any:
    """A foreign key to ``target`` (``"table.id"``); optional unless ``required``."""
    if required:
        return Field(foreign_key=target, index=index)
    return Field(default=None, foreign_key=target, index=index, nullable=True)


def audience_field() -> Any:
    """The audience of one text field (``<field>_audience``): working group only until
    someone marks it for partners (see ``workbench.domain.audiences``)."""
    return enum_field(Audience, Audience.GROUP)


class Record(SQLModel):
    """Columns shared by every table."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(
        default_factory=utcnow, sa_type=UTCDateTime, nullable=False, index=True
    )
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)

    # Fields whose changes are written to the history (``Change``) by the store.
    __tracked__: tuple[str, ...] = ()
    #: The table SQLAlchemy makes of a ``table=True`` model; declared so that a type
    #: checker knows the queries that select from ``Model.__table__``.
    __table__: ClassVar[sa.Table]

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class Content(Record):
    """A record whose text may or may not leave the working group."""

    audience: Audience = enum_field(Audience, Audience.GROUP, index=True)
