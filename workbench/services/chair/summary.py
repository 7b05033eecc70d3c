"""What a meeting captured, and its summary at the end: time per item, counts by kind.

Chair mode's side panel lists the decisions, commitments (either way) and actions of the
meeting as they are captured (``captured_in``); ending the meeting sums up the time each
item took against its box and what was captured (``summarise``). Both read the database,
so they show the same after a crash and a restart as before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    Action,
    AgendaItem,
    Commitment,
    Decision,
    Direction,
    Meeting,
    Organisation,
    Person,
)
from workbench.services.meetings import agenda
from workbench.services.records import get_record

CaptureKind = Literal["decision", "commitment", "action"]


@dataclass(frozen=True, slots=True)
class ItemTime:
    """How long an item was planned to take and how long it took."""

    item_id: str
    title: str
    planned_seconds: int
    actual_seconds: int

    @property
    def over_seconds(self) -> int:
        return max(0, self.actual_seconds - self.planned_seconds)


@dataclass(frozen=True, slots=True)
class ChairSummary:
    """What the end of a meeting shows: time per item and what was captured."""

    meeting_id: str
    title: str
    started_at: datetime | None
    ended_at: datetime | None
    items: tuple[ItemTime, ...]
    decisions: int
    commitments_by_company: int
    commitments_by_group: int
    actions: int

    @property
    def commitments(self) -> int:
        return self.commitments_by_company + self.commitments_by_group

    @property
    def items_over_time(self) -> tuple[ItemTime, ...]:
        return tuple(i for i in self.items if i.over_seconds > 0)

    @property
    def total_seconds(self) -> int:
        if self.started_at and self.ended_at:
            return int((self.ended_at - self.started_at).total_seconds())
        return sum(i.actual_seconds for i in self.items)


@dataclass(frozen=True, slots=True)
class CapturedRow:
    """One thing the meeting captured, for the side panel."""

    kind: CaptureKind
    id: str
    text: str
    agenda_item_id: str | None
    item_title: str | None
    created_at: datetime
    direction: Direction | None = None
    party: str | None = None
    owner: str | None = None
    due_on: date | None = None


def captured_in(session: Session, meeting_id: str) -> list[CapturedRow]:
    """Decisions, commitments and actions of a meeting with their item titles."""
    i, p, o = AgendaItem.__table__, Person.__table__, Organisation.__table__
    d, c, a = Decision.__table__, Commitment.__table__, Action.__table__
    rows: list[CapturedRow] = []
    for r in session.execute(
        sa.select(d.c.id, d.c.text, d.c.agenda_item_id, i.c.title, d.c.created_at)
        .select_from(d.outerjoin(i, d.c.agenda_item_id == i.c.id))
        .where(d.c.meeting_id == meeting_id, d.c.deleted_at.is_(None))
    ):
        rows.append(CapturedRow("decision", *r))
    for r in session.execute(
        sa.select(
            c.c.id,
            c.c.text,
            c.c.agenda_item_id,
            i.c.title,
            c.c.created_at,
            c.c.direction,
            o.c.name,
            p.c.name,
            c.c.due_on,
        )
        .select_from(
            c.outerjoin(i, c.c.agenda_item_id == i.c.id)
            .outerjoin(o, c.c.party_id == o.c.id)
            .outerjoin(p, c.c.owner_id == p.c.id)
        )
        .where(c.c.meeting_id == meeting_id, c.c.deleted_at.is_(None))
    ):
        rows.append(CapturedRow("commitment", *r))
    for r in session.execute(
        sa.select(
            a.c.id, a.c.title, a.c.agenda_item_id, i.c.title, a.c.created_at, p.c.name, a.c.due_on
        )
        .select_from(
            a.outerjoin(i, a.c.agenda_item_id == i.c.id).outerjoin(p, a.c.owner_id == p.c.id)
        )
        .where(a.c.meeting_id == meeting_id, a.c.deleted_at.is_(None))
    ):
        action_id, title, item_id, item_title, created_at, owner, due_on = r
        rows.append(
            CapturedRow(
                "action", action_id, title, item_id, item_title, created_at,
                owner=owner, due_on=due_on,
            )
        )  # fmt: skip
    rows.sort(key=lambda r: r.created_at)
    return rows


def summarise(session: Session, meeting_id: str) -> ChairSummary:
    """Time per item against its box, and counts of what the meeting captured."""
    meeting = get_record(session, Meeting, meeting_id)
    items = tuple(
        ItemTime(row.id, row.title, row.planned_minutes * 60, row.actual_seconds or 0)
        for row in agenda.list_items(session, meeting_id)
    )
    captured = captured_in(session, meeting_id)
    return ChairSummary(
        meeting_id=meeting.id,
        title=meeting.title,
        started_at=meeting.started_at,
        ended_at=meeting.ended_at,
        items=items,
        decisions=sum(1 for r in captured if r.kind == "decision"),
        commitments_by_company=sum(
            1 for r in captured if r.kind == "commitment" and r.direction == Direction.BY_COMPANY
        ),
        commitments_by_group=sum(
            1 for r in captured if r.kind == "commitment" and r.direction == Direction.BY_GROUP
        ),
        actions=sum(1 for r in captured if r.kind == "action"),
    )
