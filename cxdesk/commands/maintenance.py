"""Looking after the file: ``audit verify|show``, ``backup``, ``backups``, ``restore`` and ``integrity``."""

from __future__ import annotations

import argparse
import sqlite3
from datetime import datetime
from pathlib import Path

from cxdesk.commands.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_PROBLEMS,
    CommandError,
    actor,
    add_db_argument,
    add_json_argument,
    confirm,
    db_path,
    err,
    existing_db_path,
    local_time,
    open_existing,
    out,
    print_json,
    table,
)
from cxdesk.services import audit, backup_schedule, maintenance
from cxdesk.store import backup as store_backup
from cxdesk.store import migrate


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser(
        "audit", help="журнал аудита: проверка цепочки, последние записи",
        description="Журнал аудита — неизменяемая цепочка записей о действиях пользователей.",
    )
    commands = group.add_subparsers(title="команды", dest="audit_command", metavar="КОМАНДА", required=True)
    p = commands.add_parser(
        "verify", help="проверить, что записи журнала не изменены и не удалены",
        description="Проверить цепочку журнала аудита. Код возврата 0 — цепочка цела, 1 — найдены "
                    "нарушения (каждое называет номер записи).",
    )
    add_db_argument(p)
    add_json_argument(p)
    p.set_defaults(handler=run_audit_verify)
    p = commands.add_parser("show", help="последние записи журнала", description="Последние записи журнала аудита.")
    add_db_argument(p)
    p.add_argument("--limit", type=int, default=50, metavar="N", help="сколько записей показать (по умолчанию 50)")
    add_json_argument(p)
    p.set_defaults(handler=run_audit_show)

    p = subparsers.add_parser(
        "backup", help="создать резервную копию базы данных",
        description="Создать проверенную резервную копию базы данных (можно во время работы программы).",
    )
    add_db_argument(p)
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", type=Path, metavar="ФАЙЛ", help="файл резервной копии")
    where.add_argument("--auto", action="store_true",
                       help="автоматическая копия в папку backups рядом с базой (только если данные "
                            "изменились) с прореживанием старых копий — для планировщика заданий")
    p.add_argument("--force", action="store_true",
                   help="перезаписать существующий файл; с --auto — сделать копию, даже если данные не менялись")
    p.set_defaults(handler=run_backup)

    p = subparsers.add_parser(
        "backups", help="список резервных копий базы данных",
        description="Резервные копии базы данных в папке backups рядом с ней, от новых к старым.",
    )
    add_db_argument(p)
    add_json_argument(p)
    p.set_defaults(handler=run_backups)

    p = subparsers.add_parser(
        "restore", help="восстановить базу данных из резервной копии",
        description="Заменить базу данных содержимым резервной копии. Текущая база сначала "
                    "сохраняется в папке backups рядом с ней. Закройте программу на всех рабочих "
                    "местах, которые используют этот файл.",
    )
    add_db_argument(p)
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--from", dest="source", type=Path, metavar="ФАЙЛ", help="файл резервной копии")
    source.add_argument("--latest", action="store_true",
                        help="самая новая исправная копия из папки backups рядом с базой")
    p.add_argument("--yes", action="store_true", help="не спрашивать подтверждения")
    p.set_defaults(handler=run_restore)

    p = subparsers.add_parser(
        "integrity", help="проверить целостность файла базы данных",
        description="Проверка целостности SQLite и ссылок между таблицами. Код возврата 0 — ошибок "
                    "нет, 1 — найдены проблемы.",
    )
    add_db_argument(p)
    add_json_argument(p)
    p.set_defaults(handler=run_integrity)


# ---------------------------------------------------------------------------------------------


