"""A whole session through the GUI: first-run wizard → login → main window → every area →
lock → wrong password → unlock; switching user; an account that locks while the session is
locked goes back to the login dialog."""

from __future__ import annotations

import pytest
from gui_support import ADMIN_LOGIN, ADMIN_PASSWORD, READER_LOGIN, READER_PASSWORD, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from cxdesk.gui.areas import AREAS
from cxdesk.gui.idle_lock import LockDialog
from cxdesk.gui.login import LoginDialog
from cxdesk.gui.main_window import MainWindow
from cxdesk.gui.startup import Startup
from cxdesk.gui.wizard import FirstRunWizard
from cxdesk.services import offices

RUSSIAN_TITLES = [
    "Профили клиентских групп",
    "Клиентские маршруты",
    "Обратная связь",
    "Показатели (КПЭ)",
    "Проблемы и меры",
    "Рабочая группа",
    "Мероприятия",
    "База знаний",
    "Отчёты",
    "Соответствие Стандарту",
    "Обмен с УЦЗН",
    "Администрирование",
]


def _type(qtbot, widget, text: str) -> None:
    type_into(qtbot, widget, text, clear=False)


def _log_in(qtbot, dialog: LoginDialog, login: str, password: str) -> None:
    dialog.login_edit.clear()
    _type(qtbot, dialog.login_edit, login)
    dialog.password_edit.clear()
    _type(qtbot, dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


@pytest.fixture
def startup(qtbot, new_db):
    flow = Startup(new_db)
    yield flow
    flow.close_main_window()
    for widget in (flow.wizard, flow.login_dialog, flow.main_window):
        if widget is not None:
            widget.close()


def test_first_run_to_locked_and_unlocked_session(qtbot, new_db, startup, find_dialog, message_boxes):
    startup.start()
    wizard = find_dialog(FirstRunWizard)
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == "cxdesk — первоначальная настройка"
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # code and name are required
    _type(qtbot, wizard.office_page.code_edit, "tc07")
    _type(qtbot, wizard.office_page.name_edit, "ГКУ ЦЗН Лесного района")
    wizard.office_page.kind_combo.setCurrentIndex(0)
    _type(qtbot, wizard.office_page.region_edit, "Тестовская область")
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    page = wizard.admin_page
    _type(qtbot, page.login_edit, ADMIN_LOGIN)
    _type(qtbot, page.full_name_edit, "Сидорова Анна Павловна")
    _type(qtbot, page.password_edit, "short")
    _type(qtbot, page.repeat_edit, "short")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert "Пароль слишком короткий" in page.error_label.text()  # the service's words
    assert not offices.is_initialized(new_db)

    page.password_edit.clear()
    _type(qtbot, page.password_edit, ADMIN_PASSWORD)
    _type(qtbot, page.repeat_edit, "Other-2024")
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert "не совпадают" in page.error_label.text()

    _type(qtbot, page.repeat_edit, ADMIN_PASSWORD)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert offices.own_office(new_db).code == "TC07"

    login = find_dialog(LoginDialog)
    assert login.login_edit.text() == ADMIN_LOGIN  # remembered from the wizard
    assert "ТЦЗН «ГКУ ЦЗН Лесного района»" in login.findChild(QLabel, "loginOffice").text()
    _log_in(qtbot, login, ADMIN_LOGIN, ADMIN_PASSWORD)

    window = startup.main_window
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == RUSSIAN_TITLES
    assert [m.text().replace("&", "") for m in window.menuBar().actions()] == [
        "Файл",
        "Правка",
        "Вид",
        "Сервис",
        "Справка",
    ]
    assert window.office_label.text() == "ТЦЗН «ГКУ ЦЗН Лесного района»"
    assert window.user_label.text() == "Сидорова Анна Павловна (Администратор)"
    assert str(new_db.path) in window.database_label.toolTip()

    for row, title in enumerate(RUSSIAN_TITLES):
        window.navigation.setCurrentRow(row)
        page_widget = window.current_page()
        assert page_widget.title_label.text().startswith(title)  # a list page adds its count
        assert page_widget.isVisible()
        if AREAS[row].factory is None:
            assert "пока не доступен" in page_widget.notice_label.text()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert window.central.currentWidget() is window.locked_panel
    lock = find_dialog(LockDialog)
    _type(qtbot, lock.password_edit, "Wrong-2024")
    qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)
    assert "Осталось попыток до блокировки: 4" in lock.error_label.text()
    assert window.locked

    _type(qtbot, lock.password_edit, ADMIN_PASSWORD)
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.locked
    assert window.central.currentWidget() is window.splitter
    assert not lock.isVisible()
    assert window.idle.active


