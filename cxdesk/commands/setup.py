"""Creating and describing a database: ``init``, ``demo`` and ``info``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from cxdesk import paths
from cxdesk.commands.common import (
    EXIT_OK,
    CommandError,
    add_db_argument,
    add_json_argument,
    db_location,
    db_path,
    err,
    open_existing,
    out,
    print_json,
    read_new_password,
    table,
)
from cxdesk.services import demo, info, offices, transfer, users
from cxdesk.services.offices import OFFICE_KIND_TITLES, OfficeKind
from cxdesk.store import backup as store_backup
from cxdesk.store import migrate
from cxdesk.store.database import Database, open_database

ADMIN_PASSWORD_ENV = "CXDESK_ADMIN_PASSWORD"
DEMO_FILE_NAME = "cxdesk-demo.db"

def table_title(name: str) -> str:
    """The Russian name of a record type (``__table_args__ = {"info": {"title": …}}``)."""
    from cxdesk.store.all_models import metadata

    table = metadata.tables.get(name)
    if table is None:
        return name
    return str(table.info.get("title") or table.comment or name)


def demo_db_path() -> Path:
    return paths.user_data_dir() / DEMO_FILE_NAME


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "init", help="создать и настроить новую базу данных центра занятости",
        description="Первоначальная настройка: центр занятости, которому принадлежит база, и его "
                    f"администратор. Пароль администратора берётся из переменной окружения "
                    f"{ADMIN_PASSWORD_ENV} или запрашивается дважды.",
    )
    add_db_argument(p, "файл новой базы данных (по умолчанию — основная база в папке данных пользователя)")
    p.add_argument("--office-code", required=True, metavar="КОД", help="код центра, например TC01 или UCZN")
    p.add_argument("--office-name", required=True, metavar="НАИМЕНОВАНИЕ", help="полное наименование центра")
    p.add_argument("--kind", required=True, choices=[k.value for k in OfficeKind],
                   help="тип центра: tczn — территориальный (ТЦЗН), uczn — управляющий (УЦЗН)")
    p.add_argument("--region", default="", metavar="РЕГИОН", help="субъект РФ, например «Энская область»")
    p.add_argument("--admin", required=True, metavar="ЛОГИН", help="имя пользователя администратора (латиницей)")
    p.add_argument("--admin-name", default="Администратор", metavar="ФИО",
                   help="фамилия, имя и отчество администратора")
    p.set_defaults(handler=run_init)

    p = subparsers.add_parser(
        "demo", help="создать демонстрационную базу данных",
        description="Демонстрационная база вымышленного региона: УЦЗН, территориальные центры и "
                    "сотрудники всех ролей. Пароли пользователей показываются один раз.",
    )
    add_db_argument(p, f"файл демонстрационной базы (по умолчанию — {DEMO_FILE_NAME} в папке данных пользователя)")
    p.add_argument("--size", choices=sorted(demo.SIZES), default="small",
                   help="small — 6 ТЦЗН и 10 пользователей; large — 40 ТЦЗН и 200 пользователей")
    p.add_argument("--seed", type=int, default=1, metavar="N",
                   help="начальное значение генератора: одно и то же значение даёт одну и ту же базу")
    p.add_argument("--force", action="store_true", help="заменить существующий файл")
    add_json_argument(p)
    p.set_defaults(handler=run_demo)

    p = subparsers.add_parser(
        "info", help="сведения о базе данных: ревизия схемы, центр, количество записей",
        description="Ревизия схемы, центр занятости и количество записей каждого вида.",
    )
    add_db_argument(p)
    add_json_argument(p)
    p.set_defaults(handler=run_info)

    p = subparsers.add_parser(
        "transfer", help="перенести базу данных из файла на сервер PostgreSQL (УЦЗН)",
        description="Скопировать все данные файла базы SQLite в пустую базу на сервере PostgreSQL: записи, "
                    "номера, журналы аудита и обмена, поисковые указатели; файл ключей обмена копируется "
                    "рядом с серверной базой. Файл не изменяется; при ошибке база на сервере остаётся пустой.",
    )
    p.add_argument("--from", dest="source", required=True, type=Path, metavar="ФАЙЛ", help="файл базы данных SQLite")
    p.add_argument("--db", required=True, metavar="АДРЕС",
                   help="пустая база на сервере: postgresql+psycopg://пользователь@сервер/база")
    add_json_argument(p)
    p.set_defaults(handler=run_transfer)


# ---------------------------------------------------------------------------------------------


def run_init(args: argparse.Namespace) -> int:
    location = db_location(args)
    path = location.path
    if path is not None and path.is_dir():
        raise CommandError(f"{path} — это папка, а не файл базы данных. Укажите путь к файлу в параметре --db.")
    login = users.validate_login(args.admin)
    full_name = users.validate_full_name(args.admin_name)
    existed = path.exists() if path is not None else migrate.current_revision(location) is not None
    if existed:
        with open_existing(args) as db:
            if offices.is_initialized(db):
                office = offices.own_office(db)
                raise CommandError(
                    f"База данных {location.display()} уже настроена (центр {office.code} — {office.name}). "
                    "Ничего не изменено. Для новой базы укажите другой файл."
                )
    password = read_new_password(ADMIN_PASSWORD_ENV, "администратора")
    db: Database | None = None
    try:
        db = open_database(location)
        office = offices.initialize(
            db, office_code=args.office_code, office_name=args.office_name, kind=args.kind,
            region=args.region, admin_login=login, admin_full_name=full_name, admin_password=password,
        )
    except BaseException:
        if db is not None:
            db.close()
            db = None
        if not existed and path is not None:  # do not leave a half-made file behind
            path.unlink(missing_ok=True)
            store_backup.remove_sidecars(path)
        raise
    finally:
        if db is not None:
            db.close()
    out(f"База данных {location.display()} настроена: {office.code} — {office.name} ({office.kind_title}).")
    out(f"Администратор: {login} ({full_name}). Войдите в программу под этим именем.")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------


class ProgressPrinter:
    """Progress of long work on stderr: one updating line on a terminal, a line per stage otherwise."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self._last_text: str | None = None

    def __call__(self, done: int, total: int, text: str) -> None:
        percent = 100 * done // total if total else 100
        if self.tty:
            self.stream.write(f"\r[{percent:3d} %] {text}".ljust(60))
            if done >= total:
                self.stream.write("\n")
            self.stream.flush()
        elif text != self._last_text:
            self.stream.write(f"[{percent:3d} %] {text}\n")
            self.stream.flush()
        self._last_text = text


