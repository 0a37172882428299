"""SQLite settings for writers of many rows at once (exchange bundles, file imports, the demo).

The register's big tables are indexed by random UUIDs and by dates, so thousands of new rows touch
pages all over those indexes: a larger page cache keeps them in memory during the transaction, and in a
batch of transactions the write-ahead log is folded into the database file now and then instead of
after every transaction (each fold wrote those scattered pages a second time). A server engine needs
neither; there these functions do nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from cxdesk.store.engine import BUSY_TIMEOUT_MS

CACHE_KIB = 64 * 1024  # one bundle or one file import
GROUP_CACHE_KIB = 256 * 1024  # several bundles in one transaction (measured: a quarter less written than 64 MB)
DEFAULT_CACHE_KIB = 2000  # SQLite's own defaults, restored after a batch
DEFAULT_CHECKPOINT_PAGES = 1000
BATCH_CHECKPOINT_PAGES = 50_000  # ≈ 200 MB of log between folds during a batch
FOLD_WAIT_MS = 1000


def large_cache(session: Session, kib: int = CACHE_KIB) -> None:
    """A larger page cache for the connection of the session's transaction."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"PRAGMA cache_size = -{kib}")


@contextmanager
def batch_writes(engine: Engine, cache_kib: int = CACHE_KIB) -> Iterator[None]:
    """For a batch of transactions on a SQLite file: every connection taken from the pool meanwhile has a
    page cache of ``cache_kib`` and folds the log only every ``BATCH_CHECKPOINT_PAGES`` pages (given back,
    it gets SQLite's defaults again, and its cache shrinks); at the end the log is folded and truncated (if
    a reader holds it, the next ordinary fold does it)."""
    if engine.dialect.name != "sqlite":
        yield
        return

    def taken(dbapi_connection, _record, _proxy) -> None:
        dbapi_connection.execute(f"PRAGMA cache_size = -{cache_kib}")
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {BATCH_CHECKPOINT_PAGES}")

    def given_back(dbapi_connection, _record) -> None:
        if dbapi_connection is not None:
            dbapi_connection.execute(f"PRAGMA cache_size = -{DEFAULT_CACHE_KIB}")
            dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {DEFAULT_CHECKPOINT_PAGES}")

    event.listen(engine, "checkout", taken)
    event.listen(engine, "checkin", given_back)
    try:
        yield
    finally:
        event.remove(engine, "checkout", taken)
        event.remove(engine, "checkin", given_back)
        pooled = engine.raw_connection()
        cursor = pooled.cursor()
        try:  # a reader in another window waits a moment at most; its log is folded later then
            cursor.execute(f"PRAGMA busy_timeout = {FOLD_WAIT_MS}")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.close()
            pooled.close()
