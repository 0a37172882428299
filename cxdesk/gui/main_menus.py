"""The main window's menus and their actions: Файл, Правка, Вид, Сервис, Справка.

Every item does something real: backup, lock (Ctrl+L), change password, switch user, exit
(Ctrl+Q); copy the selection of the focused table or field; go to an area (Ctrl+1 … Ctrl+9,
Ctrl+0), show or hide the navigation, refresh (F5), interface language; administration,
audit-log check, database information; help for the current page (F1) and «О программе». Items
the user's role may not use are disabled (the services refuse them anyway).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from cxdesk.gui import backup, i18n, messages
from cxdesk.gui.areas import AREAS, area, area_summary, area_title
from cxdesk.gui.icons import icon
from cxdesk.gui.pages.base import requirements_text
from cxdesk.gui.password_dialogs import ChangePasswordDialog
from cxdesk.gui.widgets import DataTableView
from cxdesk.services.roles import Action

if TYPE_CHECKING:
    from cxdesk.gui.main_window import MainWindow


class MainMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        ctx = window.ctx
        bar = window.menuBar()

        file_menu = bar.addMenu(self.tr("&File"))
        self.backup_action = self._add(
            file_menu,
            self.tr("&Backup copy…"),
            self.back_up,
            icon_name="backup",
            enabled=ctx.can(Action.BACKUP_RUN) and ctx.db.is_sqlite,  # a server database: its administrator's
        )
        file_menu.addSeparator()
        self.lock_action = self._add(file_menu, self.tr("&Lock"), window.lock_now, "Ctrl+L", icon_name="lock")
        self.change_password_action = self._add(file_menu, self.tr("Change &password…"), self.change_password)
        self.switch_user_action = self._add(file_menu, self.tr("Switch &user"), window.log_out)
        file_menu.addSeparator()
        self.exit_action = self._add(file_menu, self.tr("E&xit"), window.close, "Ctrl+Q")

        edit_menu = bar.addMenu(self.tr("&Edit"))
        # No shortcut of its own: Ctrl+C belongs to the focused widget (tables, fields, the journey
        # editor); a window-wide Ctrl+C would make theirs ambiguous. The menu shows the key anyway.
        copy_key = QKeySequence(QKeySequence.StandardKey.Copy).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.copy_action = self._add(edit_menu, self.tr("&Copy") + "\t" + copy_key, self.copy)

        view_menu = bar.addMenu(self.tr("&View"))
        go_menu = view_menu.addMenu(self.tr("&Go to area"))
        self.area_actions: list[QAction] = []
        for number, item in enumerate(AREAS, start=1):
            shortcut = f"Ctrl+{number % 10}" if number <= 10 else None
            action = self._add(go_menu, area_title(item), self._goer(item.id), shortcut, icon_name=item.icon)
            self.area_actions.append(action)
        self.navigation_action = self._add(view_menu, self.tr("&Navigation panel"), None)
        self.navigation_action.setCheckable(True)
        self.navigation_action.setChecked(True)
        self.navigation_action.toggled.connect(window.navigation.setVisible)
        self.refresh_action = self._add(view_menu, self.tr("&Refresh"), window.refresh_current, "F5")
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = i18n.current_language()
        self.language_actions: dict[str, QAction] = {}
        for language in i18n.LANGUAGES:
            action = self._add(language_menu, i18n.LANGUAGE_NAMES[language], None)
            action.setCheckable(True)
            action.setChecked(language == current)
            action.setActionGroup(group)
            action.triggered.connect(self._language_setter(language))
            self.language_actions[language] = action

        tools_menu = bar.addMenu(self.tr("&Tools"))
        self.admin_action = self._add(
            tools_menu, area_title(area("admin")), self._goer("admin"), icon_name="admin"
        )
        self.audit_check_action = self._add(
            tools_menu,
            self.tr("Check the &audit log"),
            self.check_audit_log,
            enabled=ctx.can(Action.AUDIT_READ),
        )
        self.database_info_action = self._add(
            tools_menu, self.tr("&Database information…"), self.database_info
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = self._add(help_menu, self.tr("&Help for this page"), self.page_help, "F1")
        self.about_action = self._add(help_menu, self.tr("&About cxdesk"), self.about)

    def _add(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object] | None,
        shortcut=None,
        *,
        icon_name: str = "",
        enabled: bool = True,
    ) -> QAction:
        action = QAction(text, self.window)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(enabled)
        menu.addAction(action)
        self.window.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _goer(self, area_id: str) -> Callable[[], None]:
        return lambda: self.window.show_area(area_id)

    def _language_setter(self, language: str) -> Callable[[bool], None]:
        def set_language(checked: bool) -> None:
            if not checked or language == i18n.current_language():
                return
            i18n.set_language(language)
            messages.info(
                self.window,
                self.tr("The interface language will change the next time the program starts."),
                title=self.tr("Language"),
            )

        return set_language

    # --- handlers -----------------------------------------------------------------------------
    def back_up(self) -> None:
        backup.choose_and_back_up(self.window.ctx, self.window)

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.window.ctx, self.window)
        dialog.accepted.connect(
            lambda: messages.info(
                self.window, self.tr("Your password has been changed."), title=self.tr("Change password")
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def copy(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, DataTableView):
            focus.copy_selection()
        elif focus is not None and hasattr(focus, "copy"):
            focus.copy()

    def check_audit_log(self) -> None:
        from cxdesk.gui.audit_check import verify_audit_log

        verify_audit_log(self.window.ctx, self.window)

    def database_info(self) -> None:
        from cxdesk.services import info  # counts every table: loads all models, so only when asked

        ctx = self.window.ctx
        outcome = ctx.runner.run(lambda: info.database_info(ctx.db), parent=self.window)
        if not outcome.ok:
            return
        data: info.DatabaseInfo = outcome.value
        text = self.tr("Database: {path}\nSchema revision: {revision}\nRecords: {records}").format(
            path=data.path, revision=data.schema_revision or "—", records=sum(data.counts.values())
        )
        details = "\n".join(f"{table}: {count}" for table, count in sorted(data.counts.items()))
        messages.info(self.window, text, details, title=self.tr("Database information"))

    def page_help(self) -> None:
        item = self.window.current_area()
        parts = [area_summary(item)]
        if item.requirements:
            parts.append(requirements_text(item))
        messages.info(self.window, "\n\n".join(parts), title=area_title(item))

    def about(self) -> None:
        from cxdesk.gui.about import show_about  # reads every package's metadata: only when asked

        show_about(self.window.ctx.db.location, self.window)
