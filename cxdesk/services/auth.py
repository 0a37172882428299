"""Logging in and unlocking: argon2id passwords, lock-out after repeated failures, audit."""

from __future__ import annotations

from sqlalchemy import select

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import AccountLockedError, AuthenticationError
from cxdesk.services.passwords import hash_password, needs_rehash, verify_password
from cxdesk.services.roles import Role
from cxdesk.store.database import Database
from cxdesk.store.models import User
from cxdesk.store.types import utc_now

MAX_FAILED_ATTEMPTS = 5

_LOCKED_MESSAGE = (
    "Учётная запись «{login}» заблокирована после {n} неудачных попыток входа. "
    "Обратитесь к администратору, чтобы разблокировать её."
)


def authenticate(db: Database, login: str, password: str) -> Actor:
    """Check the password; return the actor or raise a Russian error (every attempt is audited)."""
    login = login.strip()
    with db.uow() as uow:
        user = uow.session.scalar(select(User).where(User.login == login))
        anonymous = Actor(login=login or "?", full_name="", role=Role.READER)
        if user is None:
            audit.append(uow.session, anonymous, "login", office=db.office_code, result="failed",
                         details={"reason": "unknown login"})
            uow.commit()
            raise AuthenticationError("Неверное имя пользователя или пароль.")
        actor = Actor(login=user.login, full_name=user.full_name, role=Role(user.role), user_id=user.id)
        if not user.active:
            audit.append(uow.session, actor, "login", office=db.office_code, result="failed",
                         details={"reason": "disabled"})
            uow.commit()
            raise AuthenticationError("Учётная запись отключена. Обратитесь к администратору.")
        if user.locked:
            audit.append(uow.session, actor, "login", office=db.office_code, result="failed",
                         details={"reason": "locked"})
            uow.commit()
            raise AccountLockedError(_LOCKED_MESSAGE.format(login=user.login, n=MAX_FAILED_ATTEMPTS))
        if not verify_password(user.password_hash, password):
            user.failed_attempts += 1
            reason = "wrong password"
            if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                user.locked = True
                reason = "wrong password, account locked"
            audit.append(uow.session, actor, "login", office=db.office_code, result="failed",
                         record_id=user.id, entity="app_user", details={"reason": reason})
            uow.commit()
            if user.locked:
                raise AccountLockedError(_LOCKED_MESSAGE.format(login=user.login, n=MAX_FAILED_ATTEMPTS))
            left = MAX_FAILED_ATTEMPTS - user.failed_attempts
            raise AuthenticationError(
                f"Неверное имя пользователя или пароль. Осталось попыток до блокировки: {left}."
            )
        user.failed_attempts = 0
        user.last_login_at = utc_now()
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        audit.append(uow.session, actor, "login", office=db.office_code, entity="app_user",
                     record_id=user.id)
        uow.commit()
        return actor


def unlock_session(db: Database, actor: Actor, password: str) -> Actor:
    """Re-enter the password after the idle lock; failures count towards the lock-out."""
    return authenticate(db, actor.login, password)


def log_event(db: Database, actor: Actor, action: str) -> None:
    """Audit a session event that changes no data (logout, idle lock)."""
    audit.append_now(db, actor, action)
