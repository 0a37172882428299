"""The «Проблемы и меры» page: a problem registered with the keyboard (a mistake is shown in the form),
a recommendation added and shown overdue in words and colour, deletion only after confirmation, the
register printed, and read-only buttons for a reader."""

from __future__ import annotations

from datetime import date, timedelta

from gui_support import make_context, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from cxdesk.gui.areas import area
from cxdesk.gui.problems.page import ProblemsPage
from cxdesk.services import journeys, problems
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from tests.gui.problems.conftest import SPECIALIST


def _by_keyboard(monkeypatch, tab, qtbot, steps) -> list:
    """The next problem dialog is shown and driven by ``steps(dialog)`` (keys), its result returned."""
    original, seen = type(tab).problem_dialog.__get__(tab), []

    def made(*args, **kwargs):
        dialog = original(*args, **kwargs)
        seen.append(dialog)

        def run():
            dialog.show()
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            steps(dialog)
            return dialog.result() if not dialog.isVisible() else QDialog.DialogCode.Rejected

        monkeypatch.setattr(dialog, "exec", run)
        return dialog

    monkeypatch.setattr(tab, "problem_dialog", made)
    return seen


def test_a_problem_is_registered_with_the_keyboard(qtbot, problems_page, monkeypatch):
    tab = problems_page.problems
    point = journeys.list_touchpoints(tab.ctx.db, tab.ctx.actor)[0]
    errors = []

    def steps(dialog):
        type_into(qtbot, dialog.title, "Очер")
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # too short: refused in place
        errors.append(dialog.error.text() if dialog.isVisible() else "closed")
        type_into(qtbot, dialog.title, "Долгое ожидание в очереди на приём")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter moves on to the description
        assert dialog.focusWidget() is dialog.description
        type_into(qtbot, dialog.description, "По утрам работает одно окно")
        qtbot.keyClick(dialog.description, Qt.Key.Key_Tab)
        assert dialog.focusWidget() in (dialog.journey, dialog.journey.lineEdit())
        dialog.journey.setCurrentIndex(dialog.journey.findData(point.journey_id))
        dialog.touchpoint.setCurrentIndex(dialog.touchpoint.findData(point.id))
        dialog.severity.setFocus()
        qtbot.keyClick(dialog.severity, Qt.Key.Key_End)  # the last severity: critical
        dialog.owner.setCurrentIndex(dialog.owner.findData(tab.ctx.owner.id))
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    seen = _by_keyboard(monkeypatch, tab, qtbot, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N opens the form
    assert len(seen) == 1 and tab.model.rowCount() == 0
    _by_keyboard(monkeypatch, tab, qtbot, steps)
    qtbot.mouseClick(tab.buttons["new"], Qt.MouseButton.LeftButton)
    assert errors == ["Сформулируйте проблему: не короче 5 знаков. Ничего не сохранено."]
    assert tab.model.rowCount() == 1
    row = tab.model.row_data(0)
    assert (row.title, row.severity_title, row.touchpoint_title, row.owner) == (
        "Долгое ожидание в очереди на приём", "критическая", point.name, "Кузнецова Алла Сергеевна")
    assert tab.selected_id() == row.id  # the new problem is selected and shown
    assert "По утрам работает одно окно" in tab.card.toPlainText()
    assert problems_page.title_label.text().endswith("нерешённых: 1")


def test_a_recommendation_is_added_and_shown_overdue(qtbot, problems_page, monkeypatch):
    db, actor = problems_page.ctx.db, problems_page.ctx.actor
    info = problems.create_problem(db, actor, problems.ProblemFields("Нет свободного времени для записи"))
    tab = problems_page.problems
    tab.reload()
    tab.select(info.id)
    original = tab.recommendation_dialog

    def filled(*args):
        dialog = original(*args)
        type_into(qtbot, dialog.text, "Открыть запись на субботу")
        type_into(qtbot, dialog.addressee, "Начальник отдела")
        last_week = date.today() - timedelta(days=7)
        from cxdesk.gui.working_group.common import set_date

        set_date(dialog.due_on, last_week)
        monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
        return dialog

    monkeypatch.setattr(tab, "recommendation_dialog", filled)
    qtbot.mouseClick(tab.buttons["recommend"], Qt.MouseButton.LeftButton)
    card = tab.card.toPlainText()
    assert "Открыть запись на субботу" in card and "просрочена" in card
    assert tab.model.row_data(0).overdue == 1
    problems_page.tabs.setCurrentWidget(problems_page.recommendations)
    recs = problems_page.recommendations
    assert recs.model.rowCount() == 1
    index = recs.model.index(0, 0)
    assert recs.model.data(index).endswith("просрочена")
    assert recs.model.data(index, Qt.ItemDataRole.BackgroundRole).name() == "#f8d7d4"
    recs.overdue.setChecked(True)
    assert recs.model.rowCount() == 1
    recs.table.selectRow(0)
    qtbot.mouseClick(recs.buttons["problem"], Qt.MouseButton.LeftButton)
    assert problems_page.tabs.currentWidget() is tab and tab.selected_id() == info.id


def test_delete_asks_first_and_print_opens_the_preview(qtbot, problems_page, message_boxes, print_previews):
    db, actor = problems_page.ctx.db, problems_page.ctx.actor
    problems.create_problem(db, actor, problems.ProblemFields("Грубость специалиста в окне приёма"))
    tab = problems_page.problems
    tab.reload()
    tab.table.selectRow(0)
    tab.table.setFocus()
    message_boxes.replies = [False]
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "Грубость специалиста в окне приёма" in message_boxes.last.text
    assert tab.model.rowCount() == 1
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 0
    assert "Зарегистрируйте проблему" in tab.status_line.text()
    qtbot.mouseClick(tab.buttons["print"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(print_previews.shown), timeout=15000)
    assert print_previews.last.title == "Реестр проблем" and print_previews.last.landscape


def test_a_reader_sees_the_register_but_cannot_change_it(qtbot, cx_ctx):
    problems.create_problem(cx_ctx.db, SPECIALIST, problems.ProblemFields("Устаревшая информация на стенде"))
    reader = make_context(cx_ctx.db, Actor("petrov", "Петров Пётр Петрович", Role.READER))
    page = ProblemsPage(reader, area("problems"))
    qtbot.addWidget(page)
    page.show()
    tab = page.problems
    tab.table.selectRow(0)
    assert tab.model.rowCount() == 1
    assert not any(tab.buttons[k].isEnabled() for k in ("new", "edit", "recommend", "delete", "evidence"))
    assert tab.buttons["print"].isEnabled()
    page.tabs.setCurrentWidget(page.candidates)
    assert "ваша роль не даёт доступа" in page.candidates.status_line.text()


def test_a_measure_is_linked_to_problems_through_the_picker(qtbot, problems_page, monkeypatch):
    from cxdesk.gui.problems import picker
    from cxdesk.services import initiatives

    db, actor = problems_page.ctx.db, problems_page.ctx.actor
    queue = problems.create_problem(db, actor, problems.ProblemFields("Длительное ожидание в очереди"))
    problems.create_problem(db, actor, problems.ProblemFields("Грубость специалиста в окне приёма"))
    measure = initiatives.save_initiative(db, actor, initiatives.InitiativeFields("Электронная очередь", "innovation"))
    problems_page.tabs.setCurrentWidget(problems_page.initiatives)
    tab = problems_page.initiatives
    tab.show(measure)

    def answered(ctx, parent, **kwargs):
        dialog = picker.ProblemPickerDialog(ctx, parent=parent, **kwargs)
        type_into(qtbot, dialog.search, "очеред")  # the search runs in the register
        assert dialog.listing.count() == 1
        dialog.listing.item(0).setCheckState(Qt.CheckState.Checked)
        monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
        return dialog

    monkeypatch.setattr(picker, "picker_dialog", answered)
    assert tab.buttons["problems"].text() == "Проблемы…"
    qtbot.mouseClick(tab.buttons["problems"], Qt.MouseButton.LeftButton)
    assert initiatives.get_initiative(db, measure).fields.problem_ids == (queue.id,)
    assert "Длительное ожидание в очереди" in tab.card.toPlainText()
    problems_page.show_problem(queue.id)
    assert "Электронная очередь — Идея" in problems_page.problems.card.toPlainText()
