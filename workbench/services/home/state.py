"""The engagements at a glance and the state of the exchange, for Home."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import Conflict, EngagementStatus, Objective
from workbench.rows import EngagementLine as EngagementLine
from workbench.rows import ExchangeState as ExchangeState
from workbench.services import listing
from workbench.services.home.late import count_rows
from workbench.store import lineage
from workbench.store.first_home import moment_in


def engagement_lines(session: Session) -> list[EngagementLine]:
    """Every engagement, active first, with its objectives counted per stage."""
    o = Objective.__table__
    stages: dict[str, list[int]] = {}
    for engagement_id, stage, n in session.execute(
        sa.select(o.c.engagement_id, o.c.stage, sa.func.count())
        .where(o.c.deleted_at.is_(None))
        .group_by(o.c.engagement_id, o.c.stage)
    ):
        if 0 <= stage <= 4:
            stages.setdefault(engagement_id, [0] * 5)[stage] = n
    order = {EngagementStatus.ACTIVE: 0, EngagementStatus.PAUSED: 1, EngagementStatus.CLOSED: 2}
    rows = sorted(
        listing.list_engagements(session), key=lambda r: (order.get(r.status, 3), r.title)
    )
    return [
        EngagementLine(r.id, r.title, r.status, tuple(stages.get(r.id, [0] * 5)))  # type: ignore[arg-type]
        for r in rows
    ]


def exchange_state(session: Session) -> ExchangeState:
    """Conflicts waiting and the last package in and out, from what the merge keeps.
    The exchange folder's own state (``services.sync.sync_state``) is added by the window,
    which knows the folder in use."""
    meta, f = lineage.meta_table, Conflict.__table__
    conflicts = count_rows(session, f, f.c.deleted_at.is_(None), f.c.resolved_at.is_(None))
    imports = [
        moment_in(value, "imported_at")
        for value in session.execute(
            sa.select(meta.c.value).where(meta.c.key.like("peer:%:last_import"))
        ).scalars()
    ]
    known = [i for i in imports if i is not None]
    conn = session.connection()
    # a package written by hand and one the folder sync wrote both set the stamp
    written = [
        moment_in(lineage.get_value(conn, "exchange:last_export"), "exported_at"),
        _stamp(lineage.get_value(conn, lineage.LAST_EXPORT_KEY)),
    ]
    sent = [w for w in written if w is not None]
    return ExchangeState(
        conflicts=conflicts,
        last_import_at=max(known) if known else None,
        last_export_at=max(sent) if sent else None,
        peers=len(imports),
    )


def _stamp(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
