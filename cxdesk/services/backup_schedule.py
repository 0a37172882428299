"""Automatic backups: when the program closes and every few hours of changed data, each verified
right after it is written, kept on a thinning schedule.

Copies live in ``backups/`` beside the database (where a damaged database finds them). The
schedule is data (:class:`Schedule`, stored as JSON in ``local_setting``): how often and how many
copies to keep — every copy of the last day, the newest of each day for a week, of
each ISO week for about two months and of each month for a year. Only automatic copies
(label ``auto``) are thinned; copies made by hand, before a restore or before a schema upgrade
are never removed by the program. A copy is made only when the data changed since the newest
automatic copy: the change log and the audit log (without session events such as log-in and
log-out) have not grown.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ServiceError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store import backup as store_backup
from cxdesk.store.database import Database
from cxdesk.store.models import LocalSetting

AUTO = "auto"
SETTINGS_KEY = "backup.schedule"
REASONS = {"close": "при закрытии программы", "interval": "по расписанию", "manual": "по команде"}
SESSION_ACTIONS = ("login", "logout", "lock", "idle_lock", "unlock", "backup.auto")


@dataclass(frozen=True)
class Schedule:
    interval_hours: float = 4.0
    on_close: bool = True
    keep_all_hours: int = 24
    daily_days: int = 7
    weekly_weeks: int = 9
    monthly_months: int = 12

    def validate(self) -> None:
        if not 0.5 <= self.interval_hours <= 168:
            raise ValidationError("Интервал автоматических копий: от 0,5 до 168 часов. Настройки не изменены.")
        for name in ("keep_all_hours", "daily_days", "weekly_weeks", "monthly_months"):
            if not 0 <= getattr(self, name) <= 1000:
                raise ValidationError("Сроки хранения копий: от 0 до 1000. Настройки не изменены.")


@dataclass(frozen=True)
class BackupCopy:
    path: Path
    label: str  # auto | manual | before-restore | before-<revision> | damaged …
    taken_at: datetime  # UTC
    size: int

    @property
    def automatic(self) -> bool:
        return self.label == AUTO

    @property
    def kind(self) -> str:
        return kind_title(self.label)


def kind_title(label: str) -> str:
    """Russian name of a kind of copy, from the label in its file name."""
    if label == AUTO:
        return "автоматическая"
    if label == "before-restore":
        return "перед восстановлением"
    if label == "damaged":
        return "повреждённая база, отложенная при восстановлении"
    if label.startswith("before-"):
        return f"перед обновлением структуры до {label.removeprefix('before-')}"
    return label


@dataclass(frozen=True)
class AutoBackup:
    path: Path
    reason: str
    tables: int
    rows: int
    removed: list[Path] = field(default_factory=list)


def get_schedule(db: Database) -> Schedule:
    with db.uow() as uow:
        row = uow.session.get(LocalSetting, SETTINGS_KEY)
        stored = json.loads(row.value) if row else {}
    known = {k: v for k, v in stored.items() if k in Schedule.__dataclass_fields__}
    return Schedule(**known)


def set_schedule(db: Database, actor: Actor, schedule: Schedule) -> Schedule:
    require(db, actor, Action.SETTINGS_MANAGE)
    schedule.validate()
    value = json.dumps(asdict(schedule), ensure_ascii=False, sort_keys=True)
    with db.uow() as uow:
        row = uow.session.get(LocalSetting, SETTINGS_KEY)
        if row is None:
            uow.session.add(LocalSetting(key=SETTINGS_KEY, value=value))
        else:
            row.value = value
        audit.append(uow.session, actor, "settings.backup_schedule", office=db.office_code,
                     details=asdict(schedule))
        uow.commit()
    return schedule


def list_copies(db_path: Path, folder: Path | None = None) -> list[BackupCopy]:
    """Every copy of this database in the folder, newest first."""
    db_path = Path(db_path)
    folder = folder or store_backup.backups_dir(db_path)
    copies = []
    for path in folder.glob(f"{db_path.stem}-*.db") if folder.is_dir() else ():
        parsed = store_backup.parse_name(db_path, path.name)
        if parsed is not None:
            copies.append(BackupCopy(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(copies, key=lambda c: (c.taken_at, c.path.name), reverse=True)


def fingerprint(path: Path) -> tuple[int, int]:
    """(newest change-log row, newest audit row that is not a session event) of a database file."""
    placeholders = ",".join("?" * len(SESSION_ACTIONS))
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        change = conn.execute("SELECT max(seq) FROM change_log").fetchone()[0] or 0
        row = conn.execute(
            f"SELECT seq FROM audit_log WHERE action NOT IN ({placeholders}) ORDER BY seq DESC LIMIT 1",
            SESSION_ACTIONS,
        ).fetchone()
    return change, row[0] if row else 0


def changed_since(db_path: Path, copy: BackupCopy | None) -> bool:
    if copy is None:
        return True
    try:
        return fingerprint(db_path) != fingerprint(copy.path)
    except sqlite3.DatabaseError:
        return True  # an unreadable copy does not count as a backup


SERVER_BACKUPS = ("База данных {where} находится на сервере PostgreSQL: её резервные копии делает администратор "
                  "сервера (pg_dump), программа копий не создаёт. Ничего не изменено.")


def is_due(db: Database, reason: str, now: datetime | None = None, schedule: Schedule | None = None) -> bool:
    """Whether an automatic copy should be made now (``close`` or ``interval``); never for a database on a
    PostgreSQL server, which its administrator copies with the server's own tools."""
    if not db.is_sqlite:
        return False
    schedule = schedule or get_schedule(db)
    now = now or datetime.now(UTC)
    if reason == "close" and not schedule.on_close:
        return False
    newest = next((c for c in list_copies(db.path) if c.automatic), None)
    if reason == "interval" and newest is not None and now - newest.taken_at < timedelta(
        hours=schedule.interval_hours
    ):
        return False
    return changed_since(db.path, newest)


