"""A summary of a database: schema revision, the office, and a count for every record type."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from cxdesk.services.offices import OfficeInfo, own_office
from cxdesk.store.all_models import metadata
from cxdesk.store.base import SyncedMixin, synced_models
from cxdesk.store.database import Database
from cxdesk.store.migrate import current_revision


@dataclass(frozen=True)
class DatabaseInfo:
    path: str
    schema_revision: str | None
    office: OfficeInfo | None
    counts: dict[str, int]

    def as_dict(self) -> dict:
        data = asdict(self)
        if self.office is not None:
            data["office"]["kind"] = str(self.office.kind)
        return data


def database_info(db: Database) -> DatabaseInfo:
    """Counts live rows (tombstones of synced records are not counted)."""
    from cxdesk.services.errors import NotInitializedError

    try:
        office = own_office(db)
    except NotInitializedError:
        office = None
    synced = {cls.__tablename__: cls for cls in synced_models()}
    counts: dict[str, int] = {}
    with db.uow() as uow:
        for table in sorted(metadata.tables.values(), key=lambda t: t.name):
            query = select(func.count()).select_from(table)
            if table.name in synced:
                model: type[SyncedMixin] = synced[table.name]
                query = query.where(model.deleted.is_(False))
            counts[table.name] = uow.session.scalar(query)
    return DatabaseInfo(db.display(), current_revision(db.location), office, counts)
