"""Whole flows on the knowledge-base and events pages: a staff reader proposes an article, an
editor finds it under review and publishes it, the reader then finds it by another word form;
an event is registered with participants and the quarterly check counts them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from gui_support import type_into
from PySide6.QtCore import QDate, Qt

from cxdesk import paths
from cxdesk.gui.areas import area
from cxdesk.gui.events.dialog import EventDialog
from cxdesk.gui.events.page import EventsPage
from cxdesk.gui.knowledge.editor import ArticleEditor
from cxdesk.gui.knowledge.page import KnowledgePage
from cxdesk.services import events, staff
from cxdesk.services import knowledge as kb
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role


def _page(qtbot, ctx) -> KnowledgePage:
    page = KnowledgePage(ctx, area("knowledge"))
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    return page


def _fill_and_send(qtbot, monkeypatch, button: str) -> None:
    """Answer the modal editor as a user would: type the fields, press a button."""

    def run(dialog: ArticleEditor) -> int:
        dialog.show()
        type_into(qtbot, dialog.title, "Консультирование граждан по телефону")
        dialog.kind.setCurrentIndex(dialog.kind.findData("practice"))
        type_into(qtbot, dialog.tags, "телефон, консультации")
        type_into(qtbot, dialog.body, "Перезваниваем гражданам в течение часа.")
        qtbot.mouseClick(dialog.buttons[button], Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ArticleEditor, "exec", run)


def test_reader_proposes_and_editor_publishes(qtbot, monkeypatch, reader_ctx, editor_ctx, message_boxes):
    reader = _page(qtbot, reader_ctx)
    assert not reader.buttons["publish"].isEnabled()
    _fill_and_send(qtbot, monkeypatch, "review")
    assert "publish" not in ArticleEditor(None, editor=False).buttons  # a reader's editor offers no «Опубликовать»
    qtbot.mouseClick(reader.buttons["new"], Qt.MouseButton.LeftButton)
    assert not message_boxes.shown, [m.text for m in message_boxes.shown]
    assert reader.show_filter.currentData() == "mine"
    assert reader.current is not None and reader.current.status_title == "На рассмотрении"
    assert reader.model.row_data(reader.model.row_for_id(reader.current.id)).status_title == "На рассмотрении"
    assert not reader.buttons["publish"].isEnabled()
    article_id = reader.current.id

    editor = _page(qtbot, editor_ctx)
    editor.show_filter.setCurrentIndex(editor.show_filter.findData("review"))
    editor.select_id(article_id)
    assert editor.current.id == article_id and editor.buttons["publish"].isEnabled()
    qtbot.mouseClick(editor.buttons["publish"], Qt.MouseButton.LeftButton)
    assert kb.get_article(editor_ctx.db, editor_ctx.actor, article_id).status == "published"
    assert editor.show_filter.currentData() == "published" and editor.current.id == article_id

    reader.show_filter.setCurrentIndex(reader.show_filter.findData("published"))
    type_into(qtbot, reader.search, "консультацию телефонов")
    qtbot.waitUntil(lambda: reader.model.rowCount() == 1)
    reader.table.selectRow(0)
    assert reader.reader.title.text() == "Консультирование граждан по телефону"
    assert "в течение часа" in reader.reader.browser.toPlainText()
    assert "обновлялась в текущем квартале" in reader.freshness.text()


def test_editor_edits_and_history_shows_the_change(qtbot, monkeypatch, editor_ctx):
    info = kb.create_article(editor_ctx.db, editor_ctx.actor, kb.ArticleData(
        "Памятка по ярмарке вакансий", "info", "Ярмарка проходит каждый месяц.\n"), status="published")
    page = _page(qtbot, editor_ctx)
    page.select_id(info.id)

    def run(dialog: ArticleEditor) -> int:
        dialog.body.setMarkdown("Ярмарка проходит каждую неделю.\n")
        type_into(qtbot, dialog.note, "Изменена периодичность")
        qtbot.mouseClick(dialog.buttons["save"], Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ArticleEditor, "exec", run)
    qtbot.mouseClick(page.buttons["edit"], Qt.MouseButton.LeftButton)
    assert page.current.revision_no == 2 and "каждую неделю" in page.reader.browser.toPlainText()

    from cxdesk.gui.knowledge.history import HistoryDialog

    dialog = HistoryDialog(editor_ctx, info.id, page)
    qtbot.addWidget(dialog)
    assert dialog.revisions.count() == 2 and "Изменена периодичность" in dialog.revisions.item(0).text()
    text = dialog.diff.toPlainText()
    assert "− Ярмарка проходит каждый месяц." in text and "+ Ярмарка проходит каждую неделю." in text


def test_event_with_participants_fills_the_quarterly_check(qtbot, monkeypatch, editor_ctx):
    people = [staff.add_member(editor_ctx.db, editor_ctx.actor, staff.StaffFields(name))
              for name in ("Иванова Ирина Ивановна", "Петров Пётр Петрович")]
    page = EventsPage(editor_ctx, area("events"))
    qtbot.addWidget(page)
    page.show()
    today = date.today()

    def run(dialog: EventDialog) -> int:
        type_into(qtbot, dialog.title, "Деловая игра «Путь клиента»")
        dialog.held_on.setDate(QDate(today.year, today.month, today.day))
        dialog.set_checked({people[0].id})
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(EventDialog, "exec", run)
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert page.quarters.item(0, 1).text() == "1"
    assert page.quarters.item(0, 2).text() == "1 из 2 (50 %)"
    assert page.quarters.item(0, 3).text() == "✔ проведены"
    page.table.selectRow(0)
    assert "Иванова Ирина Ивановна" in page.card.toPlainText()
    reader = Actor("petrov", "Петров", Role.READER)
    assert events.event_rows(editor_ctx.db, reader, events.list_event_ids(editor_ctx.db, reader))[0].participants == 1


def test_every_string_of_the_area_is_translated_and_compiled():
    folder = paths.resources_dir() / "i18n"
    ts, qm = folder / "knowledge_ru.ts", folder / "knowledge_ru.qm"
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 100
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") in ("unfinished", "obsolete") or not m.findtext("translation")]
    assert not unfinished
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1


def test_editor_links_an_article_to_a_journey_and_a_measure_through_the_picker(qtbot, monkeypatch, editor_ctx):
    from PySide6.QtWidgets import QDialog

    from cxdesk.gui.knowledge import link_picker
    from cxdesk.services import initiatives, journeys

    journey = journeys.create_journey(editor_ctx.db, editor_ctx.actor, "Выплата пособия ветеранам боевых действий")
    journeys.create_journey(editor_ctx.db, editor_ctx.actor, "Поиск работы через портал")
    head = Actor("head", "Ёлкина Ольга Сергеевна", Role.HEAD)
    measure = initiatives.save_initiative(editor_ctx.db, head, initiatives.InitiativeFields(
        "Электронная запись на приём", "optimisation"))
    page = _page(qtbot, editor_ctx)
    seen: dict[str, list[str]] = {}

    def run(dialog: ArticleEditor) -> int:
        dialog.show()
        type_into(qtbot, dialog.title, "Памятка по регистрации")
        original = dialog._picker

        def answered():
            picker = original()
            qtbot.addWidget(picker)
            type_into(qtbot, picker.search, "ветеранам")
            visible = [picker.list.item(i) for i in range(picker.list.count()) if not picker.list.item(i).isHidden()]
            seen["search"] = [item.text() for item in visible]
            visible[0].setCheckState(Qt.CheckState.Checked)
            picker.search.clear()
            picker.item_for("initiative", measure).setCheckState(Qt.CheckState.Checked)
            monkeypatch.setattr(picker, "exec", lambda: QDialog.DialogCode.Accepted)
            return picker

        monkeypatch.setattr(dialog, "_picker", answered)
        qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
        seen["links"] = [dialog.links.item(r, 1).text() for r in range(dialog.links.rowCount())]
        qtbot.mouseClick(dialog.buttons["save"], Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ArticleEditor, "exec", run)
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    assert seen["search"] == ["Маршрут: Выплата пособия ветеранам боевых действий (как есть)"]
    assert seen["links"] == ["Выплата пособия ветеранам боевых действий", "Электронная запись на приём"]
    stored = kb.get_article(editor_ctx.db, editor_ctx.actor, page.current.id).data.links
    assert {(x.kind, x.id) for x in stored} == {("journey", journey.id), ("initiative", measure)}

    # the editor shows the titles as they are now; double-click goes to the record's area
    calls = []

    class Window:
        def show_area(self, area_id):
            calls.append(area_id)

        def page(self, area_id):
            return None

    editor = ArticleEditor(page.current, editor=True, parent=page, ctx=editor_ctx)
    qtbot.addWidget(editor)
    assert editor.links.item(0, 0).text() == "Клиентский маршрут"
    monkeypatch.setattr(page, "window", lambda: Window())
    editor.links.cellDoubleClicked.emit(1, 1)
    assert calls == ["working_group"]
    assert link_picker.open_link(ArticleEditor(None, editor=True), stored[0]) is False
