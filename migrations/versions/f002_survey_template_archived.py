"""feedback: questionnaire templates can be archived (hidden from entry and import, kept for answers)

Revision ID: f002
Revises: f001
Create Date: 2026-11-27 07:15:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'f002'
down_revision = 'f001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('survey_template') as batch:
        batch.add_column(sa.Column('archived', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('survey_template') as batch:
        batch.drop_column('archived')
