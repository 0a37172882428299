"""The journey-map editor through its widgets: create, add a stage, drag a card, undo, save, reopen;
undo-all/redo-all identity; merged emotion drags; the unsaved-changes prompt; read-only for readers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from cxdesk.core.journey import LaneKind
from cxdesk.gui.areas import area
from cxdesk.gui.journeys import commands
from cxdesk.gui.journeys.editor import JourneyEditor, render_png
from cxdesk.gui.journeys.page import JourneysPage
from cxdesk.services import journeys
from cxdesk.services.journeys_library import ref_id


def _mouse(view, kind, scene_pos: QPointF, buttons) -> None:
    pos = QPointF(view.mapFromScene(scene_pos))
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, pos, view.viewport().mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def drag(view, start: QPointF, end: QPointF, steps: int = 5) -> None:
    """A real press–move–release on the canvas (QTest's mouseMove carries no button state)."""
    left = Qt.MouseButton.LeftButton
    _mouse(view, QEvent.Type.MouseButtonPress, start, left)
    for i in range(1, steps + 1):
        _mouse(view, QEvent.Type.MouseMove, start + (end - start) * (i / steps), left)
    _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def _page(qtbot, ctx) -> JourneysPage:
    page = JourneysPage(ctx, area("journeys"))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.raise_()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)
    return page


def test_area_registry_has_the_page():
    assert area("journeys").factory is not None and area("profiles").factory is not None


def test_create_add_stage_move_card_undo_save_reopen(qtbot, cx_ctx, message_boxes):
    page = _page(qtbot, cx_ctx)
    assert "12" in page.title_label.text() and "≥10" in page.title_label.text()
    editor = page.create_journey("Получение справки о статусе безработного")
    assert isinstance(editor, JourneyEditor) and not editor.dirty
    editor.add_stage("Обжалование")
    assert [s.name for s in editor.doc.stages][-1] == "Обжалование"
    actions = editor.doc.lane_of_kind(LaneKind.ACTIONS)
    first, last = editor.doc.stages[0], editor.doc.stages[-1]
    editor.scene.add_card((actions.id, first.id), "Пишет заявление", edit=False)
    card_id = editor.doc.cell(actions.id, first.id)[0].id
    item = editor.scene.card_items[card_id]
    editor.view.fit()
    target = editor.scene.lane_headers[actions.id].sceneBoundingRect().center()
    target.setX(editor.scene.stage_headers[last.id].sceneBoundingRect().center().x())
    drag(editor.view, item.sceneBoundingRect().center(), target)
    assert editor.doc.cards[card_id].stage_id == last.id
    assert editor.dirty and "* " in page.tabs.tabText(page.tabs.currentIndex())
    editor.undo_action.trigger()
    assert editor.doc.cards[card_id].stage_id == first.id
    editor.redo_action.trigger()
    assert editor.doc.cards[card_id].stage_id == last.id
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not message_boxes.shown
    assert not editor.dirty
    journey_id = editor.doc.id
    assert page.close_tab(page.tabs.indexOf(editor))
    reopened = page.open_journey(journey_id)
    assert [s.name for s in reopened.doc.stages][-1] == "Обжалование"
    assert reopened.doc.cards[card_id].stage_id == reopened.doc.stages[-1].id
    assert reopened.doc.cards[card_id].text == "Пишет заявление"


def test_undo_all_then_redo_all_gives_identical_documents(qtbot, cx_ctx):
    doc = journeys.load_journey(cx_ctx.db, cx_ctx.actor, journeys.list_journey_ids(cx_ctx.db, cx_ctx.actor)[0])
    editor = JourneyEditor(cx_ctx, doc)
    qtbot.addWidget(editor)
    original = doc.to_dict()
    scene, touch = editor.scene, doc.lane_of_kind(LaneKind.TOUCHPOINTS)
    editor.add_stage("Новый этап")
    editor.add_lane("Документы")
    scene.add_card((touch.id, doc.stages[1].id), "Чат-бот центра", edit=False)
    scene.select_only(doc.touchpoints()[0].id)
    scene.copy_selection()
    scene.current_cell = (touch.id, doc.stages[2].id)
    scene.paste()
    scene.select_only(doc.touchpoints()[0].id)
    scene.delete_selection()
    point = scene.points[doc.stages[0].id]
    drag(editor.view, point.scenePos(), point.scenePos() + QPointF(0, -40))
    editor.stack.push(commands.MoveStage(doc, doc.stages[0].id, 3))
    final = doc.to_dict()
    assert final != original
    while editor.stack.canUndo():
        editor.stack.undo()
    assert doc.to_dict() == original
    while editor.stack.canRedo():
        editor.stack.redo()
    assert doc.to_dict() == final


def test_dragging_an_emotion_point_is_one_undo_step(qtbot, cx_ctx):
    doc = journeys.load_journey(cx_ctx.db, cx_ctx.actor, journeys.list_journey_ids(cx_ctx.db, cx_ctx.actor)[0])
    editor = JourneyEditor(cx_ctx, doc)
    qtbot.addWidget(editor)
    editor.show()
    stage = doc.stages[0]
    before = stage.emotion
    point = editor.scene.points[stage.id]
    drag(editor.view, point.scenePos(), point.scenePos() + QPointF(0, -60), steps=10)
    assert editor.stack.count() == 1 and stage.emotion > before
    editor.stack.undo()
    assert stage.emotion == before


