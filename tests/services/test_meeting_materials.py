"""Files attached to agenda items: byte-identical round trip, stored once per SHA-256 in ``wg_blob``,
the 50 MB cap checked before reading, removal (also with the item), rights and read-only offices."""

from __future__ import annotations

import hashlib
import os

import pytest
from sqlalchemy import text

from cxdesk.services import meetings
from cxdesk.services import meetings_materials as materials
from cxdesk.services.actor import Actor
from cxdesk.services.blobs import MAX_BYTES
from cxdesk.services.errors import NotFoundError, PermissionDenied, ValidationError
from cxdesk.services.roles import Role
from tests.services.working_group_support import make_group, make_meeting

HEAD = Actor("head", "Ветров Андрей Борисович", Role.HEAD)
READER = Actor("petrov", "Петров Пётр Петрович", Role.READER)
PAYLOAD = os.urandom(200_000) + bytes(range(256)) + b"\x00" * 500


@pytest.fixture
def item(db):
    ids = make_group(db, HEAD)
    meeting_id, item_id, _tasks = make_meeting(db, HEAD, ids)
    return meeting_id, item_id


def test_materials_round_trip_byte_identical_and_are_stored_once(db, item, tmp_path):
    _meeting, item_id = item
    first = materials.add_material(db, HEAD, item_id, "C:\\Документы\\Доклад Павловой.pptx", PAYLOAD)
    second = materials.add_material(db, HEAD, item_id, "копия доклада.pptx", PAYLOAD)
    assert first.filename == "Доклад Павловой.pptx"
    assert first.sha256 == second.sha256 == hashlib.sha256(PAYLOAD).hexdigest()
    assert [m.filename for m in materials.list_materials(db, item_id)] == [first.filename, "копия доклада.pptx"]
    assert materials.material_bytes(db, first.id) == (first.filename, PAYLOAD)
    target = materials.save_material(db, second.id, tmp_path / "сохранено.pptx")
    assert target.read_bytes() == PAYLOAD
    with db.uow() as uow:
        assert uow.session.scalar(text("SELECT count(*) FROM wg_blob")) == 1
    source = tmp_path / "Проект решения.docx"
    source.write_bytes(PAYLOAD[:1000])
    from_disk = materials.add_material_file(db, HEAD, item_id, source)
    assert materials.material_bytes(db, from_disk.id)[1] == PAYLOAD[:1000]


def test_the_cap_is_50_mb_and_checked_before_reading(db, item, tmp_path):
    _meeting, item_id = item
    big = tmp_path / "видеозапись.mp4"
    with big.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: no 50 MB written
    with pytest.raises(ValidationError, match="не больше 50 МБ"):
        materials.add_material_file(db, HEAD, item_id, big)
    with pytest.raises(ValidationError, match="нет имени"):
        materials.add_material(db, HEAD, item_id, "  ", b"x")
    assert materials.list_materials(db, item_id) == []


def test_removing_a_file_or_its_item_hides_the_files(db, item):
    meeting_id, item_id = item
    kept = materials.add_material(db, HEAD, item_id, "справка.pdf", b"%PDF-1.4 a")
    gone = materials.add_material(db, HEAD, item_id, "черновик.pdf", b"%PDF-1.4 b")
    materials.remove_material(db, HEAD, gone.id)
    assert [m.id for m in materials.list_materials(db, item_id)] == [kept.id]
    with pytest.raises(NotFoundError):
        materials.material_bytes(db, gone.id)
    meetings.remove_item(db, HEAD, item_id)
    with pytest.raises(NotFoundError):
        materials.material_bytes(db, kept.id)


def test_readers_may_save_but_not_attach(db, item, tmp_path):
    _meeting, item_id = item
    info = materials.add_material(db, HEAD, item_id, "справка.pdf", b"%PDF-1.4")
    assert materials.material_bytes(db, info.id)[1] == b"%PDF-1.4"
    with pytest.raises(PermissionDenied):
        materials.add_material(db, READER, item_id, "моё.pdf", b"x")
    with pytest.raises(PermissionDenied):
        materials.remove_material(db, READER, info.id)
