"""What is late and what waits, for Home and the navigation's counts: overdue actions and
commitments (both ways) by engagement, one person's open actions, notes to file.

Counts come from SQLite (the indexes on status and ``triaged`` find the open rows); only
the few rows shown are read, through the one reader of their kind (``followup.actions``,
``followup.commitments``, ``listing``)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import Action, Commitment, Direction, Engagement, Note
from workbench.domain.rules import local_today
from workbench.rows import OverdueGroup as OverdueGroup
from workbench.services import listing
from workbench.services.followup.actions import ActionRow, read_actions
from workbench.services.followup.commitments import CommitmentRow, read_commitments
from workbench.services.visible import OPEN_STATUSES
from workbench.store.first_home import LATE_SQL  # the first Home asks it too

#: How many lines each part of Home lists before "… and n more".
SHOWN = 5
#: Overdue lines listed per engagement.
SHOWN_PER_ENGAGEMENT = 3


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


def _raw(session: Session) -> sqlite3.Connection:
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def overdue_by_engagement(
    session: Session, *, today: date | None = None, per: int = SHOWN_PER_ENGAGEMENT
) -> list[OverdueGroup]:
    """Overdue actions and commitments (both ways) per engagement, most overdue first;
    with each the ``per`` oldest rows of either kind, the longest overdue first."""
    today = today or local_today()
    iso = today.isoformat()
    late = _raw(session).execute(LATE_SQL, (iso, iso)).fetchall()
    if not late:
        return []
    counts = Counter((engagement, direction) for engagement, direction, _id, _due in late)
    oldest: dict[str | None, list[str]] = {}
    for engagement, _direction, record_id, _due in late:  # oldest first
        first = oldest.setdefault(engagement, [])
        if len(first) < per:
            first.append(record_id)
    shown = [i for ids in oldest.values() for i in ids]
    found: dict[str, ActionRow | CommitmentRow] = {
        r.id: r for r in read_actions(session, today=today, ids=shown)
    }
    found.update((r.id, r) for r in read_commitments(session, today=today, ids=shown))
    e = Engagement.__table__
    titles: dict[str, str] = dict(
        session.execute(
            sa.select(e.c.id, e.c.title).where(e.c.id.in_([k for k in oldest if k]))
        ).all()
    )
    company, group = Direction.BY_COMPANY.value, Direction.BY_GROUP.value
    groups = [
        OverdueGroup(
            engagement,
            titles.get(engagement) if engagement else None,
            counts[(engagement, None)],
            counts[(engagement, company)],
            counts[(engagement, group)],
            tuple(found[i] for i in ids if i in found),
        )
        for engagement, ids in oldest.items()
    ]
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
