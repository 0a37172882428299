"""Models of personal-data retention (152-ФЗ): periods per record type and the destruction acts.

``retention_rule`` holds how long the personal data of each type of register record is kept
(months, counted from the record's answer date, else its receipt date) and the basis of that
period; the administrator edits it. ``retention_act`` records each anonymisation run: which
records lost their personal data, when, by whom and which audit row describes it, so the act
can be printed again. Both are local to this database (they do not travel between offices).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.store.base import Base
from cxdesk.store.types import UTCDateTime, utc_now


class RetentionRule(Base):
    __tablename__ = "retention_rule"
    __table_args__ = {"info": {"title": "Сроки хранения персональных данных"}}

    record_type: Mapped[str] = mapped_column(String(32), primary_key=True)  # feedback:<source>
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    months: Mapped[int] = mapped_column(Integer, nullable=False)
    basis: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    changed_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class RetentionAct(Base):
    __tablename__ = "retention_act"
    __table_args__ = {"info": {"title": "Акты об уничтожении персональных данных"}}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    performed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    actor: Mapped[str] = mapped_column(String(64), nullable=False)
    actor_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    records: Mapped[int] = mapped_column(Integer, nullable=False)
    # JSON: [{"id", "number", "source", "received_on", "kept_from", "expired_on", "fields"}]
    details: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    audit_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    cleaned: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)  # VACUUM + WAL truncated
