"""The rows the readers give and Home shows, with nothing but the standard library.

An action, a commitment and a note as the lists and exports show them, and what Home
shows (``HomeData`` and its parts). They live here, not beside their readers in
``workbench.services``, so that the window can draw Home from a read through ``sqlite3``
alone (``store/first_home.py``) before SQLAlchemy, SQLModel and the domain are imported:
the cards get the same rows either way. The readers fill the enum fields with the
domain's enums (``StrEnum``); the first read, before the domain exists, with their
values as SQLite holds them, which compare equal to the enums.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from workbench.domain import (
        ActionStatus,
        Audience,
        CommitmentStatus,
        Direction,
        EngagementStatus,
        MeetingKind,
        MeetingStatus,
    )


class ActionRow(NamedTuple):
    """An action as every list and export shows it (a tuple: twice as quick to make as a
    frozen dataclass, at 50,000 rows). ``meeting_id`` and ``meeting`` name the meeting
    only when the reader may see it. The last two fields have defaults so that a list's
    placeholder row needs only what a list shows."""

    id: str
    title: str
    engagement_id: str | None
    engagement: str | None
    meeting_id: str | None
    meeting: str | None
    owner_id: str | None
    owner: str | None
    organisation: str | None  # the owner's
    due_on: date | None
    status: ActionStatus
    done_on: date | None
    audience: Audience
    overdue: bool
    notes: str | None = None
    meeting_starts_at: datetime | None = None


class CommitmentRow(NamedTuple):
    """A commitment as every list and export shows it. ``meeting_id``, ``meeting`` and
    ``meeting_starts_at`` name the meeting only when the reader may see it."""

    id: str
    text: str
    direction: Direction
    engagement_id: str
    engagement: str | None
    party_id: str | None
    party: str | None
    owner_id: str | None
    owner: str | None
    meeting_id: str | None
    meeting: str | None
    meeting_starts_at: datetime | None
    due_on: date | None
    status: CommitmentStatus
    evidence: str | None
    audience: Audience
    overdue: bool


#: A note's preview: its first line, up to this many characters.
PREVIEW_CHARS = 200


def preview(text: str | None) -> str:
    """A note as a list shows it: its first line, cut at ``PREVIEW_CHARS``, "…" when
    there is more."""
    text = (text or "").strip()
    first = text.splitlines()[0] if text else ""
    return first[:PREVIEW_CHARS] + ("…" if len(first) > PREVIEW_CHARS or "\n" in text else "")


@dataclass(frozen=True, slots=True)
class NoteRow:
    id: str
    preview: str
    captured_at: datetime
    place: str | None
    engagement_id: str | None
    engagement: str | None
    meeting_id: str | None
    meeting: str | None
    triaged: bool
    audience: Audience


@dataclass(frozen=True, slots=True)
class MeetingLine:
    """A meeting ahead (or running now), with what preparing it needs to know."""

    id: str
    title: str
    kind: MeetingKind
    status: MeetingStatus
    starts_at: datetime | None
    duration_minutes: int
    place: str | None
    engagement_id: str | None
    engagement: str | None
    chair: str | None
    invited: int
    #: The organisations of the invited who are not working-group members (the company).
    guests: tuple[str, ...]
    agenda_items: int
    agenda_minutes: int

    @property
    def agenda_ready(self) -> bool:
        """Items on the agenda, and they fit in the meeting's time."""
        return self.agenda_items > 0 and self.agenda_minutes <= self.duration_minutes

    @property
    def over_minutes(self) -> int:
        return max(0, self.agenda_minutes - self.duration_minutes)


@dataclass(frozen=True, slots=True)
class OverdueGroup:
    """What is overdue in one engagement: counts, and the oldest few rows."""

    engagement_id: str | None
    engagement: str | None
    actions: int
    by_company: int
    by_group: int
    oldest: tuple[ActionRow | CommitmentRow, ...]

    @property
    def total(self) -> int:
        return self.actions + self.by_company + self.by_group


@dataclass(frozen=True, slots=True)
class EngagementLine:
    """An engagement and how many of its objectives stand at each stage (0-4)."""

    id: str
    title: str
    status: EngagementStatus
    stages: tuple[int, int, int, int, int]

    @property
    def objectives(self) -> int:
        return sum(self.stages)


@dataclass(frozen=True, slots=True)
class ExchangeState:
    """Conflicts waiting, and when this laptop last exchanged a package."""

    conflicts: int
    last_import_at: datetime | None
    last_export_at: datetime | None
    peers: int


@dataclass(frozen=True, slots=True)
class HomeData:
    """Everything Home shows, read in one go."""

    today: date
    next_meeting: MeetingLine | None
    later_meetings: tuple[MeetingLine, ...]
    overdue: tuple[OverdueGroup, ...]
    me_id: str | None
    me_name: str | None
    my_actions: tuple[ActionRow, ...]
    my_actions_total: int
    notes: tuple[NoteRow, ...]
    notes_total: int
    exchange: ExchangeState
    engagements: tuple[EngagementLine, ...]

    @property
    def overdue_total(self) -> int:
        return sum(g.total for g in self.overdue)
