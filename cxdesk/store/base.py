"""Declarative base with a naming convention, and the identity mixin of every synced record.

Every record type that travels between offices inherits :class:`SyncedMixin`; the unit of
work stamps its identity columns and writes the change log (see ``changelog.py``).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from cxdesk.store.types import new_uuid

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncedMixin:
    """Identity columns of SYNC.md: random UUID, origin office, version, HLC stamp, tombstone."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    origin: Mapped[str] = mapped_column(String(16), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    hlc: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


def synced_models() -> list[type[SyncedMixin]]:
    """Every mapped class that carries the sync identity columns."""
    return sorted(
        (m.class_ for m in Base.registry.mappers if issubclass(m.class_, SyncedMixin)),
        key=lambda cls: cls.__tablename__,
    )
