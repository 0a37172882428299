"""A secretary plans a meeting, marks attendance (the quorum follows), records a decision with two
assignments and prints the protocol (PDF and Word); deletions ask first; a reader only reads."""

from __future__ import annotations

import io
from datetime import date

from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from cxdesk.gui.areas import area
from cxdesk.gui.working_group.page import WorkingGroupPage
from cxdesk.services import assignments, meetings
from tests.gui.gui_support import type_into


def _page(qtbot, ctx) -> WorkingGroupPage:
    page = WorkingGroupPage(ctx, area("working_group"))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def _accepting(monkeypatch, owner, answers: list[dict]):
    """Replace ``owner._dialog`` so that each form opened is filled with the next answers and accepted."""
    original = owner._dialog

    def filled(title, specs, *args):
        dialog = original(title, specs, *args)
        for key, value in answers.pop(0).items():
            dialog.set_value(key, value)
        monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted if dialog._accept() is None
                            and dialog.result() == QDialog.DialogCode.Accepted else QDialog.DialogCode.Rejected)
        return dialog

    monkeypatch.setattr(owner, "_dialog", filled)


def test_secretary_records_a_meeting_and_prints_the_protocol(qtbot, secretary_ctx, monkeypatch, tmp_path,
                                                             message_boxes, print_previews):
    ids = secretary_ctx.staff_ids
    page = _page(qtbot, secretary_ctx)
    page.tabs.setCurrentWidget(page.meetings)
    qtbot.mouseClick(page.meetings.buttons["new"], Qt.MouseButton.LeftButton)
    editor = page.meetings.editor
    assert editor is not None and editor.isVisible()
    qtbot.addWidget(editor)
    editor.day.setDate(QDate(2026, 1, 15))
    type_into(qtbot, editor.place, "ул. Ленина, 5, каб. 305")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert page.meetings.model.rowCount() == 1

    editor.tabs.setCurrentIndex(1)
    assert "Кворум: есть" in editor.quorum.text()
    for row in range(4):  # four of six members are away: no quorum
        editor.set_present(row, False)
    assert "Кворум: НЕТ" in editor.quorum.text()
    for row in range(2):
        editor.set_present(row, True)
    assert "Кворум: есть" in editor.quorum.text() and "4 из 6" in editor.quorum.text()

    editor.tabs.setCurrentIndex(0)
    agenda = editor.agenda
    qtbot.mouseClick(agenda.list_buttons["add"], Qt.MouseButton.LeftButton)
    type_into(qtbot, agenda.title, "Об итогах анализа жалоб за IV квартал")
    type_into(qtbot, agenda.heard, "Павлову Н. В. — об очередях в зале приёма.")
    type_into(qtbot, agenda.decision, "Одобрить электронную запись на приём.")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(agenda.decision, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves all
    assert meetings.get_meeting(secretary_ctx.db, editor.meeting_id).items[0].fields.decision == \
        "Одобрить электронную запись на приём."

    _accepting(monkeypatch, editor, [
        {"text": "Подготовить регламент электронной записи", "responsible": ids["member3"],
         "due_on": date(2026, 2, 10)},
        {"text": "Провести опрос посетителей о времени ожидания", "responsible": ids["member4"],
         "due_on": date(2026, 3, 1)},
    ])
    qtbot.mouseClick(agenda.task_buttons["add"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(agenda.task_buttons["add"], Qt.MouseButton.LeftButton)
    assert agenda.tasks.rowCount() == 2
    assert len(assignments.meeting_assignments(secretary_ctx.db, editor.meeting_id)) == 2

    pdf, word = tmp_path / "protocol.pdf", tmp_path / "protocol.docx"
    targets = [pdf, word]
    monkeypatch.setattr("cxdesk.gui.messages.choose_save_path", lambda *a: targets.pop(0))
    print_previews.actions.append("save")  # the print preview's «Сохранить PDF…»
    qtbot.mouseClick(editor.findChild(type(editor.save_button), "meetingPrint_pdf"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pdf.exists(), timeout=10000)
    qtbot.mouseClick(editor.findChild(type(editor.save_button), "meetingPrint_docx"), Qt.MouseButton.LeftButton)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "ПРОТОКОЛ" in text and "Одобрить электронную запись на приём." in text
    assert "Подготовить регламент электронной записи" in text and "до 10.02.2026" in text
    assert "Провести опрос посетителей о времени ожидания" in text and "Отсутствовали:" in text
    doc_text = "\n".join(p.text for p in Document(str(word)).paragraphs)
    assert "РЕШИЛИ:" in doc_text and "Одобрить электронную запись на приём." in doc_text
    assert not [m for m in message_boxes.shown if m.kind == "error"]


def test_deleting_a_meeting_asks_first(qtbot, secretary_ctx, message_boxes):
    detail = meetings.create_meeting(secretary_ctx.db, secretary_ctx.actor,
                                     meetings.MeetingFields(date(date.today().year, 1, 15)))
    page = _page(qtbot, secretary_ctx)
    page.tabs.setCurrentWidget(page.meetings)
    page.meetings.select_id(detail.id)
    message_boxes.replies = [False]
    qtbot.mouseClick(page.meetings.buttons["delete"], Qt.MouseButton.LeftButton)
    assert message_boxes.last.kind == "question" and page.meetings.model.rowCount() == 1
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.meetings.table.setFocus()
    qtbot.keyClick(page.meetings.table, Qt.Key.Key_Delete)
    assert len(message_boxes.shown) == 2 and page.meetings.model.rowCount() == 0


def test_reader_sees_the_group_but_cannot_change_it(qtbot, secretary_ctx, reader_ctx):
    page = _page(qtbot, reader_ctx)
    assert page.composition.members.model.rowCount() == 7
    assert not page.composition.members.buttons["add"].isEnabled()
    page.tabs.setCurrentWidget(page.meetings)
    assert not page.meetings.buttons["new"].isEnabled() and page.meetings.buttons["pdf"].isEnabled()
    page.tabs.setCurrentWidget(page.staff)
    assert page.staff.model.rowCount() == 6 and not page.staff.buttons["add"].isEnabled()


def test_agenda_item_files_are_attached_saved_and_removed(qtbot, secretary_ctx, monkeypatch, tmp_path,
                                                          message_boxes):
    from cxdesk.gui import messages
    from cxdesk.gui.knowledge import editor as article_editor
    from cxdesk.services import meetings_materials
    from cxdesk.services.meetings_protocol import print_protocol
    from tests.services.working_group_support import make_meeting

    meeting_id, item_id, _tasks = make_meeting(secretary_ctx.db, secretary_ctx.actor, secretary_ctx.staff_ids)
    page = _page(qtbot, secretary_ctx)
    page.tabs.setCurrentWidget(page.meetings)
    page.meetings.open_editor(meeting_id)
    editor = page.meetings.editor
    qtbot.addWidget(editor)
    panel = editor.agenda.files
    assert panel.owner_id == item_id and panel.buttons["attach"].isEnabled()
    payload = bytes(range(256)) * 300
    source = tmp_path / "Презентация доклада.pptx"
    source.write_bytes(payload)
    monkeypatch.setattr(article_editor, "choose_open_path", lambda *a, **k: source)
    qtbot.mouseClick(panel.buttons["attach"], Qt.MouseButton.LeftButton)
    assert [f.filename for f in panel.rows] == ["Презентация доклада.pptx"]
    target = tmp_path / "копия.pptx"
    monkeypatch.setattr(messages, "choose_save_path", lambda *a, **k: target)
    panel.files.setCurrentRow(0)
    qtbot.mouseClick(panel.buttons["save"], Qt.MouseButton.LeftButton)
    assert target.read_bytes() == payload
    out = io.BytesIO()
    print_protocol(secretary_ctx.db, secretary_ctx.actor, meeting_id, out)
    assert "Презентация доклада.pptx" in " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages)
    qtbot.mouseClick(panel.buttons["remove"], Qt.MouseButton.LeftButton)
    assert panel.rows == [] and meetings_materials.list_materials(secretary_ctx.db, item_id) == []
