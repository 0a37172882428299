"""retention of personal data: periods per record type, destruction acts

Revision ID: t001
Revises: 0001
Create Date: 2026-11-27
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import cxdesk.store.types

revision = "t001"
down_revision = "0001"
branch_labels = None
depends_on = None

BASIS_APPEALS = (
    "5 лет: обращения граждан, перечень типовых управленческих архивных документов (приказ Росархива "
    "от 20.12.2019 № 236); проверьте по номенклатуре дел организации"
)
BASIS_OTHER = "3 года: срок, установленный оператором для анализа клиентского опыта; проверьте по локальному акту"
DEFAULT_RULES = [
    ("feedback:book", "Книга жалоб и предложений", 60, BASIS_APPEALS),
    ("feedback:appeal", "Обращения по 59-ФЗ", 60, BASIS_APPEALS),
    ("feedback:open", "Упоминания в открытых источниках", 36, BASIS_OTHER),
    ("feedback:survey", "Ответы на анкеты", 36, BASIS_OTHER),
    ("feedback:metric", "Метрики удовлетворённости", 36, BASIS_OTHER),
]


def upgrade() -> None:
    rules = op.create_table(
        "retention_rule",
        sa.Column("record_type", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(length=500), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("changed_by", sa.String(length=64), nullable=False),
        sa.Column("changed_at", cxdesk.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("record_type", name=op.f("pk_retention_rule")),
    )
    op.create_table(
        "retention_act",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("performed_at", cxdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.Column("cleaned", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_act")),
    )
    now = datetime.now(UTC)
    op.bulk_insert(rules, [
        {"record_type": code, "title": title, "months": months, "basis": basis, "active": True,
         "changed_by": "", "changed_at": now}
        for code, title, months, basis in DEFAULT_RULES
    ])


def downgrade() -> None:
    op.drop_table("retention_act")
    op.drop_table("retention_rule")
