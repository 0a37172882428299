"""Stamps synced records and writes the change log inside the flush that changes them.

Registered once on every ORM session: new synced rows get a UUID, origin, version 1 and an HLC
stamp; modified rows get version + 1 and a new stamp; a tombstone (``deleted = True``) is logged
as ``delete``. Hard deletes of synced rows are refused: other offices must learn of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from cxdesk.core.hlc import HybridClock
from cxdesk.store.base import SyncedMixin
from cxdesk.store.models import ChangeLog
from cxdesk.store.portable import RawCursor
from cxdesk.store.types import new_uuid

SYNC_CONTEXT = "cxdesk.sync_context"


class SyncContextMissing(RuntimeError):
    """A synced row was written outside a unit of work."""


class HardDeleteRefused(RuntimeError):
    """A synced row was deleted instead of being marked as a tombstone."""


@dataclass
class SyncContext:
    origin: str | None
    clock: HybridClock


def _log(session: Session, obj: SyncedMixin, op: str) -> None:
    session.add(
        ChangeLog(
            entity=obj.__tablename__,
            record_id=obj.id,
            origin=obj.origin,
            version=obj.version,
            hlc=obj.hlc,
            op=op,
        )
    )


def log_many(session: Session, rows: Sequence[tuple[str, str, str, int, int, str]]) -> None:
    """Change-log rows (entity, record id, origin, version, hlc, op) of a bulk writer, through the driver:
    SQLAlchemy's parameter handling would cost more than the insert."""
    RawCursor(session).executemany(
        "INSERT INTO change_log (entity, record_id, origin, version, hlc, op) VALUES (?, ?, ?, ?, ?, ?)", rows)


def _stamp_new(obj: SyncedMixin, ctx: SyncContext) -> None:
    if not obj.id:
        obj.id = new_uuid()
    if not obj.origin:
        if not ctx.origin:
            raise SyncContextMissing(f"{obj.__tablename__}: origin office is unknown")
        obj.origin = ctx.origin
    obj.version = obj.version or 1
    obj.deleted = bool(obj.deleted)
    obj.hlc = ctx.clock.now()


def _was_deleted_now(obj: SyncedMixin) -> bool:
    history = inspect(obj).attrs.deleted.history
    return bool(obj.deleted) and any(not old for old in history.deleted)


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, flush_context, instances) -> None:
    synced_new = [o for o in session.new if isinstance(o, SyncedMixin)]
    synced_dirty = [
        o
        for o in session.dirty
        if isinstance(o, SyncedMixin) and session.is_modified(o, include_collections=False)
    ]
    for obj in session.deleted:
        if isinstance(obj, SyncedMixin):
            raise HardDeleteRefused(f"{obj.__tablename__} {obj.id}: mark deleted instead")
    if not (synced_new or synced_dirty):
        return
    ctx: SyncContext | None = session.info.get(SYNC_CONTEXT)
    if ctx is None:
        raise SyncContextMissing("synced records must be written through a unit of work")
    for obj in synced_new:
        _stamp_new(obj, ctx)
        _log(session, obj, "insert")
    for obj in synced_dirty:
        op = "delete" if _was_deleted_now(obj) else "update"
        obj.version = (obj.version or 0) + 1
        obj.hlc = ctx.clock.now()
        _log(session, obj, op)
