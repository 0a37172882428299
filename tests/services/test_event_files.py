"""Competency events: material files round-trip byte-identical, Cyrillic search ignores case and ё,
and the register for a period prints to a PDF with the events, their materials and the quarters."""

from __future__ import annotations

import hashlib
import io
import os
from datetime import date

import pytest
from pypdf import PdfReader

from cxdesk.services import events, events_files, staff
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, PermissionDenied, ValidationError
from cxdesk.services.roles import Role

SPECIALIST = Actor("cx", "Орлова Мария Петровна", Role.CX_SPECIALIST)
READER = Actor("petrov", "Петров Пётр Петрович", Role.READER)
PAYLOAD = os.urandom(150_000) + bytes(range(256))


def _event(db, title, day, organiser="Орлова М. П.", ids=()):
    return events.create_event(db, SPECIALIST, events.EventData(title, "business_game", "offline", day, organiser,
                                                                "Сценарий игры", "План улучшений", tuple(ids)))


def test_material_files_round_trip_byte_identical(db, tmp_path):
    info = _event(db, "Деловая игра «Путь клиента»", date(2026, 2, 3))
    added = events_files.add_material(db, SPECIALIST, info.id, "Сценарий игры.docx", PAYLOAD)
    assert added.sha256 == hashlib.sha256(PAYLOAD).hexdigest()
    assert [f.filename for f in events.get_event(db, READER, info.id).files] == ["Сценарий игры.docx"]
    assert events_files.material_bytes(db, added.id) == ("Сценарий игры.docx", PAYLOAD)
    assert events_files.save_material(db, added.id, tmp_path / "копия.docx").read_bytes() == PAYLOAD
    with pytest.raises(PermissionDenied):
        events_files.add_material(db, READER, info.id, "моё.pdf", b"x")
    with pytest.raises(ValidationError, match="50 МБ"):
        events_files.add_material(db, SPECIALIST, info.id, "big.bin", b"\0" * (50 * 1024 * 1024 + 1))
    events_files.remove_material(db, SPECIALIST, added.id)
    assert events.get_event(db, READER, info.id).files == ()
    with pytest.raises(NotFoundError):
        events_files.material_bytes(db, added.id)


def test_search_finds_cyrillic_in_any_case_and_with_yo(db):
    game = _event(db, "Деловая игра «Путь клиента»", date(2026, 2, 3), "Ёлкина Ж. Ф.")
    webinar = _event(db, "ВЕБИНАР о жалобах", date(2026, 3, 3))
    for query, expected in (("деловая", [game.id]), ("ПУТЬ", [game.id]), ("вебинар", [webinar.id]),
                            ("елкина", [game.id]), ("ЁЛКИНА", [game.id]), ("орлова", [webinar.id]),
                            ("игра путь", [game.id]), ("конкурс", [])):
        assert events.list_event_ids(db, READER, search=query) == expected, query
    events.update_event(db, SPECIALIST, webinar.id, events.EventData("Экспресс-встреча", "express_meeting", "online",
                                                                     date(2026, 3, 3), "Щукин Ю. Э."))
    assert events.list_event_ids(db, READER, search="щукин") == [webinar.id]
    assert events.list_event_ids(db, READER, search="вебинар") == []


def test_the_register_for_a_period_prints_events_materials_and_quarters(db):
    person = staff.add_member(db, SPECIALIST, staff.StaffFields("Иванова Ирина Ивановна"))
    first = _event(db, "Деловая игра «Путь клиента»", date(2026, 2, 3), ids=[person.id])
    events_files.add_material(db, SPECIALIST, first.id, "Раздаточный материал.pdf", b"%PDF")
    _event(db, "Фестиваль клиентского опыта", date(2026, 5, 20))
    _event(db, "За пределами периода", date(2026, 9, 1))
    data = events_files.register_pdf(db, READER, date(2026, 1, 1), date(2026, 6, 30))
    assert data.startswith(b"%PDF")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages)
    assert "Реестр мероприятий по развитию клиентоцентричных компетенций" in text
    assert "с 01.01.2026 по 30.06.2026" in text
    assert "Деловая игра «Путь клиента»" in text and "Фестиваль клиентского опыта" in text
    assert "Раздаточный материал.pdf" in text and "За пределами периода" not in text
    assert "I кв. 2026" in text and "II кв. 2026" in text and "1 из 1" in text
    assert "Всего мероприятий: 2" in text
    with pytest.raises(ValidationError, match="раньше"):
        events_files.register_pdf(db, READER, date(2026, 6, 30), date(2026, 1, 1))
