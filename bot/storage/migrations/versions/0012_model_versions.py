"""model versions: the studio's trained candidates, their scores and who published them

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 23:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "model_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("stage", sa.String(length=200), nullable=False),
        sa.Column("started_by", sa.String(length=120), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pid", sa.Integer(), nullable=True),
        sa.Column("fingerprint", sa.String(length=40), nullable=True),
        sa.Column("wording_only", sa.Boolean(), nullable=False),
        sa.Column("model_file", sa.Text(), nullable=True),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("live_scores", sa.JSON(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_by", sa.String(length=120), nullable=True),
        sa.Column("publish_reason", sa.Text(), nullable=True),
        sa.Column("preview_url", sa.String(length=200), nullable=True),
        sa.Column("preview_token", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_model_versions")),
    )
    op.create_index(op.f("ix_model_versions_state"), "model_versions", ["state"], unique=False)
    op.create_index(op.f("ix_model_versions_published_at"), "model_versions", ["published_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_model_versions_published_at"), table_name="model_versions")
    op.drop_index(op.f("ix_model_versions_state"), table_name="model_versions")
    op.drop_table("model_versions")