def test_closing_a_changed_map_asks_and_can_drop_the_changes(qtbot, cx_ctx, message_boxes):
    page = _page(qtbot, cx_ctx)
    page.table.selectRow(0)
    editor = page.open_selected()
    title = editor.doc.title
    editor.add_stage("Лишний этап")
    message_boxes.replies = [False, True]  # do not save; yes, close without saving
    assert page.close_tab(page.tabs.indexOf(editor))
    assert len(message_boxes.shown) == 2
    stored = journeys.load_journey(cx_ctx.db, cx_ctx.actor, editor.doc.id)
    assert stored.title == title and "Лишний этап" not in [s.name for s in stored.stages]


def test_reader_sees_the_map_read_only(qtbot, library_reader_ctx):
    page = _page(qtbot, library_reader_ctx)
    assert not page.buttons["new"].isEnabled() and page.buttons["open"].isEnabled()
    page.table.selectRow(0)
    editor = page.open_selected()
    assert editor.read_only and not editor.save_action.isEnabled()
    card = next(iter(editor.scene.card_items.values()))
    start = card.pos()
    drag(editor.view, card.sceneBoundingRect().center(), card.sceneBoundingRect().center() + QPointF(300, 0))
    assert card.pos() == start and editor.stack.count() == 0


def test_png_export_and_keyboard_navigation(qtbot, cx_ctx, tmp_path):
    doc = journeys.load_journey(cx_ctx.db, cx_ctx.actor, journeys.list_journey_ids(cx_ctx.db, cx_ctx.actor)[0])
    editor = JourneyEditor(cx_ctx, doc)
    qtbot.addWidget(editor)
    editor.show()
    first = doc.touchpoints()[0]
    editor.scene.select_only(first.id)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Right)
    selected = editor.scene.selected_cards()
    assert len(selected) == 1 and doc.cards[selected[0]].stage_id == doc.stages[1].id
    assert editor.panel.card_text.toPlainText() == doc.cards[selected[0]].text
    path = tmp_path / "map.png"
    assert render_png(editor.scene, path) and path.stat().st_size > 10_000


def test_inline_editing_of_a_card_and_a_stage_name(qtbot, cx_ctx):
    doc = journeys.load_journey(cx_ctx.db, cx_ctx.actor, journeys.list_journey_ids(cx_ctx.db, cx_ctx.actor)[0])
    editor = JourneyEditor(cx_ctx, doc)
    qtbot.addWidget(editor)
    editor.show()
    card = doc.touchpoints()[0]
    original = card.text
    item = editor.scene.card_items[card.id]
    qtbot.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=editor.view.mapFromScene(item.sceneBoundingRect().center()))
    inline = editor.scene.inline_editor
    assert inline is not None and inline.toPlainText() == original
    inline.setPlainText("Окно № 5 «Карьерный консультант»")
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    assert doc.cards[card.id].text == "Окно № 5 «Карьерный консультант»" and editor.stack.count() == 1
    header = editor.scene.stage_headers[doc.stages[0].id]
    editor.scene.start_inline_edit(header)
    editor.scene.inline_editor.setPlainText("Первый шаг")
    editor.scene.inline_editor.finish(True)
    assert doc.stages[0].name == "Первый шаг"
    editor.stack.undo()
    editor.stack.undo()
    assert doc.cards[card.id].text == original and doc.stages[0].name != "Первый шаг"


def test_dragging_several_selected_cards_moves_them_in_one_step(qtbot, cx_ctx):
    doc = journeys.load_journey(cx_ctx.db, cx_ctx.actor, ref_id("journey", "registration_unemployed_portal"))
    editor = JourneyEditor(cx_ctx, doc)
    qtbot.addWidget(editor)
    editor.show()
    editor.view.fit()
    pains = doc.lane_of_kind(LaneKind.PAINS)
    first, last = doc.stages[0], doc.stages[-1]
    cards = [c.id for c in doc.cell(pains.id, first.id)]
    assert len(cards) >= 2
    for card_id in cards:
        editor.scene.card_items[card_id].setSelected(True)
    item = editor.scene.card_items[cards[0]]
    target = QPointF(editor.scene.stage_headers[last.id].sceneBoundingRect().center().x(),
                     editor.scene.lane_headers[pains.id].sceneBoundingRect().bottom() - 4)
    _mouse(editor.view, QEvent.Type.MouseButtonPress, item.sceneBoundingRect().center(), Qt.MouseButton.LeftButton)
    for i in range(1, 6):
        point = item.sceneBoundingRect().center() + (target - item.sceneBoundingRect().center()) * (i / 5)
        _mouse(editor.view, QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
    _mouse(editor.view, QEvent.Type.MouseButtonRelease, target, Qt.MouseButton.NoButton)
    assert all(doc.cards[c].stage_id == last.id for c in cards)
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert [c.id for c in doc.cell(pains.id, first.id)] == cards