def run_automatic(
    db: Database, actor: Actor, reason: str, now: datetime | None = None, *, force: bool = False
) -> AutoBackup | None:
    """Make, verify and audit an automatic copy if one is due; then thin the folder.

    Automatic copies are part of looking after the file, so no permission is needed; they are
    audited under the user whose session made them. None: nothing changed, no copy was needed.
    """
    if not db.is_sqlite:  # the server's administrator copies a server database
        return None
    schedule = get_schedule(db)
    now = now or datetime.now(UTC)
    if not force and not is_due(db, reason, now, schedule):
        return None
    folder = store_backup.backups_dir(db.path)
    folder.mkdir(parents=True, exist_ok=True)
    needed, free = db.path.stat().st_size * 1.2, shutil.disk_usage(folder).free
    if free < needed:
        raise ServiceError(
            f"Автоматическая резервная копия не создана: на диске с папкой {folder} свободно "
            f"{free // 1_048_576} МБ, а нужно около {int(needed) // 1_048_576} МБ. База данных не изменена; "
            "освободите место или перенесите старые копии на другой диск.",
        )
    target = folder / store_backup.timestamped_name(db.path, AUTO, now)
    try:
        copy = store_backup.backup_verified(db.path, target)
    except (OSError, store_backup.NotADatabaseError) as exc:
        raise ServiceError(
            f"Автоматическая резервная копия не создана ({exc}). База данных не изменена; проверьте "
            f"свободное место и доступ к папке {folder} или сделайте копию вручную.",
        ) from exc
    removed = thin(db.path, now, schedule)
    audit.append_now(db, actor, "backup.auto", details={
        "to": str(target), "reason": reason, "rows": copy.rows, "removed": [p.name for p in removed],
    })
    return AutoBackup(target, reason, len(copy.counts), copy.rows, removed)


def plan_thinning(copies: list[BackupCopy], now: datetime, schedule: Schedule) -> list[BackupCopy]:
    """The automatic copies the schedule no longer keeps (the newest one is always kept)."""
    auto = sorted((c for c in copies if c.automatic), key=lambda c: c.taken_at, reverse=True)
    keep: set[Path] = {auto[0].path} if auto else set()
    buckets: set[tuple] = set()
    for copy in auto:  # newest first: the first copy seen in a bucket is the one kept
        age = now - copy.taken_at
        day = copy.taken_at.date()
        if age <= timedelta(hours=schedule.keep_all_hours):
            keep.add(copy.path)
            continue
        for kind, span, bucket in (
            ("day", timedelta(days=schedule.daily_days), day),
            ("week", timedelta(weeks=schedule.weekly_weeks), tuple(day.isocalendar())[:2]),
            ("month", timedelta(days=31 * schedule.monthly_months), (day.year, day.month)),
        ):
            if age <= span and (kind, bucket) not in buckets:
                buckets.add((kind, bucket))
                keep.add(copy.path)
    return [c for c in auto if c.path not in keep]


def thin(db_path: Path, now: datetime, schedule: Schedule) -> list[Path]:
    removed = []
    for copy in plan_thinning(list_copies(db_path), now, schedule):
        with contextlib.suppress(OSError):
            copy.path.unlink()
            removed.append(copy.path)
    return removed


def newest_good_copy(db_path: Path) -> BackupCopy | None:
    """The newest copy that passes SQLite's integrity check (damaged files set aside are skipped)."""
    for copy in list_copies(db_path):
        if copy.label == "damaged":
            continue
        try:
            if not store_backup.integrity_problems(copy.path):
                return copy
        except store_backup.NotADatabaseError:
            continue
    return None
