"""Backups and checks through SQLite's own API: verified online backup, restore, integrity checks.

A backup is taken inside one read transaction of the source: the row count of every table is
read in that snapshot, the backup API copies the same snapshot, and the copy is accepted only
when its ``integrity_check`` and ``foreign_key_check`` are clean and every count matches.
Copies are named ``<stem>-<label>-<YYYYMMDD-HHMMSS>.db`` in ``backups/`` beside the database.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
FULL_QUICK_CHECK_BYTES = 64 * 1024 * 1024  # smaller files get a full quick_check at start
_STAMP = "%Y%m%d-%H%M%S"


class NotADatabaseError(Exception):
    """The file is not a readable SQLite database (or a copy of it failed verification)."""


@dataclass(frozen=True)
class VerifiedCopy:
    path: Path
    counts: dict[str, int]  # table → rows, equal in the source snapshot and in the copy

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=rw", uri=True, isolation_level=None)


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows of every table (FTS shadow tables included: they are part of what a restore needs)."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def backup_verified(source: Path, destination: Path) -> VerifiedCopy:
    """Copy a live database (WAL included) into ``destination`` and verify the copy."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_name(destination.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        with contextlib.closing(_connect(source)) as src, contextlib.closing(sqlite3.connect(tmp)) as dst:
            src.execute("BEGIN")  # one snapshot for the counts and the copy
            try:
                counts = table_counts(src)
                src.backup(dst)
            finally:
                src.execute("COMMIT")
            dst.execute("PRAGMA journal_mode=DELETE")
        problems = verification_problems(tmp, counts)
    except sqlite3.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        raise NotADatabaseError(str(exc)) from exc
    if problems:
        tmp.unlink(missing_ok=True)
        raise NotADatabaseError("; ".join(problems))
    tmp.replace(destination)
    return VerifiedCopy(destination, counts)


def backup_file(source: Path, destination: Path) -> Path:
    """:func:`backup_verified` for callers that only need the path."""
    return backup_verified(source, destination).path


def verification_problems(copy: Path, expected: dict[str, int]) -> list[str]:
    """Integrity findings of ``copy`` plus every table whose row count differs from ``expected``."""
    problems = integrity_problems(copy)
    if problems:
        return problems
    with contextlib.closing(_connect(copy)) as conn:
        found = table_counts(conn)
    for table in sorted(set(expected) | set(found)):
        if expected.get(table) != found.get(table):
            problems.append(f"таблица {table}: в базе {expected.get(table, 0)} строк, в копии {found.get(table, 0)}")
    return problems


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


def quick_problems(path: Path, full_check_bytes: int = FULL_QUICK_CHECK_BYTES) -> list[str]:
    """A check fast enough for every start: the header, the schema, the first and last rows of
    every table, and SQLite's ``quick_check`` when the file is small. Empty when nothing is wrong."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return [f"файл не читается: {exc}"]
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return ["файл не является базой данных SQLite (испорчен заголовок)"]
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or path.stat().st_size % page_size:
        return ["размер файла не соответствует размеру страницы: файл обрезан или испорчен"]
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            if path.stat().st_size <= full_check_bytes:
                rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
                return [] if rows == ["ok"] else rows
            for name, sql in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
            ).fetchall():
                if "WITHOUT ROWID" in sql.upper():
                    conn.execute(f'SELECT * FROM "{name}" LIMIT 1').fetchall()
                    continue
                conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid LIMIT 1').fetchall()
                conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid DESC LIMIT 1').fetchall()
    except sqlite3.DatabaseError as exc:
        return [f"база данных не читается: {exc}"]
    return []


def timestamped_name(db_path: Path, label: str, at: datetime | None = None) -> str:
    stamp = (at or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP)
    return f"{db_path.stem}-{label}-{stamp}.db"


def parse_name(db_path: Path, name: str) -> tuple[str, datetime] | None:
    """(label, time in UTC) of a copy named by :func:`timestamped_name` for ``db_path``, else None."""
    found = re.fullmatch(re.escape(db_path.stem) + r"-(?P<label>.+)-(?P<stamp>\d{8}-\d{6})\.db", name)
    if not found:
        return None
    try:
        at = datetime.strptime(found["stamp"], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return found["label"], at


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
