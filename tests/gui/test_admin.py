"""The Администрирование page: users (add, disable with confirmation, unlock, reset password),
settings, audit log, backup; and what other roles see."""

from __future__ import annotations

import pytest
from gui_support import ADMIN_LOGIN, READER_LOGIN, READER_PASSWORD, make_context, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from cxdesk.gui.admin.page import AdminPage
from cxdesk.gui.admin.user_dialogs import AddUserDialog
from cxdesk.gui.main_window import MainWindow
from cxdesk.gui.pages.placeholder import NoAccessPage
from cxdesk.gui.password_dialogs import ResetPasswordDialog
from cxdesk.services import auth, settings, users
from cxdesk.services.actor import Actor
from cxdesk.services.errors import AuthenticationError
from cxdesk.services.roles import Role


@pytest.fixture
def admin_page(main_window) -> AdminPage:
    main_window.show_area("admin")
    page = main_window.current_page()
    assert isinstance(page, AdminPage)
    return page


def click_row(qtbot, tab, login: str) -> None:
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).login == login)
    rect = tab.view.visualRect(model.index(row, 1))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.selected_user().login == login


def table_logins(tab) -> list[str]:
    return [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]


def status_of(tab, login: str) -> str:
    row = table_logins(tab).index(login)
    return tab.model.index(row, tab.model.column_index("status")).data()


def test_tabs_and_headers_in_russian(admin_page):
    tabs = [admin_page.tabs.tabText(i) for i in range(admin_page.tabs.count())]
    assert tabs == ["Пользователи", "Настройки", "Журнал аудита", "Резервная копия", "Персональные данные"]
    model = admin_page.users_tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Имя пользователя", "ФИО", "Роль", "Состояние", "Последний вход"]
    assert table_logins(admin_page.users_tab) == [ADMIN_LOGIN, READER_LOGIN]


def test_add_user_through_the_dialog(qtbot, admin_page, find_dialog):
    tab = admin_page.users_tab
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = find_dialog(AddUserDialog)
    type_into(qtbot, dialog.login_edit, "smirnova")
    type_into(qtbot, dialog.full_name_edit, "Смирнова Ольга Викторовна")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findText("Оператор ввода"))
    type_into(qtbot, dialog.password_edit, "short")
    type_into(qtbot, dialog.repeat_edit, "short")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Пароль слишком короткий: нужно не менее 8 символов."
    assert dialog.isVisible()  # nothing typed is lost

    type_into(qtbot, dialog.password_edit, "Operator-2024")
    type_into(qtbot, dialog.repeat_edit, "Operator-2025")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "не совпадают" in dialog.error_label.text()

    type_into(qtbot, dialog.repeat_edit, "Operator-2024")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert table_logins(tab) == [ADMIN_LOGIN, READER_LOGIN, "smirnova"]
    assert tab.selected_user().login == "smirnova"
    row = table_logins(tab).index("smirnova")
    assert tab.model.index(row, 2).data() == "Оператор ввода"
    assert tab.count_label.text() == "Учётных записей: 3"


def test_disable_needs_confirmation_then_enable(qtbot, admin_page, admin_ctx, message_boxes):
    tab = admin_page.users_tab
    assert not tab.toggle_button.isEnabled()  # nothing selected yet
    click_row(qtbot, tab, READER_LOGIN)
    assert tab.toggle_button.isEnabled()
    assert tab.toggle_button.text() == "Отключить…"

    message_boxes.replies = [False]
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert message_boxes.last.kind == "question"
    assert message_boxes.last.accept_text == "Отключить"
    assert "Петров Пётр Петрович (petrov)" in message_boxes.last.text
    assert status_of(tab, READER_LOGIN) == "активна"

    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)  # answered «Отключить»
    assert status_of(tab, READER_LOGIN) == "отключена"
    assert tab.selected_user().login == READER_LOGIN  # the selection survives the refresh
    assert tab.toggle_button.text() == "Включить…"
    with pytest.raises(AuthenticationError, match="отключена"):
        auth.authenticate(admin_ctx.db, READER_LOGIN, READER_PASSWORD)

    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert status_of(tab, READER_LOGIN) == "активна"