def print_demo_result(result: demo.DemoResult) -> None:
    out(f"Демонстрационная база создана: {result.path} (размер {result.size}, seed {result.seed}, "
        f"{result.seconds:.1f} с).")
    out(f"Центр: {result.office.code} — {result.office.name} ({result.office.kind_title}), "
        f"{result.office.region}; территориальных центров: {len(result.offices)}.")
    out("")
    out(f"Пользователи ({len(result.users)}):")
    out(table(["Логин", "Пароль", "Роль", "ФИО"],
              [[u.login, u.password, u.role_title, u.full_name] for u in result.users]))
    out("")
    out("Пароли показаны один раз и больше нигде не хранятся: сохраните их сейчас. "
        "Забытый пароль сбрасывает администратор (cxdesk users reset-password).")


def run_demo(args: argparse.Namespace) -> int:
    path = db_path(args) if (args.db or args.global_db) else demo_db_path()  # a demo is always a file
    if path.exists() and not args.force:
        raise CommandError(
            f"Файл {path} уже существует и не изменён. Чтобы заменить его демонстрационной базой, "
            "добавьте параметр --force."
        )
    result = demo.build_demo(path, args.size, args.seed, ProgressPrinter(), replace=args.force)
    if args.json:
        print_json(result.as_dict())
    else:
        print_demo_result(result)
    return EXIT_OK


# ---------------------------------------------------------------------------------------------


def run_transfer(args: argparse.Namespace) -> int:
    source = args.source.expanduser()
    result = transfer.copy_to_server(source, db_location(args), None if args.json else ProgressPrinter())
    if args.json:
        print_json(result)
        return EXIT_OK
    out(f"База данных перенесена: {result.source} → {result.target} (таблиц — {result.tables}, "
        f"строк — {result.rows}; количество строк сверено).")
    if result.key_file:
        out(f"Файл ключей обмена скопирован: {result.key_file}. Он нужен на каждом рабочем месте, где формируют "
            "пакеты обмена (или укажите его в переменной CXDESK_KEY_FILE).")
    out(f"Открыть: cxdesk --db {result.target}")
    return EXIT_OK


def run_info(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        data = info.database_info(db)
    if args.json:
        print_json(data.as_dict())
        return EXIT_OK
    out(f"База данных:      {data.path}")
    out(f"Ревизия схемы:    {data.schema_revision or '—'}")
    if data.office is None:
        out("Центр занятости:  не задан — база не настроена (cxdesk init)")
    else:
        kind = OFFICE_KIND_TITLES[data.office.kind]
        out(f"Центр занятости:  {data.office.code} — {data.office.name} ({kind})")
        out(f"Регион:           {data.office.region or '—'}")
    out("")
    rows = [[table_title(name), name, count] for name, count in data.counts.items()]
    out(table(["Записи", "Таблица", "Количество"], rows))
    if data.office is None:
        err("База данных не настроена: выполните «cxdesk init».")
    return EXIT_OK
