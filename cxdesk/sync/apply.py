"""The importer: phase A (``checks``) writes nothing; phase B applies every record of the bundle in one
transaction — ``INSERT … ON CONFLICT (id) DO UPDATE … WHERE (new.version, new.hlc) > (old.version,
old.hlc)`` — stores its blobs, merges knowledge-base articles edited at both ends, refreshes the search
indexes, records the bundle as applied, processes the acknowledgement and returns a report per record
type. Any failure rolls the whole bundle back; a dry run rolls back at the end.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import exc as sa_exc
from sqlalchemy import insert, select

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.store import bulk, kpi
from cxdesk.store.changelog import log_many
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackRecord
from cxdesk.store.sync import SyncJournal
from cxdesk.sync import checks, indexes, knowledge_merge, ownership, prefetch
from cxdesk.sync.container import BundleReader, iter_lines
from cxdesk.sync.errors import BundleRefused
from cxdesk.sync.export import SYNC_OP, blob_tables
from cxdesk.sync.keys import NodeKeys
from cxdesk.sync.peers import node_keys
from cxdesk.sync.records import binder, codec, entity_title, table_by_name

BATCH = 1000
GROUP_SECONDS = 3.0


def import_files(db: Database, actor: Actor, paths: list[Path], *, dry_run: bool, progress=None):
    from cxdesk.services.exchange import ImportResult

    ordered = sorted(paths, key=_order_key)
    with db.uow() as uow:
        here = _Here(node_keys(db), *ownership.installation_kind(uow.session))
    queue = list(ordered)

    def announce(path: Path) -> None:  # called as a bundle leaves the queue
        if progress:
            progress(len(ordered) - len(queue) - 1, len(ordered), path.name)

    reports: list = []
    cache = bulk.GROUP_CACHE_KIB if len(ordered) > 1 else bulk.CACHE_KIB
    helper = prefetch.Prefetcher(here.node, here.me, here.kind, db.engine.url.drivername)
    with bulk.batch_writes(db.engine, cache), helper as ahead:
        ahead.plan(ordered)
        while queue:
            reports += _import_group(db, actor, here, queue, ahead, dry_run=dry_run, announce=announce)
    if progress:
        progress(len(ordered), len(ordered), "")
    return ImportResult(tuple(reports), dry_run, ahead.checked_ahead)


class _Here(NamedTuple):
    """This installation, read once per batch: its keys, office code and kind."""

    node: NodeKeys
    me: str | None
    kind: str | None


def _import_group(db: Database, actor: Actor, here: _Here, queue: list[Path], ahead, *, dry_run: bool,
                  announce) -> list:
    """Bundles from the front of ``queue`` in one transaction, each in its own savepoint (a refused one is
    rolled back alone), committed together. On a SQLite file (one writer at a time) a group takes the
    bundles begun within ``GROUP_SECONDS``: the pages of the big tables' indexes that consecutive bundles
    change are then written once per group instead of once per bundle. On a server, where several
    specialists write at once, every bundle is committed by itself. A commit that fails turns the
    group's applied bundles into refusals: nothing of them was kept."""
    from cxdesk.services.exchange import APPLIED

    group: list = []
    with db.uow() as uow:
        started = time.monotonic()
        while queue and (not group or (db.is_sqlite and time.monotonic() - started < GROUP_SECONDS)):
            path = queue.pop(0)
            try:
                announce(path)
            except BaseException:  # the user's «Cancel» between two bundles: the finished ones stay
                if not dry_run:
                    uow.commit()
                raise
            group.append(import_one(db, uow.session, actor, here, path, dry_run=dry_run, ahead=ahead.take(path)))
        if dry_run or not any(r.status == APPLIED for r in group):
            return group
        try:
            uow.commit()
        except Exception as exc:  # noqa: BLE001 - a full disk or a lost file: reported per bundle, nothing kept
            return [_not_kept(r, exc) if r.status == APPLIED else r for r in group]
    return group


def _not_kept(report, exc: Exception):
    from cxdesk.services.exchange import REFUSED

    return replace(report, status=REFUSED, entities=(), message=(
        f"Файл «{report.file.name}» не загружен: база данных не приняла запись ({exc}). Ничего из него не "
        "сохранено; освободите место на диске или проверьте доступ к базе и повторите загрузку."))


def _order_key(path: Path) -> tuple:
    """Sender and number from the file name our exporter gives (any order of a batch then works);
    files named otherwise keep their place after those."""
    parts = path.stem.split("_")
    if len(parts) == 4 and parts[2].isdigit():
        return (0, parts[0], int(parts[2]), path.name)
    return (1, "", 0, path.name)


