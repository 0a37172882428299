"""Engine factory for both engines: the pragmas every SQLite connection needs with real
transactional DDL, and a PostgreSQL engine whose sessions speak UTC.

The pysqlite driver does not begin transactions before DDL; we switch it to autocommit and
emit ``BEGIN`` ourselves (SQLAlchemy's documented recipe), so a failed migration rolls back.
PostgreSQL has transactional DDL of its own.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from cxdesk.store.location import Location, locate

BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path | str) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def create_database_engine(target: Location | Path | str, *, foreign_keys: bool = True) -> Engine:
    """An engine for a file or a server database (see :mod:`cxdesk.store.location`)."""
    location = locate(target)
    if location.is_sqlite:
        return create_sqlite_engine(location.path, foreign_keys=foreign_keys)
    return create_postgresql_engine(location.url)


def create_postgresql_engine(url: URL) -> Engine:
    # timestamps are stored as naive UTC (see cxdesk.store.types); the session zone keeps now() in step
    return create_engine(url, pool_pre_ping=True, connect_args={"options": "-c timezone=UTC"})


def create_sqlite_engine(path: Path | str, *, foreign_keys: bool = True) -> Engine:
    engine = create_engine(sqlite_url(path))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine
