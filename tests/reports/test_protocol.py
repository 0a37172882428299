"""The printed protocol (PDF and .docx) and the extract for one executor carry the decisions and the
assignments in correct Cyrillic, in the customary order of a Russian protocol."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document
from pypdf import PdfReader

from cxdesk.services import meetings
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.meetings import MeetingFields
from cxdesk.services.meetings_protocol import print_protocol
from cxdesk.services.roles import Role
from tests.services.working_group_support import make_group, make_meeting

HEAD = Actor("head", "Ветров Андрей Борисович", Role.HEAD)


@pytest.fixture
def meeting(db):
    ids = make_group(db, HEAD)
    meeting_id, _item, _tasks = make_meeting(db, HEAD, ids)
    return meeting_id, ids


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages)


def test_protocol_pdf_has_the_customary_parts_in_order(db, meeting):
    meeting_id, _ids = meeting
    out = io.BytesIO()
    print_protocol(db, HEAD, meeting_id, out)
    text = _pdf_text(out.getvalue())
    order = ["ПРОТОКОЛ", "заседания рабочей группы по клиентоцентричности", "15.01.2026", "№ 1", "г. Заречный",
             "Председатель — Ветров А. Б., директор", "Секретарь — Павлова Н. В.", "Присутствовали:",
             "Щукин Ю. Э.", "Приглашённые:", "Гусева О. П.", "Кворум имеется", "ПОВЕСТКА ДНЯ:",
             "СЛУШАЛИ:", "ВЫСТУПИЛИ:", "РЕШИЛИ:", "Одобрить пилот электронной записи",
             "Подготовить регламент электронной записи на приём", "до 10.02.2026",
             "Провести опрос посетителей о времени ожидания", "Ёлкина Ж. Ф.", "до 01.03.2026",
             "Председатель", "А. Б. Ветров", "Секретарь", "Н. В. Павлова"]
    position = 0
    for part in order:
        found = text.find(part, position)
        assert found >= 0, f"«{part}» missing or out of order in: {text[position:position + 300]}"
        position = found + len(part)


def test_protocol_docx_has_the_decisions_and_assignments(db, meeting):
    meeting_id, _ids = meeting
    out = io.BytesIO()
    print_protocol(db, HEAD, meeting_id, out, "docx")
    doc = Document(io.BytesIO(out.getvalue()))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "ПРОТОКОЛ" in text and "РЕШИЛИ:" in text and "СЛУШАЛИ:" in text
    assert "Одобрить пилот электронной записи в ТЦЗН по г. Заречный." in text
    cells = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
    assert ["1.1", "Подготовить регламент электронной записи на приём", "Щукин Ю. Э.", "до 10.02.2026"] in cells
    assert ["1.2", "Провести опрос посетителей о времени ожидания", "Ёлкина Ж. Ф.", "до 01.03.2026"] in cells
    assert any(row[0] == "Председатель" and row[2] == "А. Б. Ветров" for row in cells)
    assert doc.styles["Normal"].font.name == "Times New Roman"


def test_the_extract_holds_only_the_executors_assignment(db, meeting):
    meeting_id, ids = meeting
    out = io.BytesIO()
    print_protocol(db, HEAD, meeting_id, out, executor_staff_id=ids["member3"])
    text = _pdf_text(out.getvalue())
    assert "ВЫПИСКА ИЗ ПРОТОКОЛА" in text and "Выписка верна" in text
    assert "Подготовить регламент электронной записи на приём" in text
    assert "Провести опрос посетителей" not in text
    with pytest.raises(ValidationError, match="нет поручений"):
        print_protocol(db, HEAD, meeting_id, io.BytesIO(), executor_staff_id=ids["deputy"])


def test_the_extract_names_those_present_but_not_the_absent(db, meeting):
    meeting_id, ids = meeting
    absent = next(a for a in meetings.get_meeting(db, meeting_id).attendance if a.staff_id == ids["member5"])
    meetings.set_attendance(db, HEAD, absent.id, False, "отпуск")
    for fmt in ("pdf", "docx"):
        out = io.BytesIO()
        print_protocol(db, HEAD, meeting_id, out, fmt, executor_staff_id=ids["member3"])
        if fmt == "pdf":
            text = _pdf_text(out.getvalue())
        else:
            text = "\n".join(p.text for p in Document(io.BytesIO(out.getvalue())).paragraphs)
        assert "Присутствовали:" in text and "Кошкина Е. С." in text and "Ёлкина Ж. Ф." in text, fmt
        assert "Приглашённые:" in text and "Гусева О. П." in text, fmt
        assert "Цой И. В." not in text and "Отсутствовали" not in text, fmt
        assert text.index("Присутствовали:") < text.index("ПОВЕСТКА ДНЯ:"), fmt


def test_the_protocol_lists_the_materials_of_each_item_by_name(db, meeting):
    from cxdesk.services import meetings_materials as materials

    meeting_id, _ids = meeting
    item = meetings.get_meeting(db, meeting_id).items[0]
    meetings.save_item(db, HEAD, meeting_id, meetings.ItemFields(item.fields.title, item.fields.speakers,
                                                                 "Справка о жалобах за квартал"), item.id)
    materials.add_material(db, HEAD, item.id, "Презентация «Жалобы».pptx", b"slides")
    materials.add_material(db, HEAD, item.id, "Проект регламента.docx", b"draft")
    out = io.BytesIO()
    print_protocol(db, HEAD, meeting_id, out)
    assert ("Материалы: Справка о жалобах за квартал; Презентация «Жалобы».pptx; Проект регламента.docx."
            in _pdf_text(out.getvalue()))
    out = io.BytesIO()
    print_protocol(db, HEAD, meeting_id, out, "docx")
    assert any(p.text.startswith("Материалы: Справка") and "Проект регламента.docx" in p.text
               for p in Document(io.BytesIO(out.getvalue())).paragraphs)


def test_an_empty_planned_meeting_still_prints(db, meeting):
    detail = meetings.create_meeting(db, HEAD, MeetingFields(date(2026, 2, 12)))
    out = io.BytesIO()
    print_protocol(db, HEAD, detail.id, out, "docx")
    print_protocol(db, HEAD, detail.id, io.BytesIO())
    assert out.getvalue().startswith(b"PK")
