"""change.laptop: the installation (laptop) a change of a tracked field was made on

The history says who changed a record and, since the laptops of a group keep in step
through an exchange folder, on which laptop. A plain ``ADD COLUMN``: no table is
rebuilt, so the search index's triggers on other tables are untouched. Rows written
before this revision have no laptop (shown as unknown).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("change", sa.Column("laptop", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change") as batch:
        batch.drop_column("laptop")