def import_one(db: Database, s, actor: Actor, here: _Here, path: Path, *, dry_run: bool, ahead=None):
    """One bundle in a savepoint of the session ``s`` (all or nothing; the caller commits); ``ahead``: its
    members already checked by the batch's helper process."""
    from cxdesk.services.exchange import ALREADY_APPLIED, APPLIED, REFUSED, SUPERSEDED, BundleReport

    try:
        reader = BundleReader(path)
    except BundleRefused as exc:
        return BundleReport(path, REFUSED, exc.message, dry_run=dry_run)
    m: dict = {}
    try:
        with s.begin_nested() as savepoint:
            checked = checks.check(s, reader, here.node, here.me, here.kind, ahead)
            m = checked.manifest
            head = dict(bundle_id=m["bundle_id"], sender=m["sender"], kind=m["kind"], msg_no=m["msg_no"],
                        ack=m["ack"], dry_run=dry_run)
            if checked.status != checks.APPLY:
                status = ALREADY_APPLIED if checked.status == checks.ALREADY else SUPERSEDED
                return BundleReport(path, status, checked.message, **head)
            entities = apply_checked(s, db, actor, checked, path)
            if dry_run:
                savepoint.rollback()
        if not dry_run:
            db.clock.observe(m["hlc_max"])  # authentic even if the group's commit fails later
    except BundleRefused as exc:
        return BundleReport(path, REFUSED, exc.message, **_head(m, dry_run))
    except sa_exc.IntegrityError as exc:
        return BundleReport(path, REFUSED, _integrity_message(path, exc), **_head(m, dry_run))
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop the batch; it is rolled back
        return BundleReport(path, REFUSED, f"Файл «{path.name}» не загружен из-за внутренней ошибки ({exc!r}). "
                            "Ничего не изменено; повторите загрузку, а при повторе ошибки сообщите "
                            "администратору.", **_head(m, dry_run))
    finally:
        reader.close()
    total = sum(e.created + e.updated for e in entities)
    conflicts = sum(e.conflicts for e in entities)
    verb = "будет изменено" if dry_run else "изменено"
    message = (f"Пакет № {m['msg_no']} от {m['sender']}: {verb} записей — {total}"
               + (f", конфликтов правок базы знаний — {conflicts}" if conflicts else "")
               + (". Проверка без записи: база данных не изменена." if dry_run else "."))
    return BundleReport(path, APPLIED, message, entities=tuple(entities), **head)


def _head(m: dict, dry_run: bool) -> dict:
    return dict(bundle_id=m.get("bundle_id", ""), sender=m.get("sender", ""), kind=m.get("kind", ""),
                msg_no=m.get("msg_no", 0), ack=m.get("ack", 0), dry_run=dry_run)


def _integrity_message(path: Path, exc: sa_exc.IntegrityError) -> str:
    reason = str(exc.orig)
    what = ("запись ссылается на запись, которой нет ни в пакете, ни в базе"
            if "FOREIGN KEY" in reason.upper() else f"запись противоречит местной записи ({reason})")
    return (f"Файл «{path.name}» отклонён: {what}. Ничего не изменено; загрузите сначала более ранние пакеты "
            "этого центра или попросите его выгрузить пакет заново.")


def apply_checked(s, db: Database, actor: Actor, checked: checks.Checked, path: Path) -> list:
    """Phase B: everything in the caller's transaction (committed or rolled back by the caller)."""
    from cxdesk.services.exchange import EntityReport

    m = checked.manifest
    tables = table_by_name()
    reports: list = []
    touched: dict[str, tuple[list[str], list[str]]] = {}  # table → (created ids, updated ids)
    deferred: dict[str, list[dict]] = {}
    for member_no, entry in checked.data:
        table = tables[entry["entity"]]
        counts, fresh, changed, later = _apply_member(s, checked, member_no, entry, table)
        touched[table.name] = (fresh, changed)
        if later:
            deferred[table.name] = later
        reports.append([table.name, *counts])
    for name, rows in deferred.items():
        updated, unchanged, conflicts, ids = knowledge_merge.merge(s, tables[name], rows, m["bundle_id"])
        written = set(ids)
        _log(s, name, [r for r in rows if r["id"] in written])
        touched[name] = (touched[name][0], touched[name][1] + ids)
        for report in reports:
            if report[0] == name:
                report[2] += updated
                report[3] += unchanged
                report[4] += conflicts
    for member_no, entry in checked.blobs:
        _apply_blob(s, checked, member_no, entry)
    indexes.refresh(s, touched, checked.bodies)
    _finish(s, actor, checked, path, reports)
    return [EntityReport(r[0], entity_title(r[0]), *r[1:]) for r in reports]


def _apply_member(s, checked: checks.Checked, member_no: int, entry: dict, table):
    if table.name != FeedbackRecord.__tablename__:
        return _apply_rows(s, checked, member_no, entry, table, lambda ids: None)
    with kpi.marking_in_bulk(s) as mark:  # the KPI cache learns the office-months once per batch
        return _apply_rows(s, checked, member_no, entry, table, mark)


