"""The ``cxdesk`` command line: launches the GUI, or runs a headless sub-command.

The sub-commands (``cxdesk/commands/``) call the same services as the GUI and act as the
administrator of the local file (``Actor.command_line()``). Messages are Russian and go to stderr;
data goes to stdout, as JSON with ``--json``. Exit codes: 0 — done, 1 — a check found problems,
2 — the command could not be carried out (wrong arguments, missing file, a refusal of a service),
130 — interrupted. Qt is imported only when the GUI is launched.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cxdesk import __version__
from cxdesk.commands.argparse_ru import RussianHelpFormatter, russian_argparse
from cxdesk.commands.common import EXIT_ERROR, EXIT_INTERRUPTED, CommandError, err

DESCRIPTION = """\
cxdesk — управление клиентским опытом центра занятости (раздел VI Стандарта).

Без команды запускается программа с окном (основная база или файл из --db).
Команды ниже работают без окна с той же базой данных."""

EPILOG = """\
Пароли можно передать через переменные окружения: CXDESK_ADMIN_PASSWORD (init),
CXDESK_PASSWORD (users add, users reset-password); иначе их запросят дважды.
Коды возврата: 0 — выполнено, 1 — проверка нашла проблемы, 2 — ошибка, 130 — прервано.
Справка по команде: cxdesk КОМАНДА --help."""


def _base_parser(*, add_help: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cxdesk", description=DESCRIPTION, epilog=EPILOG, formatter_class=RussianHelpFormatter,
        add_help=add_help,
    )
    parser.add_argument("--version", action="version", version=f"cxdesk {__version__}",
                        help="показать версию программы и выйти")
    start = parser.add_mutually_exclusive_group()
    start.add_argument("--db", dest="global_db", metavar="ФАЙЛ|АДРЕС",
                       help="файл базы данных или адрес базы на сервере PostgreSQL "
                            "(postgresql+psycopg://пользователь@сервер/база); по умолчанию — основная база "
                            "в папке данных пользователя")
    start.add_argument("--demo", action="store_true",
                       help="открыть демонстрационную базу (создаётся при первом запуске)")
    return parser


def build_parser() -> argparse.ArgumentParser:
    from cxdesk.commands import import_cmd, maintenance, reports_cmd, retention_cmd, setup, sync_cmd, users

    parser = _base_parser()
    subparsers = parser.add_subparsers(title="команды", dest="command", metavar="КОМАНДА")
    for module in (setup, users, maintenance, import_cmd, reports_cmd, sync_cmd, retention_cmd):
        module.register(subparsers)
    for choice in subparsers.choices.values():
        _russify(choice)
    return parser


def _gui_only(argv: list[str]) -> argparse.Namespace | None:
    """The options of a plain GUI start, parsed without loading any command module (start-up time)."""
    args, rest = _base_parser(add_help=False).parse_known_args(argv)
    return None if rest else args


def _russify(parser: argparse.ArgumentParser) -> None:
    """Sub-parsers get the same formatter, recursively (argparse does not pass it down)."""
    parser.formatter_class = RussianHelpFormatter
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _russify(child)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        with russian_argparse():
            args = _gui_only(argv) or build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed by argparse
        if exc.code is None:
            return 0
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    from sqlalchemy import exc as sa_exc

    from cxdesk.services.errors import ServiceError
    from cxdesk.store.migrate import MigrationError

    try:
        if getattr(args, "command", None) is None:
            return _launch_gui(args)
        if args.demo:
            raise CommandError("Параметр --demo открывает программу с окном; с командами он не используется. "
                               "Демонстрационная база для команд: cxdesk demo --db ФАЙЛ.")
        return args.handler(args)
    except KeyboardInterrupt:
        err("\nПрервано пользователем.")
        return EXIT_INTERRUPTED
    except EOFError:
        err("\nВвод прерван. Ничего не изменено.")
        return EXIT_ERROR
    except CommandError as exc:
        err(exc.message)
        return exc.code
    except ServiceError as exc:
        err(exc.message)
        if exc.details:
            err(exc.details)
        return EXIT_ERROR
    except MigrationError as exc:
        err(str(exc))
        return EXIT_ERROR
    except sa_exc.DBAPIError as exc:
        if "locked" in str(exc.orig) or "busy" in str(exc.orig):
            err(f"Файл базы данных занят другой программой ({exc.orig}). Ничего не изменено; повторите "
                "команду, когда другая программа закончит работу.")
        else:
            err(f"Ошибка базы данных: {exc.orig}. Проверьте файл командой «cxdesk integrity» или "
                "обратитесь к администратору.")
        return EXIT_ERROR
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        err(f"Ошибка ввода-вывода{where}: {exc.strerror or exc}. Проверьте путь и права доступа.")
        return EXIT_ERROR


def _launch_gui(args: argparse.Namespace) -> int:
    from cxdesk.commands.common import db_location

    path = db_location(args) if args.global_db else None
    if args.demo:
        from cxdesk.commands import setup as setup_commands

        path = setup_commands.demo_db_path()
        if path.exists():
            err(f"Открывается демонстрационная база {path} (пароли пользователей были показаны при её "
                f"создании). Пересоздать её: cxdesk demo --db \"{path}\" --force.")
        else:
            result = _build_first_demo(path)
            setup_commands.print_demo_result(result)
    try:
        from cxdesk.gui.app import run_gui  # Qt is loaded only here
    except ImportError as exc:
        raise CommandError(
            f"Не удалось запустить программу с окном: {exc}. Команды без окна доступны: cxdesk --help."
        ) from exc
    return int(run_gui(path) or 0)


def _build_first_demo(path: Path):
    from cxdesk.commands import setup as setup_commands
    from cxdesk.services import demo

    err(f"Создаётся демонстрационная база {path} …")
    return demo.build_demo(path, "small", 1, setup_commands.ProgressPrinter())

