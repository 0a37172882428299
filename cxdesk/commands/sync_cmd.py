"""Exchange with the УЦЗН from the command line: ``cxdesk keys …`` (enrolment) and ``cxdesk bundle …``
(export, import of a batch of files with an optional dry run, the exchange journal)."""

from __future__ import annotations

import argparse
from pathlib import Path

from cxdesk.commands.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    actor,
    add_db_argument,
    add_json_argument,
    err,
    local_time,
    open_existing,
    out,
    print_json,
    table,
)
from cxdesk.services import exchange


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser(
        "keys", help="ключи обмена: показать, выгрузить, зарегистрировать, отозвать",
        description="Ключи обмена пакетами между центром занятости и УЦЗН. Перед регистрацией чужого ключа "
                    "сверьте его отпечаток с центром-владельцем (по телефону или лично).")
    commands = group.add_subparsers(title="команды", dest="keys_command", metavar="КОМАНДА", required=True)
    p = commands.add_parser("show", help="ключ этого центра и зарегистрированные ключи",
                            description="Показать отпечаток ключа этого центра и зарегистрированные ключи.")
    add_db_argument(p)
    add_json_argument(p)
    p.set_defaults(handler=run_keys_show)
    p = commands.add_parser("export-public", help="выгрузить открытый ключ этого центра в файл",
                            description="Записать открытый ключ этого центра в файл для передачи другой стороне.")
    add_db_argument(p)
    p.add_argument("--out", required=True, type=Path, metavar="ФАЙЛ", help="файл открытого ключа")
    p.set_defaults(handler=run_keys_export)
    p = commands.add_parser("register", help="зарегистрировать открытый ключ другого центра",
                            description="Зарегистрировать открытый ключ УЦЗН (в центре занятости) или центра "
                                        "занятости (в УЦЗН).")
    add_db_argument(p)
    p.add_argument("--office", required=True, metavar="КОД", help="код центра, чей это ключ")
    p.add_argument("--fingerprint", metavar="ОТПЕЧАТОК", help="отпечаток, названный владельцем ключа (сверяется)")
    p.add_argument("file", type=Path, metavar="ФАЙЛ", help="файл открытого ключа")
    p.set_defaults(handler=run_keys_register)
    p = commands.add_parser("revoke", help="отозвать ключ центра",
                            description="Отозвать ключ центра: его пакеты больше не принимаются.")
    add_db_argument(p)
    p.add_argument("--office", required=True, metavar="КОД", help="код центра")
    p.set_defaults(handler=run_keys_revoke)
    p = commands.add_parser("rotate", help="перевыпустить ключи этого центра (новая эпоха)",
                            description="Выпустить новые ключи этого центра (после восстановления из резервной "
                                        "копии или утраты файла ключей); новый открытый ключ нужно передать "
                                        "для регистрации.")
    add_db_argument(p)
    p.set_defaults(handler=run_keys_rotate)

    group = subparsers.add_parser(
        "bundle", help="пакеты обмена с УЦЗН: выгрузить, загрузить, журнал",
        description="Пакеты обмена: файлы, которые переносят изменения между центром занятости и УЦЗН.")
    commands = group.add_subparsers(title="команды", dest="bundle_command", metavar="КОМАНДА", required=True)
    p = commands.add_parser("export", help="выгрузить пакет для УЦЗН или центра",
                            description="Выгрузить пакет со всеми изменениями, которые получатель ещё не "
                                        "подтвердил. В УЦЗН без --peer — по пакету для каждого центра.")
    add_db_argument(p)
    p.add_argument("--to", required=True, type=Path, metavar="ПАПКА", help="папка или съёмный диск")
    p.add_argument("--peer", metavar="КОД", help="код получателя")
    add_json_argument(p)
    p.set_defaults(handler=run_bundle_export)
    p = commands.add_parser("import", help="загрузить пакеты",
                            description="Проверить и загрузить пакеты. Каждый файл — всё или ничего; код "
                                        "возврата 1, если хотя бы один файл отклонён.")
    add_db_argument(p)
    p.add_argument("files", nargs="+", type=Path, metavar="ФАЙЛ", help="файлы пакетов (.cxb)")
    p.add_argument("--dry-run", action="store_true", help="только проверить и показать, что изменится")
    add_json_argument(p)
    p.set_defaults(handler=run_bundle_import)
    p = commands.add_parser("journal", help="журнал обмена", description="Отправленные и полученные пакеты.")
    add_db_argument(p)
    p.add_argument("--limit", type=int, default=50, metavar="N", help="сколько записей показать (по умолчанию 50)")
    add_json_argument(p)
    p.set_defaults(handler=run_bundle_journal)


