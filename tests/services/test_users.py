"""Account management rules a user would notice."""

from __future__ import annotations

import pytest

from cxdesk.services import auth, users
from cxdesk.services.errors import NotFoundError, ValidationError


def test_add_and_list(db, admin):
    users.add_user(db, admin, "ivanova", "Иванова  Ирина   Ивановна", "cx_specialist", "Ivanova-2024")
    listed = {u.login: u for u in users.list_users(db, admin)}
    assert listed["ivanova"].full_name == "Иванова Ирина Ивановна"
    assert listed["ivanova"].role_title == "Специалист по КО"


@pytest.mark.parametrize(
    ("login", "name", "role", "password", "message"),
    [
        ("и", "Иванова Ирина", "reader", "Pass-2024", "латинских букв"),
        ("ivanova", "И", "reader", "Pass-2024", "фамилию"),
        ("ivanova", "Иванова Ирина", "boss", "Pass-2024", "Неизвестная роль"),
        ("ivanova", "Иванова Ирина", "reader", "short1", "не менее 8"),
        ("ivanova", "Иванова Ирина", "reader", "onlyletters", "и буквы, и цифры"),
        ("ADMIN", "Иванова Ирина", "reader", "Pass-2024", "уже существует"),
    ],
)
def test_invalid_input_is_refused_and_nothing_is_added(db, admin, login, name, role, password, message):
    before = users.list_users(db, admin)
    with pytest.raises(ValidationError, match=message):
        users.add_user(db, admin, login, name, role, password)
    assert users.list_users(db, admin) == before


def test_last_active_admin_cannot_be_disabled(db, admin):
    users.add_user(db, admin, "second", "Второй Администратор", "admin", "Second-2024")
    second = auth.authenticate(db, "second", "Second-2024")
    with pytest.raises(ValidationError, match="собственную"):
        users.disable_user(db, admin, "admin")
    users.disable_user(db, second, "admin")
    with pytest.raises(ValidationError, match="единственного активного администратора"):
        users.disable_user(db, admin.__class__("cli:root", "", "admin"), "second")


def test_reset_and_change_password(db, admin):
    users.add_user(db, admin, "petrov", "Петров Пётр", "reader", "Petrov-2024")
    users.reset_password(db, admin, "petrov", "Fresh-2025x")
    petrov = auth.authenticate(db, "petrov", "Fresh-2025x")
    with pytest.raises(ValidationError, match="Текущий пароль"):
        users.change_own_password(db, petrov, "wrong-old1", "Other-2026x")
    users.change_own_password(db, petrov, "Fresh-2025x", "Other-2026x")
    assert auth.authenticate(db, "petrov", "Other-2026x").login == "petrov"


def test_unknown_user(db, admin):
    with pytest.raises(NotFoundError, match="не найден"):
        users.disable_user(db, admin, "ghost")