def _apply_rows(s, checked: checks.Checked, member_no: int, entry: dict, table, mark):
    """Records as tuples in ``codec.names`` order: (id, origin, version, hlc, deleted, *data columns)."""
    c = codec(table.name)
    deferring = table.name in knowledge_merge.MERGED
    region = ownership.owner(table) == ownership.REGION
    names = c.names
    write = _upsert(s, table, names, region=region)
    bind = (lambda row: row) if member_no in checked.bound else binder(table, names, s.get_bind().dialect)
    created = updated = unchanged = 0
    fresh: list[str] = []
    changed: list[str] = []
    later: list[dict] = []
    batch: list[tuple] = []

    def flush() -> None:
        nonlocal created, updated, unchanged
        old = {r[0]: (r[1], r[2], r[3]) for r in s.execute(
            select(table.c.id, table.c.version, table.c.hlc, table.c.origin)
            .where(table.c.id.in_([r[0] for r in batch])))}
        rows = []
        for r in batch:
            rid, origin, version, hlc = r[0], r[1], r[2], r[3]
            before = old.get(rid)
            if before is None:
                created += 1
                fresh.append(rid)
            elif (version, hlc, origin) == before:
                unchanged += 1
                continue
            elif deferring:
                later.append(dict(zip(names, r, strict=True)))
                continue
            elif (version, hlc) > before[:2] or (region and before[2] != origin):
                updated += 1
                changed.append(rid)
            else:
                unchanged += 1
                continue
            rows.append(r)
        if rows:
            mark([r[0] for r in rows if r[0] in old])  # the months they leave
            write([bind(r) for r in rows])
            mark([r[0] for r in rows])
            log_many(s, [(table.name, r[0], r[1], r[2], r[3], SYNC_OP) for r in rows])
        batch.clear()

    held = checked.held.get(member_no)
    records = held if held is not None else (
        c.as_row(c.decode(line)) for line in iter_lines(checked.reader.stream(entry, member_no, checked.key),
                                                        checked.reader.name))
    for values in records:
        batch.append(values)
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    return (created, updated, unchanged, 0), fresh, changed, later


def _upsert(s, table, names: list[str], *, region: bool):
    """Portable upsert (SQLite ≥ 3.24 and PostgreSQL): the newer (version, hlc) wins; for the region's
    reference data in an office a local draft under the same id gives way too. Returns a function that
    writes records already bound (``records.binder``; ``names``: identity columns first) through the
    driver's ``executemany``."""
    dialect = s.get_bind().dialect
    quote = dialect.identifier_preparer.quote
    mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(dialect.paramstyle)
    if mark is None:
        raise NotImplementedError(f"paramstyle {dialect.paramstyle}")
    sets = ", ".join(f"{quote(n)} = excluded.{quote(n)}" for n in names[1:])
    t = quote(table.name)
    where = f"(excluded.version, excluded.hlc) > ({t}.version, {t}.hlc)"
    if region:
        where += f" OR {t}.origin <> excluded.origin"
    sql = (f"INSERT INTO {t} ({', '.join(quote(n) for n in names)}) VALUES ({', '.join([mark] * len(names))}) "
           f"ON CONFLICT (id) DO UPDATE SET {sets} WHERE {where}")

    def write(rows: list) -> None:
        s.connection().exec_driver_sql(sql, rows)
    return write


def _log(s, entity: str, rows: list[dict]) -> None:
    log_many(s, [(entity, v["id"], v["origin"], v["version"], v["hlc"], SYNC_OP) for v in rows])


def _apply_blob(s, checked: checks.Checked, member_no: int, entry: dict) -> None:
    sha = entry["path"].removeprefix("blobs/")
    by_name = {t.name: t for t in blob_tables()}
    data = None
    for name in entry["tables"]:
        table = by_name[name]
        if s.scalar(select(table.c.sha256).where(table.c.sha256 == sha)) is not None:
            continue
        if data is None:
            data = b"".join(checked.reader.stream(entry, member_no, checked.key))
        s.execute(insert(table), [{"sha256": sha, "size": len(data), "data": data}])


def _finish(s, actor: Actor, checked: checks.Checked, path: Path, reports: list) -> None:
    m, peer = checked.manifest, checked.peer
    peer.in_msg_no, peer.in_created_hlc, peer.in_bundle_id = m["msg_no"], m["created_hlc"], m["bundle_id"]
    if peer.acked_msg_no < m["ack"] <= peer.out_msg_no:
        peer.acked_msg_no = m["ack"]
    records = sum(sum(r[1:4]) for r in reports)
    s.add(SyncJournal(direction="in", peer=m["sender"], bundle_id=m["bundle_id"], kind=m["kind"], epoch=m["epoch"],
                      msg_no=m["msg_no"], ack=m["ack"], status="applied", file_name=path.name,
                      file_sha256="", records=records, actor=actor.login,
                      report=json.dumps({r[0]: r[1:] for r in reports})))
    audit.append(s, actor, "sync.import", office=m["recipient"], entity="sync_journal", record_id=m["bundle_id"],
                 details={"peer": m["sender"], "msg_no": m["msg_no"], "records": records, "file": path.name})
