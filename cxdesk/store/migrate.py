"""Brings a database to the program's schema: backup → Alembic upgrade → checks.

A SQLite file is upgraded in one transaction with foreign keys off (batch mode recreates tables),
followed by ``foreign_key_check``. On failure the transaction is rolled back; if the file still
is not as before, it is restored from the backup taken first. A PostgreSQL database is upgraded
in one transaction too (its DDL is transactional and its foreign keys are checked as rows change),
so a failure leaves it as it was; its backups are the server's (``pg_dump``). A database made by a
newer program is refused untouched.
"""

from __future__ import annotations

import ast
import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cxdesk import paths
from cxdesk.store.backup import backup_file, backups_dir, restore_file, timestamped_name
from cxdesk.store.engine import create_database_engine
from cxdesk.store.location import Location, locate

UPGRADE_LOCK = 0x6378_6465_736B  # "cxdesk": the advisory lock held while a server database is upgraded


class MigrationError(Exception):
    """The database cannot be brought to this program's schema; ``str()`` is for the user."""


class DatabaseTooNewError(MigrationError):
    pass


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def alembic_config(script_location: Path | None = None):
    from alembic.config import Config  # Alembic is loaded only when a database must be upgraded

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or paths.migrations_dir()))
    return cfg


def revision_graph(script_location: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Each revision with the revisions it follows, read from the revision files' literal
    ``revision``/``down_revision`` assignments without importing Alembic (start-up time)."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((Path(script_location or paths.migrations_dir()) / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                values[target.id] = ast.literal_eval(node.value)
        if "revision" not in values:
            continue
        down = values.get("down_revision")
        graph[str(values["revision"])] = (
            () if down is None else (down,) if isinstance(down, str) else tuple(down)  # type: ignore[arg-type]
        )
    return graph


def _joined(revisions) -> str:
    """Area branches may be developed in parallel: several heads read as ``a+b``."""
    return "+".join(sorted(revisions))


def head_revision(script_location: Path | None = None) -> str:
    graph = revision_graph(script_location)
    followed = {down for downs in graph.values() for down in downs}
    heads = [revision for revision in graph if revision not in followed]
    assert heads, "no migrations found"
    return _joined(heads)


def current_revision(target: Location | Path | str) -> str | None:
    """The schema revision stored in the database, or None for an empty/new one."""
    location = locate(target)
    if not location.is_sqlite:
        return _server_revision(location)
    db_path = location.path
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise MigrationError(
                        f"Файл {db_path} не является базой данных cxdesk. Файл не изменён; "
                        "укажите другой файл базы данных."
                    )
                return None
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            return _joined(r[0] for r in rows) if rows else None
    except sqlite3.DatabaseError as exc:
        raise MigrationError(
            f"Файл {db_path} не читается как база данных SQLite ({exc}). Файл не изменён; "
            "проверьте путь или восстановите базу из резервной копии."
        ) from exc


def _server_revision(location: Location) -> str | None:
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import SQLAlchemyError

    engine = create_database_engine(location)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" not in tables:
                if tables:
                    raise MigrationError(
                        f"База данных {location.display()} не является базой cxdesk. Ничего не изменено; "
                        "укажите другую базу данных.")
                return None
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
            return _joined(r[0] for r in rows) if rows else None
    except SQLAlchemyError as exc:
        raise MigrationError(
            f"Нет связи с базой данных {location.display()}: {getattr(exc, 'orig', exc)}. Ничего не изменено; "
            "проверьте адрес, имя пользователя и пароль, работу сервера.") from exc
    finally:
        engine.dispose()


def _known_revisions(script_location: Path | None) -> set[str]:
    return set(revision_graph(script_location))


def upgrade(target: Location | Path | str, *, script_location: Path | None = None) -> MigrationResult:
    """Upgrade the database to head, creating a missing file."""
    location = locate(target)
    before = current_revision(location)
    head = head_revision(script_location)
    if before == head:
        return MigrationResult(before, head, None)
    if before is not None and not set(before.split("+")) <= _known_revisions(script_location):
        raise DatabaseTooNewError(
            f"База данных {location.display()} создана более новой версией cxdesk (ревизия схемы {before}). "
            "Эта версия программы не может с ней работать. База данных не изменена; установите новую "
            "версию cxdesk."
        )
    if not location.is_sqlite:
        return _upgrade_server(location, before, head, script_location)
    db_path = location.path
    backup = None
    if before is not None:
        backup = backup_file(db_path, backups_dir(db_path) / timestamped_name(db_path, f"before-{head}"))
    else:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        _run_upgrade(db_path, script_location)
    except Exception as exc:
        if backup is not None and current_revision(db_path) != before:
            restore_file(db_path, backup)
        raise MigrationError(
            f"Не удалось обновить структуру базы данных {db_path} до ревизии {head}: {exc}. "
            + (
                f"База данных оставлена в прежнем виде; резервная копия: {backup}. "
                if backup
                else "База данных не создана. "
            )
            + "Сообщите администратору."
        ) from exc
    return MigrationResult(before, head, backup)


def _upgrade_server(location: Location, before: str | None, head: str,
                    script_location: Path | None) -> MigrationResult:
    try:
        _run_upgrade(location, script_location)
    except Exception as exc:
        raise MigrationError(
            f"Не удалось обновить структуру базы данных {location.display()} до ревизии {head}: {exc}. "
            "База данных оставлена в прежнем виде. Сообщите администратору.") from exc
    return MigrationResult(before, head, None)


def _run_upgrade(target: Location | Path, script_location: Path | None) -> None:
    from alembic import command

    location = locate(target)
    engine = create_database_engine(location, foreign_keys=False)
    try:
        with engine.connect() as connection, connection.begin():
            if not location.is_sqlite:  # workstations starting a new version at once upgrade one after another
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK})")
            cfg = alembic_config(script_location)
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "heads")
            if location.is_sqlite:
                violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if violations:
                    raise MigrationError(f"нарушены ссылки между таблицами: {violations[:5]}")
    finally:
        engine.dispose()
