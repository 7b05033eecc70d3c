"""The engagement as stewardship practice records it: interactions that are not meetings,
escalation per company, who leads, and the documents that prove what happened.

Investors report an engagement by its record (the covenant's yearly monitoring, PRI's
collaborative initiatives, the UK Stewardship Code): what was asked, what the company
did, when, with what proof. These tables hold the parts of that record that are not a
meeting: a letter, an e-mail, an AGM question; the escalation steps taken when dialogue
stalls; the lead and collaborating organisations per company; and the files themselves.

A document's bytes are kept once per content in ``DocumentBlob`` (keyed by their SHA-256),
inside the database: see ARCHITECTURE.md, "Documents", for why.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from workbench.domain.base import Content, Record, audience_field, enum_field, fk, utcnow
from workbench.domain.enums import (
    Audience,
    InteractionDirection,
    InteractionKind,
    Seniority,
    TargetRoleKind,
)
from workbench.domain.types import EnumText, UTCDateTime


def optional_enum(enum_cls: type[Any]) -> Any:
    """A field holding an enum or nothing."""
    return Field(default=None, sa_type=EnumText(enum_cls), nullable=True)


class Interaction(Content, table=True):
    """A letter, e-mail, phone call, AGM question or vote, site visit or public statement:
    contact with a company outside a meeting, sent by the group or received from it."""

    __tracked__ = ("audience", "summary_audience")

    engagement_id: str = fk("engagement.id", required=True)
    target_id: str | None = fk("target.id")
    occurred_on: date = Field(index=True)
    kind: InteractionKind = enum_field(InteractionKind, InteractionKind.LETTER)
    direction: InteractionDirection = enum_field(InteractionDirection, InteractionDirection.SENT)
    counterpart_id: str | None = fk("person.id")
    seniority: Seniority | None = optional_enum(Seniority)
    subject: str = ""
    summary: str | None = None
    summary_audience: Audience = audience_field()


class InteractionObjective(Record, table=True):
    """An objective an interaction concerns (a link; removing it is a tombstone)."""

    interaction_id: str = fk("interaction.id", required=True)
    objective_id: str = fk("objective.id", required=True)


class EscalationStep(Record, table=True):
    """A step of the group's escalation ladder, as the group changed or added it.

    The ladder ships with a set of steps defined in code (their ids derived from a key,
    ``services.stewardship.ladder``); a row here renames, moves or retires one of those,
    or adds a step of the group's own. ``name`` None keeps the shipped (translated) name.
    """

    name: str | None = None
    description: str | None = None
    position: int = 0
    retired: bool = False


class Escalation(Content, table=True):
    """One escalation step taken with a company: when, why, and what came of it.

    ``step_id`` names a step of the ladder: a shipped step (which may have no row in
    ``escalationstep``) or one of the group's own, so it is not a foreign key.
    """

    __tracked__ = ("step_id", "audience", "reason_audience", "result_audience")

    engagement_id: str = fk("engagement.id", required=True)
    target_id: str = fk("target.id", required=True)
    step_id: str = Field(index=True)
    taken_on: date = Field(index=True)
    reason: str | None = None
    reason_audience: Audience = audience_field()
    result: str | None = None
    result_audience: Audience = audience_field()


class TargetRole(Content, table=True):
    """An organisation's role with one company: it leads the dialogue or collaborates."""

    __tracked__ = ("role", "audience")

    target_id: str = fk("target.id", required=True)
    organisation_id: str = fk("organisation.id", required=True)
    role: TargetRoleKind = enum_field(TargetRoleKind, TargetRoleKind.COLLABORATOR)


class Document(Content, table=True):
    """A file kept as evidence: a letter, a research report, an annual-report page, a photo.

    It belongs to an engagement, and is attached to at most one of a company (target), a
    meeting, an interaction, a commitment or a note; none of those means the engagement
    itself. Its bytes are the ``DocumentBlob`` with the same ``sha256``.
    """

    __tracked__ = ("audience", "description_audience")

    engagement_id: str | None = fk("engagement.id")
    target_id: str | None = fk("target.id")
    meeting_id: str | None = fk("meeting.id")
    interaction_id: str | None = fk("interaction.id")
    commitment_id: str | None = fk("commitment.id")
    note_id: str | None = fk("note.id")
    title: str
    filename: str
    media_type: str = "application/octet-stream"
    size: int
    sha256: str = Field(index=True, max_length=64)
    dated_on: date | None = None
    description: str | None = None
    description_audience: Audience = audience_field()


class CommitmentEvidence(Record, table=True):
    """A commitment's evidence pointing to a document and a place in it ("p. 2").

    Shown only where both the commitment and the document may be shown.
    """

    commitment_id: str = fk("commitment.id", required=True)
    document_id: str = fk("document.id", required=True)
    page: str | None = None


class DocumentBlob(SQLModel, table=True):
    """The bytes of documents, once per content, named by their SHA-256 (hex).

    Not a synchronised record: exchange packages carry blobs as files of their own
    (``blobs/<sha256>``), and a blob is never changed, so there is nothing to merge.
    """

    #: The table SQLAlchemy makes of the model (for queries on ``DocumentBlob.__table__``).
    __table__: ClassVar[sa.Table]

    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    data: bytes = Field(sa_type=sa.LargeBinary, nullable=False)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


#: The biggest file a document may be: what an e-mail can carry, so anything the group
#: sends or receives fits, while backups (ten are kept) and packages stay a sensible size.
MAX_DOCUMENT_BYTES = 25 * 1024 * 1024
