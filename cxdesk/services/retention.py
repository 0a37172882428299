"""Retention of applicants' personal data (152-ФЗ): periods per record type, anonymisation of
expired personal data, and the destruction act.

A register record's personal data — author, address, contacts, and in its texts the applicant's
name, address, contacts, e-mails and telephone numbers (see :mod:`cxdesk.core.anonymise`) — is
kept for the period of its record type, counted from the answer date, else the receipt date.
:func:`run` anonymises every expired record that still holds such data in one transaction
(scanned attachments of those records are emptied too), writes the audit row and the act, and
then makes the old bytes unrecoverable from the file: ``PRAGMA secure_delete=ON`` while
writing, the full-text index merged (``optimize``), ``VACUUM`` and a WAL checkpoint
(``TRUNCATE``). The records themselves stay (counts and analytics keep working); the change
reaches other offices through the change log like any edit.
"""

from __future__ import annotations

import calendar
import contextlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, or_, select, update

from cxdesk.core.anonymise import mask_text
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store import feedback_fts
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackAttachment, FeedbackRecord
from cxdesk.store.models import AuditEntry
from cxdesk.store.retention import RetentionAct, RetentionRule

R = FeedbackRecord
PERSONAL_FIELDS = ("author", "address", "contacts")
TEXT_FIELDS = ("subject", "text", "answer", "measures")
MONTHS_RANGE = (1, 1200)


@dataclass(frozen=True)
class RuleInfo:
    record_type: str
    title: str
    months: int
    basis: str
    active: bool


@dataclass(frozen=True)
class ExpiredRecord:
    id: str
    number: str
    source: str
    received_on: date
    kept_from: date  # the date the period is counted from
    expired_on: date


@dataclass
class RetentionResult:
    today: date
    dry_run: bool
    by_type: dict[str, int] = field(default_factory=dict)  # record type title → records
    records: list[ExpiredRecord] = field(default_factory=list)
    act_id: int | None = None
    cleaned: bool = False  # VACUUM done and the WAL file emptied

    @property
    def total(self) -> int:
        return len(self.records)


@dataclass(frozen=True)
class ActInfo:
    id: int
    performed_at: datetime
    actor: str
    actor_name: str
    records: int
    audit_seq: int
    cleaned: bool


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier); the month's last day when it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _info(row: RetentionRule) -> RuleInfo:
    return RuleInfo(row.record_type, row.title, row.months, row.basis, row.active)


def list_rules(db: Database, actor: Actor) -> list[RuleInfo]:
    require(db, actor, Action.RETENTION_MANAGE)
    with db.uow() as uow:
        return [_info(r) for r in uow.session.scalars(select(RetentionRule).order_by(RetentionRule.record_type))]


def set_rule(db: Database, actor: Actor, record_type: str, months: int, basis: str, active: bool = True) -> RuleInfo:
    require(db, actor, Action.RETENTION_MANAGE)
    low, high = MONTHS_RANGE
    if not low <= months <= high:
        raise ValidationError(f"Срок хранения: от {low} до {high} месяцев. Срок не изменён.")
    with db.uow() as uow:
        row = uow.session.get(RetentionRule, record_type)
        if row is None:
            raise NotFoundError(f"Вид записей «{record_type}» не найден в таблице сроков хранения.")
        before = {"months": row.months, "active": row.active}
        row.months, row.basis, row.active = months, basis.strip(), active
        row.changed_by, row.changed_at = actor.login, datetime.now(UTC)
        audit.append(uow.session, actor, "retention.rule", office=db.office_code, entity="retention_rule",
                     record_id=record_type, details={"before": before, "months": months, "active": active})
        uow.commit()
        return _info(row)


def _has_personal_data():
    return or_(*(getattr(R, name) != "" for name in PERSONAL_FIELDS))


