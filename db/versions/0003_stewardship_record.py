"""stewardship record: interactions, escalation, roles per company, documents

New tables only (nothing existing changes, so no search-index trigger is touched):

- ``interaction`` (letters, e-mails, calls, AGM questions and votes, site visits, public
  statements) and ``interactionobjective`` (the objectives each concerns);
- ``escalationstep`` (the group's changes to the shipped escalation ladder) and
  ``escalation`` (a step taken with a company: date, reason, result);
- ``targetrole`` (lead and collaborating organisations per company);
- ``document`` (a file kept as evidence, attached to an engagement, company, meeting,
  interaction, commitment or note), ``commitmentevidence`` (a commitment's evidence: a
  document and a page) and ``documentblob`` (the bytes, once per content, by SHA-256).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "documentblob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "escalationstep",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("name", sa.String(), nullable=True),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("escalationstep", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_escalationstep_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "escalation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("audience", sa.String(length=32), nullable=False),
        sa.Column("engagement_id", sa.String(), nullable=False),
        sa.Column("target_id", sa.String(), nullable=False),
        sa.Column("step_id", sa.String(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(), nullable=True),
        sa.Column("result", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["target.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_escalation_audience"), ["audience"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_escalation_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_escalation_step_id"), ["step_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_escalation_taken_on"), ["taken_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_escalation_target_id"), ["target_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_escalation_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "interaction",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("audience", sa.String(length=32), nullable=False),
        sa.Column("engagement_id", sa.String(), nullable=False),
        sa.Column("target_id", sa.String(), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("direction", sa.String(length=32), nullable=False),
        sa.Column("counterpart_id", sa.String(), nullable=True),
        sa.Column("seniority", sa.String(length=32), nullable=True),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("summary", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["counterpart_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["target.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_audience"), ["audience"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_interaction_counterpart_id"), ["counterpart_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interaction_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interaction_occurred_on"), ["occurred_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_interaction_target_id"), ["target_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_interaction_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "targetrole",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("audience", sa.String(length=32), nullable=False),
        sa.Column("target_id", sa.String(), nullable=False),
        sa.Column("organisation_id", sa.String(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["target.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("targetrole", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_targetrole_audience"), ["audience"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_targetrole_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_targetrole_target_id"), ["target_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_targetrole_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "interactionobjective",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("interaction_id", sa.String(), nullable=False),
        sa.Column("objective_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
        ),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["objective.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("interactionobjective", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interactionobjective_interaction_id"), ["interaction_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interactionobjective_objective_id"), ["objective_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interactionobjective_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "document",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("audience", sa.String(length=32), nullable=False),
        sa.Column("engagement_id", sa.String(), nullable=True),
        sa.Column("target_id", sa.String(), nullable=True),
        sa.Column("meeting_id", sa.String(), nullable=True),
        sa.Column("interaction_id", sa.String(), nullable=True),
        sa.Column("commitment_id", sa.String(), nullable=True),
        sa.Column("note_id", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("filename", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("dated_on", sa.Date(), nullable=True),
        sa.Column("description", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["note.id"],
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["target.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_audience"), ["audience"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_document_commitment_id"), ["commitment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_document_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_document_interaction_id"), ["interaction_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_document_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_note_id"), ["note_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_target_id"), ["target_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "commitmentevidence",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("commitment_id", sa.String(), nullable=False),
        sa.Column("document_id", sa.String(), nullable=False),
        sa.Column("page", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("commitmentevidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commitmentevidence_commitment_id"), ["commitment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commitmentevidence_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commitmentevidence_updated_at"), ["updated_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("commitmentevidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitmentevidence_updated_at"))
        batch_op.drop_index(batch_op.f("ix_commitmentevidence_document_id"))
        batch_op.drop_index(batch_op.f("ix_commitmentevidence_commitment_id"))

    op.drop_table("commitmentevidence")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_updated_at"))
        batch_op.drop_index(batch_op.f("ix_document_target_id"))
        batch_op.drop_index(batch_op.f("ix_document_sha256"))
        batch_op.drop_index(batch_op.f("ix_document_note_id"))
        batch_op.drop_index(batch_op.f("ix_document_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_document_interaction_id"))
        batch_op.drop_index(batch_op.f("ix_document_engagement_id"))
        batch_op.drop_index(batch_op.f("ix_document_commitment_id"))
        batch_op.drop_index(batch_op.f("ix_document_audience"))

    op.drop_table("document")
    with op.batch_alter_table("interactionobjective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interactionobjective_updated_at"))
        batch_op.drop_index(batch_op.f("ix_interactionobjective_objective_id"))
        batch_op.drop_index(batch_op.f("ix_interactionobjective_interaction_id"))

    op.drop_table("interactionobjective")
    with op.batch_alter_table("targetrole", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_targetrole_updated_at"))
        batch_op.drop_index(batch_op.f("ix_targetrole_target_id"))
        batch_op.drop_index(batch_op.f("ix_targetrole_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_targetrole_audience"))

    op.drop_table("targetrole")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_updated_at"))
        batch_op.drop_index(batch_op.f("ix_interaction_target_id"))
        batch_op.drop_index(batch_op.f("ix_interaction_occurred_on"))
        batch_op.drop_index(batch_op.f("ix_interaction_engagement_id"))
        batch_op.drop_index(batch_op.f("ix_interaction_counterpart_id"))
        batch_op.drop_index(batch_op.f("ix_interaction_audience"))

    op.drop_table("interaction")
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalation_updated_at"))
        batch_op.drop_index(batch_op.f("ix_escalation_target_id"))
        batch_op.drop_index(batch_op.f("ix_escalation_taken_on"))
        batch_op.drop_index(batch_op.f("ix_escalation_step_id"))
        batch_op.drop_index(batch_op.f("ix_escalation_engagement_id"))
        batch_op.drop_index(batch_op.f("ix_escalation_audience"))

    op.drop_table("escalation")
    with op.batch_alter_table("escalationstep", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalationstep_updated_at"))

    op.drop_table("escalationstep")
    op.drop_table("documentblob")
