"""A reader proposes a change to a published article and the editor accepts one and rejects another
(the published text stays until then); event materials are attached, saved byte-identical and removed;
the events register for a period is saved as a PDF and opened in the print preview."""

from __future__ import annotations

import io
import os
from datetime import date

from gui_support import type_into
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cxdesk.core.knowledge import PUBLISHED
from cxdesk.gui import messages
from cxdesk.gui.areas import area
from cxdesk.gui.events.page import EventsPage
from cxdesk.gui.events.register import default_period
from cxdesk.gui.knowledge import editor as article_editor
from cxdesk.gui.knowledge.editor import ArticleEditor
from cxdesk.gui.knowledge.page import KnowledgePage
from cxdesk.gui.knowledge.proposals import ProposalsDialog
from cxdesk.services import events
from cxdesk.services import knowledge as kb
from cxdesk.services import knowledge_proposals as proposals

BODY = "Принимаем заявление в течение 15 минут.\n"
PAYLOAD = os.urandom(70_000) + bytes(range(256))


def _knowledge(qtbot, ctx) -> KnowledgePage:
    page = KnowledgePage(ctx, area("knowledge"))
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    return page


def _propose(qtbot, monkeypatch, page: KnowledgePage, text: str) -> None:
    def run(dialog) -> int:
        assert isinstance(dialog, ArticleEditor) and dialog.proposal
        assert list(dialog.buttons) == ["save"] and not dialog.attach_button.isEnabled()
        dialog.show()
        dialog.body.selectAll()
        type_into(qtbot, dialog.body, text)
        type_into(qtbot, dialog.note, "Уточнил срок")
        qtbot.mouseClick(dialog.buttons["save"], Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(page, "_run_editor", run)
    qtbot.mouseClick(page.buttons["propose"], Qt.MouseButton.LeftButton)


def test_reader_proposes_changes_and_the_editor_accepts_one_and_rejects_another(
        qtbot, monkeypatch, reader_ctx, editor_ctx, message_boxes):
    article = kb.create_article(editor_ctx.db, editor_ctx.actor, kb.ArticleData("Памятка по приёму", "info", BODY),
                                status=PUBLISHED)
    reader = _knowledge(qtbot, reader_ctx)
    reader.select_id(article.id)
    assert reader.buttons["propose"].isEnabled() and not reader.buttons["edit"].isEnabled()
    _propose(qtbot, monkeypatch, reader, "Принимаем заявление в течение 10 минут.")
    assert "отправлено" in message_boxes.shown[-1].text or "редактор" in message_boxes.shown[-1].text
    assert kb.get_article(reader_ctx.db, reader_ctx.actor, article.id).data.body == BODY  # still as published
    _propose(qtbot, monkeypatch, reader, "Принимаем заявление когда получится.")
    assert reader.buttons["proposals"].text() == "Предложения (2)"

    editor = _knowledge(qtbot, editor_ctx)
    assert editor.buttons["proposals"].text() == "Предложения (2)"
    seen: list[ProposalsDialog] = []

    def review(dialog) -> int:
        seen.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.list.count() == 2 and dialog.accept_button.isVisible()
        rows = [p.data.body for p in dialog.items]
        dialog.list.setCurrentRow(rows.index("Принимаем заявление в течение 10 минут.\n"))
        assert "10 минут" in dialog.diff.toPlainText() and "15 минут" in dialog.diff.toPlainText()
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)  # the confirmation is answered yes
        assert dialog.list.count() == 1
        monkeypatch.setattr(dialog, "ask_reason", lambda: "Срок нужен конкретный")
        qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
        assert dialog.list.count() == 0
        dialog.scope.setCurrentIndex(1)
        assert dialog.list.count() == 2
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(editor, "_run_editor", review)
    qtbot.mouseClick(editor.buttons["proposals"], Qt.MouseButton.LeftButton)
    assert seen and editor.buttons["proposals"].text() == "Предложения"
    assert kb.get_article(editor_ctx.db, editor_ctx.actor, article.id).data.body == \
        "Принимаем заявление в течение 10 минут.\n"
    decided = {p.data.body: (p.status, p.decision_note) for p in
               proposals.list_proposals(reader_ctx.db, reader_ctx.actor, status=None)}
    assert decided["Принимаем заявление когда получится.\n"] == ("rejected", "Срок нужен конкретный")

    reader_dialog = ProposalsDialog(reader_ctx, None, reader)  # the reader sees the decisions, cannot decide
    qtbot.addWidget(reader_dialog)
    reader_dialog.scope.setCurrentIndex(1)
    assert reader_dialog.list.count() == 2 and not reader_dialog.accept_button.isVisibleTo(reader_dialog)


def _events(qtbot, ctx) -> EventsPage:
    page = EventsPage(ctx, area("events"))
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    return page


def test_event_materials_round_trip_and_the_register_prints(qtbot, monkeypatch, editor_ctx, tmp_path,
                                                           message_boxes):
    info = events.create_event(editor_ctx.db, editor_ctx.actor, events.EventData(
        "Деловая игра «Путь клиента»", "business_game", "offline", date(2026, 2, 3), "Орлова М. П."))
    page = _events(qtbot, editor_ctx)
    page.table.selectRow(page.model.row_for_id(info.id))
    panel = page.files
    source = tmp_path / "Сценарий игры.docx"
    source.write_bytes(PAYLOAD)
    monkeypatch.setattr(article_editor, "choose_open_path", lambda *a, **k: source)
    qtbot.mouseClick(panel.buttons["attach"], Qt.MouseButton.LeftButton)
    assert [f.filename for f in panel.rows] == ["Сценарий игры.docx"]
    assert panel.files.item(0).text().startswith("Сценарий игры.docx (")
    target = tmp_path / "копия.docx"
    monkeypatch.setattr(messages, "choose_save_path", lambda *a, **k: target)
    panel.files.setCurrentRow(0)
    qtbot.mouseClick(panel.buttons["save"], Qt.MouseButton.LeftButton)
    assert target.read_bytes() == PAYLOAD

    def period_dialog(start, end):
        dialog = page.__class__._register_dialog(page, start, end)
        monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
        return dialog

    monkeypatch.setattr(page, "_register_dialog", period_dialog)
    pdf = tmp_path / "реестр"
    monkeypatch.setattr(messages, "choose_save_path", lambda *a, **k: pdf)
    page.year.setCurrentIndex(page.year.findData(2026))
    qtbot.mouseClick(page.buttons["pdf"], Qt.MouseButton.LeftButton)
    saved = pdf.with_name("реестр.pdf").read_bytes()
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(saved)).pages)
    assert "Деловая игра «Путь клиента»" in text and "Сценарий игры.docx" in text
    start, end = default_period(2026)  # the year chosen in the filter (to date when it is the current year)
    assert f"с {start:%d.%m.%Y} по {end:%d.%m.%Y}" in text

    from cxdesk.gui import print_preview

    built: list[bytes] = []

    def fake_print(parent, runner, title, build, **kwargs):
        buffer = io.BytesIO()
        build(buffer)
        built.append(buffer.getvalue())

    monkeypatch.setattr(print_preview, "print_document", fake_print)
    qtbot.mouseClick(page.buttons["print"], Qt.MouseButton.LeftButton)
    assert built and built[0].startswith(b"%PDF")

    qtbot.mouseClick(panel.buttons["remove"], Qt.MouseButton.LeftButton)  # confirmed
    assert panel.rows == [] and events.get_event(editor_ctx.db, editor_ctx.actor, info.id).files == ()
