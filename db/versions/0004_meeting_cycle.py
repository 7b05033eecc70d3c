"""meeting cycle: distribution lists, the send log, versions of minutes, invitations

Three new synchronised tables (``distribution``, ``sentexport``, ``minutesversion``)
and two columns of ``meeting``: ``invitation_sequence`` (the RFC 5545 SEQUENCE of its
invitation, 0 for every meeting that exists) and ``template_id`` (the agenda template
it was made from, unknown for earlier meetings). The columns are added with ALTER TABLE,
not by rebuilding ``meeting``: a rebuild would drop and re-create a table that every
other table refers to.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "distribution",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("engagement_id", sa.String(), nullable=False),
        sa.Column("person_id", sa.String(), nullable=False),
        sa.Column("receives", sa.String(length=32), nullable=False),
        sa.Column("cc", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("distribution", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_distribution_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_distribution_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_distribution_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "sentexport",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=True),
        sa.Column("engagement_id", sa.String(), nullable=True),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("checksum", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("audience", sa.String(length=32), nullable=False),
        sa.Column("lang", sa.String(), nullable=False),
        sa.Column("recipients", sa.String(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("by_id", sa.String(), nullable=True),
        sa.Column("minutes_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["by_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sentexport", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sentexport_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sentexport_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sentexport_sent_at"), ["sent_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_sentexport_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "minutesversion",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("audience", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(), nullable=True),
        sa.Column("approval_meeting_id", sa.String(), nullable=True),
        sa.Column("approval_item_id", sa.String(), nullable=True),
        sa.Column("frozen_at", sa.DateTime(), nullable=True),
        sa.Column("by_id", sa.String(), nullable=True),
        sa.Column("snapshot", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["approval_item_id"],
            ["agendaitem.id"],
        ),
        sa.ForeignKeyConstraint(
            ["approval_meeting_id"],
            ["meeting.id"],
        ),
        sa.ForeignKeyConstraint(
            ["by_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("minutesversion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_minutesversion_approval_item_id"), ["approval_item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_minutesversion_approval_meeting_id"),
            ["approval_meeting_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_minutesversion_audience"), ["audience"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_minutesversion_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_minutesversion_updated_at"), ["updated_at"], unique=False
        )

    op.add_column(
        "meeting",
        sa.Column("invitation_sequence", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column("meeting", sa.Column("template_id", sa.String(length=36), nullable=True))
    op.create_index("ix_meeting_template_id", "meeting", ["template_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_meeting_template_id", table_name="meeting")
    op.drop_column("meeting", "template_id")  # SQLite 3.35 and later drop a column in place
    op.drop_column("meeting", "invitation_sequence")

    with op.batch_alter_table("minutesversion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutesversion_updated_at"))
        batch_op.drop_index(batch_op.f("ix_minutesversion_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_minutesversion_audience"))
        batch_op.drop_index(batch_op.f("ix_minutesversion_approval_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_minutesversion_approval_item_id"))

    op.drop_table("minutesversion")
    with op.batch_alter_table("sentexport", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sentexport_updated_at"))
        batch_op.drop_index(batch_op.f("ix_sentexport_sent_at"))
        batch_op.drop_index(batch_op.f("ix_sentexport_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_sentexport_engagement_id"))

    op.drop_table("sentexport")
    with op.batch_alter_table("distribution", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_distribution_updated_at"))
        batch_op.drop_index(batch_op.f("ix_distribution_person_id"))
        batch_op.drop_index(batch_op.f("ix_distribution_engagement_id"))

    op.drop_table("distribution")
