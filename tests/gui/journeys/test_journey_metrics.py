"""Feedback metrics on the map (badges, heat, the click that opens the register filtered to the
touchpoint, no metrics without access), the highlighted comparison of two versions, and the prompt
when someone else saved the map meanwhile."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QPushButton

from cxdesk.core.journey import LaneKind
from cxdesk.core.journey_diff import ADDED, CHANGED, REMOVED
from cxdesk.gui.journeys.compare import CompareDialog
from cxdesk.gui.journeys.editor import JourneyEditor
from cxdesk.gui.main_window import MainWindow
from cxdesk.services import journeys
from cxdesk.services.journeys_library import ref_id
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackRecord

JOURNEY = ref_id("journey", "registration_unemployed_portal")


def _add(db, touchpoint_id, source, *, kind="", sentiment="neutral", rating=None, office="TC01", days_ago=10):
    with db.uow() as uow:
        uow.session.add(FeedbackRecord(office_code=office, source=source, kind=kind, sentiment=sentiment,
                                       rating=rating, received_on=date.today() - timedelta(days=days_ago),
                                       status="new", touchpoint_id=touchpoint_id))
        uow.commit()


@pytest.fixture
def linked(cx_ctx):
    """Five records on the map's first touchpoint (one of them at another office), one on the second."""
    db = cx_ctx.db
    first, second = [t.id for t in journeys.list_touchpoints(db, cx_ctx.actor, JOURNEY)[:2]]
    _add(db, first, "book", kind="complaint", sentiment="negative")
    _add(db, first, "appeal", sentiment="negative", office="TC02")
    _add(db, first, "survey", rating=4.0)
    _add(db, first, "metric", rating=2.0, sentiment="negative")
    _add(db, first, "book", kind="gratitude", sentiment="positive")
    _add(db, first, "book", kind="complaint", sentiment="negative", days_ago=800)  # outside 12 months
    _add(db, second, "survey", rating=5.0, sentiment="positive")
    return first, second


