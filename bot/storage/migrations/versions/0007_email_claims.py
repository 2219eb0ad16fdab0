"""email claims: an email typed in the chat is a claim, not an identity

A chat that gives the email of an existing lead, without proving it (a signed identity from the
site), gets a lead of its own that claims the first one's email, instead of overwriting it. Only
the lead that owns an email (claims_lead_id is null) is unique per email.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 05:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claims_lead_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("email_verified", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.drop_constraint("uq_leads_email_key", type_="unique")
        batch_op.create_index("ix_leads_email_key", ["email_key"], unique=False)
    op.create_index(
        "uq_leads_email_key_owner",
        "leads",
        ["email_key"],
        unique=True,
        sqlite_where=sa.text("claims_lead_id IS NULL"),
        postgresql_where=sa.text("claims_lead_id IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_leads_email_key_owner", table_name="leads")
    op.execute("DELETE FROM leads WHERE claims_lead_id IS NOT NULL")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index("ix_leads_email_key")
        batch_op.create_unique_constraint("uq_leads_email_key", ["email_key"])
        batch_op.drop_column("email_verified")
        batch_op.drop_column("claims_lead_id")