def test_idle_timer_locks_and_switch_user_returns_to_login(qtbot, initialized_db, find_dialog):
    flow = Startup(initialized_db)
    flow.start()
    try:
        _log_in(qtbot, find_dialog(LoginDialog), ADMIN_LOGIN, ADMIN_PASSWORD)
        window = flow.main_window
        window.idle.set_interval_ms(50)
        qtbot.waitUntil(lambda: window.locked, timeout=2000)
        lock = find_dialog(LockDialog)
        qtbot.mouseClick(lock.switch_button, Qt.MouseButton.LeftButton)
        assert flow.main_window is None
        login = find_dialog(LoginDialog)
        _log_in(qtbot, login, READER_LOGIN, READER_PASSWORD)
        assert flow.main_window.ctx.actor.login == READER_LOGIN
    finally:
        flow.close_main_window()


def test_account_locked_while_session_locked_goes_back_to_login(
    qtbot, initialized_db, find_dialog, message_boxes
):
    flow = Startup(initialized_db)
    flow.start()
    try:
        _log_in(qtbot, find_dialog(LoginDialog), ADMIN_LOGIN, ADMIN_PASSWORD)
        window = flow.main_window
        window.lock_now()
        lock = find_dialog(LockDialog)
        for _ in range(5):
            _type(qtbot, lock.password_edit, "Wrong-2024")
            qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)
        assert flow.main_window is None
        assert "заблокирована" in message_boxes.last.text
        login = find_dialog(LoginDialog)
        assert "заблокирована" in login.error_label.text()
    finally:
        flow.close_main_window()


_LOCKED_OVER_A_DIALOG = r"""
import sys, tempfile
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStackedWidget

from cxdesk.gui.idle_lock import LockDialog
from cxdesk.gui.login import LoginDialog
from cxdesk.gui.startup import Startup
from cxdesk.services import events, offices, users
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store.database import open_database

app = QApplication(sys.argv)
app.setOrganizationName("cxdesk-tests"); app.setApplicationName("cxdesk-tests")
db = open_database(Path(tempfile.mkdtemp()) / "t.db")
offices.initialize(db, office_code="TC01", office_name="ТЦЗН", kind="tczn", region="Энская область",
                   admin_login="admin", admin_full_name="Иванова Ирина Ивановна", admin_password="Admin-2024")
users.add_user(db, Actor("admin", "Иванова Ирина Ивановна", Role.ADMIN, 1), "orlova", "Орлова Мария Петровна",
               Role.CX_SPECIALIST, "Orlova-2024-x")
events.create_event(db, Actor("orlova", "Орлова Мария Петровна", Role.CX_SPECIALIST, 2),
                    events.EventData("Деловая игра", "business_game", "offline", date(2026, 2, 3), "Орлова М. П."))
flow = Startup(db, autologin=("orlova", "Orlova-2024-x"))
flow.start()
window = flow.main_window
window.show_area("events")
table = window.findChild(QAbstractItemView, "eventsTable")
widget = table
while widget is not None:  # the events' own tab
    if isinstance(widget.parentWidget(), QStackedWidget):
        widget.parentWidget().setCurrentWidget(widget)
    widget = widget.parentWidget()
window.idle.set_interval_ms(300)

def switch_user():
    lock = next(w for w in app.topLevelWidgets() if isinstance(w, LockDialog) and w.isVisible())
    lock.switch_button.click()

QTimer.singleShot(1200, switch_user)
point = table.visualRect(table.model().index(0, 1)).center()
QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
# the event's dialog was open (exec) under the lock; «Сменить пользователя» ended it
survived_with_the_table = shiboken6.isValid(table)
QTest.qWait(200)
login = [w for w in app.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
print(survived_with_the_table, shiboken6.isValid(window), len(login))
"""


def test_switching_user_over_an_open_dialog_ends_the_dialog_then_the_window(tmp_path):
    """The idle lock comes up over a dialog in exec() (opened by a double-click on a table row) and the
    user presses «Сменить пользователя»: the dialog ends, the double-click's code returns into a live
    table, and the window is deleted afterwards (it was deleted inside the dialog's loop: a crash)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).parents[2]),
           "XDG_CONFIG_HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", _LOCKED_OVER_A_DIALOG], env=env, capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split()[-3:] == ["True", "False", "1"]