def find_expired(db: Database, actor: Actor, today: date | None = None) -> RetentionResult:
    """Records whose retention period is over and that still hold personal data (nothing written)."""
    require(db, actor, Action.RETENTION_MANAGE)
    today = today or date.today()
    result = RetentionResult(today, dry_run=True)
    kept_from = func.coalesce(R.answer_on, R.received_on)
    with db.uow() as uow:
        for rule in uow.session.scalars(select(RetentionRule).where(RetentionRule.active)):
            kind, _, source = rule.record_type.partition(":")
            if kind != "feedback":
                continue
            cutoff = add_months(today, -rule.months)
            rows = uow.session.execute(
                select(R.id, R.number, R.source, R.received_on, R.answer_on)
                .where(R.source == source, kept_from < cutoff, _has_personal_data())
                .order_by(R.received_on, R.id)
            ).all()
            for rid, number, src, received, answered in rows:
                start = answered or received
                result.records.append(ExpiredRecord(rid, number, src, received, start, add_months(start, rule.months)))
            if rows:
                result.by_type[rule.title] = len(rows)
    return result


def _anonymise(record: FeedbackRecord) -> None:
    personal = {"name": record.author, "address": record.address, "contacts": record.contacts}
    for name in TEXT_FIELDS:
        setattr(record, name, mask_text(getattr(record, name), **personal))
    for name in PERSONAL_FIELDS:
        setattr(record, name, "")


def run(db: Database, actor: Actor, today: date | None = None, *, dry_run: bool = False) -> RetentionResult:
    """Anonymise every expired record (or, with ``dry_run``, only say which); make the act."""
    from cxdesk.services.feedback import search_body

    result = find_expired(db, actor, today)
    if dry_run:
        return result
    if not result.records:  # nothing new; a file left uncleaned by an earlier run is cleaned now
        result.dry_run = False
        with db.uow() as uow:
            pending = list(uow.session.scalars(select(RetentionAct.id).where(RetentionAct.cleaned.is_(False))))
        if pending:
            result.cleaned = wipe_free_space(db)
            _mark_cleaned(db, pending, result.cleaned)
        return result
    ids = [r.id for r in result.records]
    with db.uow() as uow:
        if db.is_sqlite:
            uow.session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
        bodies = []
        for i in range(0, len(ids), 500):
            for record in uow.session.scalars(select(R).where(R.id.in_(ids[i : i + 500]))):
                _anonymise(record)
                bodies.append((record.id, search_body(record)))
            uow.session.execute(
                update(FeedbackAttachment)
                .where(FeedbackAttachment.record_id.in_(ids[i : i + 500]), FeedbackAttachment.size > 0)
                .values(data=b"", size=0, filename="обезличено", deleted=True)
                .execution_options(synchronize_session=False)
            )
        uow.session.flush()
        feedback_fts.index_rows(uow.session, bodies)
        act = RetentionAct(
            actor=actor.login, actor_name=actor.full_name, records=len(ids),
            details=json.dumps([_record_json(r) for r in result.records], ensure_ascii=False),
        )
        uow.session.add(act)
        uow.session.flush()
        entry = audit.append(uow.session, actor, "retention.anonymise", office=db.office_code,
                             entity="retention_act", record_id=act.id,
                             details={"records": len(ids), "by_type": result.by_type, "today": today_iso(result)})
        uow.session.flush()
        act.audit_seq = entry.seq
        uow.commit()
        result.act_id = act.id
    result.dry_run = False
    result.cleaned = wipe_free_space(db)
    _mark_cleaned(db, [result.act_id], result.cleaned)
    return result


def _mark_cleaned(db: Database, act_ids: list[int], cleaned: bool) -> None:
    if not cleaned:
        return
    with db.uow() as uow:
        uow.session.execute(update(RetentionAct).where(RetentionAct.id.in_(act_ids)).values(cleaned=True))
        uow.commit()


def today_iso(result: RetentionResult) -> str:
    return result.today.isoformat()


def _record_json(r: ExpiredRecord) -> dict:
    return {"id": r.id, "number": r.number, "source": r.source, "received_on": r.received_on.isoformat(),
            "kept_from": r.kept_from.isoformat(), "expired_on": r.expired_on.isoformat()}


