"""Backup and restore through SQLite's backup API; integrity checks."""

from __future__ import annotations

from cxdesk.services import maintenance, users
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ServiceError
from cxdesk.store.database import Database
from tests import backends

pytestmark = backends.sqlite_only  # a server database is backed up with pg_dump, not by cxdesk


def _logins(db, admin):
    return {u.login for u in users.list_users(db, admin)}


def test_backup_then_restore_brings_back_the_earlier_state(db, admin, tmp_path):
    users.add_user(db, admin, "before", "Сотрудник До Копии", "reader", "Before-2024")
    copy = maintenance.backup(db, admin, tmp_path / "copy.db")
    users.add_user(db, admin, "after", "Сотрудник После Копии", "reader", "After-2024")
    db.close()
    aside = maintenance.restore(db.path, copy, Actor.command_line())
    restored = Database(db.path)
    try:
        assert {"before"} <= _logins(restored, admin) and "after" not in _logins(restored, admin)
    finally:
        restored.close()
    kept = Database(aside)
    try:
        assert "after" in _logins(kept, admin), "the database replaced by the restore is kept aside"
    finally:
        kept.close()


def test_integrity_of_good_and_broken_files(db, tmp_path):
    assert maintenance.integrity(db.path) == []
    broken = tmp_path / "broken.db"
    broken.write_bytes(db.path.read_bytes()[:3000])
    assert maintenance.integrity(broken)


def test_restore_refuses_a_broken_backup_and_keeps_the_database(db, admin, tmp_path):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    logins = _logins(db, admin)
    try:
        maintenance.restore(db.path, broken, Actor.command_line())
        raise AssertionError("restore of a broken file must fail")
    except ServiceError as error:
        assert "не изменена" in error.message
    assert _logins(db, admin) == logins


def test_restore_over_a_damaged_database_keeps_the_damaged_file(db, admin, tmp_path):
    copy = maintenance.backup(db, admin, tmp_path / "copy.db")
    db.close()
    damaged = b"SQLite format 3\x00" + bytes(range(256)) * 40
    db.path.write_bytes(damaged)
    aside = maintenance.restore(db.path, copy, Actor.command_line())
    assert aside.read_bytes() == damaged
    restored = Database(db.path)
    try:
        assert "admin" in _logins(restored, admin)
    finally:
        restored.close()
