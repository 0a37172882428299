"""``cxdesk users …``: add, list, disable/enable, unlock after a lock-out, reset the password."""

from __future__ import annotations

import json

import pytest

from cxdesk.services import auth
from cxdesk.services.errors import AccountLockedError, AuthenticationError
from cxdesk.store.database import Database

PASSWORD = "Operator-2024"


def _users(run, db_file) -> dict[str, dict]:
    result = run("users", "list", "--db", db_file, "--json")
    assert result.code == 0, result.text
    return {u["login"]: u for u in json.loads(result.out)}


def _add(run, db_file, monkeypatch, login="petrova", role="operator", password=PASSWORD):
    monkeypatch.setenv("CXDESK_PASSWORD", password)
    return run("users", "add", "--db", db_file, login, "--name", "Петрова Мария Ивановна", "--role", role)


def _authenticate(db_file, login, password):
    db = Database(db_file)
    try:
        return auth.authenticate(db, login, password)
    finally:
        db.close()


def test_add_and_list(db_file, run, monkeypatch):
    result = _add(run, db_file, monkeypatch)
    assert result.code == 0, result.text
    assert "«petrova»" in result.out and "Оператор ввода" in result.out
    users = _users(run, db_file)
    assert set(users) == {"ivanova", "petrova"}
    assert users["petrova"] == {
        "login": "petrova", "full_name": "Петрова Мария Ивановна", "role": "operator",
        "role_title": "Оператор ввода", "active": True, "locked": False, "last_login_at": None,
    }
    assert _authenticate(db_file, "petrova", PASSWORD).login == "petrova"

    table = run("users", "list", "--db", db_file)
    assert table.code == 0
    assert "Петрова Мария Ивановна" in table.out and "активен" in table.out
    assert "Всего пользователей: 2." in table.out


def test_add_refuses_duplicate_login_bad_role_and_weak_password(db_file, run, monkeypatch):
    assert _add(run, db_file, monkeypatch).code == 0
    result = _add(run, db_file, monkeypatch, login="PETROVA")
    assert result.code == 2 and "уже существует" in result.err
    result = _add(run, db_file, monkeypatch, login="sidorov", role="boss")
    assert result.code == 2 and "недопустимое значение 'boss'" in result.err
    result = _add(run, db_file, monkeypatch, login="sidorov", password="12345678")
    assert result.code == 2 and "и буквы, и цифры" in result.err
    assert set(_users(run, db_file)) == {"ivanova", "petrova"}


def test_add_asks_the_password_twice_at_a_terminal(db_file, run, monkeypatch):
    monkeypatch.setattr("cxdesk.commands.common.is_interactive", lambda: True)
    answers = iter(["Typed-pass-1", "Typed-pass-2"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    result = run("users", "add", "--db", db_file, "orlov", "--name", "Орлов Олег Олегович", "--role", "reader")
    assert result.code == 2 and "не совпадают" in result.err
    assert "orlov" not in _users(run, db_file)

    answers = iter(["Typed-pass-1", "Typed-pass-1"])
    result = run("users", "add", "--db", db_file, "orlov", "--name", "Орлов Олег Олегович", "--role", "reader")
    assert result.code == 0, result.text
    assert _authenticate(db_file, "orlov", "Typed-pass-1").login == "orlov"


def test_add_without_password_source_is_refused(db_file, run):
    result = run("users", "add", "--db", db_file, "orlov", "--name", "Орлов Олег Олегович", "--role", "reader")
    assert result.code == 2 and "CXDESK_PASSWORD" in result.err


def test_disable_and_enable(db_file, run, monkeypatch):
    _add(run, db_file, monkeypatch)
    result = run("users", "disable", "--db", db_file, "petrova")
    assert result.code == 0 and "отключена" in result.out
    assert _users(run, db_file)["petrova"]["active"] is False
    with pytest.raises(AuthenticationError, match="отключена"):
        _authenticate(db_file, "petrova", PASSWORD)

    result = run("users", "enable", "--db", db_file, "petrova")
    assert result.code == 0 and "включена" in result.out
    assert _authenticate(db_file, "petrova", PASSWORD).login == "petrova"


def test_disabling_the_only_administrator_is_refused(db_file, run):
    result = run("users", "disable", "--db", db_file, "ivanova")
    assert result.code == 2
    assert "единственного активного администратора" in result.err
    assert _users(run, db_file)["ivanova"]["active"] is True


def test_unknown_login_is_refused(db_file, run):
    for command in ("disable", "enable", "unlock", "reset-password"):
        result = run("users", command, "--db", db_file, "nobody")
        assert result.code == 2, command
        assert "«nobody» не найден" in result.err


def test_unlock_after_five_failed_logins(db_file, run, monkeypatch):
    _add(run, db_file, monkeypatch)
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            _authenticate(db_file, "petrova", "Wrong-pass-1")
    with pytest.raises(AccountLockedError):
        _authenticate(db_file, "petrova", "Wrong-pass-1")
    assert _users(run, db_file)["petrova"]["locked"] is True
    assert "заблокирован" in run("users", "list", "--db", db_file).out
    with pytest.raises(AccountLockedError):
        _authenticate(db_file, "petrova", PASSWORD)

    result = run("users", "unlock", "--db", db_file, "petrova")
    assert result.code == 0 and "разблокирована" in result.out
    assert _users(run, db_file)["petrova"]["locked"] is False
    assert _authenticate(db_file, "petrova", PASSWORD).login == "petrova"


def test_reset_password(db_file, run, monkeypatch):
    _add(run, db_file, monkeypatch)
    monkeypatch.setenv("CXDESK_PASSWORD", "New-secret-77")
    result = run("users", "reset-password", "--db", db_file, "petrova")
    assert result.code == 0 and "изменён" in result.out
    with pytest.raises(AuthenticationError):
        _authenticate(db_file, "petrova", PASSWORD)
    assert _authenticate(db_file, "petrova", "New-secret-77").login == "petrova"


def test_user_changes_are_audited_as_the_command_line(db_file, run, monkeypatch):
    _add(run, db_file, monkeypatch)
    run("users", "disable", "--db", db_file, "petrova")
    result = run("audit", "show", "--db", db_file, "--json")
    assert result.code == 0
    rows = json.loads(result.out)
    actions = [r["action"] for r in rows]
    assert actions[:2] == ["user.disable", "user.add"]
    assert rows[0]["actor"].startswith("cli:") and rows[0]["role"] == "admin"
