"""journeys: client-group profiles, journey maps, stages, cards and touchpoints

Revision ID: j001
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = 'j001'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('journey',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('version_label', sa.String(length=16), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('profile_ids', sa.Text(), nullable=False),
    sa.Column('counterpart_id', sa.String(length=36), nullable=True),
    sa.Column('lanes', sa.Text(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('ref_key', sa.String(length=64), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journey'))
    )
    with op.batch_alter_table('journey', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journey_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_journey_ref_key'), ['ref_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_journey_title'), ['title'], unique=False)

    op.create_table('profile',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('audience', sa.String(length=16), nullable=False),
    sa.Column('category', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('age_range', sa.String(length=64), nullable=False),
    sa.Column('education', sa.String(length=300), nullable=False),
    sa.Column('employment_status', sa.String(length=300), nullable=False),
    sa.Column('social_status', sa.String(length=300), nullable=False),
    sa.Column('digital_skills', sa.String(length=300), nullable=False),
    sa.Column('needs', sa.Text(), nullable=False),
    sa.Column('pains', sa.Text(), nullable=False),
    sa.Column('expectations', sa.Text(), nullable=False),
    sa.Column('barriers', sa.Text(), nullable=False),
    sa.Column('channels', sa.Text(), nullable=False),
    sa.Column('share_percent', sa.Float(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('image', sa.LargeBinary(), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('ref_key', sa.String(length=64), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile'))
    )
    with op.batch_alter_table('profile', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_profile_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_profile_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_profile_ref_key'), ['ref_key'], unique=False)

    op.create_table('journey_stage',
    sa.Column('journey_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('hidden', sa.Boolean(), nullable=False),
    sa.Column('emotion', sa.Float(), nullable=True),
    sa.Column('emotion_note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['journey_id'], ['journey.id'], name=op.f('fk_journey_stage_journey_id_journey')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journey_stage'))
    )
    with op.batch_alter_table('journey_stage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journey_stage_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_journey_stage_journey_id'), ['journey_id'], unique=False)

    op.create_table('journey_card',
    sa.Column('journey_id', sa.String(length=36), nullable=False),
    sa.Column('stage_id', sa.String(length=36), nullable=False),
    sa.Column('lane_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('color', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['journey_id'], ['journey.id'], name=op.f('fk_journey_card_journey_id_journey')),
    sa.ForeignKeyConstraint(['stage_id'], ['journey_stage.id'], name=op.f('fk_journey_card_stage_id_journey_stage')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journey_card'))
    )
    with op.batch_alter_table('journey_card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journey_card_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_journey_card_journey_id'), ['journey_id'], unique=False)

    op.create_table('journey_touchpoint',
    sa.Column('journey_id', sa.String(length=36), nullable=False),
    sa.Column('stage_id', sa.String(length=36), nullable=False),
    sa.Column('lane_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('channel', sa.String(length=100), nullable=False),
    sa.Column('color', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['journey_id'], ['journey.id'], name=op.f('fk_journey_touchpoint_journey_id_journey')),
    sa.ForeignKeyConstraint(['stage_id'], ['journey_stage.id'], name=op.f('fk_journey_touchpoint_stage_id_journey_stage')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journey_touchpoint'))
    )
    with op.batch_alter_table('journey_touchpoint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journey_touchpoint_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_journey_touchpoint_journey_id'), ['journey_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('journey_touchpoint', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journey_touchpoint_journey_id'))
        batch_op.drop_index(batch_op.f('ix_journey_touchpoint_hlc'))

    op.drop_table('journey_touchpoint')
    with op.batch_alter_table('journey_card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journey_card_journey_id'))
        batch_op.drop_index(batch_op.f('ix_journey_card_hlc'))

    op.drop_table('journey_card')
    with op.batch_alter_table('journey_stage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journey_stage_journey_id'))
        batch_op.drop_index(batch_op.f('ix_journey_stage_hlc'))

    op.drop_table('journey_stage')
    with op.batch_alter_table('profile', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_profile_ref_key'))
        batch_op.drop_index(batch_op.f('ix_profile_name'))
        batch_op.drop_index(batch_op.f('ix_profile_hlc'))

    op.drop_table('profile')
    with op.batch_alter_table('journey', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journey_title'))
        batch_op.drop_index(batch_op.f('ix_journey_ref_key'))
        batch_op.drop_index(batch_op.f('ix_journey_hlc'))

    op.drop_table('journey')
