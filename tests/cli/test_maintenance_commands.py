"""``cxdesk audit``, ``backup``, ``restore`` and ``integrity``."""

from __future__ import annotations

import contextlib
import json
import sqlite3

from tests.cli.conftest import init_args


def _execute(path, sql, *params):
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(sql, params)
        conn.commit()


def _logins(run, db_file) -> set[str]:
    result = run("users", "list", "--db", db_file, "--json")
    assert result.code == 0, result.text
    return {u["login"] for u in json.loads(result.out)}


def _add_user(run, db_file, monkeypatch, login):
    monkeypatch.setenv("CXDESK_PASSWORD", "Some-pass-42")
    result = run("users", "add", "--db", db_file, login, "--name", "Козлова Ирина Сергеевна", "--role", "reader")
    assert result.code == 0, result.text


def test_audit_verify_intact_then_tampered(db_file, run, monkeypatch):
    _add_user(run, db_file, monkeypatch, "kozlova")
    _add_user(run, db_file, monkeypatch, "kozlov")
    with contextlib.closing(sqlite3.connect(db_file)) as conn:
        rows = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    result = run("audit", "verify", "--db", db_file)
    assert result.code == 0, result.text
    assert f"проверено записей — {rows}" in result.out and "не нарушена" in result.out
    data = json.loads(run("audit", "verify", "--db", db_file, "--json").out)
    assert data["ok"] is True and data["rows"] == rows and data["problems"] == []

    _execute(db_file, "UPDATE audit_log SET details = ? WHERE seq = 2", '{"login": "someone-else"}')

    result = run("audit", "verify", "--db", db_file)
    assert result.code == 1
    assert "Запись № 2" in result.out and "изменено" in result.out
    assert "Запись № 3" not in result.out  # the following row's link is intact; only row 2 was edited
    assert "нарушена" in result.err
    data = json.loads(run("audit", "verify", "--db", db_file, "--json").out)
    assert data["ok"] is False and any("№ 2" in p for p in data["problems"])


def test_audit_verify_finds_a_deleted_last_row(db_file, run, monkeypatch):
    _add_user(run, db_file, monkeypatch, "kozlova")
    _execute(db_file, "DELETE FROM audit_log WHERE seq = 2")
    result = run("audit", "verify", "--db", db_file)
    assert result.code == 1
    assert "№ 2" in result.out


def test_audit_show(db_file, run):
    result = run("audit", "show", "--db", db_file)
    assert result.code == 0
    assert "installation.init" in result.out and "ivanova" in result.out


def test_backup_then_restore_round_trip(db_file, tmp_path, run, monkeypatch):
    copy = tmp_path / "copies" / "office-copy.db"
    result = run("backup", "--db", db_file, "--to", copy)
    assert result.code == 0, result.text
    assert copy.exists() and str(copy) in result.out

    _add_user(run, db_file, monkeypatch, "after.backup")
    assert "after.backup" in _logins(run, db_file)

    result = run("restore", "--db", db_file, "--from", copy, "--yes")
    assert result.code == 0, result.text
    assert "after.backup" not in _logins(run, db_file)
    assert run("audit", "verify", "--db", db_file).code == 0

    kept = list((db_file.parent / "backups").glob("office-before-restore-*.db"))
    assert len(kept) == 1
    assert str(kept[0]) in result.out
    with contextlib.closing(sqlite3.connect(kept[0])) as conn:
        kept_logins = {r[0] for r in conn.execute("SELECT login FROM app_user")}
    assert "after.backup" in kept_logins


def test_backup_refuses_to_overwrite_without_force(db_file, tmp_path, run):
    copy = tmp_path / "copy.db"
    copy.write_bytes(b"precious")
    result = run("backup", "--db", db_file, "--to", copy)
    assert result.code == 2 and "--force" in result.err
    assert copy.read_bytes() == b"precious"
    assert run("backup", "--db", db_file, "--to", copy, "--force").code == 0
    assert run("integrity", "--db", copy).code == 0


def test_restore_asks_for_confirmation(db_file, tmp_path, run, monkeypatch):
    copy = tmp_path / "copy.db"
    assert run("backup", "--db", db_file, "--to", copy).code == 0
    _add_user(run, db_file, monkeypatch, "kept")

    result = run("restore", "--db", db_file, "--from", copy)  # no terminal, no --yes
    assert result.code == 2 and "--yes" in result.err

    monkeypatch.setattr("cxdesk.commands.common.is_interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt="": "нет")
    result = run("restore", "--db", db_file, "--from", copy)
    assert result.code == 2 and "отменено" in result.err
    assert "kept" in _logins(run, db_file)

    monkeypatch.setattr("builtins.input", lambda prompt="": "да")
    result = run("restore", "--db", db_file, "--from", copy)
    assert result.code == 0, result.text
    assert "kept" not in _logins(run, db_file)


def test_restore_refuses_a_damaged_backup(db_file, tmp_path, run):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00garbage" * 500)
    before = db_file.read_bytes()
    result = run("restore", "--db", db_file, "--from", garbage, "--yes")
    assert result.code == 2 and "не изменена" in result.err
    assert db_file.read_bytes() == before
    result = run("restore", "--db", db_file, "--from", tmp_path / "absent.db", "--yes")
    assert result.code == 2 and "не найден" in result.err


def test_integrity_good_and_garbage(db_file, tmp_path, run):
    result = run("integrity", "--db", db_file)
    assert result.code == 0, result.text
    assert "ошибок не найдено" in result.out
    data = json.loads(run("integrity", "--db", db_file, "--json").out)
    assert data["ok"] is True and data["problems"] == []

    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all " * 300)
    result = run("integrity", "--db", garbage)
    assert result.code == 1
    assert "не читается как база данных" in result.out
    assert "повреждён" in result.err
    data = json.loads(run("integrity", "--db", garbage, "--json").out)
    assert data["ok"] is False and data["problems"]


def test_integrity_in_a_fresh_process(tmp_path, run_process):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"junk" * 1000)
    result = run_process("integrity", "--db", garbage)
    assert result.code == 1
    assert "повреждён" in result.err


def test_full_round_trip_in_a_fresh_process(tmp_path, run_process):
    """init → backup → add a user → restore, each in its own interpreter, as an administrator would."""
    db_file = tmp_path / "proc.db"
    copy = tmp_path / "proc-copy.db"
    assert run_process(*init_args(db_file), env={"CXDESK_ADMIN_PASSWORD": "Admin-pass-1"}).code == 0
    assert run_process("backup", "--db", db_file, "--to", copy).code == 0
    result = run_process("users", "add", "--db", db_file, "late", "--name", "Поздняя Вера Петровна",
                         "--role", "reader", env={"CXDESK_PASSWORD": "Late-pass-1"})
    assert result.code == 0, result.text
    result = run_process("restore", "--db", db_file, "--from", copy, "--yes")
    assert result.code == 0, result.text
    assert "Прежняя база данных сохранена" in result.out
    users = json.loads(run_process("users", "list", "--db", db_file, "--json").out)
    assert [u["login"] for u in users] == ["ivanova"]
