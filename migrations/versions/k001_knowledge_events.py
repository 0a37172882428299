"""knowledge base (articles, revisions, attachments, proposals, blobs, FTS5 index) and competency events
(with material files and a search column)

Revision ID: k001
Revises: p001
Create Date: 2026-11-27 05:44:11.213070
"""

import sqlalchemy as sa
from alembic import op

import cxdesk.store.types

revision = 'k001'
down_revision = 'p001'
branch_labels = None
depends_on = None


# Lemmas of title and tags+body (see cxdesk/store/knowledge_fts.py); FTS5 tables are left out of
# the model comparison by the ``*_fts`` rule of the include_name hook in migrations/env.py.
FTS_DDL = (
    "CREATE VIRTUAL TABLE knowledge_fts USING fts5(title, body, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
# PostgreSQL: title lemmas weighted A, tags+body B, in one tsvector with a GIN index.
FTS_DDL_POSTGRESQL = (
    "CREATE TABLE knowledge_fts (rowid BIGINT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL, "
    "tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', title), 'A') || "
    "setweight(to_tsvector('simple', body), 'B')) STORED)",
    "CREATE INDEX ix_knowledge_fts_tsv ON knowledge_fts USING gin (tsv)",
)


def upgrade() -> None:
    op.create_table('competency_event',
    sa.Column('office_code', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('format', sa.String(length=8), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('organiser', sa.String(length=300), nullable=False),
    sa.Column('materials', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competency_event')),
    info={'title': 'Мероприятия по развитию клиентоцентричных компетенций'}
    )
    with op.batch_alter_table('competency_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competency_event_held_on'), ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_competency_event_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_competency_event_office_code'), ['office_code'], unique=False)

    op.create_table('knowledge_article',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('tags', sa.String(length=1000), nullable=False),
    sa.Column('links', sa.Text(), nullable=False),
    sa.Column('author_login', sa.String(length=64), nullable=False),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('created_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('published_at', cxdesk.store.types.UTCDateTime(), nullable=True),
    sa.Column('revision_no', sa.Integer(), nullable=False),
    sa.Column('head_revision_id', sa.String(length=36), nullable=True),
    sa.Column('title_key', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_knowledge_article')),
    info={'title': 'База знаний: материалы'}
    )
    with op.batch_alter_table('knowledge_article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_knowledge_article_hlc'), ['hlc'], unique=False)
        batch_op.create_index('ix_knowledge_article_status_updated_at', ['status', 'updated_at'], unique=False)

    op.create_table('knowledge_blob',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_knowledge_blob')),
    info={'title': 'База знаний: содержимое файлов'}
    )
    op.create_table('knowledge_read',
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('views', sa.Integer(), nullable=False),
    sa.Column('last_read_at', cxdesk.store.types.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('article_id', name=op.f('pk_knowledge_read')),
    info={'title': 'База знаний: просмотры'}
    )
    with op.batch_alter_table('knowledge_read', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_knowledge_read_views'), ['views'], unique=False)

    op.create_table('knowledge_search_key',
    sa.Column('n', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('n', name=op.f('pk_knowledge_search_key')),
    sa.UniqueConstraint('article_id', name=op.f('uq_knowledge_search_key_article_id')),
    info={'title': 'База знаний: ключи поискового индекса'}
    )
    op.create_table('competency_event_participant',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['competency_event.id'], name=op.f('fk_competency_event_participant_event_id_competency_event')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competency_event_participant')),
    sa.UniqueConstraint('event_id', 'staff_id', name=op.f('uq_competency_event_participant_event_id_staff_id')),
    info={'title': 'Участники мероприятий'}
    )
    with op.batch_alter_table('competency_event_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competency_event_participant_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_competency_event_participant_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_competency_event_participant_staff_id'), ['staff_id'], unique=False)

    op.create_table('knowledge_attachment',
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('mime', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('added_by', sa.String(length=64), nullable=False),
    sa.Column('added_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['knowledge_article.id'], name=op.f('fk_knowledge_attachment_article_id_knowledge_article')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_knowledge_attachment')),
    info={'title': 'База знаний: вложения'}
    )
    with op.batch_alter_table('knowledge_attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_knowledge_attachment_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_knowledge_attachment_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_knowledge_attachment_sha256'), ['sha256'], unique=False)

    op.create_table('knowledge_revision',
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('base_revision_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('tags', sa.String(length=1000), nullable=False),
    sa.Column('links', sa.Text(), nullable=False),
    sa.Column('attachments', sa.Text(), nullable=False),
    sa.Column('author_login', sa.String(length=64), nullable=False),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('saved_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['knowledge_article.id'], name=op.f('fk_knowledge_revision_article_id_knowledge_article')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_knowledge_revision')),
    info={'title': 'База знаний: редакции материалов'}
    )
    with op.batch_alter_table('knowledge_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_knowledge_revision_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_knowledge_revision_hlc'), ['hlc'], unique=False)

    op.create_table('competency_event_material',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('mime', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('added_by', sa.String(length=64), nullable=False),
    sa.Column('added_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['competency_event.id'], name=op.f('fk_competency_event_material_event_id_competency_event')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competency_event_material')),
    info={'title': 'Материалы мероприятий'}
    )
    with op.batch_alter_table('competency_event_material', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competency_event_material_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_competency_event_material_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_competency_event_material_sha256'), ['sha256'], unique=False)

    op.create_table('knowledge_proposal',
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('base_revision_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('tags', sa.String(length=1000), nullable=False),
    sa.Column('links', sa.Text(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('author_login', sa.String(length=64), nullable=False),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('proposed_at', cxdesk.store.types.UTCDateTime(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('decided_by', sa.String(length=200), nullable=False),
    sa.Column('decided_at', cxdesk.store.types.UTCDateTime(), nullable=True),
    sa.Column('decision_note', sa.String(length=500), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['knowledge_article.id'], name=op.f('fk_knowledge_proposal_article_id_knowledge_article')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_knowledge_proposal')),
    info={'title': 'База знаний: предложенные правки'}
    )
    with op.batch_alter_table('knowledge_proposal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_knowledge_proposal_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_knowledge_proposal_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_knowledge_proposal_status'), ['status'], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        for statement in FTS_DDL_POSTGRESQL:
            op.execute(statement)
    else:
        op.execute(FTS_DDL)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS knowledge_fts")
    for table in ("knowledge_proposal", "competency_event_material", "knowledge_revision", "knowledge_attachment", "competency_event_participant",
                  "knowledge_search_key", "knowledge_read", "knowledge_blob", "knowledge_article",
                  "competency_event"):
        op.drop_table(table)
