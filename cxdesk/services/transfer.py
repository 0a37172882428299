"""Moving a database file to a PostgreSQL server: the managing centre that began on a SQLite file
keeps every record, number, audit chain and exchange state when it moves to a server database.

The target must be an empty server database; it is brought to this program's schema first, then
every table (the full-text indexes included) is copied in foreign-key order inside one transaction,
the server's sequences are moved past the copied numbers, and the row counts are compared. On any
failure the server database is left without data, as it was; the source file is only read.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Integer, func, select, text

from cxdesk.services.errors import ServiceError, ValidationError
from cxdesk.store.all_models import metadata
from cxdesk.store.database import Database, open_database
from cxdesk.store.location import Location, locate
from cxdesk.store.migrate import upgrade
from cxdesk.store.models import AuditEntry, ChangeLog, Installation

Progress = Callable[[int, int, str], None]
BATCH = 5_000
# the hand-made full-text tables (migrations f001, k001): the same columns on both engines
FULLTEXT_TABLES = {"feedback_fts": ("rowid", "body"), "knowledge_fts": ("rowid", "title", "body")}
# the KPI monthly cache is local to a database: the server computes its own on the first look
CACHE_TABLES = ("kpi_cache_month", "kpi_cache_value", "kpi_dirty")


@dataclass
class TransferResult:
    source: str
    target: str
    tables: int
    rows: int
    key_file: Path | None  # where the exchange key file was copied, if there was one


def copy_to_server(source_path: Path, target: Location | str, progress: Progress | None = None) -> TransferResult:
    """Copy the SQLite database ``source_path`` into the empty server database ``target``."""
    location = locate(target)
    if location.is_sqlite:
        raise ValidationError("Базу данных переносят на сервер PostgreSQL: в параметре --db укажите его адрес "
                              "(postgresql+psycopg://пользователь@сервер/база). Ничего не изменено.")
    source_path = Path(source_path)
    if not source_path.is_file():
        raise ValidationError(f"Файл базы данных {source_path} не найден. Ничего не изменено.")
    source = open_database(source_path)
    try:
        upgrade(location)
        target_db = Database(location)
        try:
            _refuse_unless_empty(target_db)
            tables, rows = _copy_all(source, target_db, progress)
        finally:
            target_db.close()
    finally:
        source.close()
    key_file = None
    if source.location.key_file().exists() and not location.key_file().exists():
        key_file = location.key_file()
        key_file.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source.location.key_file(), key_file)
    return TransferResult(str(source_path), location.display(), tables, rows, key_file)


def _refuse_unless_empty(db: Database) -> None:
    """Only a database nobody set up or used is replaced (the rows its migrations seeded aside)."""
    with db.engine.connect() as conn:
        for table in (Installation.__table__, ChangeLog.__table__, AuditEntry.__table__):
            if conn.execute(select(func.count()).select_from(table)).scalar_one():
                raise ServiceError(
                    f"База данных {db.display()} на сервере уже содержит данные (таблица «{table.name}»). "
                    "Переносить можно только в пустую базу: создайте новую. Ничего не изменено.")


def _copy_all(source: Database, target: Database, progress: Progress | None) -> tuple[int, int]:
    tables = [t for t in metadata.sorted_tables if t.name not in CACHE_TABLES]
    total_rows = 0
    steps = len(tables) + len(FULLTEXT_TABLES)
    with source.engine.connect() as src, target.engine.begin() as dst:
        for table in reversed(metadata.sorted_tables):  # the rows the migrations seeded come from the file
            dst.execute(table.delete())
        for n, table in enumerate(tables):
            if progress:
                progress(n, steps, str(table.info.get("title") or table.name))
            total_rows += _copy_rows(src.execute(select(table)), lambda rows, t=table: dst.execute(t.insert(), rows))
        for n, (name, columns) in enumerate(FULLTEXT_TABLES.items(), start=len(tables)):
            if progress:
                progress(n, steps, name)
            names = ", ".join(columns)
            insert = text(f"INSERT INTO {name} ({names}) VALUES ({', '.join(':' + c for c in columns)})")
            total_rows += _copy_rows(src.execute(text(f"SELECT {names} FROM {name}")),
                                     lambda rows, q=insert: dst.execute(q, rows))
        for name in CACHE_TABLES:  # the triggers noted every copied month as changed: nothing is cached yet
            dst.execute(metadata.tables[name].delete())
        _move_sequences(dst, tables)
        _compare_counts(src, dst, tables)
    if progress:
        progress(steps, steps, "Готово")
    return len(tables) + len(FULLTEXT_TABLES), total_rows


def _copy_rows(result, write) -> int:
    copied = 0
    for part in result.mappings().partitions(BATCH):
        write([dict(row) for row in part])
        copied += len(part)
    return copied


def _move_sequences(dst, tables) -> None:
    """Serial keys (change log, audit log, journals, search keys) continue after the copied numbers."""
    for table in tables:
        keys = [c for c in table.primary_key.columns if isinstance(c.type, Integer)]
        if len(keys) != 1 or len(table.primary_key.columns) != 1:
            continue
        column = keys[0].name
        sequence = dst.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column}).scalar()
        if sequence:
            dst.execute(text(f'SELECT setval(:s, COALESCE(MAX("{column}"), 1), MAX("{column}") IS NOT NULL) '
                             f'FROM "{table.name}"'), {"s": sequence})


def _compare_counts(src, dst, tables) -> None:
    for name in [t.name for t in tables] + list(FULLTEXT_TABLES):
        a = src.execute(text(f'SELECT COUNT(*) FROM "{name}"')).scalar_one()
        b = dst.execute(text(f'SELECT COUNT(*) FROM "{name}"')).scalar_one()
        if a != b:
            raise ServiceError(f"Перенос прерван: в таблице «{name}» {a} строк в файле и {b} на сервере. "
                               "База на сервере оставлена пустой; сообщите администратору.")
