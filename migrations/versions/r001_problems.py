"""problems register: problems, their evidence (links to feedback records), recommendations, and the
decisions on suggested candidate problems

Revision ID: r001
Revises: 0001
Create Date: 2026-11-27 07:50:53.417714
"""

import sqlalchemy as sa
from alembic import op

import cxdesk.store.types

revision = 'r001'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('problem',
    sa.Column('office_code', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('journey_id', sa.String(length=36), nullable=True),
    sa.Column('touchpoint_id', sa.String(length=36), nullable=True),
    sa.Column('severity', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('owner_staff_id', sa.String(length=36), nullable=True),
    sa.Column('identified_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('status_note', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem')),
    info={'title': 'Реестр проблем клиентского опыта'}
    )
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problem_hlc'), ['hlc'], unique=False)
        batch_op.create_index('ix_problem_office_status', ['office_code', 'status'], unique=False)

    op.create_table('problem_candidate_decision',
    sa.Column('scope', sa.String(length=16), nullable=False),
    sa.Column('period', sa.String(length=8), nullable=False),
    sa.Column('touchpoint_id', sa.String(length=36), nullable=False),
    sa.Column('topic', sa.String(length=64), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=False),
    sa.Column('problem_id', sa.String(length=36), nullable=True),
    sa.Column('decided_by', sa.String(length=64), nullable=False),
    sa.Column('decided_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem_candidate_decision')),
    info={'title': 'Решения по кандидатам в проблемы'}
    )
    with op.batch_alter_table('problem_candidate_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problem_candidate_decision_hlc'), ['hlc'], unique=False)
        batch_op.create_index('ix_problem_candidate_decision_key', ['scope', 'period', 'touchpoint_id', 'topic'], unique=False)

    op.create_table('problem_evidence',
    sa.Column('problem_id', sa.String(length=36), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('added_by', sa.String(length=64), nullable=False),
    sa.Column('added_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_problem_evidence_problem_id_problem')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem_evidence')),
    sa.UniqueConstraint('problem_id', 'record_id', name=op.f('uq_problem_evidence_problem_id_record_id')),
    info={'title': 'Проблемы: обратная связь-основание'}
    )
    with op.batch_alter_table('problem_evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problem_evidence_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_evidence_problem_id'), ['problem_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_evidence_record_id'), ['record_id'], unique=False)

    op.create_table('problem_recommendation',
    sa.Column('problem_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('addressee', sa.String(length=300), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('created_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_problem_recommendation_problem_id_problem')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem_recommendation')),
    info={'title': 'Рекомендации по проблемам'}
    )
    with op.batch_alter_table('problem_recommendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problem_recommendation_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_recommendation_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_recommendation_problem_id'), ['problem_id'], unique=False)



def downgrade() -> None:
    for table in ("problem_recommendation", "problem_evidence", "problem_candidate_decision", "problem"):
        op.drop_table(table)
