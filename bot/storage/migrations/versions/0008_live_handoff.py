"""live handoff: who of the sales team is talking in a chat, since when

While an SDR talks with a visitor the assistant stays quiet (Rasa's conversation is paused); it
comes back when the SDR hands the chat back, or after a few minutes of their silence.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 06:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("live_sdr", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("live_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_column("live_at")
        batch_op.drop_column("live_sdr")
