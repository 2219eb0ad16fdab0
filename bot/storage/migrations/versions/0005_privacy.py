"""privacy: erasure audit, revocable inbox sessions, conversations shared with sales

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 15:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("requested_by", sa.String(length=120), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasures")),
    )
    op.create_table(
        "inbox_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbox_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_inbox_sessions_token_hash")),
    )
    with op.batch_alter_table("inbox_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inbox_sessions_username"), ["username"], unique=False)
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("shared_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_column("shared_at")
    with op.batch_alter_table("inbox_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inbox_sessions_username"))
    op.drop_table("inbox_sessions")
    op.drop_table("erasures")
