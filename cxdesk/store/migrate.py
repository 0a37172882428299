"""Brings a database file to the program's schema: backup → Alembic upgrade → checks.

The whole upgrade runs in one transaction with foreign keys off (batch mode recreates tables),
followed by ``foreign_key_check``. On failure the transaction is rolled back; if the file still
is not as before, it is restored from the backup taken first. A database made by a newer
program is refused untouched.
"""

from __future__ import annotations

import ast
import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cxdesk import paths
from cxdesk.store.backup import backup_file, backups_dir, restore_file, timestamped_name
from cxdesk.store.engine import create_sqlite_engine


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


def current_revision(db_path: Path) -> str | None:
    """The schema revision stored in the file, or None for an empty/new file."""
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


def _known_revisions(script_location: Path | None) -> set[str]:
    return set(revision_graph(script_location))


def upgrade(db_path: Path, *, script_location: Path | None = None) -> MigrationResult:
    """Upgrade ``db_path`` to head, creating it when missing."""
    db_path = Path(db_path)
    before = current_revision(db_path)
    head = head_revision(script_location)
    if before == head:
        return MigrationResult(before, head, None)
    if before is not None and not set(before.split("+")) <= _known_revisions(script_location):
        raise DatabaseTooNewError(
            f"База данных {db_path} создана более новой версией cxdesk (ревизия схемы {before}). "
            "Эта версия программы не может с ней работать. Файл не изменён; установите новую "
            "версию cxdesk."
        )
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


def _run_upgrade(db_path: Path, script_location: Path | None) -> None:
    from alembic import command

    engine = create_sqlite_engine(db_path, foreign_keys=False)
    try:
        with engine.connect() as connection, connection.begin():
            cfg = alembic_config(script_location)
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "heads")
            violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if violations:
                raise MigrationError(f"нарушены ссылки между таблицами: {violations[:5]}")
    finally:
        engine.dispose()
