"""Where the tests' databases live: SQLite files (always), or databases on a PostgreSQL server when
``CXDESK_TEST_DATABASE_URL`` names one (``.ci/run`` starts a private server and runs the store,
services and sync tests again against it).

A template database is built once per session and copied per test: a file copy for SQLite,
``CREATE DATABASE … TEMPLATE`` for PostgreSQL. Side files (the exchange key file) are copied too.
"""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from cxdesk.store.database import Database
from cxdesk.store.location import Location, locate

URL_ENV = "CXDESK_TEST_DATABASE_URL"
_names = itertools.count(1)


def server_url() -> str | None:
    return os.environ.get(URL_ENV) or None


def on_server() -> bool:
    return server_url() is not None


sqlite_only = pytest.mark.skipif(on_server(), reason="about a SQLite file (backups, pragmas, file copies)")


def _admin_engine():
    return create_engine(make_url(server_url()).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")


def _unique(stem: str) -> str:
    return f"cxt_{os.getpid()}_{next(_names)}_{stem}".lower()[:63]


def location(folder: Path, name: str) -> Location:
    """A new, empty database called ``name`` whose side files go in ``folder``."""
    if not on_server():
        return locate(folder / name)
    db_name = _unique(Path(name).stem)
    with _admin_engine().connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{db_name}"'))
    return Location(url=make_url(server_url()).set(drivername="postgresql+psycopg", database=db_name), home=folder)


def copy(source: Location, folder: Path, name: str) -> Location:
    """A copy of ``source`` (database and key file) called ``name`` with side files in ``folder``."""
    if source.is_sqlite:
        target = locate(folder / name)
        shutil.copyfile(source.path, target.path)
    else:
        db_name = _unique(Path(name).stem)
        with _admin_engine().connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{db_name}" TEMPLATE "{source.url.database}"'))
        target = Location(url=source.url.set(database=db_name), home=folder)
    if source.key_file().exists():
        target.key_file().parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source.key_file(), target.key_file())
    return target


def drop(location_: Location) -> None:
    if location_.is_sqlite:
        return
    with _admin_engine().connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{location_.url.database}" WITH (FORCE)'))


def dump(db: Database) -> list[str]:
    """Every row of every table (and for SQLite the schema too), as text: a database compared before and
    after an operation that must leave it unchanged."""
    db.engine.dispose()
    if db.is_sqlite:
        import sqlite3

        with sqlite3.connect(db.path) as conn:
            return list(conn.iterdump())
    lines = []
    with db.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            rows = conn.execute(text(f'SELECT * FROM "{table}"')).all()
            lines += sorted(f"{table}: {tuple(row)!r}" for row in rows)
    return lines


def trigger_names(db: Database) -> set[str]:
    """The triggers of a SQLite database; on a server the KPI triggers (one function there) count as present."""
    if not db.is_sqlite:
        from cxdesk.store.kpi import TRIGGERS

        return set(TRIGGERS)
    with db.engine.connect() as conn:
        return set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())


def row_counts(db: Database) -> dict[str, int]:
    """Rows per table."""
    with db.engine.connect() as conn:
        return {t: conn.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar_one()
                for t in sorted(inspect(conn).get_table_names())}
