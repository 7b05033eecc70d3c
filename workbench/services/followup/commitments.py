"""Commitment rows: the one reader of commitments, for the lists, the ledger, the command
line and the exports.

A ``CommitmentRow`` is a promise, by the company or by the working group, with the names
a reader shows joined in (engagement, party, owner, the meeting it was made in) and
whether it is overdue, judged on the user's local date. ``read_commitments`` reads them
for one audience: a partners export gets no group-only commitment, nor the title of a
group-only meeting (``services.visible``), nor a name or evidence kept for the group
(``visible.shown``); a deleted meeting is named nowhere. The
Commitments page, the two-way ledger, ``workbench list commitments``
(``find_commitments``) and the minutes, report and workbook all read here.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    Audience,
    Commitment,
    Engagement,
    Organisation,
    Person,
)
from workbench.domain.rules import local_today
from workbench.rows import CommitmentRow as CommitmentRow  # where the callers find it
from workbench.services import visible
from workbench.services.followup.tracker import (
    TrackerFilter,
    fold,
    members_lookup,
    overdue_column,
)
from workbench.services.visible import among, live_and_visible, shown, visible_meeting


@functools.cache
def _query(audience: Audience, by_meeting: bool) -> sa.Select[Any]:
    """The one query of commitment rows (built once per audience and order): the columns
    of ``CommitmentRow`` in its order, ``today`` a parameter."""
    c, e = Commitment.__table__, Engagement.__table__
    party, owner = Organisation.__table__.alias("party"), Person.__table__.alias("owner")
    m, meeting_shown = visible_meeting(c, audience)
    first = [m.c.starts_at] if by_meeting else []
    return (
        sa.select(
            c.c.id,
            c.c.text,
            c.c.direction,
            c.c.engagement_id,
            shown(e, "title", audience),
            c.c.party_id,
            shown(party, "name", audience),
            c.c.owner_id,
            shown(owner, "name", audience),
            m.c.id,
            m.c.title,
            m.c.starts_at,
            c.c.due_on,
            c.c.status,
            shown(c, "evidence", audience),
            c.c.audience,
            overdue_column(c),
        )
        .select_from(
            c.outerjoin(e, c.c.engagement_id == e.c.id)
            .outerjoin(party, c.c.party_id == party.c.id)
            .outerjoin(owner, c.c.owner_id == owner.c.id)
            .outerjoin(m, meeting_shown)
        )
        .where(live_and_visible(c, audience))
        .order_by(*first, c.c.due_on, c.c.created_at, c.c.id)
    )


def read_commitments(
    session: Session,
    *,
    today: date | None = None,
    audience: Audience = Audience.GROUP,
    ids: Collection[str] | None = None,
    engagement_id: str | None = None,
    where: Sequence[Any] = (),
    by_meeting: bool = False,
) -> list[CommitmentRow]:
    """The live commitments ``audience`` may see (those of ``ids``, of one engagement,
    and matching ``where``: conditions on ``Commitment.__table__``), by due date (undated
    first), or as a document lists them: by the meeting they were made in, then due date.
    """
    today = today or local_today()
    c = Commitment.__table__
    conditions = list(where)
    if engagement_id:
        conditions.append(c.c.engagement_id == engagement_id)
    if ids is not None:
        conditions.append(among(c.c.id, ids))
    query = _query(Audience(audience), by_meeting).where(*conditions).params(today=today)
    rows = visible.fetch_rows(session, query)  # via the module: a test swaps it
    return list(map(CommitmentRow._make, rows))


def find_commitments(
    session: Session, flt: TrackerFilter, *, today: date | None = None, text: str = ""
) -> list[CommitmentRow]:
    """The commitments the filter lets through (and whose text, owner or party holds every
    word of ``text``), by due date: ``workbench list commitments``."""
    today = today or local_today()
    rows = read_commitments(session, today=today, engagement_id=flt.engagement_id)
    accepts = flt.predicate(members_lookup(session), today)
    words = fold(text).split()

    def shows(row: CommitmentRow) -> bool:
        shown = fold(" ".join(filter(None, (row.text, row.owner, row.party))))
        return all(w in shown for w in words)

    return [r for r in rows if accepts(r) and shows(r)]
