"""The domain: SQLModel tables and enums. Pure data, no Qt, no I/O beyond SQLAlchemy."""

from workbench.domain.base import Content, Record, new_id, utcnow
from workbench.domain.engagement import Engagement, Lesson, Objective, Target
from workbench.domain.enums import (
    ActionStatus,
    AttendanceRole,
    Audience,
    ChainPosition,
    CommitmentStatus,
    Direction,
    EngagementStatus,
    MeetingKind,
    MeetingStatus,
    MilestoneStage,
    OrganisationKind,
    Outcome,
    Presence,
    Purpose,
)
from workbench.domain.followup import Action, Commitment, Note
from workbench.domain.history import Change, Conflict, Meta
from workbench.domain.meetings import (
    AgendaItem,
    AgendaTemplate,
    Attendance,
    Decision,
    Meeting,
    TemplateItem,
)
from workbench.domain.parties import Organisation, Person

#: Every synchronised table, parents before children (the order to insert in).
RECORD_TYPES: tuple[type[Record], ...] = (
    Organisation,
    Person,
    Engagement,
    Target,
    Objective,
    Meeting,
    Attendance,
    AgendaItem,
    Decision,
    Lesson,
    Commitment,
    Action,
    Note,
    AgendaTemplate,
    TemplateItem,
    Change,
    Conflict,
)

__all__ = [
    "RECORD_TYPES",
    "Action",
    "ActionStatus",
    "AgendaItem",
    "AgendaTemplate",
    "Attendance",
    "AttendanceRole",
    "Audience",
    "ChainPosition",
    "Change",
    "Commitment",
    "CommitmentStatus",
    "Conflict",
    "Content",
    "Decision",
    "Direction",
    "Engagement",
    "EngagementStatus",
    "Lesson",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Meta",
    "MilestoneStage",
    "Note",
    "Objective",
    "Organisation",
    "OrganisationKind",
    "Outcome",
    "Person",
    "Presence",
    "Purpose",
    "Record",
    "Target",
    "TemplateItem",
    "new_id",
    "utcnow",
]
