"""Logging in: argon2id hashes, lock-out after five failures, every attempt audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cxdesk.services import auth, users
from cxdesk.services.errors import AccountLockedError, AuthenticationError
from cxdesk.store.models import AuditEntry, User
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD


@pytest.fixture
def clerk(db, admin):
    users.add_user(db, admin, "clerk", "Кузнецова Мария Петровна", "operator", "Clerk-2024")
    return "clerk"


def _audit_rows(db, action="login"):
    with db.uow() as uow:
        return [(r.actor, r.result) for r in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq))]


def test_password_is_stored_as_argon2id(db, clerk):
    with db.uow() as uow:
        stored = uow.session.scalar(select(User.password_hash).where(User.login == clerk))
    assert stored.startswith("$argon2id$") and "Clerk-2024" not in stored


def test_successful_login_returns_the_actor(db, clerk):
    actor = auth.authenticate(db, "clerk", "Clerk-2024")
    assert actor.role == "operator" and actor.full_name == "Кузнецова Мария Петровна"
    assert ("clerk", "ok") in _audit_rows(db)


def test_five_failures_lock_the_account_even_for_the_right_password(db, clerk):
    for attempt in range(1, 5):
        with pytest.raises(AuthenticationError) as error:
            auth.authenticate(db, "clerk", "wrong-pass1")
        assert not isinstance(error.value, AccountLockedError)
        assert f"Осталось попыток до блокировки: {5 - attempt}" in error.value.message
    with pytest.raises(AccountLockedError, match="заблокирована"):
        auth.authenticate(db, "clerk", "wrong-pass1")
    with pytest.raises(AccountLockedError):
        auth.authenticate(db, "clerk", "Clerk-2024")
    assert _audit_rows(db).count(("clerk", "failed")) == 6


def test_success_resets_the_failure_count(db, clerk):
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            auth.authenticate(db, "clerk", "wrong-pass1")
    auth.authenticate(db, "clerk", "Clerk-2024")
    with pytest.raises(AuthenticationError) as error:
        auth.authenticate(db, "clerk", "wrong-pass1")
    assert "Осталось попыток до блокировки: 4" in error.value.message


def test_administrator_unlocks_a_locked_account(db, admin, clerk):
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.authenticate(db, "clerk", "wrong-pass1")
    users.unlock_user(db, admin, "clerk")
    assert auth.authenticate(db, "clerk", "Clerk-2024").login == "clerk"


def test_unknown_login_and_disabled_account(db, admin, clerk):
    with pytest.raises(AuthenticationError, match="Неверное имя пользователя или пароль"):
        auth.authenticate(db, "nobody", "whatever-1")
    users.disable_user(db, admin, "clerk")
    with pytest.raises(AuthenticationError, match="отключена"):
        auth.authenticate(db, "clerk", "Clerk-2024")


def test_unlocking_an_idle_session_counts_failures(db, clerk):
    actor = auth.authenticate(db, "clerk", "Clerk-2024")
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            auth.unlock_session(db, actor, "nope-nope1")
    with pytest.raises(AccountLockedError):
        auth.unlock_session(db, actor, "nope-nope1")


def test_admin_fixture_logs_in(db):
    assert auth.authenticate(db, ADMIN_LOGIN, ADMIN_PASSWORD).role == "admin"
