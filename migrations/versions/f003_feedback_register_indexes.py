"""feedback: covering indexes for one source's view by date and for the appeals due by a date

(deleted, source, received_on, id) serves the register filtered to one source; (answer_due, source,
status, deleted) replaces the plain deadline index so that finding the open appeals due by a date
needs no table lookup for the many answered ones.

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
    op.drop_index('ix_feedback_record_answer_due', table_name='feedback_record')
    op.create_index('ix_feedback_record_due_state', 'feedback_record',
                    ['answer_due', 'source', 'status', 'deleted'])


def downgrade() -> None:
    op.drop_index('ix_feedback_record_due_state', table_name='feedback_record')
    op.create_index('ix_feedback_record_answer_due', 'feedback_record', ['answer_due'])
    op.drop_index('ix_feedback_record_source_sort', table_name='feedback_record')
