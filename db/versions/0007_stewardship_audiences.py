"""stewardship audiences: the texts of the stewardship record that can leave the group

Adds a ``<field>_audience`` column (``group`` or ``partners``) beside the texts of the
stewardship record that a partners export could show and that are not the record
itself: an interaction's summary (its subject is the record), why an escalation step was
taken and what came of it, and a document's description (its title and file are the
record). Existing rows get ``group`` (working group only): a summary or reason written
before the upgrade does not reach partners by upgrading, even when its record is shared.

The columns are added with ``ALTER TABLE ... ADD COLUMN`` (no table is rebuilt), like
migration 0005, so the full-text index's triggers stay as they were made.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, text field) pairs that get an audience of their own.
FIELDS: tuple[tuple[str, str], ...] = (
    ("interaction", "summary"),
    ("escalation", "reason"),
    ("escalation", "result"),
    ("document", "description"),
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
