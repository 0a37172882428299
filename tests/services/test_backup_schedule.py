"""Automatic backups: made only when data changed, verified, thinned by the schedule; restore."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cxdesk.services import backup_schedule, maintenance, users
from cxdesk.services.actor import Actor
from cxdesk.services.backup_schedule import BackupCopy, Schedule
from cxdesk.services.errors import ValidationError
from cxdesk.store import backup as store_backup
from cxdesk.store.database import Database
from tests import backends

pytestmark = backends.sqlite_only  # copies of the SQLite file; a server database is backed up with pg_dump

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def _rows(path: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_an_automatic_copy_is_verified_and_made_again_only_after_a_change(db, admin):
    made = backup_schedule.run_automatic(db, admin, "close", NOW)
    assert made is not None and made.path.parent == db.path.parent / "backups"
    assert store_backup.integrity_problems(made.path) == []
    assert _rows(made.path, "app_user") == _rows(db.path, "app_user") and made.rows > 0
    # nothing changed (the audit row of the copy itself does not count): no second copy
    assert backup_schedule.run_automatic(db, admin, "close", NOW + timedelta(minutes=5)) is None
    users.add_user(db, admin, "kozlova", "Козлова Ирина Сергеевна", "reader", "Kozlova-2024")
    # changed, but the interval has not passed: the timer waits, closing the program does not
    assert backup_schedule.run_automatic(db, admin, "interval", NOW + timedelta(hours=1)) is None
    later = backup_schedule.run_automatic(db, admin, "close", NOW + timedelta(hours=1))
    assert later is not None and _rows(later.path, "app_user") == _rows(db.path, "app_user")
    users.add_user(db, admin, "petrov", "Петров Олег Ильич", "reader", "Petrov-2024")
    assert backup_schedule.run_automatic(db, admin, "interval", NOW + timedelta(hours=6)) is not None
    assert [c.label for c in backup_schedule.list_copies(db.path)] == ["auto"] * 3


def test_closing_without_changes_after_login_and_logout_makes_no_copy(db, admin):
    from cxdesk.services import auth

    assert backup_schedule.run_automatic(db, admin, "close", NOW) is not None
    auth.log_event(db, admin, "logout")
    auth.authenticate(db, "admin", "Admin-2024")
    assert backup_schedule.run_automatic(db, admin, "close", NOW + timedelta(hours=9)) is None


def test_no_copy_on_close_when_the_schedule_says_so(db, admin):
    backup_schedule.set_schedule(db, admin, Schedule(on_close=False, interval_hours=2))
    assert backup_schedule.get_schedule(db) == Schedule(on_close=False, interval_hours=2)
    assert backup_schedule.run_automatic(db, admin, "close", NOW) is None
    assert backup_schedule.run_automatic(db, admin, "interval", NOW) is not None
    with pytest.raises(ValidationError):
        backup_schedule.set_schedule(db, admin, Schedule(interval_hours=0))


def _copy(at: datetime, label: str = "auto") -> BackupCopy:
    return BackupCopy(Path(f"office-{label}-{at:%Y%m%d-%H%M%S}.db"), label, at, 1)


def test_thinning_keeps_a_day_then_daily_weekly_and_monthly_copies():
    copies = [_copy(NOW - timedelta(hours=6 * i)) for i in range(4 * 400)]  # every 6 hours for 400 days
    copies.append(_copy(NOW - timedelta(days=300), "before-restore"))
    removed = {c.path for c in backup_schedule.plan_thinning(copies, NOW, Schedule())}
    kept = sorted((c for c in copies if c.path not in removed), key=lambda c: c.taken_at, reverse=True)
    ages = [NOW - c.taken_at for c in kept if c.automatic]
    assert sum(a <= timedelta(hours=24) for a in ages) == 5  # every copy of the last day
    daily = [c.taken_at for c in kept if c.automatic and timedelta(hours=24) < NOW - c.taken_at <= timedelta(days=7)]
    assert len({at.date() for at in daily}) == len(daily) == 7  # one for each of the seven days before
    def week(c):
        return tuple(c.taken_at.isocalendar())[:2]

    def month(c):
        return c.taken_at.year, c.taken_at.month

    def within(c, low, high):
        return c.automatic and low < NOW - c.taken_at <= high

    # every week of the last two months and every month of the year still has a copy
    weeks, months, none = timedelta(weeks=9), timedelta(days=31 * 12), timedelta(0)
    assert {week(c) for c in kept if within(c, none, weeks)} == {week(c) for c in copies if within(c, none, weeks)}
    assert {month(c) for c in kept if within(c, none, months)} == {
        month(c) for c in copies if within(c, none, months)
    }
    assert max(NOW - c.taken_at for c in kept if c.automatic) <= timedelta(days=31 * 12)
    assert all(c.automatic for c in copies if c.path in removed), "copies made otherwise are never thinned"
    assert len(kept) < 45


def test_thinning_removes_files_from_the_backup_folder(db, admin):
    folder = db.path.parent / "backups"
    folder.mkdir()
    old = [folder / store_backup.timestamped_name(db.path, "auto", NOW - timedelta(days=d, hours=h))
           for d in (2, 3) for h in (1, 2)]
    manual = folder / store_backup.timestamped_name(db.path, "before-restore", NOW - timedelta(days=3))
    for path in [*old, manual]:
        path.write_bytes(b"")
    made = backup_schedule.run_automatic(db, admin, "close", NOW)
    assert sorted(made.removed) == sorted([old[1], old[3]])  # the older copy of each day
    assert manual.exists() and old[0].exists() and old[2].exists()


def test_the_newest_good_copy_skips_a_damaged_one(db, admin):
    first = backup_schedule.run_automatic(db, admin, "close", NOW)
    users.add_user(db, admin, "kozlova", "Козлова Ирина Сергеевна", "reader", "Kozlova-2024")
    second = backup_schedule.run_automatic(db, admin, "close", NOW + timedelta(hours=1))
    assert backup_schedule.newest_good_copy(db.path).path == second.path
    second.path.write_bytes(second.path.read_bytes()[:5000])
    assert backup_schedule.newest_good_copy(db.path).path == first.path


def test_restore_from_the_newest_good_copy_keeps_the_current_file_aside(db, admin):
    backup_schedule.run_automatic(db, admin, "close", NOW)
    users.add_user(db, admin, "after", "Сотрудник После Копии", "reader", "After-2024")
    db.close()
    newest = backup_schedule.newest_good_copy(db.path)
    aside = maintenance.restore(db.path, newest.path, Actor.command_line())
    assert aside is not None and "before-restore" in aside.name
    restored = Database(db.path)
    try:
        assert "after" not in {u.login for u in users.list_users(restored, admin)}
    finally:
        restored.close()
    assert _rows(aside, "app_user") == _rows(newest.path, "app_user") + 1


def test_a_full_disk_is_reported_and_nothing_is_written(db, admin, monkeypatch):
    import shutil as shutil_module

    from cxdesk.services.errors import ServiceError

    usage = shutil_module.disk_usage(db.path.parent)
    monkeypatch.setattr(shutil_module, "disk_usage", lambda _p: usage._replace(free=1000))
    with pytest.raises(ServiceError, match="свободно 0 МБ"):
        backup_schedule.run_automatic(db, admin, "close", NOW)
    assert backup_schedule.list_copies(db.path) == []
