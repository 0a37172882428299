"""Phase A of the importer: every check of SYNC.md made before anything is written — the zip structure
(``safety``), the manifest (``manifest``), the sender's registered and unrevoked key and the signature,
the recipient, the bundle's place in the sender's numbering (already applied, superseded, or a sender
gone backwards), the sender's clock, then every member streamed: hash, authenticity, record count,
each record's schema, ownership and clock.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select

from cxdesk.core.hlc import unpack, wall_ms_now
from cxdesk.store.sync import SyncJournal, SyncPeer
from cxdesk.sync import crypto, ownership, safety
from cxdesk.sync import keys as keyring
from cxdesk.sync import manifest as manifests
from cxdesk.sync.container import BundleReader, iter_lines
from cxdesk.sync.errors import BundleRefused
from cxdesk.sync.export import blob_tables
from cxdesk.sync.records import RecordInvalid, codec, table_by_name

MAX_CLOCK_AHEAD_MS = 24 * 3600 * 1000  # a sender's clock may be a day ahead, not more
MAX_BLOB = 64 * 1024**2
MAX_EXPANSION = 200  # plaintext bytes per stored byte of a member
HOLD_RECORDS = 20_000  # a bundle up to this size is decoded once and held for phase B; larger ones stream twice

APPLY, ALREADY, SUPERSEDED = "apply", "already", "superseded"


@dataclass
class Checked:
    reader: BundleReader
    manifest: dict
    status: str
    message: str = ""
    key: bytes = b""
    peer: SyncPeer | None = None
    data: list[tuple[int, dict]] = field(default_factory=list)  # (member number, entry) in table order
    blobs: list[tuple[int, dict]] = field(default_factory=list)
    held: dict[int, list[tuple]] = field(default_factory=dict)  # member → its records (small bundles), as_row
    bound: set[int] = field(default_factory=set)  # held members already bound for the importer's engine
    bodies: dict[tuple, str] = field(default_factory=dict)  # (id, version, hlc) → search body, made ahead


def _when(hlc: int) -> str:
    return datetime.fromtimestamp(unpack(hlc)[0] / 1000, UTC).astimezone().strftime("%d.%m.%Y %H:%M")


def latest_clock() -> int:
    """The latest wall time (ms) a record of a bundle checked now may carry."""
    return wall_ms_now() + MAX_CLOCK_AHEAD_MS


def check(session, reader: BundleReader, node: keyring.NodeKeys, me: str, my_kind: str, ahead=None) -> Checked:
    """``ahead`` (``prefetch.Ahead``) may hold the members' checks made by the helper process; they are
    taken only after every check of the bundle's head passed, for the manifest bytes read here."""
    name = reader.name
    raw = reader.read_small(safety.MANIFEST)
    signature = reader.read_small(safety.SIGNATURE, 1024)
    m = manifests.parse(name, raw)
    sender = m["sender"]
    peer = session.get(SyncPeer, sender)
    if peer is None:
        raise BundleRefused(
            f"Файл «{name}» отклонён: пакет подписан ключом центра {sender}, который здесь не зарегистрирован. "
            "Ничего не изменено; зарегистрируйте открытый ключ центра после сверки отпечатка "
            "(cxdesk keys register).")
    if peer.revoked_at is not None:
        raise BundleRefused(
            f"Файл «{name}» отклонён: ключ центра {sender} отозван {peer.revoked_at:%d.%m.%Y}. Ничего не изменено; "
            "пакеты этого центра принимаются только после регистрации его нового ключа.")
    if m["key_id"] != keyring.compact(peer.fingerprint):
        hint = ("центр перевыпустил ключи — зарегистрируйте его новый открытый ключ"
                if m["epoch"] > peer.epoch else "ключ не совпадает с зарегистрированным")
        raise BundleRefused(f"Файл «{name}» отклонён: пакет подписан неизвестным ключом центра {sender} ({hint}). "
                            "Ничего не изменено.")
    try:
        Ed25519PublicKey.from_public_bytes(keyring.unb64(peer.sign_public, 32)).verify(signature, raw)
    except InvalidSignature:
        raise BundleRefused(
            f"Файл «{name}» отклонён: подпись манифеста не сходится — манифест изменён после подписания или "
            "пакет подделан. Ничего не изменено; попросите центр прислать пакет заново.") from None
    if m["recipient"] != me:
        raise BundleRefused(f"Файл «{name}» отклонён: пакет адресован центру {m['recipient']}, а это {me}. "
                            "Ничего не изменено; передайте файл адресату.")
    if m["sender_kind"] != peer.kind:
        raise BundleRefused(f"Файл «{name}» отклонён: вид центра-отправителя не совпадает с реестром. "
                            "Ничего не изменено.")
    if session.scalar(select(SyncJournal.seq).where(SyncJournal.bundle_id == m["bundle_id"],
                                                    SyncJournal.direction == "in").limit(1)):
        return Checked(reader, m, ALREADY, f"Пакет № {m['msg_no']} от {sender} уже был загружен ранее; "
                                            "ничего не изменено.")
    if m["msg_no"] <= peer.in_msg_no:
        if m["created_hlc"] < peer.in_created_hlc:
            return Checked(reader, m, SUPERSEDED,
                           f"Пакет № {m['msg_no']} от {sender} устарел: его данные уже доставлены пакетом "
                           f"№ {peer.in_msg_no}. Ничего не изменено.")
        raise BundleRefused(
            f"Файл «{name}» отклонён: центр {sender} прислал пакет № {m['msg_no']}, выпущенный после уже "
            f"полученного пакета № {peer.in_msg_no} — нумерация пошла назад. Похоже, база центра восстановлена "
            "из старой резервной копии. Ничего не изменено; центру нужно перевыпустить ключи "
            "(cxdesk keys rotate) и передать новый открытый ключ для регистрации.")
    limit = latest_clock()
    for stamp in (m["created_hlc"], m["hlc_max"]):
        if unpack(stamp)[0] > limit:
            raise BundleRefused(
                f"Файл «{name}» отклонён: часы центра {sender} спешат — пакет помечен временем {_when(stamp)}. "
                "Ничего не изменено; попросите центр исправить дату и время на компьютере и выгрузить пакет "
                "заново.")
    if m["recipient_key_id"] != keyring.compact(node.fingerprint):
        raise BundleRefused(
            f"Файл «{name}» отклонён: пакет зашифрован для прежнего ключа этого центра. Ничего не изменено; "
            f"передайте центру {sender} текущий открытый ключ и попросите выгрузить пакет заново.")
    try:
        key = crypto.unwrap_key(m["encryption"], node.box, m["bundle_id"])
    except crypto.DecryptionFailed:
        raise BundleRefused(f"Файл «{name}» отклонён: ключ расшифровки не подходит (пакет зашифрован не для "
                            "этого центра или повреждён). Ничего не изменено.") from None
    checked = Checked(reader, m, APPLY, key=key, peer=peer)
    if ahead is None or not ahead.fill(checked, raw):
        check_members(checked, me, my_kind, limit)
    return checked


