"""feedback: covering index (deleted, source, received_on, id) for one source's view by date

Revision ID: f003
Revises: f002
Create Date: 2026-11-27 08:20:00
"""

from alembic import op

revision = 'f003'
down_revision = 'f002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_feedback_record_source_sort', 'feedback_record',
                    ['deleted', 'source', 'received_on', 'id'])


def downgrade() -> None:
    op.drop_index('ix_feedback_record_source_sort', table_name='feedback_record')