def run_keys_show(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        own = exchange.own_keys(db, actor())
        peers = exchange.list_peers(db, actor())
    if args.json:
        print_json({"own": own, "peers": peers})
        return EXIT_OK
    out(f"Центр: {own.office_code} — {own.office_name}")
    out(f"Отпечаток ключа (эпоха {own.epoch}): {own.fingerprint}")
    out(f"Файл закрытых ключей: {own.key_file}")
    if peers:
        out("")
        out(table(["код", "центр", "эпоха", "отпечаток", "состояние"],
                  [[p.office_code, p.office_name, p.epoch, p.fingerprint,
                    f"отозван {local_time(p.revoked_at)}" if p.revoked else "действует"] for p in peers]))
    else:
        out("Ключи других центров не зарегистрированы.")
    return EXIT_OK


def run_keys_export(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        info = exchange.export_public_key(db, actor(), args.out)
    err(f"Открытый ключ центра {info.office_code} записан в {args.out}. Отпечаток: {info.fingerprint} — "
        "сообщите его получателю для сверки.")
    return EXIT_OK


def run_keys_register(args: argparse.Namespace) -> int:
    preview = exchange.read_public_key(args.file)
    with open_existing(args) as db:
        info = exchange.register_peer(db, actor(), args.office, args.file, fingerprint=args.fingerprint)
    err(f"Ключ центра {info.office_code} ({preview.office_name}) зарегистрирован. Отпечаток: {info.fingerprint}."
        + ("" if args.fingerprint else " Сверьте его с центром-владельцем; при расхождении отзовите ключ."))
    return EXIT_OK


def run_keys_revoke(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        info = exchange.revoke_peer(db, actor(), args.office)
    err(f"Ключ центра {info.office_code} отозван: его пакеты больше не принимаются.")
    return EXIT_OK


def run_keys_rotate(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        info = exchange.rotate_keys(db, actor())
    err(f"Выпущены новые ключи (эпоха {info.epoch}), отпечаток: {info.fingerprint}. Выгрузите открытый ключ "
        "(cxdesk keys export-public) и передайте его для регистрации.")
    return EXIT_OK


def run_bundle_export(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        results = exchange.export_bundles(db, actor(), args.to, [args.peer] if args.peer else None)
    if args.json:
        print_json(results)
        return EXIT_OK
    for r in results:
        err(f"Пакет № {r.msg_no} для {r.peer}: {r.records} записей, вложений {r.blobs} — {r.path}")
    return EXIT_OK


def run_bundle_import(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        result = exchange.import_bundles(db, actor(), args.files, dry_run=args.dry_run)
    if args.json:
        print_json({"dry_run": result.dry_run, "refused": result.refused, "checked_ahead": result.checked_ahead,
                    "bundles": result.bundles})
    else:
        for b in result.bundles:
            err(f"{b.file.name}: {b.status_title}. {b.message}")
            changed = [e for e in b.entities if e.created or e.updated or e.conflicts]
            if changed:
                out(table(["вид записей", "новых", "изменено", "без изменений", "конфликтов"],
                          [[e.title, e.created, e.updated, e.unchanged, e.conflicts] for e in changed]))
        if result.refused:
            err(f"Отклонено файлов: {result.refused} из {len(result.bundles)}.")
    return EXIT_PROBLEMS if result.refused else EXIT_OK


def run_bundle_journal(args: argparse.Namespace) -> int:
    with open_existing(args) as db:
        rows = exchange.journal(db, actor(), limit=args.limit)
    if args.json:
        print_json(rows)
        return EXIT_OK
    out(table(["время", "направление", "центр", "№", "подтв.", "записей", "состояние", "файл"],
              [[local_time(r.at), r.direction_title, r.peer, r.msg_no, r.ack, r.records, r.status_title,
                r.file_name] for r in rows]))
    return EXIT_OK
