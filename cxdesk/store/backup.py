"""Backups and checks through SQLite's own API: online backup, restore, integrity check."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path


class NotADatabaseError(Exception):
    """The file is not a readable SQLite database."""


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=rw", uri=True, isolation_level=None)


def backup_file(source: Path, destination: Path) -> Path:
    """Copy a live database (WAL included) into ``destination`` with the backup API."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_name(destination.name + ".part")
    tmp.unlink(missing_ok=True)
    with contextlib.closing(_connect(source)) as src, contextlib.closing(sqlite3.connect(tmp)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    problems = integrity_problems(tmp)
    if problems:
        tmp.unlink(missing_ok=True)
        raise NotADatabaseError("; ".join(problems))
    tmp.replace(destination)
    return destination


def restore_file(db_path: Path, source: Path) -> None:
    """Replace the contents of ``db_path`` by ``source`` through the backup API."""
    problems = integrity_problems(source)
    if problems:
        raise NotADatabaseError("; ".join(problems))
    with contextlib.closing(_connect(source)) as src, contextlib.closing(sqlite3.connect(db_path)) as dst:
        src.backup(dst)


def integrity_problems(path: Path) -> list[str]:
    """``integrity_check`` and ``foreign_key_check`` findings; empty when the file is sound."""
    try:
        with contextlib.closing(_connect(path)) as conn:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            problems = [] if rows == ["ok"] else rows
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table} rowid={rowid}: нет записи в {parent}")
            return problems
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(str(exc)) from exc


def timestamped_name(db_path: Path, label: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return f"{db_path.stem}-{label}-{stamp}.db"


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def set_aside(db_path: Path, label: str) -> Path:
    """Back the current database up next to it before something replaces it."""
    return backup_file(db_path, backups_dir(db_path) / timestamped_name(db_path, label))


def remove_sidecars(db_path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)


def copy_plain(source: Path, destination: Path) -> None:
    shutil.copyfile(source, destination)
