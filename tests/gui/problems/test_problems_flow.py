"""Problems and the feedback register together, in the main window: records selected in the register
are linked to a problem («Связать с проблемой…») and its evidence opens back in the register; a growing
topic is suggested as a candidate, its records shown, and accepting it registers a problem with exactly
those records."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from cxdesk.core.periods import Period
from cxdesk.gui.main_window import MainWindow
from cxdesk.gui.problems import picker
from cxdesk.services import journeys, problems, users
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from tests.gui.problems.conftest import SPECIALIST
from tests.services.test_problems import add_records


@pytest.fixture
def window(qtbot, cx_ctx):
    admin = Actor("admin", "Администратор", Role.ADMIN, 1)
    users.add_user(cx_ctx.db, admin, SPECIALIST.login, SPECIALIST.full_name, SPECIALIST.role, "Special-2024-x")
    main = MainWindow(cx_ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def _select_rows(table, rows) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.clearSelection()
    for row in rows:
        table.selectionModel().select(table.model().index(row, 0), flags)


def test_records_linked_from_the_register_become_evidence_shown_back_in_it(qtbot, window, cx_ctx, monkeypatch):
    point = journeys.list_touchpoints(cx_ctx.db, SPECIALIST)[0]
    ids = add_records(cx_ctx.db, 5, day=date.today() - timedelta(days=3), touchpoint_id=point.id, topics="|queue|")
    info = problems.create_problem(cx_ctx.db, SPECIALIST, problems.ProblemFields("Очередь в зале приёма"))
    window.show_area("feedback")
    register = window.page("feedback")
    register.model.refresh()
    assert register.model.rowCount() == 5
    _select_rows(register.table, [0, 2, 4])
    chosen = {register.model.row_id(r) for r in (0, 2, 4)}

    def answered(ctx, parent, **kwargs):
        dialog = picker.ProblemPickerDialog(ctx, parent=parent, **kwargs)
        assert dialog.listing.count() == 1 and not kwargs["multiple"]
        dialog.listing.setCurrentRow(0)
        monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
        return dialog

    monkeypatch.setattr(picker, "picker_dialog", answered)
    [action] = [a for a in register.buttons["record"].menu().actions() if a.objectName() == "linkToProblem"]
    assert action.text() == "Связать с проблемой…" and action.isEnabled()
    action.trigger()
    assert "«Очередь в зале приёма»" in register.status.text() and "3 из 3" in register.status.text()
    window.show_area("problems")
    tab = window.page("problems").problems
    assert tab.model.row_data(0).evidence == 3
    tab.select(info.id)
    qtbot.mouseClick(tab.buttons["evidence"], Qt.MouseButton.LeftButton)
    assert window.current_area().id == "feedback"
    shown = {register.model.row_id(r) for r in range(register.model.rowCount())}
    assert shown == chosen and shown <= set(ids)
    assert "Очередь в зале приёма" in register.status.text()

    # one record was linked by mistake: it leaves the evidence, not the register
    [remove] = [a for a in register.buttons["record"].menu().actions() if a.objectName() == "removeFromScope"]
    assert remove.isEnabled() and remove.text() == "Убрать выбранные записи из основания проблемы…"
    _select_rows(register.table, [0])
    mistaken = register.model.row_id(0)
    asked = []
    monkeypatch.setattr("cxdesk.gui.messages.confirm", lambda parent, text, *args: asked.append(text) or True)
    remove.trigger()
    assert "1" in asked[0] and "остаются в реестре" in asked[0]
    assert {register.model.row_id(r) for r in range(register.model.rowCount())} == chosen - {mistaken}
    assert "Убрано" in register.status.text()
    window.show_area("problems")
    assert tab.model.row_data(0).evidence == 2
    window.show_area("feedback")
    register.filters.reset()
    register.model.refresh()
    assert register.model.rowCount() == 5, "the record itself stays in the register"
    assert not register.remove_from_scope.isEnabled()


def test_a_candidate_is_shown_in_the_register_and_accepted_as_a_problem(qtbot, window, cx_ctx, monkeypatch,
                                                                       message_boxes):
    point = journeys.list_touchpoints(cx_ctx.db, SPECIALIST)[3]
    quarter = Period.containing(date.today(), "quarter").previous()  # the tab's default period
    now = add_records(cx_ctx.db, 5, day=quarter.start + timedelta(days=5), touchpoint_id=point.id, topics="|phone|")
    add_records(cx_ctx.db, 1, day=quarter.previous().start + timedelta(days=5), touchpoint_id=point.id,
                topics="|phone|")
    window.show_area("problems")
    page = window.page("problems")
    page.tabs.setCurrentWidget(page.candidates)
    tab = page.candidates
    assert tab.table.rowCount() == 1
    assert [tab.table.item(0, c).text() for c in (1, 2, 3, 4)] == ["Телефон и дозвон", "5", "1", "+4"]
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.buttons["records"], Qt.MouseButton.LeftButton)
    register = window.page("feedback")
    assert window.current_area().id == "feedback"
    assert {register.model.row_id(r) for r in range(register.model.rowCount())} == set(now)
    window.show_area("problems")
    original = type(page.problems).problem_dialog.__get__(page.problems)

    def accepted(*args, **kwargs):
        dialog = original(*args, **kwargs)
        assert dialog.title.text() == f"Телефон и дозвон: {point.name}"
        assert dialog.touchpoint.currentData() == point.id
        monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
        return dialog

    monkeypatch.setattr(page.problems, "problem_dialog", accepted)
    qtbot.mouseClick(tab.buttons["accept"], Qt.MouseButton.LeftButton)
    assert "записей обратной связи: 5" in message_boxes.last.text
    assert tab.table.rowCount() == 0  # decided: not suggested again for the quarter
    page.tabs.setCurrentWidget(page.problems)
    row = page.problems.model.row_data(0)
    assert (row.evidence, row.touchpoint_title) == (5, point.name)
