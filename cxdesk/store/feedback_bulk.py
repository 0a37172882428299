"""Bulk insert of register records: raw ``executemany`` with the sync identity and change log.

Imports and the demo generator write thousands of records at once; the ORM flush would cost most
of the time, so this writes the rows, their ``change_log`` entries and their full-text index
entries with three ``executemany`` calls inside the caller's transaction. The stamping is the
same as the flush hook's (``cxdesk.store.changelog``): new UUID, origin, version 1, HLC stamp.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from cxdesk.store import bulk, feedback_fts, kpi
from cxdesk.store.changelog import SYNC_CONTEXT, SyncContext, SyncContextMissing, log_many
from cxdesk.store.feedback import FeedbackRecord
from cxdesk.store.portable import RawCursor
from cxdesk.store.types import new_uuid

TABLE = FeedbackRecord.__table__
BULK_CACHE_KIB = 131_072  # the demo's million records: a larger cache than an exchange bundle's
COLUMNS = [c.name for c in TABLE.columns]
_DEFAULTS = {
    c.name: c.default.arg for c in TABLE.columns if c.default is not None and not callable(c.default.arg)
}


def _sqlite_value(value):
    if isinstance(value, datetime):  # the storage format of SQLAlchemy's SQLite DATETIME
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _server_value(value):
    if isinstance(value, datetime):  # naive UTC, as cxdesk.store.types.UTCDateTime stores it
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _spec(dialect: str) -> list[tuple[str, object, object]]:
    """(column, default, converter) per column; only dates, timestamps and booleans need converting."""
    convert = _sqlite_value if dialect == "sqlite" else _server_value
    spec = []
    for c in TABLE.columns:
        python_type = getattr(c.type, "impl", c.type).python_type
        spec.append((c.name, _DEFAULTS.get(c.name), convert if python_type in (date, datetime, bool) else None))
    return spec


def insert_records(
    session: Session, rows: Sequence[dict], bodies: Sequence[str], *, origin_from: str | None = None
) -> list[str]:
    """Insert ``rows`` (column → value) with ``bodies`` (their full-text bodies); returns the new ids.

    ``origin_from`` names a column whose value is the origin office (the demo's merged regional data).
    """
    ctx: SyncContext | None = session.info.get(SYNC_CONTEXT)
    if ctx is None or not ctx.origin:
        raise SyncContextMissing("bulk insert of feedback records outside a unit of work")
    now = datetime.now(UTC)
    values = []
    log = []
    ids = []
    stamp = ctx.clock.now
    cursor = RawCursor(session)
    spec = _spec(cursor.dialect)
    for row in rows:
        get = row.get
        record_id = get("id") or new_uuid()
        origin = row[origin_from] if origin_from else ctx.origin
        hlc = stamp()
        fixed = {"id": record_id, "origin": origin, "version": 1, "deleted": False, "hlc": hlc}
        record = []
        for name, default, convert in spec:
            value = fixed[name] if name in fixed else get(name, default)
            if value is None and name in ("created_at", "updated_at"):
                value = now
            record.append(convert(value) if convert is not None and value is not None else value)
        values.append(record)
        ids.append(record_id)
        log.append((TABLE.name, record_id, origin, 1, hlc, "insert"))
    bulk.large_cache(session, BULK_CACHE_KIB)
    marks = ",".join("?" * len(COLUMNS))
    with kpi.marking_in_bulk(session) as mark:
        cursor.executemany(f"INSERT INTO {TABLE.name} ({','.join(COLUMNS)}) VALUES ({marks})", values)
        mark(ids)
    log_many(session, log)
    feedback_fts.insert_new(session, list(zip(ids, bodies, strict=True)))
    return ids


def first_column(session: Session, query, params: dict | None = None) -> list:
    """The first column of ``query``'s rows through the DBAPI cursor: for id lists of a million rows the
    ORM's result processing would cost more than the query. Bind values go through SQLAlchemy's own
    processors, so dates and the like are stored forms."""
    compiled = query.compile(dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True})
    values = compiled.construct_params(params or {})
    processors = compiled._bind_processors
    bound = {k: processors[k](v) if k in processors else v for k, v in values.items()}
    params = [bound[k] for k in compiled.positiontup] if compiled.positional else bound
    cursor = session.connection().connection.driver_connection.cursor()
    return [row[0] for row in cursor.execute(str(compiled), params).fetchall()]