def check_members(checked: Checked, me: str, my_kind: str, clock_limit: int) -> None:
    """Every member streamed and checked; small bundles' records are held for phase B. Reads no
    database, so the helper process of a batch (``prefetch``) runs it for the next bundle."""
    m, name = checked.manifest, checked.reader.name
    tables = table_by_name()
    order = {t: i for i, t in enumerate(tables)}
    known_blobs = {t.name for t in blob_tables()}
    listed = {e["path"] for e in m["files"]} | {safety.MANIFEST, safety.SIGNATURE}
    extra = set(checked.reader.infos) - listed
    if extra:
        raise BundleRefused(f"Файл «{name}» отклонён: в архиве есть файл «{sorted(extra)[0]}», которого нет в "
                            "манифесте. Ничего не изменено.")
    for member_no, entry in enumerate(m["files"]):
        if entry["size"] > MAX_EXPANSION * max(entry["stored"], 1024):
            raise BundleRefused(f"Файл «{name}» отклонён: «{entry['path']}» заявлен в {entry['size']} байт при "
                                f"{entry['stored']} байт в архиве (признак «zip-бомбы»). Ничего не изменено.")
        if entry["kind"] == "blob":
            if not entry["tables"] or not set(entry["tables"]) <= known_blobs or entry["size"] > MAX_BLOB:
                raise BundleRefused(f"Файл «{name}» отклонён: вложение «{entry['path']}» названо неверно или "
                                    "слишком велико. Ничего не изменено.")
            digest = hashlib.sha256()
            for chunk in checked.reader.stream(entry, member_no, checked.key):
                digest.update(chunk)
            if digest.hexdigest() != entry["path"].removeprefix("blobs/"):
                raise BundleRefused(f"Файл «{name}» отклонён: содержимое вложения «{entry['path']}» не совпадает с "
                                    "его контрольной суммой. Ничего не изменено.")
            checked.blobs.append((member_no, entry))
            continue
        table = tables.get(entry["entity"])
        if table is None:
            raise BundleRefused(
                f"Файл «{name}» отклонён: он содержит записи вида «{entry['entity']}», неизвестного этой версии "
                "программы. Ничего не изменено; установите ту же версию cxdesk, что у отправителя.")
        _check_records(checked, member_no, entry, table, me, clock_limit)
        checked.data.append((member_no, entry))
    checked.data.sort(key=lambda pair: order[pair[1]["entity"]])


def _check_records(checked: Checked, member_no: int, entry: dict, table, me: str, clock_limit: int) -> None:
    m, name = checked.manifest, checked.reader.name
    c = codec(table.name)
    title = table.info.get("title") or table.name
    count = 0
    hold = sum(e.get("records", 0) for e in m["files"]) <= HOLD_RECORDS
    held: list[dict] = []
    for line in iter_lines(checked.reader.stream(entry, member_no, checked.key), name):
        count += 1
        try:
            values = c.decode(line)
        except RecordInvalid as exc:
            raise BundleRefused(f"Файл «{name}» отклонён: «{title}», запись {count}: {exc}. Ничего не изменено.",
                                record=f"{table.name}:{count}") from None
        reason = ownership.refusal(table, values["origin"], m["sender"], m["sender_kind"], me)
        if reason:
            raise BundleRefused(f"Файл «{name}» отклонён: «{title}», запись {values['id']}: {reason}. "
                                "Ничего не изменено.", record=values["id"])
        if hold:
            held.append(c.as_row(values))
        if unpack(values["hlc"])[0] > clock_limit:
            raise BundleRefused(f"Файл «{name}» отклонён: «{title}», запись {values['id']} помечена временем "
                                f"{_when(values['hlc'])} — часы отправителя спешат. Ничего не изменено.",
                                record=values["id"])
    if count != entry["records"]:
        raise BundleRefused(f"Файл «{name}» отклонён: в «{entry['path']}» {count} записей, а в манифесте "
                            f"{entry['records']}. Ничего не изменено.")
    if hold:
        checked.held[member_no] = held
