"""``cxdesk retention run|rules|act``: 152-ФЗ retention of applicants' personal data."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from cxdesk.commands.common import (
    EXIT_OK,
    CommandError,
    actor,
    add_db_argument,
    add_json_argument,
    confirm,
    err,
    open_existing,
    out,
    print_json,
    table,
)
from cxdesk.services import retention


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser(
        "retention", help="сроки хранения и обезличивание персональных данных (152-ФЗ)",
        description="Персональные данные заявителей (ФИО, адрес, контакты, сведения в тексте) хранятся "
                    "в течение срока своего вида записей; по его истечении они обезличиваются.",
    )
    commands = group.add_subparsers(title="команды", dest="retention_command", metavar="КОМАНДА", required=True)
    p = commands.add_parser(
        "run", help="обезличить персональные данные с истёкшим сроком хранения",
        description="Найти записи с истёкшим сроком хранения персональных данных и обезличить их; затем "
                    "очистить освободившееся место в файле (secure_delete, VACUUM, WAL) и составить акт. "
                    "С --dry-run только показать, что будет обезличено.",
    )
    add_db_argument(p)
    p.add_argument("--dry-run", action="store_true", help="только показать записи, ничего не менять")
    p.add_argument("--today", type=date.fromisoformat, metavar="ГГГГ-ММ-ДД", help="дата расчёта (по умолчанию сегодня)")
    p.add_argument("--act", type=Path, metavar="ФАЙЛ.pdf", help="сохранить акт об уничтожении в этот файл")
    p.add_argument("--yes", action="store_true", help="не спрашивать подтверждения")
    add_json_argument(p)
    p.set_defaults(handler=run_retention)

    p = commands.add_parser("rules", help="сроки хранения по видам записей",
                            description="Показать сроки хранения или изменить срок одного вида записей.")
    add_db_argument(p)
    p.add_argument("--set", nargs=2, metavar=("ВИД", "МЕСЯЦЕВ"), help="новый срок, например feedback:open 24")
    p.add_argument("--basis", default=None, metavar="ТЕКСТ", help="основание срока (с --set)")
    add_json_argument(p)
    p.set_defaults(handler=run_rules)

    p = commands.add_parser("act", help="напечатать акт об уничтожении в PDF",
                            description="Сохранить в PDF акт об уничтожении персональных данных.")
    add_db_argument(p)
    p.add_argument("number", type=int, metavar="НОМЕР", help="номер акта")
    p.add_argument("--to", type=Path, required=True, metavar="ФАЙЛ.pdf", help="файл акта")
    p.set_defaults(handler=run_act)


def run_retention(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        found = retention.run(db, actor(), args.today, dry_run=True)
        if not args.json:
            _print_found(found)
        if args.dry_run or not found.records:
            if args.json:
                print_json(_as_json(found))
            return EXIT_OK
        if not args.yes and not confirm(f"Обезличить персональные данные {found.total} записей? Отменить это нельзя."):
            err("Обезличивание отменено. Ничего не изменено.")
            return EXIT_OK
        result = retention.run(db, actor(), args.today)
        act_path = retention.print_act(db, actor(), result.act_id, args.act) if args.act else None
    if args.json:
        print_json({**_as_json(result), "act": result.act_id, "act_file": str(act_path or "")})
        return EXIT_OK
    out(f"Обезличено записей: {result.total}. Составлен акт № {result.act_id}.")
    if not result.cleaned:
        err("Журнал предзаписи (WAL) не очищен: файл базы открыт другой программой. Закройте программу "
            "на всех рабочих местах и повторите команду.")
    if act_path is not None:
        out(f"Акт сохранён: {act_path}")
    else:
        out(f"Напечатать акт: cxdesk retention act {result.act_id} --db {db.path} --to акт.pdf")
    return EXIT_OK


def _print_found(found: retention.RetentionResult) -> None:
    if not found.records:
        out(f"На {found.today:%d.%m.%Y} нет персональных данных с истёкшим сроком хранения.")
        return
    out(f"На {found.today:%d.%m.%Y} срок хранения персональных данных истёк у {found.total} записей:")
    for title, count in found.by_type.items():
        out(f"  • {title}: {count}")


def _as_json(found: retention.RetentionResult) -> dict:
    return {"today": found.today.isoformat(), "dry_run": found.dry_run, "total": found.total,
            "by_type": found.by_type, "records": [r.number or r.id for r in found.records]}


def run_rules(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        if args.set:
            record_type, months = args.set
            if not months.isdigit():
                raise CommandError(f"Срок «{months}» — не целое число месяцев. Ничего не изменено.")
            current = {r.record_type: r for r in retention.list_rules(db, actor())}
            if record_type not in current:
                raise CommandError(f"Вид записей «{record_type}» неизвестен; допустимы: {', '.join(current)}. "
                                   "Ничего не изменено.")
            basis = args.basis if args.basis is not None else current[record_type].basis
            retention.set_rule(db, actor(), record_type, int(months), basis)
        rules = retention.list_rules(db, actor())
    if args.json:
        print_json(rules)
        return EXIT_OK
    out(table(["Вид", "Название", "Срок, мес.", "Основание"],
              [[r.record_type, r.title, r.months, r.basis] for r in rules]))
    return EXIT_OK


def run_act(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        path = retention.print_act(db, actor(), args.number, args.to.expanduser())
    out(f"Акт № {args.number} сохранён: {path}")
    return EXIT_OK
