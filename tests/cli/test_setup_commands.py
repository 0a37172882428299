"""``cxdesk init``, ``info``, ``--version``, help and the common refusals of every command."""

from __future__ import annotations

import json
import sqlite3

import pytest

from cxdesk import __version__
from tests.cli.conftest import ADMIN_PASSWORD, init_args


def test_init_then_info_json_shows_office_and_counts(tmp_path, run, monkeypatch):
    path = tmp_path / "new.db"
    monkeypatch.setenv("CXDESK_ADMIN_PASSWORD", ADMIN_PASSWORD)
    result = run(*init_args(path, code="tc07"))
    assert result.code == 0, result.text
    assert "TC07" in result.out and "ivanova" in result.out

    result = run("info", "--db", path, "--json")
    assert result.code == 0, result.text
    data = json.loads(result.out)
    assert data["office"]["code"] == "TC07"
    assert data["office"]["name"] == "ТЦЗН по г. Заречный"
    assert data["office"]["kind"] == "tczn"
    assert data["office"]["region"] == "Энская область"
    assert data["schema_revision"]
    assert data["counts"]["app_user"] == 1
    assert data["counts"]["office"] == 1
    assert data["counts"]["audit_log"] >= 1
    # a new database comes with the reference library of typical profiles and journeys (R1, R2)
    assert data["counts"]["profile"] >= 12 and data["counts"]["journey"] >= 12


def test_info_human_readable_is_russian_table(db_file, run):
    result = run("info", "--db", db_file)
    assert result.code == 0
    assert "Ревизия схемы" in result.out
    assert "TC01 — ТЦЗН по г. Заречный (ТЦЗН)" in result.out
    assert "Пользователи" in result.out and "Журнал аудита" in result.out


def test_global_db_option_before_the_command_is_used(db_file, run):
    result = run("--db", db_file, "info", "--json")
    assert result.code == 0, result.text
    assert json.loads(result.out)["office"]["code"] == "TC01"


def test_init_refuses_an_already_set_up_database(db_file, run, monkeypatch):
    monkeypatch.setenv("CXDESK_ADMIN_PASSWORD", ADMIN_PASSWORD)
    result = run(*init_args(db_file, code="TC99", admin="other"))
    assert result.code == 2
    assert "уже настроена" in result.err
    info = json.loads(run("info", "--db", db_file, "--json").out)
    assert info["office"]["code"] == "TC01" and info["counts"]["app_user"] == 1


def test_init_with_invalid_office_code_leaves_no_file(tmp_path, run, monkeypatch):
    path = tmp_path / "bad.db"
    monkeypatch.setenv("CXDESK_ADMIN_PASSWORD", ADMIN_PASSWORD)
    result = run(*init_args(path, code="ТЦ 1"))
    assert result.code == 2
    assert "Код центра" in result.err
    assert not path.exists()


def test_init_refuses_weak_password_and_missing_password(tmp_path, run, monkeypatch):
    path = tmp_path / "weak.db"
    result = run(*init_args(path))  # no env variable, no terminal
    assert result.code == 2 and "CXDESK_ADMIN_PASSWORD" in result.err
    monkeypatch.setenv("CXDESK_ADMIN_PASSWORD", "short")
    result = run(*init_args(path))
    assert result.code == 2 and "Пароль слишком короткий" in result.err
    assert not path.exists()


@pytest.mark.parametrize(
    "command",
    [
        ["info"], ["users", "list"], ["users", "disable", "x"], ["audit", "verify"], ["audit", "show"],
        ["backup", "--to", "copy.db"], ["integrity"],
    ],
)
def test_missing_database_file_is_refused_in_russian(tmp_path, run, command):
    missing = tmp_path / "missing.db"
    result = run(*command, "--db", missing)
    assert result.code == 2
    assert "не найден" in result.err and str(missing) in result.err
    assert not missing.exists()


def test_a_file_that_is_not_a_database_is_refused(tmp_path, run):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not sqlite" * 100)
    result = run("info", "--db", garbage)
    assert result.code == 2
    assert "не читается как база данных" in result.err
    assert garbage.read_bytes() == b"this is not sqlite" * 100


def test_a_foreign_sqlite_database_is_refused(tmp_path, run):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")
    result = run("users", "list", "--db", other)
    assert result.code == 2
    assert "не является базой данных cxdesk" in result.err


def test_version_and_help(run):
    result = run("--version")
    assert result.code == 0 and result.out.strip() == f"cxdesk {__version__}"
    result = run("--help")
    assert result.code == 0
    assert "Использование: cxdesk" in result.out and "показать эту справку" in result.out
    result = run("users", "add", "--help")
    assert result.code == 0 and "--role РОЛЬ" in result.out


def test_usage_errors_are_russian_with_exit_code_2(run):
    result = run("users", "add", "petrov")
    assert result.code == 2
    assert "не заданы обязательные аргументы" in result.err
    result = run("no-such-command")
    assert result.code == 2 and "недопустимое значение" in result.err


def test_keyboard_interrupt_exits_130(db_file, run, monkeypatch):
    def interrupted(_db):
        raise KeyboardInterrupt

    monkeypatch.setattr("cxdesk.services.info.database_info", interrupted)
    result = run("info", "--db", db_file)
    assert result.code == 130
    assert "Прервано" in result.err


# End to end, in a fresh interpreter


def test_process_version(run_process):
    result = run_process("--version")
    assert result.code == 0
    assert result.out.strip() == f"cxdesk {__version__}"


def test_process_init_info_and_missing_file(tmp_path, run_process):
    path = tmp_path / "proc.db"
    result = run_process(*init_args(path), env={"CXDESK_ADMIN_PASSWORD": ADMIN_PASSWORD})
    assert result.code == 0, result.text
    result = run_process("info", "--db", path, "--json")
    assert result.code == 0, result.text
    assert json.loads(result.out)["counts"]["app_user"] == 1
    result = run_process("info", "--db", tmp_path / "nope.db")
    assert result.code == 2
    assert "Файл базы данных" in result.err and "не найден" in result.err
    assert result.out == ""
