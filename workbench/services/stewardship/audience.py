"""The audience rule for the stewardship records, in SQL.

A document is shown to an audience only if it is itself visible and so is what it is
attached to: a partners document attached to a group-only interaction stays in the
group, because showing it would tell partners the interaction exists. A commitment's
evidence link is shown only where both the commitment and the document are.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from workbench.domain import Audience, Commitment, Document, Interaction, Meeting, Note
from workbench.services.visible import live_and_visible

#: The content a document may be attached to, by its column in ``document``.
CONTENT_OWNERS: tuple[tuple[str, sa.Table], ...] = (
    ("meeting_id", Meeting.__table__),
    ("interaction_id", Interaction.__table__),
    ("commitment_id", Commitment.__table__),
    ("note_id", Note.__table__),
)


def document_visible(d: sa.FromClause, audience: Audience) -> Any:
    """The WHERE clause: the document of table ``d`` is live, visible, and attached to
    nothing ``audience`` may not see (a tombstoned owner hides it for everyone)."""
    conditions = [live_and_visible(d, audience)]
    for column, table in CONTENT_OWNERS:
        owner = table.alias(f"owner_{table.name}")
        conditions.append(
            sa.or_(
                d.c[column].is_(None),
                sa.exists().where(owner.c.id == d.c[column], live_and_visible(owner, audience)),
            )
        )
    return sa.and_(*conditions)


def visible_document_ids(audience: Audience) -> sa.Select[Any]:
    """The ids of the documents ``audience`` may see."""
    d = Document.__table__
    return sa.select(d.c.id).where(document_visible(d, audience))