def test_own_account_cannot_be_disabled_and_unlock_only_for_locked(
    qtbot, main_window, admin_page, admin_ctx, message_boxes
):
    tab = admin_page.users_tab
    click_row(qtbot, tab, ADMIN_LOGIN)
    assert not tab.toggle_button.isEnabled()
    assert not tab.unlock_button.isEnabled()
    assert tab.reset_button.isEnabled()

    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.authenticate(admin_ctx.db, READER_LOGIN, "Wrong-2024")
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    qtbot.keyClick(tab.view, Qt.Key.Key_F5)  # F5 (Вид → Обновить) re-reads the page
    click_row(qtbot, tab, READER_LOGIN)
    assert status_of(tab, READER_LOGIN) == "активна, заблокирована"
    assert tab.unlock_button.isEnabled()
    qtbot.mouseClick(tab.unlock_button, Qt.MouseButton.LeftButton)
    assert message_boxes.last.accept_text == "Разблокировать"
    assert status_of(tab, READER_LOGIN) == "активна"
    assert not tab.unlock_button.isEnabled()
    assert auth.authenticate(admin_ctx.db, READER_LOGIN, READER_PASSWORD).login == READER_LOGIN


def test_reset_password(qtbot, admin_page, admin_ctx, find_dialog, message_boxes):
    tab = admin_page.users_tab
    click_row(qtbot, tab, READER_LOGIN)
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    dialog = find_dialog(ResetPasswordDialog)
    assert "Петров Пётр Петрович (petrov)" in dialog.intro.text()
    type_into(qtbot, dialog.new_edit, "Fresh-2024")
    type_into(qtbot, dialog.repeat_edit, "Fresh-2024")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert message_boxes.last.text == "Новый пароль пользователя petrov установлен."
    assert auth.authenticate(admin_ctx.db, READER_LOGIN, "Fresh-2024").login == READER_LOGIN


def test_search_filters_the_table(qtbot, admin_page):
    tab = admin_page.users_tab
    type_into(qtbot, tab.search_edit, "Петров")
    assert table_logins(tab) == [READER_LOGIN]
    tab.search_edit.clear()
    assert table_logins(tab) == [ADMIN_LOGIN, READER_LOGIN]


def test_settings_saves_idle_minutes_and_applies_them(qtbot, admin_page, admin_ctx, main_window):
    admin_page.tabs.setCurrentWidget(admin_page.settings_tab)
    tab = admin_page.settings_tab
    assert tab.minutes_spin.value() == 15
    assert not tab.save_button.isEnabled()
    tab.minutes_spin.setValue(5)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert settings.get_settings(admin_ctx.db).idle_lock_minutes == 5
    assert main_window.idle.interval_ms == 5 * 60_000
    assert "5 мин" in tab.status_label.text()
    assert not tab.save_button.isEnabled()


def test_audit_log_lists_records_and_verifies(qtbot, admin_page, message_boxes):
    tab = admin_page.audit_tab
    admin_page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() >= 2
    first_action = tab.model.index(0, tab.model.column_index("action")).data()
    assert first_action  # newest first
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert message_boxes.last.kind == "info"
    assert message_boxes.last.text.startswith("Журнал аудита не изменён")
    assert tab.result_label.text().endswith("Журнал не изменён.")


def test_backup_tab_writes_a_copy(qtbot, admin_page, tmp_path, message_boxes):
    tab = admin_page.backup_tab
    target = tmp_path / "copy.db"
    type_into(qtbot, tab.path_edit, str(target))
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert not tab.start_button.isEnabled()  # running
    qtbot.waitUntil(lambda: tab.job is None, timeout=5000)
    assert target.exists() and target.stat().st_size > 0
    assert message_boxes.last.text == f"Резервная копия сохранена: {target}"
    assert str(target) in tab.status_label.text()


