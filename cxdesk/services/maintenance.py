"""Backup, restore and integrity checks of the database file, audited.

Every copy is verified right after it is written (integrity check and the row count of every
table against the source snapshot); a restore keeps the database it replaces aside first.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cxdesk.services import audit, backup_schedule
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ServiceError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store import backup as store_backup
from cxdesk.store import migrate
from cxdesk.store.database import Database


def backup(db: Database, actor: Actor, destination: Path) -> Path:
    """Write a verified copy of the live database to ``destination``."""
    require(db, actor, Action.BACKUP_RUN)
    if not db.is_sqlite:
        raise ServiceError(backup_schedule.SERVER_BACKUPS.format(where=db.display()))
    destination = Path(destination)
    if destination.resolve() == db.path.resolve():
        raise ServiceError("Резервную копию нельзя записать поверх самой базы данных. Укажите другой файл.")
    try:
        store_backup.backup_file(db.path, destination)
    except (OSError, store_backup.NotADatabaseError) as exc:
        raise ServiceError(
            f"Не удалось создать резервную копию {destination}: {exc}. База данных не изменена.",
        ) from exc
    audit.append_now(db, actor, "backup", details={"to": str(destination)})
    return destination


def integrity(db_path: Path) -> list[str]:
    """Findings of SQLite's integrity and foreign-key checks (empty list: the file is sound)."""
    try:
        return store_backup.integrity_problems(Path(db_path))
    except store_backup.NotADatabaseError as exc:
        return [f"Файл не читается как база данных: {exc}"]


def quick_check(db_path: Path) -> list[str]:
    """The check at every start: header, schema, first and last rows (a full check for small files)."""
    return store_backup.quick_problems(Path(db_path))


def _keep_aside(db_path: Path) -> Path:
    """Keep the database a restore replaces: a verified copy, or the raw file if it is damaged."""
    try:
        return store_backup.set_aside(db_path, "before-restore")
    except (store_backup.NotADatabaseError, sqlite3.DatabaseError):
        target = store_backup.backups_dir(db_path) / store_backup.timestamped_name(db_path, "damaged")
        target.parent.mkdir(parents=True, exist_ok=True)
        store_backup.copy_plain(db_path, target)
        store_backup.remove_sidecars(db_path)
        db_path.unlink()
        return target


def restore(db_path: Path, source: Path, actor: Actor) -> Path | None:
    """Replace the database by a backup; the current file is kept aside first. Returns that copy.

    The caller must have closed every connection to ``db_path``.
    """
    db_path, source = Path(db_path), Path(source)
    if not source.exists():
        raise ServiceError(f"Файл резервной копии {source} не найден. База данных не изменена.")
    problems = integrity(source)
    if problems:
        raise ServiceError(
            f"Файл {source} повреждён или не является базой данных: {problems[0]}. База данных не изменена."
        )
    try:
        migrate.current_revision(source)
    except migrate.MigrationError as exc:
        raise ServiceError(str(exc)) from exc
    aside = _keep_aside(db_path) if db_path.exists() else None
    store_backup.restore_file(db_path, source)
    try:
        migrate.upgrade(db_path)
    except migrate.MigrationError:
        if aside is not None:
            store_backup.restore_file(db_path, aside)
        raise
    db = Database(db_path)
    try:
        audit.append_now(db, actor, "restore", details={"from": str(source), "kept_aside": str(aside or "")})
    finally:
        db.close()
    return aside
