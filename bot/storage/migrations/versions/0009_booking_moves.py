"""booking moves: how many times a call was moved to another time

A move sends the calendars a CANCEL and then a REQUEST for the same event (same UID), each with
a higher SEQUENCE than anything sent before, so the event's sequence counts the moves too.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 08:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("moves", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.drop_column("moves")
