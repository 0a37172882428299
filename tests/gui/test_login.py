"""The login dialog: Enter submits, the service's messages appear in the dialog, the remaining
attempts are counted down and the fifth failure locks the account."""

from __future__ import annotations

import pytest
from gui_support import ADMIN_LOGIN, ADMIN_PASSWORD, press_enter, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cxdesk.gui.login import LoginDialog
from cxdesk.gui.operations import OperationRunner
from cxdesk.services import offices


@pytest.fixture
def dialog(qtbot, initialized_db):
    login = LoginDialog(initialized_db, OperationRunner(), offices.own_office(initialized_db))
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    return login


def test_right_password_and_enter_logs_in(qtbot, dialog):
    assert dialog.windowTitle() == "cxdesk — вход"
    type_into(qtbot, dialog.login_edit, ADMIN_LOGIN)
    type_into(qtbot, dialog.password_edit, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.logged_in) as signal:
        press_enter(qtbot, dialog.password_edit)
    actor = signal.args[0]
    assert actor.login == ADMIN_LOGIN
    assert actor.full_name == "Иванова Ирина Ивановна"
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_wrong_password_counts_down_then_locks(qtbot, dialog):
    type_into(qtbot, dialog.login_edit, ADMIN_LOGIN)
    for left in (4, 3, 2, 1):
        type_into(qtbot, dialog.password_edit, "Wrong-pass1")
        press_enter(qtbot, dialog.password_edit)
        assert dialog.error_label.isVisible()
        assert dialog.error_label.text() == (
            f"Неверное имя пользователя или пароль. Осталось попыток до блокировки: {left}."
        )
        assert dialog.password_edit.text() == ""  # cleared for the next try
        assert dialog.isVisible()
    type_into(qtbot, dialog.password_edit, "Wrong-pass1")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert "заблокирована после 5 неудачных попыток" in dialog.error_label.text()
    # even the right password is refused now
    type_into(qtbot, dialog.password_edit, ADMIN_PASSWORD)
    press_enter(qtbot, dialog.password_edit)
    assert "заблокирована" in dialog.error_label.text()
    assert dialog.actor is None


def test_enter_with_empty_password_costs_no_attempt(qtbot, dialog):
    type_into(qtbot, dialog.login_edit, ADMIN_LOGIN)
    press_enter(qtbot, dialog.login_edit)
    assert dialog.password_edit.hasFocus()
    assert not dialog.error_label.isVisible()
    type_into(qtbot, dialog.password_edit, "Wrong-pass1")
    press_enter(qtbot, dialog.password_edit)
    assert dialog.error_label.text().endswith("Осталось попыток до блокировки: 4.")


def test_empty_login_asks_for_it(qtbot, dialog):
    dialog.login_edit.clear()
    type_into(qtbot, dialog.password_edit, "whatever1")
    press_enter(qtbot, dialog.password_edit)
    assert dialog.error_label.text() == "Введите имя пользователя."
    assert dialog.login_edit.hasFocus()


def test_unknown_user(qtbot, dialog):
    type_into(qtbot, dialog.login_edit, "nobody")
    type_into(qtbot, dialog.password_edit, "Whatever-1")
    press_enter(qtbot, dialog.password_edit)
    assert dialog.error_label.text() == "Неверное имя пользователя или пароль."


def test_tab_order_login_password_button(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.login_edit.setFocus()
    qtbot.keyClick(dialog.login_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.password_edit
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.login_button
