"""``cxdesk import <source> FILE``: headless import of feedback files (CSV or XLSX) into the register.

The same services as the GUI: the file is checked whole first (every row error with its row,
column and reason), then written in one transaction — all rows or, with ``--valid-only``, the
valid ones. ``--dry-run`` only checks. Importing the same file again adds no duplicates.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cxdesk.commands.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    CommandError,
    add_db_argument,
    add_json_argument,
    err,
    open_existing,
    out,
    print_json,
    table,
)
from cxdesk.services import feedback_imports, feedback_surveys
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role

SOURCES_HELP = "; ".join(f"{k} — {v}" for k, v in feedback_imports.IMPORT_SOURCES.items())


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import",
        help="импорт обратной связи из файла CSV или XLSX",
        description="Импорт записей обратной связи из файла CSV (UTF-8, UTF-8 с BOM или Windows-1251; "
        "разделитель «;» или «,») или XLSX. Сначала проверяется весь файл; при ошибках ничего не "
        "записывается, если не указан --valid-only. Повторный импорт того же файла не создаёт "
        "дубликатов.",
    )
    p.add_argument(
        "source",
        choices=list(feedback_imports.IMPORT_SOURCES),
        metavar="ИСТОЧНИК",
        help=f"что импортируется: {SOURCES_HELP}",
    )
    p.add_argument("file", type=Path, metavar="ФАЙЛ", help="файл CSV или XLSX")
    p.add_argument(
        "--template", metavar="АНКЕТА", help="код анкеты для ответов на опрос (например, ref-citizen)"
    )
    p.add_argument("--dry-run", action="store_true", help="только проверить файл, ничего не записывать")
    p.add_argument(
        "--valid-only",
        action="store_true",
        help="записать только верные строки (по умолчанию — всё или ничего)",
    )
    p.add_argument("--errors", type=Path, metavar="ФАЙЛ", help="сохранить ошибки строк в файл CSV")
    add_db_argument(p)
    add_json_argument(p)
    p.set_defaults(handler=run_import)


def actor() -> Actor:
    """The local user of the file imports as an intake specialist: the administrator role has no access
    to feedback (it holds applicants' personal data), but whoever can open the file can enter records."""
    base = Actor.command_line()
    return Actor(base.login, base.full_name, Role.CX_SPECIALIST)


def run_import(args: argparse.Namespace) -> int:
    if not args.file.exists():
        raise CommandError(f"Файл {args.file} не найден. Ничего не импортировано.")
    mode = "valid" if args.valid_only else "all"
    with open_existing(args) as db:
        if args.source == "survey" and not args.template:
            codes = ", ".join(t.code for t in feedback_surveys.list_templates(db, actor()))
            raise CommandError(f"Укажите анкету параметром --template. Анкеты в базе: {codes}.")
        preview = feedback_imports.preview_import(db, actor(), args.source, args.file, args.template)
        if args.errors and preview.errors:
            feedback_imports.write_error_report(preview.errors, args.errors)
        if args.dry_run:
            result = feedback_imports.summarise(
                preview, preview.rows_valid if (mode == "valid" or not preview.errors) else 0, True, mode
            )
        elif preview.errors and mode == "all":
            result = feedback_imports.summarise(preview, 0, False, mode)
        else:
            result = feedback_imports.commit_import(db, actor(), preview, mode)
    if args.json:
        print_json(result)
    else:
        _print(result)
    refused = result.errors and mode == "all" and not result.dry_run
    if refused:
        err("В файле есть ошибки; ничего не импортировано. Исправьте файл или повторите с --valid-only.")
    return EXIT_PROBLEMS if result.errors else EXIT_OK


def _print(result: feedback_imports.ImportResult) -> None:
    verb = "будет импортировано" if result.dry_run else "импортировано"
    out(
        f"Файл {result.filename}: строк {result.rows_total}; {verb} {result.imported}; "
        f"уже были в базе {result.duplicates}; с ошибками {result.failed}."
    )
    if result.errors:
        shown = result.errors[:50]
        out(table(["Строка", "Столбец", "Ошибка"], [[e.row, e.column, e.reason] for e in shown]))
        if len(result.errors) > len(shown):
            out(f"… и ещё {len(result.errors) - len(shown)} ошибок (полный список — параметр --errors).")
