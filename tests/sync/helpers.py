"""Test helpers: the synced state of a database, re-zipping a bundle, and signing a hand-made bundle with a
centre's real key (to show that the importer refuses what the exporter never writes)."""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from cxdesk.store.database import Database
from cxdesk.store.sync import SyncPeer
from cxdesk.sync import crypto
from cxdesk.sync import keys as keyring
from cxdesk.sync.container import BundleWriter
from cxdesk.sync.manifest import FORMAT, FORMAT_VERSION, READER_VERSION
from cxdesk.sync.peers import node_keys
from cxdesk.sync.records import codec, synced_tables


def synced_state(db: Database, *, with_origin: bool = True) -> dict[str, list[bytes]]:
    """Every synced row of every synced table, as record lines, sorted."""
    state = {}
    with db.engine.connect() as conn:
        for table in synced_tables():
            c = codec(table.name)
            state[table.name] = sorted(c.to_line(row) for row in conn.execute(select(table)).mappings())
    return state


def rows_by_id(db: Database, table_name: str) -> dict[str, bytes]:
    table = next(t for t in synced_tables() if t.name == table_name)
    with db.engine.connect() as conn:
        return {row["id"]: codec(table_name).to_line(row) for row in conn.execute(select(table)).mappings()}


def rezip(source: Path, target: Path, *, compression: int = zipfile.ZIP_DEFLATED,
          edit: Callable[[str, bytes], bytes] | None = None) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", compression) as dst:
        for info in reversed(src.infolist()):  # another order too
            data = src.read(info.filename)
            dst.writestr(info.filename, edit(info.filename, data) if edit else data)
    return target


def forge(sender: Database, recipient: str, folder: Path, records: dict[str, list[bytes]], **manifest) -> Path:
    """A bundle signed with ``sender``'s real key holding exactly ``records`` (table → lines)."""
    keys = node_keys(sender)
    with sender.uow() as uow:
        peer = uow.session.get(SyncPeer, recipient)
        box, fingerprint = keyring.unb64(peer.box_public, 32), peer.fingerprint
        msg_no = peer.out_msg_no + 1
    bundle_id = str(uuid.uuid4())
    key = crypto.new_content_key()
    path = folder / f"forged-{bundle_id[:8]}.cxb"
    writer = BundleWriter(path, key)
    hlc = sender.clock.now()
    for entity, lines in records.items():
        member = writer.member(f"data/{entity}.ndjson", kind="data", entity=entity, records=len(lines))
        member.write(b"".join(lines))
        writer.add(member)
    header = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "min_reader_version": READER_VERSION,
        "app_version": "test", "bundle_id": bundle_id, "kind": "delta", "sender": sender.office_code,
        "sender_kind": "tczn", "recipient": recipient, "recipient_key_id": keyring.compact(fingerprint),
        "key_id": keyring.compact(keys.fingerprint), "epoch": keys.epoch, "msg_no": msg_no, "prev_bundle_id": "",
        "ack": 0, "created_at": datetime.now(UTC).isoformat(), "created_hlc": hlc, "hlc_max": hlc,
        "encryption": crypto.wrap_key(key, box, bundle_id),
    }
    header.update(manifest)
    writer.finish(header, keys.sign)
    writer.publish()
    return path
