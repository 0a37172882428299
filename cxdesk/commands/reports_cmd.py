"""``report quarterly`` (the quarterly report on the CX analysis as PDF, archived as a new edition) and
``check`` (the compliance self-audit of R1–R18; exit code 1 when a requirement is not met)."""

from __future__ import annotations

import argparse
from datetime import date
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
from cxdesk.core import compliance as rules
from cxdesk.core.periods import Period, PeriodError
from cxdesk.services import compliance, quarterly_reports
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser(
        "report", help="отчёты: ежеквартальный отчёт о результатах анализа качества КО",
        description="Отчёты, которые программа формирует без окна.",
    )
    commands = group.add_subparsers(title="команды", dest="report_command", metavar="КОМАНДА", required=True)
    p = commands.add_parser(
        "quarterly", help="сформировать ежеквартальный отчёт в PDF",
        description="Сформировать ежеквартальный отчёт о результатах анализа качества клиентского опыта за "
                    "квартал: по центру (--office) или по всему региону (в УЦЗН без --office). Отчёт "
                    "сохраняется в архиве программы новой редакцией (проектом) и записывается в файл PDF.",
    )
    add_db_argument(p)
    p.add_argument("--period", required=True, metavar="КВАРТАЛ", help="квартал, например 2026Q3")
    p.add_argument("--office", metavar="КОД", help="код центра занятости (по умолчанию — свой центр; в УЦЗН — "
                                                   "весь регион, он же REGION)")
    p.add_argument("--out", required=True, type=Path, metavar="ФАЙЛ", help="файл PDF, куда записать отчёт")
    p.add_argument("--publish", action="store_true",
                   help="сразу опубликовать новую редакцию (её смогут прочитать все сотрудники)")
    p.add_argument("--force", action="store_true", help="перезаписать существующий файл")
    p.set_defaults(handler=run_quarterly)

    p = subparsers.add_parser(
        "check", help="самопроверка соответствия Стандарту (R1–R18)",
        description="Оценить по данным каждое требование раздела VI Стандарта (R1–R18) за квартал. Код "
                    "возврата 0 — все требования выполнены или по ним нет данных, 1 — хотя бы одно не "
                    "выполнено.",
    )
    add_db_argument(p)
    p.add_argument("--office", metavar="КОД", help="код центра занятости или REGION (по умолчанию — свой центр; "
                                                   "в УЦЗН — весь регион)")
    p.add_argument("--period", metavar="КВАРТАЛ", help="квартал, например 2026Q3 (по умолчанию — текущий)")
    add_json_argument(p)
    p.set_defaults(handler=run_check)


def actor() -> Actor:
    """The local user of the file prepares reports as a CX specialist: the administrator role does not
    work with the data of the analysis, but whoever can open the file can make its reports."""
    base = Actor.command_line()
    return Actor(base.login, base.full_name, Role.CX_SPECIALIST)


def _period(code: str | None) -> Period:
    try:
        period = Period.parse(code) if code else Period.containing(date.today(), "quarter")
    except PeriodError as exc:
        raise CommandError(str(exc)) from None
    if period.kind != "quarter":
        raise CommandError(f"Укажите квартал, например 2026Q3; «{code}» — не квартал.")
    return period


def run_quarterly(args: argparse.Namespace) -> int:
    period = _period(args.period)
    target: Path = args.out.expanduser()
    if target.exists() and not args.force:
        raise CommandError(f"Файл {target} уже существует. Ничего не записано: укажите другой файл или добавьте "
                           "--force.")
    if not target.parent.is_dir():
        raise CommandError(f"Папки {target.parent} нет. Ничего не записано: укажите существующую папку.")
    with open_existing(args) as db:
        who = actor()
        err(f"Формируется отчёт за {period.title}…")
        row = quarterly_reports.generate(db, who, period, args.office)
        if args.publish:
            row = quarterly_reports.publish(db, who, row.id)
        pdf = quarterly_reports.report_pdf(db, who, row.id)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(pdf)
    partial.replace(target)  # a half-written file never has the PDF's name
    err(f"Отчёт записан в {target} ({row.pages} стр.); в архиве — редакция {row.edition} "
        f"({row.status_title}).")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    period = _period(args.period)
    with open_existing(args) as db:
        result = compliance.evaluate(db, actor(), period, args.office)
    if args.json:
        print_json(result.as_list())
    else:
        out(f"Самопроверка соответствия Стандарту: {result.scope.title}, {period.title}")
        rows = [[c.id, rules.STATUS_MARKS[c.status] + " " + c.status_title, c.summary] for c in result.checks]
        out(table(["Треб.", "Состояние", "Основание"], rows))
        counts = result.counts
        out(f"\nВыполнено: {counts[rules.MET]}, не выполнено: {counts[rules.NOT_MET]}, "
            f"нет данных: {counts[rules.NO_DATA]}.")
    return EXIT_PROBLEMS if result.counts[rules.NOT_MET] else EXIT_OK
