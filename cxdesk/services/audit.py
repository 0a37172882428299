"""The append-only, hash-chained audit log: writing rows and verifying the chain.

Each row stores the previous row's hash and the SHA-256 of ``prev_hash`` plus its own canonical
content. The hash of the newest row is also kept as the chain head, so removing rows from the
end is found too. Rows are written in the same transaction as the change they describe.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.core.canonical import canonical_json, sha256_hex
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.models import AuditEntry, LocalSetting
from cxdesk.store.portable import serialize

GENESIS = "0" * 64
HEAD_KEY = "audit.head"
_HASHED_FIELDS = (
    "seq", "at", "actor", "role", "office", "action", "entity", "record_id", "result", "details", "prev_hash",
)


def row_hash(row: AuditEntry) -> str:
    content = {name: getattr(row, name) for name in _HASHED_FIELDS}
    return sha256_hex(row.prev_hash.encode("ascii"), canonical_json(content))


def append(
    session: Session,
    actor: Actor,
    action: str,
    *,
    office: str | None = "",
    entity: str = "",
    record_id: str | int = "",
    result: str = "ok",
    details: dict | None = None,
) -> AuditEntry:
    """Add one row to the chain inside the caller's transaction (workstations on one server database take
    turns: each row names the hash of the one before)."""
    serialize(session, "audit-log")
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    row = AuditEntry(
        seq=(last.seq + 1) if last else 1,
        at=datetime.now(UTC).isoformat(timespec="milliseconds"),
        actor=actor.login,
        role=str(actor.role),
        office=office or "",
        action=action,
        entity=entity,
        record_id=str(record_id),
        result=result,
        details=json.dumps(details or {}, ensure_ascii=False, sort_keys=True),
        prev_hash=last.hash if last else GENESIS,
    )
    row.hash = row_hash(row)
    session.add(row)
    head = session.get(LocalSetting, HEAD_KEY)
    value = f"{row.seq}:{row.hash}"
    if head is None:
        session.add(LocalSetting(key=HEAD_KEY, value=value))
    else:
        head.value = value
    return row


def append_now(db: Database, actor: Actor, action: str, **kwargs) -> None:
    """Record an event in its own transaction (failed logins, refusals: the caller rolls back)."""
    with db.uow() as uow:
        append(uow.session, actor, action, office=db.office_code, **kwargs)
        uow.commit()


@dataclass
class AuditVerification:
    rows: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db: Database, actor: Actor) -> AuditVerification:
    """Walk the chain; name every edited, deleted or reordered row."""
    from cxdesk.services.guard import require

    require(db, actor, Action.AUDIT_READ)
    problems: list[str] = []
    count = 0
    with db.uow() as uow:
        expected_prev = GENESIS
        expected_seq = 1
        for row in uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(1000):
            count += 1
            if row.seq != expected_seq:
                problems.append(
                    f"Запись № {expected_seq}"
                    + (f"–{row.seq - 1}" if row.seq - 1 > expected_seq else "")
                    + " удалена из журнала."
                )
            if row.prev_hash != expected_prev:
                problems.append(
                    f"Запись № {row.seq}: нарушена цепочка (предыдущая запись изменена, удалена "
                    "или записи переставлены)."
                )
            if row_hash(row) != row.hash:
                problems.append(f"Запись № {row.seq} ({row.at}, {row.action}): содержимое изменено.")
            expected_prev = row.hash
            expected_seq = row.seq + 1
        head = uow.session.get(LocalSetting, HEAD_KEY)
        if head is not None:
            head_seq, _, head_hash = head.value.partition(":")
            if int(head_seq) != expected_seq - 1 or head_hash != expected_prev:
                problems.append(
                    f"Последняя запись журнала не совпадает с сохранённой вершиной цепочки "
                    f"(ожидалась запись № {head_seq}): удалены или изменены записи в конце журнала."
                )
        elif count:
            problems.append("Вершина цепочки журнала отсутствует: журнал изменён.")
    return AuditVerification(rows=count, problems=problems)


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    actor: str
    role: str
    action: str
    entity: str
    record_id: str
    result: str
    details: str


def recent(db: Database, actor: Actor, limit: int = 200) -> list[AuditRow]:
    from cxdesk.services.guard import require

    require(db, actor, Action.AUDIT_READ)
    with db.uow() as uow:
        rows = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit))
        return [
            AuditRow(r.seq, r.at, r.actor, r.role, r.action, r.entity, r.record_id, r.result, r.details)
            for r in rows
        ]
