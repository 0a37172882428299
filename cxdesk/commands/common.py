"""What every sub-command shares: exit codes, the database path, opening an existing file,
passwords and confirmations from the terminal, JSON and table output.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import asdict, is_dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from cxdesk import paths
from cxdesk.services.actor import Actor
from cxdesk.services.passwords import check_policy
from cxdesk.store import migrate
from cxdesk.store.database import Database
from cxdesk.store.location import Location, LocationError, locate

EXIT_OK = 0
EXIT_PROBLEMS = 1  # a check ran and found problems
EXIT_ERROR = 2  # the command could not do what was asked
EXIT_INTERRUPTED = 130


class CommandError(Exception):
    """A refusal by the command line itself; ``message`` is Russian text for the user."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def actor() -> Actor:
    return Actor.command_line()


def out(text: str = "") -> None:
    print(text)


def err(text: str) -> None:
    print(text, file=sys.stderr)


def _json_default(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain text table with aligned columns (numbers aligned right)."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    numeric = [all(isinstance(row[i], int) for row in rows) and bool(rows) for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    result = [line(headers), line(["-" * w for w in widths])]
    result += [line(row) for row in cells]
    return "\n".join(result)


def local_time(value: datetime | None) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value else "—"


# ---------------------------------------------------------------------------------------------
# The database file

DB_HELP = ("файл базы данных или адрес базы на сервере PostgreSQL (postgresql+psycopg://пользователь@сервер/база); "
           "по умолчанию — основная база в папке данных пользователя")
SERVER_NOT_A_FILE = ("База данных {where} находится на сервере PostgreSQL: эта команда работает только с файлом "
                     "базы SQLite. Копии и проверку базы на сервере делает его администратор средствами сервера "
                     "(pg_dump, pg_restore, amcheck). Ничего не изменено.")


def add_db_argument(parser: argparse.ArgumentParser, help_text: str = DB_HELP) -> None:
    parser.add_argument("--db", metavar="ФАЙЛ|АДРЕС", default=None, help=help_text)


def add_json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="вывести результат в формате JSON")


def db_location(args: argparse.Namespace) -> Location:
    """``--db`` of the sub-command, else ``--db`` given before it, else the default database."""
    given = getattr(args, "db", None) or getattr(args, "global_db", None)
    try:
        return locate(given if given else paths.default_db_path())
    except LocationError as exc:
        raise CommandError(str(exc)) from exc


def db_path(args: argparse.Namespace) -> Path:
    """The database file of a command that works on files only (copies, restore, integrity)."""
    location = db_location(args)
    if location.path is None:
        raise CommandError(SERVER_NOT_A_FILE.format(where=location.display()))
    return location.path


def existing_location(args: argparse.Namespace) -> Location:
    """The database of the command: a file that must exist, or a server database."""
    location = db_location(args)
    if location.path is not None:
        existing_db_path(args)  # refuses a folder or a missing file
    return location


def existing_db_path(args: argparse.Namespace) -> Path:
    path = db_path(args)
    if path.is_dir():
        raise CommandError(f"{path} — это папка, а не файл базы данных. Укажите путь к файлу в параметре --db.")
    if not path.exists():
        raise CommandError(
            f"Файл базы данных {path} не найден. Ничего не создано. Проверьте путь в параметре --db "
            "или создайте новую базу командой «cxdesk init»."
        )
    return path


@contextlib.contextmanager
def open_existing(args: argparse.Namespace) -> Iterator[Database]:
    """Open an existing database, bringing its structure up to date first (with a backup of a file)."""
    location = existing_location(args)
    result = migrate.upgrade(location)
    if result.before is not None and result.before != result.after:
        err(
            f"Структура базы данных обновлена (ревизия {result.before} → {result.after})"
            + (f"; копия базы до обновления: {result.backup}." if result.backup else ".")
        )
    db = Database(location)
    try:
        yield db
    finally:
        db.close()


# ---------------------------------------------------------------------------------------------
# The terminal


def is_interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_new_password(env_var: str, subject: str) -> str:
    """A new password from ``env_var`` or typed twice at the terminal; checked against the policy."""
    value = os.environ.get(env_var)
    if value is not None:
        check_policy(value)
        return value
    if not is_interactive():
        raise CommandError(
            f"Не задан пароль {subject}. Укажите его в переменной окружения {env_var} "
            "или запустите команду в терминале, чтобы ввести пароль. Ничего не изменено."
        )
    first = getpass.getpass(f"Пароль {subject}: ")
    check_policy(first)
    second = getpass.getpass("Повторите пароль: ")
    if first != second:
        raise CommandError("Пароли не совпадают. Ничего не изменено; повторите команду.")
    return first


def confirm(question: str) -> bool:
    if not is_interactive():
        raise CommandError(
            "Нужно подтверждение, но ввод с терминала недоступен. Повторите команду с параметром --yes. "
            "Ничего не изменено."
        )
    answer = input(f"{question} [да/нет]: ").strip().lower()
    return answer in {"да", "д", "yes", "y"}
