"""quarterly reports archive (editions, commentary, PDF blobs)

Revision ID: q001
Revises: 0001
Create Date: 2026-11-27 08:20:00.000000
"""

import sqlalchemy as sa
from alembic import op

import cxdesk.store.types

revision = 'q001'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('quarterly_report',
    sa.Column('office_code', sa.String(length=16), nullable=False),
    sa.Column('period', sa.String(length=8), nullable=False),
    sa.Column('scope', sa.String(length=16), nullable=False),
    sa.Column('edition', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('commentary', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=False),
    sa.Column('pdf_size', sa.Integer(), nullable=False),
    sa.Column('generated_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('generated_by', sa.String(length=200), nullable=False),
    sa.Column('published_at', cxdesk.store.types.UTCDateTime(), nullable=True),
    sa.Column('published_by', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quarterly_report')),
    info={'title': 'Ежеквартальные отчёты о результатах анализа качества КО'}
    )
    with op.batch_alter_table('quarterly_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quarterly_report_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_quarterly_report_office_code'), ['office_code'], unique=False)
        batch_op.create_index('ix_quarterly_report_period_scope', ['period', 'scope'], unique=False)

    op.create_table('report_blob',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_report_blob')),
    info={'title': 'Отчёты: файлы PDF'}
    )


def downgrade() -> None:
    op.drop_table('report_blob')
    with op.batch_alter_table('quarterly_report', schema=None) as batch_op:
        batch_op.drop_index('ix_quarterly_report_period_scope')
        batch_op.drop_index(batch_op.f('ix_quarterly_report_office_code'))
        batch_op.drop_index(batch_op.f('ix_quarterly_report_hlc'))

    op.drop_table('quarterly_report')
