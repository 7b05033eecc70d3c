"""An engagement: the case, the companies engaged, what the group wants of them."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import Field

from workbench.domain.base import Content, Record, audience_field, enum_field, fk
from workbench.domain.enums import Audience, ChainPosition, EngagementStatus, Outcome


class Engagement(Record, table=True):
    """One case, e.g. "Mica supply chain".

    Each text has its own audience (a baseline is often the group's frank assessment of
    a company): a partners report shows only what was marked for partners."""

    __tracked__ = (
        "status",
        "title_audience",
        "theme_audience",
        "description_audience",
        "baseline_audience",
    )

    title: str = Field(index=True)
    title_audience: Audience = audience_field()
    theme: str | None = None
    theme_audience: Audience = audience_field()
    description: str | None = None
    description_audience: Audience = audience_field()
    status: EngagementStatus = enum_field(EngagementStatus, EngagementStatus.ACTIVE)
    started_on: date | None = None
    baseline: str | None = None
    baseline_audience: Audience = audience_field()


class Target(Record, table=True):
    """A company engaged within an engagement, and why it was chosen (each text with its
    own audience)."""

    __tracked__ = ("hq_region_audience", "why_selected_audience")

    engagement_id: str = fk("engagement.id", required=True)
    organisation_id: str = fk("organisation.id", required=True)
    chain_position: ChainPosition = enum_field(ChainPosition, ChainPosition.BRAND_OEM)
    hq_region: str | None = None
    hq_region_audience: Audience = audience_field()
    why_selected: str | None = None
    why_selected_audience: Audience = audience_field()


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

    __tracked__ = ("audience", "category_audience")

    engagement_id: str = fk("engagement.id", required=True)
    meeting_id: str | None = fk("meeting.id")
    category: str | None = None
    category_audience: Audience = audience_field()
    text: str
