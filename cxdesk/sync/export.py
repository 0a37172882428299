"""Export: a bundle for one peer holding the current state of every record changed since the last
bundle the peer acknowledged (all of them before the first acknowledgement), by ownership, for every
synced table; the blobs those records name; the payload encrypted for the peer, the manifest signed.

Rows are streamed from the database into the file (never the whole bundle in memory). The file is
written as ``.part`` and gets its name only after the exchange journal has recorded it.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from cxdesk import __version__
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.store.base import Base
from cxdesk.store.blobs import BlobMixin
from cxdesk.store.database import Database
from cxdesk.store.models import ChangeLog
from cxdesk.store.sync import SyncJournal, SyncPeer
from cxdesk.sync import crypto, ownership
from cxdesk.sync import keys as keyring
from cxdesk.sync.container import EXTENSION, BundleWriter
from cxdesk.sync.manifest import FORMAT, FORMAT_VERSION, READER_VERSION
from cxdesk.sync.peers import default_recipients, node_keys
from cxdesk.sync.records import codec, synced_tables

BATCH = 2000
SYNC_OP = "sync"  # change_log rows written by an import: an office does not send them back


def blob_tables() -> list:
    return sorted((m.class_.__table__ for m in Base.registry.mappers if issubclass(m.class_, BlobMixin)),
                  key=lambda t: t.name)


def _peer(session, db: Database, code: str | None) -> SyncPeer:
    if code is None:
        codes = default_recipients(db)
        if len(codes) != 1:
            raise ValidationError(
                "Укажите получателя пакета: " + (", ".join(codes) if codes else
                                                  "ни один ключ УЦЗН или центра не зарегистрирован "
                                                  "(cxdesk keys register)") + ". Ничего не выгружено.")
        code = codes[0]
    peer = session.get(SyncPeer, code.strip().upper())
    if peer is None:
        raise NotFoundError(f"Ключ центра {code} не зарегистрирован: пакет для него не зашифровать. Ничего не "
                            "выгружено; зарегистрируйте его открытый ключ (cxdesk keys register).")
    if peer.revoked_at is not None:
        raise ValidationError(f"Ключ центра {code} отозван: пакеты для него не выгружаются. Ничего не выгружено.")
    return peer


def export_bundle(db: Database, actor: Actor, folder: Path, peer_code: str | None, *, progress=None):
    from cxdesk.services.exchange import ExportResult

    keys = node_keys(db)
    if not folder.is_dir():
        raise ValidationError(f"Папка {folder} не найдена. Ничего не выгружено; выберите существующую папку "
                              "или подключите съёмный диск.")
    with db.uow() as uow:
        s = uow.session
        me, my_kind = ownership.installation_kind(s)
        peer = _peer(s, db, peer_code)
        base = 0
        if peer.acked_msg_no:
            base = s.scalar(select(SyncJournal.seq_hi).where(
                SyncJournal.direction == "out", SyncJournal.peer == peer.office_code,
                SyncJournal.epoch == keys.epoch, SyncJournal.msg_no == peer.acked_msg_no)) or 0
        seq_hi = s.scalar(select(func.max(ChangeLog.seq))) or 0
        msg_no, bundle_id = peer.out_msg_no + 1, str(uuid.uuid4())
        kind = "reference" if my_kind == ownership.UCZN else ("delta" if base else "snapshot")
        content_key = crypto.new_content_key()
        target = folder / f"{me}_{peer.office_code}_{msg_no:06d}_{bundle_id[:8]}{EXTENSION}"
        writer = BundleWriter(target, content_key)
        try:
            counts, hlc_max, blobs = _write_records(s, writer, me, my_kind, peer.kind, base, seq_hi, progress)
            blob_count = _write_blobs(s, writer, blobs)
            manifest = {
                "format": FORMAT, "format_version": FORMAT_VERSION, "min_reader_version": READER_VERSION,
                "app_version": __version__, "bundle_id": bundle_id, "kind": kind, "sender": me,
                "sender_kind": my_kind, "recipient": peer.office_code,
                "recipient_key_id": keyring.compact(peer.fingerprint), "key_id": keyring.compact(keys.fingerprint),
                "epoch": keys.epoch, "msg_no": msg_no, "prev_bundle_id": peer.out_bundle_id, "ack": peer.in_msg_no,
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"), "created_hlc": db.clock.now(),
                "hlc_max": hlc_max,
                "encryption": crypto.wrap_key(content_key, keyring.unb64(peer.box_public, 32), bundle_id),
            }
            writer.finish(manifest, keys.sign)
            records = sum(counts.values())
            peer.out_msg_no, peer.out_bundle_id = msg_no, bundle_id
            s.add(SyncJournal(direction="out", peer=peer.office_code, bundle_id=bundle_id, kind=kind,
                              epoch=keys.epoch, msg_no=msg_no, ack=peer.in_msg_no, seq_hi=seq_hi, status="sent",
                              file_name=target.name, records=records, actor=actor.login,
                              report=json.dumps({name: [n, 0, 0, 0] for name, n in counts.items()})))
            audit.append(s, actor, "sync.export", office=me, entity="sync_journal", record_id=bundle_id,
                         details={"peer": peer.office_code, "msg_no": msg_no, "records": records,
                                  "file": target.name})
            uow.commit()
        except BaseException:
            writer.abort()
            raise
        writer.publish()
    return ExportResult(target, bundle_id, peer.office_code, kind, msg_no, manifest["ack"], records, blob_count,
                        target.stat().st_size, counts)


def _write_records(s, writer: BundleWriter, me: str, my_kind: str, peer_kind: str, base: int, seq_hi: int,
                   progress) -> tuple[dict[str, int], int, set[str]]:
    counts: dict[str, int] = {}
    hlc_max = 0
    blobs: set[str] = set()
    tables = [t for t in synced_tables() if ownership.sends(t, my_kind, peer_kind)]
    conn = s.connection()
    for n, table in enumerate(tables):
        if progress:
            progress(n, len(tables), str(table.info.get("title") or table.name))
        changed = select(ChangeLog.record_id).where(ChangeLog.entity == table.name, ChangeLog.seq > base,
                                                     ChangeLog.seq <= seq_hi)
        if my_kind == ownership.TCZN:
            changed = changed.where(ChangeLog.op != SYNC_OP)
        query = select(table).where(table.c.id.in_(changed))
        if ownership.owner(table) == ownership.ORIGIN:
            query = query.where(table.c.origin == me)
        c = codec(table.name)
        has_blob = "sha256" in table.c
        member = None
        count = 0
        # per statement: Connection.execution_options would leave the session's connection streaming
        rows = conn.execute(query.order_by(table.c.id).execution_options(yield_per=BATCH))
        for part in rows.mappings().partitions():
            if member is None:
                member = writer.member(f"data/{table.name}.ndjson", kind="data", entity=table.name, records=0)
            member.write(b"".join(c.to_line(row) for row in part))
            count += len(part)
            hlc_max = max(hlc_max, max(row["hlc"] for row in part))
            if has_blob:
                blobs.update(row["sha256"] for row in part if row["sha256"] and not row["deleted"])
        if member is not None:
            member.entry["records"] = count
            writer.add(member)
            counts[table.name] = count
    return counts, hlc_max, blobs


def _write_blobs(s, writer: BundleWriter, wanted: set[str]) -> int:
    """Each named blob once, with the blob tables that hold it here."""
    holders: dict[str, list[str]] = {}
    tables = blob_tables()
    ordered = sorted(wanted)
    for table in tables:
        for i in range(0, len(ordered), 500):
            for sha in s.scalars(select(table.c.sha256).where(table.c.sha256.in_(ordered[i:i + 500]))):
                holders.setdefault(sha, []).append(table.name)
    by_name = {t.name: t for t in tables}
    for sha in sorted(holders):
        data = s.scalar(select(by_name[holders[sha][0]].c.data).where(by_name[holders[sha][0]].c.sha256 == sha))
        member = writer.member(f"blobs/{sha}", kind="blob", tables=holders[sha])
        member.write(bytes(data))
        writer.add(member)
    return len(holders)