def test_backup_onto_the_database_itself_is_refused(qtbot, admin_page, admin_ctx, message_boxes):
    tab = admin_page.backup_tab
    type_into(qtbot, tab.path_edit, str(admin_ctx.db.path))
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.job is None, timeout=5000)
    assert message_boxes.last.kind == "error"
    assert message_boxes.last.text.startswith("Резервную копию нельзя записать поверх самой базы данных")


def test_reader_sees_no_access(qtbot, reader_ctx):
    window = MainWindow(reader_ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area("admin")
    page = window.current_page()
    assert isinstance(page, NoAccessPage)
    assert page.title_label.text() == "Администрирование"
    assert page.notice_label.text().startswith("У вас нет доступа к этому разделу")
    assert page.findChildren(QPushButton) == []
    assert not window.menus.backup_action.isEnabled()
    assert not window.menus.audit_check_action.isEnabled()
    assert window.user_label.text() == "Петров Пётр Петрович (Сотрудник (чтение))"


def test_head_sees_only_the_tabs_of_the_role(qtbot, initialized_db):
    admin = Actor(ADMIN_LOGIN, "Иванова Ирина Ивановна", Role.ADMIN, 1)
    head = users.add_user(initialized_db, admin, "head", "Кузнецов Иван Иванович", Role.HEAD, "Head-2024x")
    window = MainWindow(make_context(initialized_db, Actor(head.login, head.full_name, Role.HEAD, head.id)))
    qtbot.addWidget(window)
    window.show_area("admin")
    page = window.current_page()
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Журнал аудита", "Резервная копия"]


def test_copy_puts_the_selected_rows_on_the_clipboard(qtbot, main_window, admin_page):
    tab = admin_page.users_tab
    click_row(qtbot, tab, READER_LOGIN)
    QApplication.clipboard().clear()
    main_window.menus.copy_action.trigger()  # Правка → Копировать
    assert (
        QApplication.clipboard()
        .text()
        .startswith("petrov\tПетров Пётр Петрович\tСотрудник (чтение)\tактивна")
    )
    QApplication.clipboard().clear()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().startswith("petrov\t")


def test_a_tampered_audit_log_is_reported_with_its_problems(qtbot, admin_page, admin_ctx, message_boxes):
    import sqlite3

    with sqlite3.connect(admin_ctx.db.path) as conn:
        conn.execute("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 1")
    tab = admin_page.audit_tab
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    message = message_boxes.last
    assert message.kind == "warning"
    assert message.text.startswith("Журнал аудита изменён")
    assert "Запись № 1" in message.details
    assert "Обнаружено проблем: 1" in tab.result_label.text()
    assert "Запись № 1" in tab.result_label.text()


def test_a_server_database_has_no_backup_buttons_but_says_who_copies_it(qtbot, admin_ctx, monkeypatch):
    """At the managing centre on PostgreSQL the server's administrator copies the database: the tab says so
    and File → «Резервная копия…» is off (the GUI only asks the database which engine it is on)."""
    monkeypatch.setattr(type(admin_ctx.db), "is_sqlite", property(lambda db: False))
    monkeypatch.setattr(admin_ctx.db, "display", lambda: "postgresql+psycopg://cx@db.uczn.local/region")
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    window.show_area("admin")
    page = window.current_page()
    tabs = {page.tabs.tabText(i): page.tabs.widget(i) for i in range(page.tabs.count())}
    note = tabs["Резервная копия"]
    assert page.backup_tab is None and note.objectName() == "serverBackupNote"
    assert "db.uczn.local" in note.text() and "pg_dump" in note.text() and "не создаёт" in note.text()
    assert not window.menus.backup_action.isEnabled()
