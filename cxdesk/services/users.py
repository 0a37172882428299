"""Personal accounts: create, list, disable/enable, unlock, reset and change passwords."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.passwords import hash_password, verify_password
from cxdesk.services.roles import ROLE_TITLES, Action, Role, parse_role
from cxdesk.store.database import Database
from cxdesk.store.models import User

LOGIN_PATTERN = re.compile(r"^[A-Za-z0-9_.\-]{2,64}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    full_name: str
    role: Role
    active: bool
    locked: bool
    last_login_at: datetime | None

    @property
    def role_title(self) -> str:
        return ROLE_TITLES[self.role]


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.login, user.full_name, Role(user.role), user.active, user.locked,
                    user.last_login_at)


def validate_login(login: str) -> str:
    login = login.strip()
    if not LOGIN_PATTERN.match(login):
        raise ValidationError(
            "Имя пользователя: от 2 до 64 латинских букв, цифр и знаков «_», «.», «-» (например, ivanova)."
        )
    return login


def validate_full_name(full_name: str) -> str:
    full_name = " ".join(full_name.split())
    if len(full_name) < 3:
        raise ValidationError("Укажите фамилию, имя и отчество сотрудника.")
    return full_name


def create_user(session, login: str, full_name: str, role: Role | str, password: str) -> User:
    """Add a user inside an open transaction (used by set-up and by :func:`add_user`)."""
    login = validate_login(login)
    full_name = validate_full_name(full_name)
    role = parse_role(str(role))
    if session.scalar(select(User.id).where(func.lower(User.login) == login.lower())) is not None:
        raise ValidationError(f"Пользователь «{login}» уже существует. Выберите другое имя.")
    user = User(login=login, full_name=full_name, role=str(role), password_hash=hash_password(password))
    session.add(user)
    session.flush()
    return user


def add_user(db: Database, actor: Actor, login: str, full_name: str, role: Role | str, password: str) -> UserInfo:
    require(db, actor, Action.USERS_MANAGE)
    with db.uow() as uow:
        user = create_user(uow.session, login, full_name, role, password)
        audit.append(uow.session, actor, "user.add", office=db.office_code, entity="app_user",
                     record_id=user.id, details={"login": user.login, "role": user.role})
        uow.commit()
        return _info(user)


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    require(db, actor, Action.USERS_MANAGE)
    with db.uow() as uow:
        return [_info(u) for u in uow.session.scalars(select(User).order_by(User.login))]


def _change(db: Database, actor: Actor, login: str, action: str, apply) -> UserInfo:
    require(db, actor, Action.USERS_MANAGE)
    with db.uow() as uow:
        user = uow.session.scalar(select(User).where(User.login == login.strip()))
        if user is None:
            raise NotFoundError(f"Пользователь «{login}» не найден.")
        details = apply(uow.session, user) or {}
        audit.append(uow.session, actor, action, office=db.office_code, entity="app_user",
                     record_id=user.id, details={"login": user.login, **details})
        uow.commit()
        return _info(user)


def _ensure_other_admin_remains(session, user: User) -> None:
    if user.role != Role.ADMIN:
        return
    others = session.scalar(
        select(func.count()).select_from(User).where(
            User.role == str(Role.ADMIN), User.active.is_(True), User.id != user.id
        )
    )
    if not others:
        raise ValidationError(
            "Нельзя отключить единственного активного администратора: сначала назначьте другого."
        )


def disable_user(db: Database, actor: Actor, login: str) -> UserInfo:
    def apply(session, user: User):
        if actor.user_id is not None and user.id == actor.user_id:
            raise ValidationError("Нельзя отключить собственную учётную запись.")
        _ensure_other_admin_remains(session, user)
        user.active = False

    return _change(db, actor, login, "user.disable", apply)


def enable_user(db: Database, actor: Actor, login: str) -> UserInfo:
    def apply(_session, user: User):
        user.active = True

    return _change(db, actor, login, "user.enable", apply)


def unlock_user(db: Database, actor: Actor, login: str) -> UserInfo:
    def apply(_session, user: User):
        user.locked = False
        user.failed_attempts = 0

    return _change(db, actor, login, "user.unlock", apply)


def reset_password(db: Database, actor: Actor, login: str, new_password: str) -> UserInfo:
    def apply(_session, user: User):
        user.password_hash = hash_password(new_password)
        user.locked = False
        user.failed_attempts = 0

    return _change(db, actor, login, "user.reset_password", apply)


def change_own_password(db: Database, actor: Actor, old_password: str, new_password: str) -> None:
    with db.uow() as uow:
        user = uow.session.get(User, actor.user_id) if actor.user_id else None
        if user is None:
            raise NotFoundError("Учётная запись не найдена.")
        if not verify_password(user.password_hash, old_password):
            raise ValidationError("Текущий пароль введён неверно. Пароль не изменён.")
        user.password_hash = hash_password(new_password)
        audit.append(uow.session, actor, "user.change_password", office=db.office_code,
                     entity="app_user", record_id=user.id)
        uow.commit()
