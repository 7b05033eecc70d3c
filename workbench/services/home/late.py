"""What is late and what waits, for Home and the navigation's counts: overdue actions and
commitments (both ways) by engagement, one person's open actions, notes to file.

Counts come from SQLite (the indexes on status and ``triaged`` find the open rows); only
the few rows shown are read, through the one reader of their kind (``followup.actions``,
``followup.commitments``, ``listing``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import Action, Commitment, Direction, Engagement, Note
from workbench.domain.rules import local_today
from workbench.services import listing
from workbench.services.followup.actions import ActionRow, read_actions
from workbench.services.followup.commitments import CommitmentRow, read_commitments
from workbench.services.visible import OPEN_STATUSES

#: How many lines each part of Home lists before "… and n more".
SHOWN = 5
#: Overdue lines listed per engagement.
SHOWN_PER_ENGAGEMENT = 3


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
class NavCounts:
    """The counts beside the navigation's pages."""

    overdue_actions: int
    overdue_commitments: int
    notes_to_file: int


def _overdue(table: sa.Table, today: date) -> Any:
    """Live and overdue on ``today``: the rule of ``domain.rules.is_overdue`` (due before
    today, still open), written so SQLite's indexes on status and due date answer it
    (the lists' ``overdue_column`` is a CASE, which no index can)."""
    return sa.and_(
        table.c.deleted_at.is_(None),
        table.c.status.in_(OPEN_STATUSES),
        table.c.due_on < today,
    )


def count_rows(session: Session, table: sa.Table, *where: Any) -> int:
    return int(
        session.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar_one()
    )


def nav_counts(session: Session, *, today: date | None = None) -> NavCounts:
    """Overdue actions and commitments, and notes waiting to be filed: three counts."""
    today = today or local_today()
    a, c, n = Action.__table__, Commitment.__table__, Note.__table__
    return NavCounts(
        overdue_actions=count_rows(session, a, _overdue(a, today)),
        overdue_commitments=count_rows(session, c, _overdue(c, today)),
        notes_to_file=count_rows(session, n, n.c.deleted_at.is_(None), n.c.triaged.is_(False)),
    )


def _late(
    session: Session, table: sa.Table, today: date
) -> list[tuple[str, str | None, str, str | None]]:
    """``(id, engagement id, due date, direction)`` of every overdue row, as stored: one
    pass over the open rows (the status index finds them) serves the counts and the
    oldest rows alike."""
    direction = table.c.direction if "direction" in table.c else sa.null()
    query = sa.select(table.c.id, table.c.engagement_id, table.c.due_on, direction)
    compiled = query.where(_overdue(table, today)).compile(
        dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
    )
    return list(session.connection().exec_driver_sql(str(compiled)))


def overdue_by_engagement(
    session: Session, *, today: date | None = None, per: int = SHOWN_PER_ENGAGEMENT
) -> list[OverdueGroup]:
    """Overdue actions and commitments (both ways) per engagement, most overdue first;
    with each the ``per`` oldest rows of either kind, the longest overdue first."""
    today = today or local_today()
    a, c, e = Action.__table__, Commitment.__table__, Engagement.__table__
    counts: dict[str | None, list[int]] = {}
    oldest: dict[str | None, list[tuple[str, str]]] = {}  # (due date as stored, id)
    for table in (a, c):
        for record_id, engagement_id, due_on, direction in _late(session, table, today):
            side = 0 if direction is None else 1 if direction == Direction.BY_COMPANY.value else 2
            counts.setdefault(engagement_id, [0, 0, 0])[side] += 1
            oldest.setdefault(engagement_id, []).append((due_on, record_id))
    if not counts:
        return []
    shown = {i for rows in oldest.values() for _due, i in sorted(rows)[:per]}
    found: dict[str, ActionRow | CommitmentRow] = {
        r.id: r for r in read_actions(session, today=today, ids=shown)
    }
    found.update((r.id, r) for r in read_commitments(session, today=today, ids=shown))
    titles: dict[str, str] = dict(
        session.execute(
            sa.select(e.c.id, e.c.title).where(e.c.id.in_([k for k in counts if k]))
        ).all()
    )
    groups = []
    for engagement_id, (n_actions, n_company, n_group) in counts.items():
        first = [found[i] for _due, i in sorted(oldest[engagement_id])[:per] if i in found]
        groups.append(
            OverdueGroup(
                engagement_id,
                titles.get(engagement_id) if engagement_id else None,
                n_actions,
                n_company,
                n_group,
                tuple(first),
            )
        )
    groups.sort(key=lambda g: (-g.total, g.engagement or ""))
    return groups


def my_open_actions(
    session: Session, person_id: str, *, today: date | None = None, limit: int = SHOWN
) -> tuple[list[ActionRow], int]:
    """The first open actions of one person by due date (undated last), and how many."""
    a = Action.__table__
    still_open = sa.and_(
        a.c.deleted_at.is_(None),
        a.c.owner_id == person_id,
        a.c.status.in_(OPEN_STATUSES),
    )
    total = count_rows(session, a, still_open)
    ids = list(
        session.execute(
            sa.select(a.c.id)
            .where(still_open)
            .order_by(a.c.due_on.is_(None), a.c.due_on, a.c.id)
            .limit(limit)
        ).scalars()
    )
    return read_actions(session, today=today, ids=ids, undated_last=True), total


def notes_to_file(session: Session, *, limit: int = SHOWN) -> tuple[list[listing.NoteRow], int]:
    """The newest notes not yet triaged, and how many wait in all."""
    n = Note.__table__
    waiting = sa.and_(n.c.deleted_at.is_(None), n.c.triaged.is_(False))
    ids = list(
        session.execute(
            sa.select(n.c.id).where(waiting).order_by(n.c.captured_at.desc()).limit(limit)
        ).scalars()
    )
    return listing.list_notes(session, ids=ids), count_rows(session, n, waiting)
