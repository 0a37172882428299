"""Printed and exported feedback: the complaints-book register PDF, the view as XLSX/CSV/PDF, and the
blank questionnaire — Cyrillic text present, personal data only for roles that may see it."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from cxdesk.services import feedback as fb
from cxdesk.services import feedback_exports as exports
from cxdesk.services.actor import Actor
from cxdesk.services.feedback_register import RegisterFilter
from cxdesk.services.roles import Role


@pytest.fixture
def cx() -> Actor:
    return Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)


@pytest.fixture
def entries(db, cx):
    for day, kind, text in (
        (3, "complaint", "В зале ожидания душно, кондиционер не работает."),
        (4, "gratitude", "Спасибо инспектору Ёлкиной за помощь с резюме!"),
        (5, "suggestion", "Предлагаю поставить кулер с водой."),
    ):
        fb.create_record(
            db,
            cx,
            "book",
            {
                "kind": kind,
                "text": text,
                "author": "Сидорова Анна",
                "contacts": "+7 900 000-00-00",
                "received_at": datetime(2025, 3, day, 11, 30).astimezone(),
            },
        )
    fb.create_record(
        db,
        cx,
        "appeal",
        {
            "channel": "written",
            "author": "Фёдоров Пётр",
            "text": "Прошу разъяснить",
            "received_on": date(2025, 3, 6),
        },
    )


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_book_register_pdf_for_a_period(db, cx, entries, tmp_path):
    path = tmp_path / "книга.pdf"
    assert exports.print_book_register(db, cx, path, date(2025, 3, 1), date(2025, 3, 31)) == 3
    text = _pdf_text(path)
    assert "Реестр записей книги жалоб и предложений" in text
    assert "Ёлкиной" in text and "благодарность" in text and "Сидорова Анна" in text
    assert "стр. 1 из 1" in text
    reader = Actor("head", "Руководитель", Role.HEAD)
    assert (
        exports.print_book_register(db, reader, tmp_path / "2.pdf", date(2025, 3, 4), date(2025, 3, 4)) == 1
    )


def test_view_exports_to_xlsx_and_csv(db, cx, entries, tmp_path):
    flt = RegisterFilter(sources=("book",))
    assert exports.export_view(db, cx, flt, tmp_path / "реестр.xlsx") == 3
    sheet = load_workbook(tmp_path / "реестр.xlsx", read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Дата", "Источник", "Номер") and len(rows) == 4
    assert exports.export_view(db, cx, RegisterFilter(), tmp_path / "реестр.csv") == 4
    with open(tmp_path / "реестр.csv", encoding="utf-8-sig") as handle:
        data = list(csv.reader(handle, delimiter=";"))
    assert data[1][1] == "Обращения" and data[1][0] == "06.03.2025"


def test_view_pdf_and_blank_questionnaire(db, cx, entries, tmp_path):
    assert exports.print_view(db, cx, RegisterFilter(), tmp_path / "вид.pdf") == 4
    assert "Единый реестр обратной связи" in _pdf_text(tmp_path / "вид.pdf")
    exports.print_blank_questionnaire(db, cx, "ref-citizen", tmp_path / "анкета.pdf")
    text = _pdf_text(tmp_path / "анкета.pdf")
    assert "Насколько легко было получить услугу?" in text and "скорее легко" in text