def _click(view, scene_pos: QPointF) -> None:
    pos = QPointF(view.mapFromScene(scene_pos))
    left = Qt.MouseButton.LeftButton
    for kind, buttons in ((QEvent.Type.MouseButtonPress, left), (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
        QApplication.sendEvent(view.viewport(), QMouseEvent(kind, pos, view.viewport().mapToGlobal(pos), left,
                                                            buttons, Qt.KeyboardModifier.NoModifier))


def test_badges_show_the_metrics_and_a_click_opens_the_filtered_register(qtbot, cx_ctx, linked):
    first, second = linked
    window = MainWindow(cx_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_area("journeys")
    editor = window.page("journeys").open_journey(JOURNEY)
    assert editor.metrics.shown and editor.metrics.legend.isVisible()
    badge = editor.scene.card_items[first].badge
    assert badge.text == "●2 ▲3,0"  # complaints: the book complaint and the appeal; mean of 4 and 2
    assert badge.level == "red"  # two complaints of five records
    tip = badge.toolTip()
    # the period (12 months), then records, complaints, negative mentions, the mean rating
    assert re.findall(r"\d+(?:,\d)?", tip)[:5] == ["12", "5", "2", "3", "3,0"]
    assert editor.scene.card_items[second].badge.text == "●0 ▲5,0"
    assert editor.scene.card_items[second].badge.level == "none"  # one record is too few to judge

    editor.scene.select_only(first)
    assert "3" in editor.panel.card_feedback.text() and editor.panel.open_feedback.isVisibleTo(editor.panel)

    editor.view.ensureVisible(badge)
    _click(editor.view, badge.sceneBoundingRect().center())
    assert window.current_area().id == "feedback"
    register = window.page("feedback")
    assert register.current_filter().touchpoint_id == first
    assert register.model.rowCount() == 5  # the same five records the badge counted
    assert "«" in register.status.text()  # names the touchpoint

    register.findChild(QPushButton, "feedbackReset").click()
    assert register.current_filter().touchpoint_id is None and register.model.rowCount() == 7


def test_office_filter_changes_the_numbers(qtbot, cx_ctx, linked):
    first, _second = linked
    editor = JourneyEditor(cx_ctx, journeys.load_journey(cx_ctx.db, cx_ctx.actor, JOURNEY))
    qtbot.addWidget(editor)
    editor.metrics._choose(office="TC01")
    assert editor.scene.card_items[first].badge.text == "●1 ▲3,0"
    editor.metrics.toggle.setChecked(False)
    assert not hasattr(editor.scene.card_items[first], "badge") and not editor.metrics.legend.isVisible()


def test_roles_without_feedback_access_see_no_metrics_and_are_told(qtbot, library_reader_ctx):
    ctx = library_reader_ctx
    editor = JourneyEditor(ctx, journeys.load_journey(ctx.db, ctx.actor, JOURNEY))
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.metrics.shown and not editor.metrics.toggle.isEnabled()
    assert not any(hasattr(item, "badge") for item in editor.scene.card_items.values())
    assert "no access" in editor.metrics.legend.text() or "нет доступа" in editor.metrics.legend.text()
    point = editor.doc.touchpoints()[0].id
    editor.scene.select_only(point)
    assert not editor.panel.open_feedback.isEnabled()


def test_compare_marks_added_removed_and_changed_with_a_legend(qtbot, cx_ctx):
    as_is = journeys.load_journey(cx_ctx.db, cx_ctx.actor, JOURNEY)
    to_be = as_is.duplicate("Регистрация (как должно быть)", "to_be")
    pains = to_be.lane_of_kind(LaneKind.PAINS)
    changed = to_be.cell(pains.id, to_be.stages[0].id)[0]
    to_be.set_card_text(changed.id, "Решено: единая инструкция")
    new_stage = to_be.add_stage("Отзыв о регистрации")
    removed = as_is.cell(as_is.lane_of_kind(LaneKind.ACTIONS).id, as_is.stages[1].id)[0]
    to_be.remove_card(next(c.id for c in to_be.cards.values() if c.text == removed.text
                           and to_be.stage_index(c.stage_id) == 1))
    dialog = CompareDialog(as_is, to_be)
    qtbot.addWidget(dialog)
    dialog.show()
    left, right = (view.scene() for view in dialog.views)
    assert right.stage_headers[new_stage.id].mark == ADDED
    assert right.card_items[changed.id].mark == CHANGED
    assert left.card_items[removed.id].mark == REMOVED
    assert right.card_items[to_be.cell(pains.id, to_be.stages[1].id)[0].id].mark == ""
    legend = dialog.legend.text()
    assert "+" in legend and "−" in legend and "≠" in legend
    assert dialog.diff.stages[ADDED] == 1 and dialog.diff.cards[REMOVED] == 1 and dialog.diff.cards[CHANGED] == 1


def test_saving_over_someone_elses_save_asks_and_keeps_theirs_unless_overwritten(qtbot, cx_ctx, message_boxes):
    editor = JourneyEditor(cx_ctx, journeys.load_journey(cx_ctx.db, cx_ctx.actor, JOURNEY))
    qtbot.addWidget(editor)
    editor.add_stage("Моя стадия")
    other = Database(cx_ctx.db.path)  # another workstation on the same database
    try:
        theirs = journeys.load_journey(other, cx_ctx.actor, JOURNEY)
        theirs.rename_stage(theirs.stages[0].id, "Чужое название")
        journeys.save_journey(other, cx_ctx.actor, theirs)
    finally:
        other.close()

    message_boxes.replies = [False]  # «Отмена»
    assert not editor.save()
    assert "Перезаписать" in message_boxes.last.text and editor.dirty
    stored = journeys.load_journey(cx_ctx.db, cx_ctx.actor, JOURNEY)
    assert stored.stages[0].name == "Чужое название" and "Моя стадия" not in [s.name for s in stored.stages]

    message_boxes.replies = [True]  # «Перезаписать»
    assert editor.save() and not editor.dirty
    stored = journeys.load_journey(cx_ctx.db, cx_ctx.actor, JOURNEY)
    assert "Моя стадия" in [s.name for s in stored.stages] and stored.stages[0].name != "Чужое название"
    editor.add_stage("Ещё одна")
    assert editor.save() and len(message_boxes.shown) == 2  # no conflict with its own save


def test_the_users_own_changes_from_the_list_are_not_conflicts(qtbot, cx_ctx, message_boxes):
    from cxdesk.gui.areas import area
    from cxdesk.gui.journeys.page import JourneysPage

    page = JourneysPage(cx_ctx, area("journeys"))
    qtbot.addWidget(page)
    editor = page.open_journey(JOURNEY)
    editor.add_stage("Новый этап")
    page.select_id(JOURNEY)
    page.make_to_be()  # links the «to be» copy to the open map
    page.select_id(JOURNEY)
    page.archive_selected()
    assert editor.save() and not message_boxes.shown
    stored = journeys.load_journey(cx_ctx.db, cx_ctx.actor, JOURNEY)
    assert stored.counterpart_id and "Новый этап" in [s.name for s in stored.stages]
