"""The «Отчёты» page: generate in a worker, comment, publish with confirmation, preview; the reader
opens the published report and nothing else."""

from __future__ import annotations

import io

from gui_support import type_into
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cxdesk.gui.areas import area
from cxdesk.gui.reports.commentary import CommentaryDialog
from cxdesk.gui.reports.page import ReportsPage
from cxdesk.services import quarterly_reports


def make_page(qtbot, ctx) -> ReportsPage:
    page = ReportsPage(ctx, area("reports"))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def test_generate_comment_publish_and_preview(qtbot, monkeypatch, specialist_ctx, message_boxes, print_previews):
    page = make_page(qtbot, specialist_ctx)
    assert page.model.rowCount() == 0 and "Сформировать" in page.status.text()
    page.period.setCurrentIndex(page.period.findData("2026Q1"))
    qtbot.mouseClick(page.buttons["generate"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30000)
    qtbot.waitUntil(lambda: page.selected() is not None, timeout=5000)
    assert page.selected().status == "draft" and page.buttons["publish"].isEnabled()
    assert "I квартал 2026 г." in page.card.toPlainText()

    def comment(dialog: CommentaryDialog) -> int:
        type_into(qtbot, dialog.edits["а"], "Жалоб на грубость стало меньше")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CommentaryDialog, "exec", comment)
    qtbot.mouseClick(page.buttons["commentary"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Жалоб на грубость стало меньше" in page.card.toPlainText(), timeout=30000)

    message_boxes.replies = [False]  # first the user changes their mind
    qtbot.mouseClick(page.buttons["publish"], Qt.MouseButton.LeftButton)
    assert page.selected().status == "draft" and "Опубликовать редакцию 1" in message_boxes.last.text
    qtbot.mouseClick(page.buttons["publish"], Qt.MouseButton.LeftButton)
    assert page.selected().status == "published" and not page.buttons["publish"].isEnabled()
    assert "опубликовано: 1" in page.title_label.text()

    qtbot.mouseClick(page.buttons["open"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(print_previews.shown), timeout=30000)
    shown = print_previews.last
    assert shown.page_count == page.selected().pages
    assert "Жалоб на грубость стало меньше" in pdf_text(shown.data)


def test_a_refused_commentary_keeps_the_dialog_open(qtbot, specialist_ctx):
    dialog = CommentaryDialog((("а", "Дружелюбие и партнёрство"),), {}, "Отчёт")
    qtbot.addWidget(dialog)
    dialog.edits["а"].setPlainText("х" * 4001)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "4001" in dialog.error.text() and dialog.error.isVisibleTo(dialog)


def test_the_reader_opens_published_reports_only(qtbot, specialist_ctx, reader_ctx, print_previews):
    db, cx = specialist_ctx.db, specialist_ctx.actor
    draft = quarterly_reports.generate(db, cx, "2026Q1")
    published = quarterly_reports.generate(db, cx, "2025Q4")
    quarterly_reports.publish(db, cx, published.id)
    page = make_page(qtbot, reader_ctx)
    assert page.model.rowCount() == 1 and page.model.row_id(0) == published.id
    assert not page.buttons["generate"].isVisible() and not page.buttons["publish"].isVisible()
    page.table.selectRow(0)
    qtbot.mouseClick(page.buttons["open"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(print_previews.shown), timeout=30000)
    assert "IV квартал 2025 г." in pdf_text(print_previews.last.data)
    assert draft.id not in [page.model.row_id(r) for r in range(page.model.rowCount())]
