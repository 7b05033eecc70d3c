"""The two-way commitment ledger: what the company promised, what the group promised.

"Engagement conversations go both ways": each commitment is either by the company or by
the working group. The ledger puts the two side by side for one engagement, and for one
target (company) within it, with the status, due date, the meeting it was made in and
the evidence of fulfilment, and counts per status on top.

A commitment belongs to a target when its party is the target's company, else when the
agenda item it was made under (or that item's objective) is about the target. The
group's promises to a company are found the second way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    AgendaItem,
    Audience,
    Commitment,
    CommitmentStatus,
    Direction,
    Objective,
    Organisation,
    Target,
)
from workbench.domain.rules import local_today
from workbench.services.followup.commitments import read_commitments

#: Order of a side: what is still to do first, then what failed, then what was kept.
STATUS_ORDER: tuple[CommitmentStatus, ...] = (
    CommitmentStatus.OPEN,
    CommitmentStatus.IN_PROGRESS,
    CommitmentStatus.NOT_FULFILLED,
    CommitmentStatus.FULFILLED,
    CommitmentStatus.WITHDRAWN,
)
#: How a side is sorted: open and in progress together (by due date), then the rest.
_RANK = {s: max(0, i - 1) for i, s in enumerate(STATUS_ORDER)}


@dataclass(frozen=True, slots=True)
class TargetInfo:
    """A company engaged within an engagement, with the name to show."""

    id: str
    organisation_id: str
    name: str
    chain_position: str


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One commitment as the ledger shows it."""

    id: str
    text: str
    direction: Direction
    party: str | None
    owner: str | None
    status: CommitmentStatus
    due_on: date | None
    meeting_id: str | None
    meeting: str | None
    meeting_starts_at: datetime | None
    evidence: str | None
    overdue: bool
    target_id: str | None
    audience: Audience

    @property
    def is_open(self) -> bool:
        return self.status.is_open


@dataclass(frozen=True)
class LedgerSide:
    """The commitments made in one direction, and how many there are of each status."""

    direction: Direction
    entries: tuple[LedgerEntry, ...]
    counts: dict[CommitmentStatus, int]
    overdue: int

    @property
    def open(self) -> int:
        return self.counts[CommitmentStatus.OPEN] + self.counts[CommitmentStatus.IN_PROGRESS]

    @property
    def total(self) -> int:
        return len(self.entries)


@dataclass(frozen=True)
class Ledger:
    """Both sides for one engagement (and one target, or all when ``target_id`` is None)."""

    engagement_id: str
    target_id: str | None
    company: LedgerSide
    group: LedgerSide

    def side(self, direction: Direction) -> LedgerSide:
        return self.company if direction is Direction.BY_COMPANY else self.group


def list_targets(session: Session, engagement_id: str) -> list[TargetInfo]:
    """The companies engaged in an engagement, in the order they were taken up."""
    t, o = Target.__table__, Organisation.__table__
    rows = session.execute(
        sa.select(t.c.id, t.c.organisation_id, o.c.name, t.c.chain_position)
        .select_from(t.join(o, t.c.organisation_id == o.c.id))
        .where(t.c.engagement_id == engagement_id, t.c.deleted_at.is_(None))
        .order_by(t.c.created_at, o.c.name)
    )
    return [TargetInfo(r[0], r[1], r[2], str(r[3])) for r in rows]


def commitment_targets(session: Session, engagement_id: str) -> dict[str, str | None]:
    """``commitment id -> target id`` (None when no target can be told) for an engagement."""
    by_org = {t.organisation_id: t.id for t in list_targets(session, engagement_id)}
    c, ai, ob = Commitment.__table__, AgendaItem.__table__, Objective.__table__
    rows = session.execute(
        sa.select(c.c.id, c.c.party_id, ai.c.target_id, ob.c.target_id)
        .select_from(
            c.outerjoin(ai, c.c.agenda_item_id == ai.c.id).outerjoin(
                ob, ai.c.objective_id == ob.c.id
            )
        )
        .where(c.c.engagement_id == engagement_id, c.c.deleted_at.is_(None))
    )
    return {
        cid: by_org.get(party) or item_target or obj_target
        for cid, party, item_target, obj_target in rows
    }


def _side(direction: Direction, entries: list[LedgerEntry]) -> LedgerSide:
    counts = Counter(e.status for e in entries)
    mine = sorted(
        entries,
        key=lambda e: (_RANK[e.status], e.due_on is None, e.due_on or date.max, e.text),
    )
    return LedgerSide(
        direction=direction,
        entries=tuple(mine),
        counts={s: counts.get(s, 0) for s in STATUS_ORDER},
        overdue=sum(1 for e in entries if e.overdue),
    )


def build_ledger(
    session: Session,
    engagement_id: str,
    *,
    target_id: str | None = None,
    today: date | None = None,
    open_only: bool = False,
) -> Ledger:
    """The ledger of an engagement, or of one of its targets; ``open_only`` keeps what
    is still to be done (open and in progress)."""
    today = today or local_today()
    targets = commitment_targets(session, engagement_id)
    entries: dict[Direction, list[LedgerEntry]] = {d: [] for d in Direction}
    for row in read_commitments(session, today=today, engagement_id=engagement_id):
        row_target = targets.get(row.id)
        if target_id is not None and row_target != target_id:
            continue
        if open_only and not row.status.is_open:
            continue
        entries[row.direction].append(
            LedgerEntry(
                id=row.id,
                text=row.text,
                direction=row.direction,
                party=row.party,
                owner=row.owner,
                status=row.status,
                due_on=row.due_on,
                meeting_id=row.meeting_id,
                meeting=row.meeting,
                meeting_starts_at=row.meeting_starts_at,
                evidence=row.evidence,
                overdue=row.overdue,
                target_id=row_target,
                audience=row.audience,
            )
        )
    return Ledger(
        engagement_id=engagement_id,
        target_id=target_id,
        company=_side(Direction.BY_COMPANY, entries[Direction.BY_COMPANY]),
        group=_side(Direction.BY_GROUP, entries[Direction.BY_GROUP]),
    )
