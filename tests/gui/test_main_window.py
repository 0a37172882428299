"""The main window: the area registry drives the navigation, keyboard navigation (arrows,
Ctrl+1…), F1 help, «О программе», language choice, remembered state."""

from __future__ import annotations

import pytest
from gui_support import ADMIN_PASSWORD, make_context, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cxdesk.gui import areas, i18n, ui_state
from cxdesk.gui.areas import AREAS
from cxdesk.gui.main_window import MainWindow
from cxdesk.gui.pages.base import AreaPage
from cxdesk.gui.password_dialogs import ChangePasswordDialog
from cxdesk.services import auth


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_arrow_keys_and_ctrl_digits_move_between_areas(qtbot, main_window):
    activate(qtbot, main_window)
    nav = main_window.navigation
    nav.setFocus()
    assert main_window.current_area().id == "profiles"
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert main_window.current_area().id == "journeys"
    assert main_window.current_page().title_label.text().startswith("Клиентские маршруты")
    qtbot.keyClick(nav, Qt.Key.Key_End)
    assert main_window.current_area().id == "admin"
    qtbot.keyClick(nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_area().id == "feedback"
    qtbot.keyClick(nav, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_area().id == "compliance"


def test_registry_plugs_a_real_page_in(qtbot, admin_ctx, monkeypatch):
    monkeypatch.setattr(areas, "AREAS", list(areas.AREAS))
    monkeypatch.setattr("cxdesk.gui.main_window.AREAS", areas.AREAS)

    class KnowledgePage(AreaPage):
        def __init__(self, ctx):
            super().__init__(areas.area("knowledge"))
            self.ctx = ctx

    areas.set_factory("knowledge", KnowledgePage)
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    window.show_area("knowledge")
    assert isinstance(window.current_page(), KnowledgePage)
    assert window.current_page().ctx is admin_ctx


def test_pages_are_created_once_and_kept(qtbot, main_window):
    main_window.show_area("reports")
    first = main_window.current_page()
    main_window.show_area("events")
    main_window.show_area("reports")
    assert main_window.current_page() is first


def test_f1_shows_the_current_pages_description(qtbot, main_window, message_boxes):
    activate(qtbot, main_window)
    main_window.show_area("kpi")
    qtbot.keyClick(main_window.navigation, Qt.Key.Key_F1)
    message = message_boxes.last
    assert message.title == "Показатели (КПЭ)"
    assert message.text.startswith("Мониторинг клиентских показателей эффективности (КПЭ)")
    assert "Требования Стандарта: R9, R10, R11, R12" in message.text


def test_database_information_counts_records(qtbot, main_window, message_boxes):
    main_window.menus.database_info_action.trigger()
    assert message_boxes.last.title == "Сведения о базе данных"
    assert "app_user: 2" in message_boxes.last.details


def test_language_choice_is_stored_and_applied_at_next_start(qtbot, main_window, message_boxes):
    assert main_window.menus.language_actions["ru"].isChecked()
    main_window.menus.language_actions["en"].trigger()
    assert i18n.current_language() == "en"
    assert message_boxes.last.text == "Язык интерфейса изменится при следующем запуске программы."


def test_change_own_password(qtbot, main_window, admin_ctx, find_dialog, message_boxes):

    main_window.menus.change_password_action.trigger()
    dialog = find_dialog(ChangePasswordDialog)
    type_into(qtbot, dialog.current_edit, "Not-my-2024")
    type_into(qtbot, dialog.new_edit, "Brand-new-2024")
    type_into(qtbot, dialog.repeat_edit, "Brand-new-2024")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "Текущий пароль введён неверно. Пароль не изменён."
    type_into(qtbot, dialog.current_edit, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert message_boxes.last.text == "Ваш пароль изменён."
    assert auth.authenticate(admin_ctx.db, "admin", "Brand-new-2024").login == "admin"


def test_state_is_remembered(qtbot, admin_ctx):
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(760, 560)  # the offscreen screen is 800×600 (the pages' minimum may be wider)
    window.splitter.setSizes([300, 460])
    size = window.size()
    window.show_area("events")
    window.close()
    assert ui_state.value_bytes(ui_state.WINDOW_GEOMETRY) is not None
    assert ui_state.value_str(ui_state.LAST_AREA) == "events"

    again = MainWindow(admin_ctx)
    qtbot.addWidget(again)
    again.show()
    assert again.current_area().id == "events"
    assert again.size().height() == size.height()  # the width is clamped to the tiny offscreen screen
    assert again.splitter.sizes()[0] == 300


@pytest.mark.parametrize("role_action", ["backup_action", "lock_action", "exit_action", "help_action"])
def test_every_menu_action_has_a_russian_text(main_window, role_action):
    text = getattr(main_window.menus, role_action).text().replace("&", "")
    assert text and all(not ("a" <= ch.lower() <= "z") for ch in text)


@pytest.fixture
def unsaved_page_window(qtbot, admin_ctx, monkeypatch):
    """A main window whose «База знаний» page has unsaved work and refuses to close at first."""
    monkeypatch.setattr(areas, "AREAS", list(areas.AREAS))
    monkeypatch.setattr("cxdesk.gui.main_window.AREAS", areas.AREAS)

    class UnsavedPage(AreaPage):
        answers = [False]

        def __init__(self, ctx):
            super().__init__(areas.area("knowledge"))

        def maybe_close(self) -> bool:
            return self.answers.pop(0) if self.answers else True

    areas.set_factory("knowledge", UnsavedPage)
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area("knowledge")
    return window


def test_a_page_with_unsaved_work_can_keep_the_window_open(qtbot, unsaved_page_window):
    window = unsaved_page_window
    with qtbot.assertNotEmitted(window.closed):
        window.close()
    assert window.isVisible()
    with qtbot.waitSignal(window.closed):
        window.close()


def test_switch_user_from_the_lock_never_unlocks(qtbot, unsaved_page_window, find_dialog):
    from cxdesk.gui.idle_lock import LockDialog

    window = unsaved_page_window
    window.lock_now()
    lock = find_dialog(LockDialog)
    with qtbot.assertNotEmitted(window.logout_requested):
        qtbot.mouseClick(lock.switch_button, Qt.MouseButton.LeftButton)
    assert window.locked and lock.isVisible()  # the page kept the session, still behind the lock
    with qtbot.waitSignal(window.logout_requested):
        qtbot.mouseClick(lock.switch_button, Qt.MouseButton.LeftButton)


def test_a_page_that_fails_to_open_is_reported_and_retried(qtbot, admin_ctx, monkeypatch, message_boxes):
    from cxdesk.gui.pages.placeholder import UnavailablePage

    monkeypatch.setattr(areas, "AREAS", list(areas.AREAS))
    monkeypatch.setattr("cxdesk.gui.main_window.AREAS", areas.AREAS)
    attempts = []

    def broken(ctx):
        attempts.append(1)
        raise RuntimeError("page bug")

    areas.set_factory("reports", broken)
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    window.show_area("reports")
    assert isinstance(window.current_page(), UnavailablePage)
    assert "RuntimeError: page bug" in message_boxes.last.details
    window.show_area("events")
    window.show_area("reports")
    assert len(attempts) == 2


def test_every_area_fits_a_1366_pixel_screen(qtbot, admin_ctx):
    """UI.md: offices use 1366×768 monitors; no page may force the window wider than that
    (seen by a CX specialist, who has every area's full page)."""
    from PySide6.QtWidgets import QTabWidget

    from cxdesk.services import users
    from cxdesk.services.actor import Actor
    from cxdesk.services.roles import Role

    users.add_user(admin_ctx.db, admin_ctx.actor, "orlova", "Орлова Мария Петровна", Role.CX_SPECIALIST,
                   "Special-2024-x")
    window = MainWindow(make_context(admin_ctx.db, Actor("orlova", "Орлова Мария Петровна",
                                                         Role.CX_SPECIALIST)))
    qtbot.addWidget(window)
    window.show()
    for item in AREAS:
        window.show_area(item.id)
        page = window.current_page()
        tabs = page.findChildren(QTabWidget)
        for tab_widget in tabs:
            for index in range(tab_widget.count()):
                tab_widget.setCurrentIndex(index)
        navigation = window.navigation.minimumWidth()  # set from its longest area title
        needed = navigation + page.minimumSizeHint().width()
        assert needed <= 1366 - 40, (item.id, needed)  # 40 px for the window frame and the splitter
