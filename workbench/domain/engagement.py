"""An engagement: the case, the companies engaged, what the group wants of them."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import Field

from workbench.domain.base import Content, Record, enum_field, fk
from workbench.domain.enums import ChainPosition, EngagementStatus, Outcome


class Engagement(Record, table=True):
    """One case, e.g. "Mica supply chain"."""

    __tracked__ = ("status",)

    title: str = Field(index=True)
    theme: str | None = None
    description: str | None = None
    status: EngagementStatus = enum_field(EngagementStatus, EngagementStatus.ACTIVE)
    started_on: date | None = None
    baseline: str | None = None


class Target(Record, table=True):
    """A company engaged within an engagement, and why it was chosen."""

    engagement_id: str = fk("engagement.id", required=True)
    organisation_id: str = fk("organisation.id", required=True)
    chain_position: ChainPosition = enum_field(ChainPosition, ChainPosition.BRAND_OEM)
    hq_region: str | None = None
    why_selected: str | None = None


class Objective(Content, table=True):
    """What the group wants a target to achieve, and how far it has come (stage 0-4)."""

    __tracked__ = ("stage", "outcome", "audience")
    __table_args__ = (sa.CheckConstraint("stage BETWEEN 0 AND 4", name="ck_objective_stage"),)

    engagement_id: str = fk("engagement.id", required=True)
    target_id: str | None = fk("target.id")
    text: str
    stage: int = 0
    outcome: Outcome = enum_field(Outcome, Outcome.ONGOING)


class Lesson(Content, table=True):
    """A lesson learned, kept for the group's report."""

    engagement_id: str = fk("engagement.id", required=True)
    meeting_id: str | None = fk("meeting.id")
    category: str | None = None
    text: str
