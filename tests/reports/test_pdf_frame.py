"""The common print frame: Cyrillic text survives, pages are numbered «стр. N из M», headers repeat."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.units import mm

from cxdesk.reports.pdf import DocumentInfo, build_pdf, paragraph, table


def _render(story, info) -> list[str]:
    buffer = io.BytesIO()
    build_pdf(buffer, story, info)
    return [page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages]


def test_cyrillic_numbering_and_repeated_header():
    info = DocumentInfo(title="Реестр записей", organisation="ТЦЗН по г. Заречный", printed_by="Ёлкина А. С.")
    rows = [["№", "Содержание жалобы"]] + [[str(i), f"Долгое ожидание в очереди № {i}"] for i in range(120)]
    pages = _render([paragraph("Книга жалоб и предложений", "title"), table(rows, [15 * mm, 150 * mm])], info)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"стр. {number} из {len(pages)}" in text
        assert "ТЦЗН по г. Заречный" in text and "Ёлкина А. С." in text
        assert "Содержание жалобы" in text, f"header row missing on page {number}"
    assert "Долгое ожидание в очереди № 119" in pages[-1]


def test_user_text_is_escaped_not_interpreted():
    info = DocumentInfo(title="Проверка", organisation="ТЦЗН", printed_by="Тест")
    pages = _render([paragraph("Клиент написал: <b>плохо</b> & <недопустимо>")], info)
    assert "<b>плохо</b> & <недопустимо>" in pages[0]


def test_a3_landscape():
    info = DocumentInfo(title="Карта", organisation="ТЦЗН", printed_by="Тест", page_size="A3", landscape=True)
    buffer = io.BytesIO()
    build_pdf(buffer, [paragraph("Этап 1")], info)
    box = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].mediabox
    assert round(float(box.width) / mm) == 420 and round(float(box.height) / mm) == 297
