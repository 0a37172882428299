"""The «Персональные данные» tab: periods edited, expired data anonymised after a confirmation,
the destruction act saved as PDF."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from cxdesk.gui import messages
from cxdesk.gui.admin.page import AdminPage
from cxdesk.services import feedback, retention
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role

CX = Actor("cx", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)


@pytest.fixture
def tab(main_window):
    main_window.show_area("admin")
    page = main_window.current_page()
    assert isinstance(page, AdminPage)
    return page.retention_tab


def _click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_period_is_changed_with_its_basis(qtbot, tab, admin_ctx):
    model = tab.rules_model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).record_type == "feedback:open")
    _click_row(qtbot, tab.rules_view, row)
    assert tab.months_spin.value() == 36
    tab.months_spin.setValue(24)
    tab.basis_edit.setText("Приказ ЦЗН № 12")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    rules = {r.record_type: r for r in retention.list_rules(admin_ctx.db, admin_ctx.actor)}
    assert (rules["feedback:open"].months, rules["feedback:open"].basis) == (24, "Приказ ЦЗН № 12")
    assert "24" in tab.status_label.text()


def test_expired_data_is_anonymised_and_the_act_saved(qtbot, tab, admin_ctx, message_boxes, monkeypatch, tmp_path):
    old = feedback.create_record(admin_ctx.db, CX, "book", {
        "kind": "complaint", "author": "Громова Вера", "address": "ул. Парковая, 2", "text": "Очередь.",
        "received_at": datetime(2019, 4, 1, 10)})
    target = tmp_path / "акт.pdf"
    monkeypatch.setattr(messages, "choose_save_path", lambda *_args: target)
    message_boxes.replies = [False]
    qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    assert "1 записей" in message_boxes.last.text and "ничего не изменено" in tab.status_label.text().lower()
    assert feedback.get_record(admin_ctx.db, CX, old.id).author == "Громова Вера"
    message_boxes.replies = [True, True]
    qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.job is None, timeout=20_000)
    assert feedback.get_record(admin_ctx.db, CX, old.id).author == ""
    assert "Обезличено записей: 1" in tab.status_label.text() or target.exists()
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert tab.acts_model.rowCount() == 1
    assert retention.find_expired(admin_ctx.db, admin_ctx.actor, date.today()).total == 0
