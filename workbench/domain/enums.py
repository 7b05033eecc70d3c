"""The enumerations of the domain, stored as their text values.

Values are stable identifiers written to the database and to exchange packages;
labels shown to users are translated in the UI and in exports, never here.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Audience(StrEnum):
    """Who may read a piece of content. ``group`` never leaves the working group."""

    GROUP = "group"
    PARTNERS = "partners"


class OrganisationKind(StrEnum):
    PENSION_FUND = "pension_fund"
    ASSET_MANAGER = "asset_manager"
    NGO = "ngo"
    UNION = "union"
    GOVERNMENT = "government"
    SECRETARIAT = "secretariat"
    COMPANY = "company"
    INITIATIVE = "initiative"


class EngagementStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


class ChainPosition(StrEnum):
    BRAND_OEM = "brand_oem"
    TIER1_SUPPLIER = "tier1_supplier"
    PROCESSOR = "processor"
    TRADER = "trader"
    MINE_ORIGIN = "mine_origin"


class MilestoneStage(IntEnum):
    """The stewardship convention for an objective's progress."""

    NOT_STARTED = 0
    CONCERN_RAISED = 1
    ACKNOWLEDGED = 2
    CREDIBLE_PLAN = 3
    ACHIEVED = 4


class Outcome(StrEnum):
    ONGOING = "ongoing"
    ACHIEVED = "achieved"
    PARTIALLY_ACHIEVED = "partially_achieved"
    NOT_ACHIEVED = "not_achieved"
    STOPPED = "stopped"


class MeetingKind(StrEnum):
    WORKING_GROUP = "working_group"
    COMPANY_CALL = "company_call"
    EVENT = "event"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    HELD = "held"
    MINUTES_APPROVED = "minutes_approved"
    CANCELLED = "cancelled"


class AttendanceRole(StrEnum):
    CHAIR = "chair"
    MINUTES = "minutes"
    MEMBER = "member"
    GUEST = "guest"


class Presence(StrEnum):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"


class Purpose(StrEnum):
    INFORM = "inform"
    DISCUSS = "discuss"
    DECIDE = "decide"


class Direction(StrEnum):
    """Who made a commitment: engagement goes both ways."""

    BY_COMPANY = "by_company"
    BY_GROUP = "by_group"


class CommitmentStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    FULFILLED = "fulfilled"
    NOT_FULFILLED = "not_fulfilled"
    WITHDRAWN = "withdrawn"

    @property
    def is_open(self) -> bool:
        return self in (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS)


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class InteractionKind(StrEnum):
    """Contact with a company outside a meeting."""

    LETTER = "letter"
    EMAIL = "email"
    PHONE_CALL = "phone_call"
    AGM_QUESTION = "agm_question"
    AGM_VOTE = "agm_vote"
    SITE_VISIT = "site_visit"
    PUBLIC_STATEMENT = "public_statement"


class InteractionDirection(StrEnum):
    """Sent by the working group, or received from the company."""

    SENT = "sent"
    RECEIVED = "received"


class Seniority(StrEnum):
    """How senior the company's counterpart in an interaction is."""

    BOARD = "board"
    EXECUTIVE = "executive"
    MANAGEMENT = "management"
    SPECIALIST = "specialist"


class TargetRoleKind(StrEnum):
    """An organisation's role in the dialogue with one company."""

    LEAD = "lead"
    COLLABORATOR = "collaborator"
