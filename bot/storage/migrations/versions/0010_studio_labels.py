"""studio labels: marketers' readings of messages, and the studio's audit trail

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 20:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "training_labels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text_key", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("intent", sa.String(length=100), nullable=False),
        sa.Column("entities", sa.JSON(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("labelled_by", sa.String(length=120), nullable=False),
        sa.Column("labelled_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_training_labels_message_id_messages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_labels")),
        sa.UniqueConstraint("text_key", name=op.f("uq_training_labels_text_key")),
    )
    op.create_index(op.f("ix_training_labels_message_id"), "training_labels", ["message_id"], unique=False)
    op.create_table(
        "studio_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("username", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_studio_events")),
    )
    op.create_index(op.f("ix_studio_events_at"), "studio_events", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_studio_events_at"), table_name="studio_events")
    op.drop_table("studio_events")
    op.drop_index(op.f("ix_training_labels_message_id"), table_name="training_labels")
    op.drop_table("training_labels")
