"""sync: this node's public keys, the peer registry with numbering state, the exchange journal and the
knowledge-base conflict list

Revision ID: s001
Revises: 0001
Create Date: 2026-11-27 08:10:00
"""

import sqlalchemy as sa
from alembic import op

import cxdesk.store.types

revision = 's001'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_conflict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('winner_revision_id', sa.String(length=36), nullable=False),
    sa.Column('loser_revision_id', sa.String(length=36), nullable=False),
    sa.Column('loser_origin', sa.String(length=16), nullable=False),
    sa.Column('loser_data', sa.Text(), nullable=False),
    sa.Column('detected_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('resolved_by', sa.String(length=200), nullable=False),
    sa.Column('resolved_at', cxdesk.store.types.UTCDateTime(), nullable=True),
    sa.Column('resolution', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict')),
    info={'title': 'Обмен: конфликты правок базы знаний'}
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_record_id'), ['record_id'], unique=False)

    op.create_table('sync_journal',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('direction', sa.String(length=4), nullable=False),
    sa.Column('peer', sa.String(length=16), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('msg_no', sa.Integer(), nullable=False),
    sa.Column('ack', sa.Integer(), nullable=False),
    sa.Column('seq_hi', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('report', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_journal')),
    info={'title': 'Журнал обмена'}
    )
    with op.batch_alter_table('sync_journal', schema=None) as batch_op:
        batch_op.create_index('ix_sync_journal_bundle_id', ['bundle_id'], unique=False)
        batch_op.create_index('ix_sync_journal_peer_direction_msg_no', ['peer', 'direction', 'msg_no'], unique=False)

    op.create_table('sync_node',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_code', sa.String(length=16), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('sign_public', sa.String(length=64), nullable=False),
    sa.Column('box_public', sa.String(length=64), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('created_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_node')),
    info={'title': 'Обмен: ключи этого центра'}
    )
    op.create_table('sync_peer',
    sa.Column('office_code', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('sign_public', sa.String(length=64), nullable=False),
    sa.Column('box_public', sa.String(length=64), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('registered_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('revoked_at', cxdesk.store.types.UTCDateTime(), nullable=True),
    sa.Column('out_msg_no', sa.Integer(), nullable=False),
    sa.Column('out_bundle_id', sa.String(length=36), nullable=False),
    sa.Column('acked_msg_no', sa.Integer(), nullable=False),
    sa.Column('in_msg_no', sa.Integer(), nullable=False),
    sa.Column('in_created_hlc', sa.BigInteger(), nullable=False),
    sa.Column('in_bundle_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('office_code', name=op.f('pk_sync_peer')),
    info={'title': 'Обмен: зарегистрированные ключи центров'}
    )


def downgrade() -> None:
    op.drop_table('sync_peer')
    op.drop_table('sync_node')
    with op.batch_alter_table('sync_journal', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_journal_peer_direction_msg_no')
        batch_op.drop_index('ix_sync_journal_bundle_id')

    op.drop_table('sync_journal')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_record_id'))

    op.drop_table('sync_conflict')
