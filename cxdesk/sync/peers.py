"""This node's keys (made on first use, re-issued with a new epoch) and the registry of peers' public
keys: registration after a fingerprint check, revocation, listing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, NotInitializedError, ValidationError
from cxdesk.store.database import Database
from cxdesk.store.models import ChangeLog, Installation, Office
from cxdesk.store.sync import SyncNode, SyncPeer
from cxdesk.store.types import utc_now
from cxdesk.sync import keys as keyring
from cxdesk.sync.ownership import TCZN, UCZN


def _own_office(session) -> Office:
    office = session.scalar(select(Office).join(Installation, Installation.office_id == Office.id))
    if office is None:
        raise NotInitializedError("База данных ещё не настроена: сначала выполните первоначальную настройку.")
    return office


def node_keys(db: Database) -> keyring.NodeKeys:
    """The private keys of this node, made (epoch 1, or the next epoch if the key file was lost) on first use."""
    path = db.location.key_file()
    keys = keyring.load(path)
    with db.uow() as uow:
        s = uow.session
        office = _own_office(s)
        node = s.get(SyncNode, 1)
        if keys is not None and keys.office_code != office.code:
            raise ValidationError(
                f"Файл ключей {path} принадлежит центру {keys.office_code}, а база данных — центру {office.code}. "
                "Обмен невозможен; уберите чужой файл ключей (будут выпущены новые ключи).")
        if keys is None and node is not None and not db.is_sqlite:
            # a server database is shared by workstations: a missing file here is not a lost key
            raise ValidationError(
                f"Файл ключей обмена центра {office.code} не найден на этом рабочем месте ({path}). Ключи уже "
                "выпущены на другом рабочем месте: скопируйте их файл по этому пути или укажите его в переменной "
                "окружения CXDESK_KEY_FILE. Новые ключи не выпущены, ничего не изменено.")
        if keys is None:
            keys = keyring.generate(office.code, (node.epoch + 1) if node else 1)
            keyring.save(path, keys)
        if node is None or (node.epoch, node.sign_public) != (keys.epoch, keyring.b64(keys.sign_public)):
            _store_node(s, node, keys)
            uow.commit()
    return keys


def _store_node(session, node: SyncNode | None, keys: keyring.NodeKeys) -> None:
    if node is None:
        node = SyncNode(id=1)
        session.add(node)
    node.office_code, node.epoch = keys.office_code, keys.epoch
    node.sign_public, node.box_public = keyring.b64(keys.sign_public), keyring.b64(keys.box_public)
    node.fingerprint, node.created_at = keys.fingerprint, utc_now()


def own_keys(db: Database):
    from cxdesk.services.exchange import KeyInfo

    keys = node_keys(db)
    with db.uow() as uow:
        office = _own_office(uow.session)
        node = uow.session.get(SyncNode, 1)
        return KeyInfo(office.code, office.name, office.kind, keys.epoch, keys.fingerprint,
                       db.location.key_file(), node.created_at)


def write_public_key(db: Database, target: Path):
    keys = node_keys(db)
    with db.uow() as uow:
        office = _own_office(uow.session)
        keyring.write_public_file(target, keys, {"id": office.id, "code": office.code, "name": office.name,
                                                 "kind": office.kind, "region": office.region})
    return own_keys(db)


def rotate(db: Database, actor: Actor):
    """New key pairs with the next epoch; every peer then gets everything again with the next bundle."""
    old = node_keys(db)
    keys = keyring.generate(old.office_code, old.epoch + 1)
    with db.uow() as uow:
        s = uow.session
        _store_node(s, s.get(SyncNode, 1), keys)
        s.execute(update(SyncPeer).values(out_msg_no=0, out_bundle_id="", acked_msg_no=0))
        audit.append(s, actor, "sync.keys.rotate", office=db.office_code, entity="sync_node",
                     record_id=keys.office_code, details={"epoch": keys.epoch, "fingerprint": keys.fingerprint})
        keyring.save(db.location.key_file(), keys)  # the file last but one: a failed commit is re-synced
        uow.commit()
    return own_keys(db)


def register(db: Database, actor: Actor, office_code: str, key_file: Path, fingerprint: str | None):
    node_keys(db)
    public = keyring.read_public_file(key_file)
    code = office_code.strip().upper()
    if public.office_code.upper() != code:
        raise ValidationError(f"Файл {key_file.name} содержит ключ центра {public.office_code}, а указан центр "
                              f"{code}. Ничего не изменено; проверьте файл.")
    if fingerprint and keyring.compact(fingerprint) != keyring.compact(public.fingerprint):
        raise ValidationError(
            f"Отпечаток ключа в файле ({public.fingerprint}) не совпадает с названным ({fingerprint}). Ключ не "
            "зарегистрирован: файл мог быть подменён. Сверьте отпечаток с центром по телефону.")
    with db.uow() as uow:
        s = uow.session
        own = _own_office(s)
        if code == own.code:
            raise ValidationError("Это ключ самого этого центра: регистрировать его не нужно.")
        expected = TCZN if own.kind == UCZN else UCZN
        if public.kind != expected:
            raise ValidationError(
                "Центр занятости обменивается пакетами только с УЦЗН, а УЦЗН — с центрами занятости. "
                f"Ключ {code} ({public.kind}) не зарегистрирован.")
        peer = s.get(SyncPeer, code)
        if peer is not None and public.epoch < peer.epoch:
            raise ValidationError(
                f"Файл содержит прежний ключ центра {code} (эпоха {public.epoch}), уже зарегистрирован ключ эпохи "
                f"{peer.epoch}. Ничего не изменено; попросите центр выгрузить текущий ключ.")
        if peer is None:
            peer = SyncPeer(office_code=code, out_msg_no=0, out_bundle_id="", acked_msg_no=0)
            s.add(peer)
        if peer.epoch is None or public.epoch > peer.epoch:
            peer.in_msg_no, peer.in_created_hlc, peer.in_bundle_id, peer.acked_msg_no = 0, 0, "", 0
        peer.kind, peer.epoch, peer.fingerprint = public.kind, public.epoch, public.fingerprint
        peer.sign_public, peer.box_public = keyring.b64(public.sign_public), keyring.b64(public.box_public)
        peer.registered_at, peer.revoked_at = utc_now(), None
        _ensure_office(s, public, own.code)
        audit.append(s, actor, "sync.keys.register", office=db.office_code, entity="sync_peer", record_id=code,
                     details={"epoch": public.epoch, "fingerprint": public.fingerprint})
        uow.commit()
    return _peer_info(db, code)


def _ensure_office(session, public: keyring.PublicKeyFile, own_code: str) -> None:
    """The registry row of the peer office under the id the office itself uses (so the УЦЗН's registry
    later travels down without clashing with the office's own row)."""
    office = session.scalar(select(Office).where(Office.code == public.office_code))
    if office is not None and office.id != public.office_id:
        session.execute(update(Office).where(Office.id == office.id).values(id=public.office_id))
        session.expire(office)
        office = session.get(Office, public.office_id)
    if office is None:
        office = Office(id=public.office_id, code=public.office_code)
        session.add(office)
    office.name, office.kind, office.region = public.office_name, public.kind, public.region or office.region or ""
    office.origin = own_code
    session.flush()
    if not session.scalar(select(ChangeLog.seq).where(ChangeLog.record_id == office.id).limit(1)):
        session.add(ChangeLog(entity="office", record_id=office.id, origin=office.origin, version=office.version,
                              hlc=office.hlc, op="update"))


def revoke(db: Database, actor: Actor, office_code: str):
    code = office_code.strip().upper()
    with db.uow() as uow:
        peer = uow.session.get(SyncPeer, code)
        if peer is None:
            raise NotFoundError(f"Ключ центра {code} не зарегистрирован. Ничего не изменено.")
        if peer.revoked_at is None:
            peer.revoked_at = utc_now()
            audit.append(uow.session, actor, "sync.keys.revoke", office=db.office_code, entity="sync_peer",
                         record_id=code, details={"fingerprint": peer.fingerprint})
            uow.commit()
    return _peer_info(db, code)


def _peer_info(db: Database, code: str):
    return next(p for p in list_peers(db) if p.office_code == code)


def list_peers(db: Database):
    from cxdesk.services.exchange import PeerInfo

    with db.uow() as uow:
        rows = uow.session.execute(
            select(SyncPeer, Office.name).outerjoin(Office, Office.code == SyncPeer.office_code)
            .order_by(SyncPeer.office_code)).all()
        return [PeerInfo(p.office_code, name or "", p.kind, p.epoch, p.fingerprint, p.registered_at, p.revoked_at,
                         p.out_msg_no, p.acked_msg_no, p.in_msg_no) for p, name in rows]


def default_recipients(db: Database) -> list[str]:
    """An office sends to its УЦЗН; the УЦЗН to every registered office. Revoked keys are skipped."""
    return [p.office_code for p in list_peers(db) if not p.revoked]