def run_audit_verify(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        result = audit.verify(db, actor())
    if args.json:
        print_json({"path": str(db.path), "rows": result.rows, "ok": result.ok, "problems": result.problems})
    elif result.ok:
        out(f"Журнал аудита: проверено записей — {result.rows}; цепочка не нарушена.")
    else:
        out(f"Журнал аудита: проверено записей — {result.rows}; найдено нарушений — {len(result.problems)}:")
        for problem in result.problems:
            out(f"  • {problem}")
    if not result.ok:
        err("Целостность журнала аудита нарушена: записи изменены или удалены в обход программы. "
            "Сохраните копию файла и сообщите ответственному за безопасность.")
        return EXIT_PROBLEMS
    return EXIT_OK


def _local_at(at: str) -> str:
    try:
        return local_time(datetime.fromisoformat(at))
    except ValueError:
        return at


def run_audit_show(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CommandError("Число записей (--limit) должно быть положительным.")
    with open_existing(args) as db:
        rows = audit.recent(db, actor(), limit=args.limit)
    if args.json:
        print_json(rows)
        return EXIT_OK
    out(table(
        ["№", "Время", "Пользователь", "Действие", "Объект", "Результат"],
        [[r.seq, _local_at(r.at), r.actor, r.action, f"{r.entity} {r.record_id}".strip(), r.result]
         for r in reversed(rows)],
    ))
    return EXIT_OK


# ---------------------------------------------------------------------------------------------


def run_backup(args: argparse.Namespace) -> int:
    existing_db_path(args)
    if args.auto:
        return _run_auto_backup(args)
    destination: Path = args.to.expanduser()
    if destination.is_dir():
        raise CommandError(f"{destination} — это папка. Укажите имя файла резервной копии, например "
                           f"{destination / 'cxdesk-копия.db'}.")
    if destination.exists() and not args.force:
        raise CommandError(f"Файл {destination} уже существует и не изменён. Укажите другой файл или "
                           "добавьте --force, чтобы перезаписать его.")
    with open_existing(args) as db:
        written = maintenance.backup(db, actor(), destination)
    size_kb = written.stat().st_size // 1024
    out(f"Резервная копия сохранена: {written} ({size_kb} КБ). Копия проверена и готова к восстановлению.")
    return EXIT_OK


def _run_auto_backup(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        made = backup_schedule.run_automatic(db, actor(), "manual", force=args.force)
    if made is None:
        out("Данные не изменились после последней автоматической копии: новая копия не нужна.")
        return EXIT_OK
    out(f"Резервная копия сохранена и проверена: {made.path} (таблиц — {made.tables}, строк — {made.rows}).")
    for removed in made.removed:
        out(f"  удалена устаревшая копия по графику хранения: {removed.name}")
    return EXIT_OK


def run_backups(args: argparse.Namespace) -> int:
    path = existing_db_path(args)
    copies = backup_schedule.list_copies(path)
    if args.json:
        print_json([{"path": str(c.path), "kind": c.label, "taken_at": c.taken_at.isoformat(), "size": c.size}
                    for c in copies])
        return EXIT_OK
    if not copies:
        out(f"В папке {store_backup.backups_dir(path)} нет резервных копий этой базы.")
        return EXIT_OK
    out(table(["Создана", "Вид", "Размер, КБ", "Файл"],
              [[local_time(c.taken_at), backup_schedule.kind_title(c.label), c.size // 1024, c.path.name] for c in copies]))
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    if args.latest:
        newest = backup_schedule.newest_good_copy(path)
        if newest is None:
            raise CommandError(f"В папке {store_backup.backups_dir(path)} нет исправных резервных копий. "
                               "База данных не изменена.")
        args.source = newest.path
    source: Path = args.source.expanduser()
    if path.is_dir():
        raise CommandError(f"{path} — это папка, а не файл базы данных. Укажите путь к файлу в параметре --db.")
    if not source.exists():
        raise CommandError(f"Файл резервной копии {source} не найден. База данных не изменена.")
    if source.resolve() == path.resolve():
        raise CommandError("Резервная копия и база данных — один и тот же файл. Ничего не изменено.")
    if path.exists():
        question = (f"База данных {path} будет заменена содержимым резервной копии {source}.\n"
                    f"Текущая база будет сохранена в папке {store_backup.backups_dir(path)}. Продолжить?")
    else:
        question = f"База данных {path} будет создана из резервной копии {source}. Продолжить?"
    if not args.yes and not confirm(question):
        err("Восстановление отменено. База данных не изменена.")
        return EXIT_ERROR
    try:
        aside = maintenance.restore(path, source, actor())
    except (store_backup.NotADatabaseError, sqlite3.DatabaseError) as exc:
        raise CommandError(
            f"Текущий файл базы данных {path} не читается ({exc}), поэтому его не удалось сохранить копией "
            "перед восстановлением. База данных не изменена. Переместите повреждённый файл в другую папку "
            "вручную и повторите команду."
        ) from exc
    out(f"База данных {path} восстановлена из резервной копии {source}.")
    if aside is not None:
        out(f"Прежняя база данных сохранена: {aside}.")
    else:
        out("Прежней базы данных по этому пути не было.")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------


def run_integrity(args: argparse.Namespace) -> int:
    path = existing_db_path(args)
    problems = maintenance.integrity(path)
    revision = None
    if not problems:
        try:
            revision = migrate.current_revision(path)
        except migrate.MigrationError as exc:
            problems.append(str(exc))
        else:
            if revision is None:
                problems.append("В файле нет базы данных cxdesk: её структура не создана.")
    if args.json:
        print_json({"path": str(path), "ok": not problems, "schema_revision": revision, "problems": problems})
    elif not problems:
        out(f"Проверка целостности {path}: ошибок не найдено (ревизия схемы {revision}).")
    else:
        out(f"Проверка целостности {path}: найдено проблем — {len(problems)}:")
        for problem in problems:
            out(f"  • {problem}")
    if problems:
        err("Файл базы данных повреждён или не является базой cxdesk. Восстановите его из резервной копии "
            "(cxdesk restore) или обратитесь к администратору.")
        return EXIT_PROBLEMS
    return EXIT_OK
