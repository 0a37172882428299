"""``cxdesk users …``: personal accounts of the installation (add, list, disable, enable, unlock, reset)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from cxdesk.commands.common import (
    EXIT_OK,
    actor,
    add_db_argument,
    add_json_argument,
    local_time,
    open_existing,
    out,
    print_json,
    read_new_password,
    table,
)
from cxdesk.services import users
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.roles import ROLE_TITLES, Role
from cxdesk.store.database import Database

PASSWORD_ENV = "CXDESK_PASSWORD"

_ROLES_HELP = "; ".join(f"{r.value} — {ROLE_TITLES[r]}" for r in Role)


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser(
        "users", help="учётные записи пользователей",
        description="Учётные записи сотрудников: добавление, список, отключение, разблокировка, сброс пароля.",
    )
    commands = group.add_subparsers(title="команды", dest="users_command", metavar="КОМАНДА", required=True)

    p = commands.add_parser(
        "add", help="добавить пользователя",
        description=f"Добавить пользователя. Пароль берётся из переменной окружения {PASSWORD_ENV} "
                    "или запрашивается дважды.",
    )
    add_db_argument(p)
    p.add_argument("login", metavar="ЛОГИН", help="имя пользователя латиницей, например ivanova.av")
    p.add_argument("--name", required=True, metavar="ФИО", help="фамилия, имя и отчество сотрудника")
    p.add_argument("--role", required=True, choices=[r.value for r in Role], metavar="РОЛЬ",
                   help=f"роль: {_ROLES_HELP}")
    p.set_defaults(handler=run_add)

    p = commands.add_parser("list", help="список пользователей", description="Список пользователей.")
    add_db_argument(p)
    add_json_argument(p)
    p.set_defaults(handler=run_list)

    simple: list[tuple[str, str, Callable[[Database, str], users.UserInfo], str]] = [
        ("disable", "отключить учётную запись (вход станет невозможен)", _disable, "отключена"),
        ("enable", "включить отключённую учётную запись", _enable, "включена"),
        ("unlock", "разблокировать после неудачных попыток входа", _unlock, "разблокирована"),
    ]
    for name, help_text, action, done in simple:
        p = commands.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + ".")
        add_db_argument(p)
        p.add_argument("login", metavar="ЛОГИН", help="имя пользователя")
        p.set_defaults(handler=_simple_handler(action, done))

    p = commands.add_parser(
        "reset-password", help="задать пользователю новый пароль",
        description=f"Задать новый пароль (и снять блокировку). Пароль берётся из переменной окружения "
                    f"{PASSWORD_ENV} или запрашивается дважды.",
    )
    add_db_argument(p)
    p.add_argument("login", metavar="ЛОГИН", help="имя пользователя")
    p.set_defaults(handler=run_reset_password)


def _describe(user: users.UserInfo) -> str:
    return f"«{user.login}» ({user.full_name}, {user.role_title})"


def run_add(args: argparse.Namespace) -> int:
    login = users.validate_login(args.login)
    full_name = users.validate_full_name(args.name)
    with open_existing(args) as db:
        # Refuse a taken login before asking for the password.
        if any(u.login.lower() == login.lower() for u in users.list_users(db, actor())):
            raise ValidationError(f"Пользователь «{login}» уже существует. Ничего не изменено; выберите другое имя.")
        password = read_new_password(PASSWORD_ENV, f"пользователя {login}")
        user = users.add_user(db, actor(), login, full_name, args.role, password)
    out(f"Пользователь {_describe(user)} добавлен.")
    return EXIT_OK


def _state(user: users.UserInfo) -> str:
    if not user.active:
        return "отключён"
    if user.locked:
        return "заблокирован"
    return "активен"


def run_list(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        rows = users.list_users(db, actor())
    if args.json:
        print_json([
            {"login": u.login, "full_name": u.full_name, "role": str(u.role), "role_title": u.role_title,
             "active": u.active, "locked": u.locked,
             "last_login_at": u.last_login_at.isoformat() if u.last_login_at else None}
            for u in rows
        ])
        return EXIT_OK
    if not rows:
        out("Пользователей нет.")
        return EXIT_OK
    out(table(["Логин", "ФИО", "Роль", "Состояние", "Последний вход"],
              [[u.login, u.full_name, u.role_title, _state(u), local_time(u.last_login_at)] for u in rows]))
    out(f"\nВсего пользователей: {len(rows)}.")
    return EXIT_OK


def _disable(db: Database, login: str) -> users.UserInfo:
    return users.disable_user(db, actor(), login)


def _enable(db: Database, login: str) -> users.UserInfo:
    return users.enable_user(db, actor(), login)


def _unlock(db: Database, login: str) -> users.UserInfo:
    return users.unlock_user(db, actor(), login)


def _simple_handler(action: Callable[[Database, str], users.UserInfo], done: str):
    def handler(args: argparse.Namespace) -> int:
        with open_existing(args) as db:
            user = action(db, args.login)
        out(f"Учётная запись {_describe(user)} {done}.")
        return EXIT_OK

    return handler


def run_reset_password(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        # Refuse an unknown login before asking for the password.
        if not any(u.login == args.login.strip() for u in users.list_users(db, actor())):
            raise NotFoundError(f"Пользователь «{args.login}» не найден. Ничего не изменено.")
        password = read_new_password(PASSWORD_ENV, f"пользователя {args.login.strip()}")
        user = users.reset_password(db, actor(), args.login, password)
    out(f"Пароль пользователя {_describe(user)} изменён; блокировка снята.")
    return EXIT_OK
