"""Typed models of the foundation: offices, the installation, users, audit log, change log.

Area modules add their own model modules; import them in ``cxdesk.store.all_models`` so that
migrations and the change-log coverage test see them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.store.base import Base, SyncedMixin
from cxdesk.store.types import UTCDateTime, utc_now


class Office(SyncedMixin, Base):
    """A employment centre known to this installation (its own office and its peers)."""

    __tablename__ = "office"
    __table_args__ = {"info": {"title": "Центры занятости", "owner": "region"}}

    code: Mapped[str] = mapped_column(String(16), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)  # tczn | uczn
    region: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class Installation(Base):
    """The single row saying which office this database belongs to."""

    __tablename__ = "installation"
    __table_args__ = {"info": {"title": "Сведения об установке"}}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"), nullable=False)
    node_id: Mapped[str] = mapped_column(String(36), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class LocalSetting(Base):
    """Settings of this installation (not synced): idle lock, audit chain head, …"""

    __tablename__ = "local_setting"
    __table_args__ = {"info": {"title": "Настройки"}}

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class User(Base):
    """A personal account on this installation; workstations are shared, logins are not."""

    __tablename__ = "app_user"
    __table_args__ = {"info": {"title": "Пользователи"}}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AuditEntry(Base):
    """Append-only, hash-chained audit log row."""

    __tablename__ = "audit_log"
    __table_args__ = {"sqlite_autoincrement": True, "info": {"title": "Журнал аудита"}}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32), nullable=False)  # ISO 8601 UTC, part of the hash
    actor: Mapped[str] = mapped_column(String(64), nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    office: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    entity: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    record_id: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    result: Mapped[str] = mapped_column(String(16), nullable=False)  # ok | denied | failed
    details: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


class ChangeLog(Base):
    """One row per insert, update or tombstone of a synced record, written in the same transaction."""

    __tablename__ = "change_log"
    __table_args__ = {"sqlite_autoincrement": True, "info": {"title": "Журнал изменений для обмена"}}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False)
    origin: Mapped[str] = mapped_column(String(16), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    hlc: Mapped[int] = mapped_column(BigInteger, nullable=False)
    op: Mapped[str] = mapped_column(String(8), nullable=False)  # insert | update | delete
