"""Every refusal of SYNC.md: its own Russian message, and the database exactly as before (full SQL dump)."""

from __future__ import annotations

import json
import shutil
import struct
import zipfile
from datetime import UTC, datetime

import pytest

from cxdesk.core.hlc import HybridClock
from cxdesk.services import exchange
from cxdesk.store.database import Database
from cxdesk.store.sync import SyncPeer
from cxdesk.sync import safety
from cxdesk.sync.records import codec
from tests import backends
from tests.sync.conftest import ADMIN, dump
from tests.sync.helpers import forge, rezip


def _staff(db, name: str = "Иванова Ирина Ивановна") -> None:
    from cxdesk.store.staff import StaffMember

    with db.uow() as uow:
        uow.session.add(StaffMember(office_code=db.office_code, full_name=name))
        uow.commit()


def _refused(pair, path, *, where=None) -> str:
    target = where or pair.region
    before = dump(target)
    result = pair.receive(target, path)
    report = result.bundles[0]
    assert report.status == exchange.REFUSED and not result.ok, report.message
    assert dump(target) == before
    return report.message


@pytest.fixture
def bundle(pair):
    _staff(pair.office)
    return pair.send(pair.office).path


def _zip(path, entries: dict[str, bytes], compression=zipfile.ZIP_STORED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize("name", ["../../etc/cron.d/x", "/abs/path", "C:/Windows/x", "data\\..\\x", "data/../x"])
def test_zip_slip_names(pair, tmp_path, name):
    path = _zip(tmp_path / "slip.cxb", {"manifest.json": b"{}", "manifest.sig": b"", name: b"x"})
    assert "небезопасное имя" in _refused(pair, path)


def test_zip_bomb_huge_ratio(pair, tmp_path):
    path = _zip(tmp_path / "bomb.cxb", {"manifest.json": b"{}", "manifest.sig": b"",
                                        "data/staff_member.ndjson": b"\0" * 20_000_000}, zipfile.ZIP_DEFLATED)
    assert "степень сжатия" in _refused(pair, path)


def test_zip_bomb_many_entries(pair, tmp_path):
    entries = {f"blobs/{i:064x}": b"" for i in range(safety.MAX_ENTRIES + 1)}
    path = _zip(tmp_path / "many.cxb", {"manifest.json": b"{}", "manifest.sig": b"", **entries})
    assert "элементов" in _refused(pair, path)


def test_zip_bomb_under_declared_size(pair, tmp_path, bundle):
    """The manifest's header claims 100 bytes; it inflates to far more: reading stops and refuses."""
    path = rezip(bundle, tmp_path / "under.cxb",
                 edit=lambda name, data: data + b" " * 500_000 if name == "manifest.json" else data)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("manifest.json")
    central = raw.rfind(b"manifest.json") - 46  # the central directory entry precedes its name
    assert raw[central:central + 4] == b"PK\x01\x02"
    for offset in (info.header_offset + 22, central + 24):  # uncompressed size, local and central headers
        assert struct.unpack("<I", raw[offset:offset + 4])[0] == info.file_size
        raw[offset:offset + 4] = struct.pack("<I", 100)
    path.write_bytes(bytes(raw))
    assert "не совпадает с заголовком архива" in _refused(pair, path)


def test_truncated_file(pair, tmp_path, bundle):
    cut = tmp_path / "cut.cxb"
    cut.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    assert "обрезан" in _refused(pair, cut)


def test_one_flipped_bit(pair, tmp_path, bundle):
    with zipfile.ZipFile(bundle) as z:
        info = z.getinfo("data/staff_member.ndjson")
    raw = bytearray(bundle.read_bytes())
    raw[info.header_offset + 30 + len(info.filename) + info.compress_size // 2] ^= 0x10
    flipped = tmp_path / "flipped.cxb"
    flipped.write_bytes(bytes(raw))
    message = _refused(pair, flipped)
    assert "изменён хотя бы один байт" in message or "контрольная сумма" in message


def test_edited_manifest(pair, tmp_path, bundle):
    def edit(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["files"][0]["records"] += 1
        return json.dumps(manifest).encode()
    assert "подпись манифеста не сходится" in _refused(pair, rezip(bundle, tmp_path / "edited.cxb", edit=edit))


def test_unknown_key(pair, bundle):
    with pair.region.uow() as uow:
        uow.session.delete(uow.session.get(SyncPeer, "TC01"))
        uow.commit()
    assert "не зарегистрирован" in _refused(pair, bundle)


def test_key_reissued_but_not_registered(pair):
    exchange.rotate_keys(pair.office, ADMIN)
    _staff(pair.office)
    sent = pair.send(pair.office)
    assert sent.kind == "snapshot"  # a new epoch sends everything again
    assert "неизвестным ключом" in _refused(pair, sent.path)
    # after the fingerprint check the УЦЗН registers the new key: the same file is accepted
    exchange.export_public_key(pair.office, ADMIN, pair.folder / "tc01-epoch2.pub")
    peer = exchange.register_peer(pair.region, ADMIN, "TC01", pair.folder / "tc01-epoch2.pub")
    assert peer.epoch == 2
    assert pair.receive(pair.region, sent.path).ok


def test_revoked_key(pair, bundle):
    exchange.revoke_peer(pair.region, ADMIN, "TC01")
    assert "отозван" in _refused(pair, bundle)


def test_wrong_recipient(pair, tmp_path, third_office):
    sent = pair.send(pair.region, peer="TC02")
    shutil.copyfile(sent.path, tmp_path / "for-tc02.cxb")
    assert "адресован центру TC02" in _refused(pair, tmp_path / "for-tc02.cxb", where=pair.office)


def test_another_offices_records(pair):
    line = codec("staff_member").to_line({
        "id": "6f1c1f7e-1f7e-4f7e-8f7e-1f7e1f7e1f7e", "origin": "TC02", "version": 1, "hlc": pair.office.clock.now(),
        "deleted": False, "office_code": "TC02", "full_name": "Чужой сотрудник", "position": "", "unit": "",
        "email": "", "phone": "", "active": True, "note": "", "search_text": ""})
    path = forge(pair.office, "UC01", pair.folder, {"staff_member": [line]})
    assert "принадлежит центру TC02" in _refused(pair, path)


def test_region_data_from_an_office(pair):
    from cxdesk.sync.export import export_bundle  # noqa: F401  (the exporter never sends these)

    line = codec("profile").to_line({
        "id": "6f1c1f7e-1f7e-4f7e-8f7e-1f7e1f7e1f70", "origin": "TC01", "version": 1, "hlc": pair.office.clock.now(),
        "deleted": False, **{c: None for c in codec("profile").columns}, "name": "Свой профиль",
        "audience": "citizen", "archived": False, "search_text": ""} | _profile_defaults())
    path = forge(pair.office, "UC01", pair.folder, {"profile": [line]})
    assert "ведёт УЦЗН" in _refused(pair, path)


def _profile_defaults() -> dict:
    c = codec("profile")
    return {name: c.defaults.get(name, "") for name in c.columns if name not in ("image", "share_percent", "ref_key")}


def test_too_new_format(pair, monkeypatch):
    monkeypatch.setattr("cxdesk.sync.export.READER_VERSION", 2)
    monkeypatch.setattr("cxdesk.sync.export.FORMAT_VERSION", 2)
    _staff(pair.office)
    assert "более новой версией cxdesk" in _refused(pair, pair.send(pair.office).path)


def test_clock_years_ahead(pair):
    in_2031 = int(datetime(2031, 6, 1, tzinfo=UTC).timestamp() * 1000)
    pair.office.clock = HybridClock(wall=lambda: in_2031)
    _staff(pair.office)
    message = _refused(pair, pair.send(pair.office).path)
    assert "часы центра TC01 спешат" in message and "2031" in message


def test_sender_restored_from_an_old_backup(pair, tmp_path):
    _staff(pair.office, "Первая")
    first = pair.send(pair.office)
    pair.office.engine.dispose()
    (tmp_path / "old").mkdir()
    backup = backends.copy(pair.office.location, tmp_path / "old", "tc01.db")  # database and key file
    _staff(pair.office, "Вторая")
    second = pair.send(pair.office)
    assert pair.receive(pair.region, first.path, second.path).ok
    restored = Database(backup)  # the office restores the old backup and carries on
    try:
        _staff(restored, "Третья")
        again = pair.send(restored)
        assert again.msg_no == 2
        assert "нумерация пошла назад" in _refused(pair, again.path)
    finally:
        restored.close()
        backends.drop(backup)


def test_records_kept_by_each_centre_do_not_travel(pair):
    c = codec("survey_template")
    line = c.to_line({"id": "6f1c1f7e-1f7e-4f7e-8f7e-1f7e1f7e1f71", "origin": "TC01", "version": 1,
                      "hlc": pair.office.clock.now(), "deleted": False, "code": "t-1", "title": "Анкета",
                      "audience": "citizen", "questions": "[]", "column_mapping": "{}", "is_reference": False,
                      "archived": False})
    path = forge(pair.office, "UC01", pair.folder, {"survey_template": [line]})
    assert "ведёт каждый центр у себя" in _refused(pair, path)


def test_a_broken_record_names_its_type_and_line(pair):
    good = codec("staff_member").to_line({
        "id": "6f1c1f7e-1f7e-4f7e-8f7e-1f7e1f7e1f72", "origin": "TC01", "version": 1, "hlc": pair.office.clock.now(),
        "deleted": False, "office_code": "TC01", "full_name": "Петров Пётр", "position": "", "unit": "",
        "email": "", "phone": "", "active": True, "note": "", "search_text": ""})
    bad = good.replace(b'"active":true', b'"active":"yes"').replace(b"1f72", b"1f73")
    path = forge(pair.office, "UC01", pair.folder, {"staff_member": [good, bad]})
    message = _refused(pair, path)
    assert "«Справочник сотрудников», запись 2" in message and "active" in message
