"""studio events name their label in a column: erasure finds a label's trail in SQL

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 23:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("studio_events") as batch:
        batch.add_column(sa.Column("label_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_studio_events_label_id"), ["label_id"], unique=False)
    events = sa.table("studio_events", sa.column("id", sa.Integer), sa.column("detail", sa.JSON), sa.column("label_id"))
    connection = op.get_bind()
    for event_id, detail in connection.execute(sa.select(events.c.id, events.c.detail)).all():
        label = (detail or {}).get("label") if isinstance(detail, dict) else None
        if isinstance(label, int):
            connection.execute(events.update().where(events.c.id == event_id).values(label_id=label))


def downgrade() -> None:
    with op.batch_alter_table("studio_events") as batch:
        batch.drop_index(batch.f("ix_studio_events_label_id"))
        batch.drop_column("label_id")
