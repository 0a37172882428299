"""Verified copies through the backup API and the quick check at start."""

from __future__ import annotations

import contextlib
import sqlite3

from cxdesk.store import backup as store_backup
from tests import backends

pytestmark = backends.sqlite_only  # verified copies and checks of the SQLite file itself


def test_a_copy_is_checked_row_by_row_against_the_source_snapshot(db, tmp_path):
    copy = store_backup.backup_verified(db.path, tmp_path / "copy.db")
    assert copy.counts["app_user"] == 1 and copy.counts["audit_log"] >= 1
    assert store_backup.verification_problems(copy.path, copy.counts) == []
    with contextlib.closing(sqlite3.connect(copy.path)) as conn:
        conn.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
        conn.commit()
    problems = store_backup.verification_problems(copy.path, copy.counts)
    assert len(problems) == 1 and problems[0].startswith("таблица audit_log")


def test_a_copy_that_fails_verification_is_not_left_behind(db, tmp_path, monkeypatch):
    monkeypatch.setattr(store_backup, "verification_problems", lambda _copy, _counts: ["таблица x: 1 ≠ 0"])
    target = tmp_path / "copy.db"
    try:
        store_backup.backup_verified(db.path, target)
        raise AssertionError("an unverified copy must be refused")
    except store_backup.NotADatabaseError as exc:
        assert "таблица x" in str(exc)
    assert list(tmp_path.glob("copy.db*")) == []


def test_quick_check_finds_a_truncated_or_foreign_file(db, tmp_path):
    assert store_backup.quick_problems(db.path) == []
    assert store_backup.quick_problems(db.path, full_check_bytes=0) == []  # the sampling path
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(db.path.read_bytes()[:6000])
    assert store_backup.quick_problems(truncated)
    assert store_backup.quick_problems(truncated, full_check_bytes=0)
    text = tmp_path / "notes.db"
    text.write_text("Это не база данных", encoding="utf-8")
    assert "не является базой данных" in store_backup.quick_problems(text)[0]


def test_quick_check_finds_a_damaged_page(db, tmp_path):
    db.close()
    data = bytearray(db.path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 3, len(data), page):  # every page after the first three: garbage
        data[offset : offset + 64] = b"\xff" * 64
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(bytes(data))
    assert store_backup.quick_problems(damaged)


def test_copies_are_named_and_parsed_back(tmp_path):
    db_path = tmp_path / "office.db"
    name = store_backup.timestamped_name(db_path, "before-f002+j001")
    label, at = store_backup.parse_name(db_path, name)
    assert label == "before-f002+j001" and at.tzinfo is not None
    assert store_backup.parse_name(tmp_path / "other.db", name) is None
