"""field audience: an audience for every text that can leave the group

Adds a ``<field>_audience`` column (``group`` or ``partners``) beside each text that a
partners export could show and that is not the record itself: an engagement's title,
theme, description and baseline; a target's region and why it was selected; the names
of people and organisations; a meeting's place or link; an agenda item's notes and
outcome; a commitment's evidence; an action's notes; a note's place; a lesson's
category. Existing rows get ``group`` (working group only): nothing that was written
before becomes visible to partners by upgrading.

The columns are added with ``ALTER TABLE ... ADD COLUMN`` (no table is rebuilt), so the
full-text index's triggers on these tables stay as migration 0002 made them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, text field) pairs that get an audience of their own.
FIELDS: tuple[tuple[str, str], ...] = (
    ("organisation", "name"),
    ("person", "name"),
    ("engagement", "title"),
    ("engagement", "theme"),
    ("engagement", "description"),
    ("engagement", "baseline"),
    ("target", "hq_region"),
    ("target", "why_selected"),
    ("meeting", "place"),
    ("agendaitem", "notes"),
    ("agendaitem", "outcome"),
    ("commitment", "evidence"),
    ("action", "notes"),
    ("note", "place"),
    ("lesson", "category"),
)


def upgrade() -> None:
    for table, field in FIELDS:
        op.add_column(
            table,
            sa.Column(
                f"{field}_audience",
                sa.String(length=32),
                nullable=False,
                server_default=sa.text("'group'"),
            ),
        )


def downgrade() -> None:
    for table, field in reversed(FIELDS):
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{field}_audience"')