def wipe_free_space(db: Database) -> bool:
    """Merge the full-text index, VACUUM and empty the WAL file with ``secure_delete`` on (on a PostgreSQL
    server: ``VACUUM FULL`` rewrites the tables that held the data, so old row versions are gone).

    True when the WAL checkpoint completed (no other program held the database open), or on a server
    when the tables could be rewritten within the lock timeout."""
    if not db.is_sqlite:
        return _vacuum_server(db)
    db.engine.dispose()  # pooled connections closed: VACUUM and the checkpoint need the file alone
    with contextlib.closing(sqlite3.connect(db.path, isolation_level=None, timeout=10)) as conn:
        conn.execute("PRAGMA secure_delete=ON")
        try:
            conn.execute(f"INSERT INTO {feedback_fts.FTS_TABLE}({feedback_fts.FTS_TABLE}) VALUES ('optimize')")
            conn.execute("VACUUM")
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError:  # another program holds the file: the next run cleans it
            return False
    return busy == 0


WIPED_TABLES = ("feedback_record", "feedback_attachment", feedback_fts.FTS_TABLE)  # where personal data was


def _vacuum_server(db: Database) -> bool:
    from sqlalchemy.exc import OperationalError

    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("SET lock_timeout = '10s'")  # other workstations at work: the next run cleans
        try:
            conn.exec_driver_sql(f"VACUUM (FULL) {', '.join(WIPED_TABLES)}")
        except OperationalError:
            return False
    return True


def _act(row: RetentionAct) -> ActInfo:
    return ActInfo(row.id, row.performed_at, row.actor, row.actor_name, row.records, row.audit_seq, row.cleaned)


def get_act(db: Database, actor: Actor, act_id: int) -> tuple[ActInfo, list[dict]]:
    """An act and its records (number, source, dates: no personal data)."""
    require(db, actor, Action.RETENTION_MANAGE)
    with db.uow() as uow:
        row = uow.session.get(RetentionAct, act_id)
        if row is None:
            raise NotFoundError(f"Акт № {act_id} не найден. Ничего не изменено.")
        return _act(row), json.loads(row.details)


def list_acts(db: Database, actor: Actor) -> list[ActInfo]:
    require(db, actor, Action.RETENTION_MANAGE)
    with db.uow() as uow:
        return [_act(r) for r in uow.session.scalars(select(RetentionAct).order_by(RetentionAct.id.desc()))]


def print_act(db: Database, actor: Actor, act_id: int, target: Path) -> Path:
    """The destruction act as PDF, with the extract of the audit log; printing it is audited."""
    from cxdesk.reports import destruction_act as report
    from cxdesk.services.offices import own_office

    info, records = get_act(db, actor, act_id)
    with db.uow() as uow:
        rules = [report.ActRule(r.title, r.months, r.basis)
                 for r in uow.session.scalars(select(RetentionRule).order_by(RetentionRule.record_type))]
        rows = uow.session.scalars(
            select(AuditEntry).where(or_(AuditEntry.seq == info.audit_seq, AuditEntry.action == "retention.rule"))
            .where(AuditEntry.seq <= info.audit_seq).order_by(AuditEntry.seq)
        )
        lines = [report.AuditLine(a.seq, a.at.replace("T", " ")[:19], a.actor, a.action, a.details) for a in rows]
    act = report.DestructionAct(
        number=info.id, organisation=own_office(db).name, performed_at=info.performed_at,
        performed_by=info.actor_name or info.actor, rules=tuple(rules),
        records=tuple(report.ActRecord(r["number"], r["source"], date.fromisoformat(r["received_on"]),
                                       date.fromisoformat(r["kept_from"]), date.fromisoformat(r["expired_on"]))
                      for r in records),
        audit=tuple(lines), cleaned=info.cleaned, engine=db.dialect,
    )
    report.write_destruction_act(target, act, printed_by=actor.full_name)
    audit.append_now(db, actor, "retention.act.print", entity="retention_act", record_id=act_id,
                     details={"file": Path(target).name})
    return Path(target)
