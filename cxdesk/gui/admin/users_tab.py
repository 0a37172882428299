"""The «Пользователи» tab: the accounts in a lazy table, and the actions on the selected one —
add, disable / enable, unlock, reset password — each behind a dialog or a confirmation and
enabled only when it applies to the selected row. Every change goes through the operation runner
and the table refreshes itself from the change bus.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cxdesk.gui import messages
from cxdesk.gui.admin.user_dialogs import AddUserDialog
from cxdesk.gui.context import AppContext
from cxdesk.gui.icons import icon
from cxdesk.gui.password_dialogs import ResetPasswordDialog
from cxdesk.gui.table_model import Column, LazyIdTableModel, format_value
from cxdesk.gui.widgets import DataTableView
from cxdesk.services import users


class UserSource:
    """Ids and rows of the users table.

    ``users.list_users`` returns every account ordered by login and has no sort or filter
    parameters, so the (small) list is sorted and filtered here and kept as the snapshot the
    rows are served from. When the service gains ``user_ids(sort, order, filter)`` and
    ``users_by_ids(ids)``, these two methods become one-line calls.
    """

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._rows: dict[int, users.UserInfo] = {}

    def ids(self, sort_key: str | None, order: Qt.SortOrder, text: str) -> list[int]:
        rows = users.list_users(self.ctx.db, self.ctx.actor)
        self._rows = {row.id: row for row in rows}
        needle = text.strip().casefold()
        if needle:
            rows = [r for r in rows if needle in r.login.casefold() or needle in r.full_name.casefold()]
        key = sort_key or "login"

        def sort_value(row: users.UserInfo):
            if key == "role":
                return row.role_title
            if key == "status":
                return (not row.active, row.locked)
            if key == "last_login_at":
                return (row.last_login_at is None, row.last_login_at.isoformat() if row.last_login_at else "")
            return str(getattr(row, key)).casefold()

        rows = sorted(rows, key=sort_value, reverse=order == Qt.SortOrder.DescendingOrder)
        return [row.id for row in rows]

    def rows(self, ids: Sequence[Hashable]) -> dict[Hashable, users.UserInfo]:
        return {row_id: self._rows[row_id] for row_id in ids if row_id in self._rows}


class UsersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("usersTab")
        self.source = UserSource(ctx)
        self.model = LazyIdTableModel(
            [
                Column("login", self.tr("User name")),
                Column("full_name", self.tr("Full name")),
                Column("role", self.tr("Role"), display=lambda u: u.role_title),
                Column("status", self.tr("Status"), display=self._status_text),
                Column(
                    "last_login_at", self.tr("Last login"), display=lambda u: format_value(u.last_login_at)
                ),
            ],
            self.source.ids,
            self.source.rows,
            sort_key="login",
            parent=self,
        )
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("usersSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by name or user name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.model.set_filter)
        self.add_button = self._button(
            self.tr("Add…"), "addUser", self.add_user, "add", self.tr("Create an account for an employee")
        )
        self.toggle_button = self._button(
            self.tr("Disable…"),
            "toggleUser",
            self.toggle_active,
            "",
            self.tr("Disable or enable the selected account"),
        )
        self.unlock_button = self._button(
            self.tr("Unlock…"),
            "unlockUser",
            self.unlock,
            "unlock",
            self.tr("Unlock the account after too many wrong passwords"),
        )
        self.reset_button = self._button(
            self.tr("Reset password…"),
            "resetPassword",
            self.reset_password,
            "key",
            self.tr("Set a new password for the selected account"),
        )
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        for button in (self.add_button, self.toggle_button, self.unlock_button, self.reset_button):
            top.addWidget(button)

        self.view = DataTableView()
        self.view.setObjectName("usersTable")
        self.view.setSelectionMode(DataTableView.SelectionMode.SingleSelection)
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda _index: self.reset_password())
        self.count_label = QLabel()
        self.count_label.setObjectName("usersCount")
        self.model.reloaded.connect(self._update_count)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()
        header = self.view.horizontalHeader()
        header.blockSignals(True)  # the model is already sorted by login; only show the indicator
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        for column, width in enumerate((140, 300, 190, 170)):
            self.view.setColumnWidth(column, width)

    def _button(self, text: str, name: str, slot, icon_name: str, tip: str) -> QPushButton:
        button = QPushButton(icon(icon_name) if icon_name else icon("user"), text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _status_text(self, user: users.UserInfo) -> str:
        parts = [self.tr("active") if user.active else self.tr("disabled")]
        if user.locked:
            parts.append(self.tr("locked"))
        return ", ".join(parts)

    # --- selection ----------------------------------------------------------------------------
    def selected_user(self) -> users.UserInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def select_login(self, login: str) -> None:
        for row in range(self.model.rowCount()):
            user = self.model.row_data(row)
            if user is not None and user.login == login:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return

    def _update_buttons(self) -> None:
        user = self.selected_user()
        is_self = user is not None and user.id == self.ctx.actor.user_id
        self.toggle_button.setText(
            self.tr("Enable…") if user is not None and not user.active else self.tr("Disable…")
        )
        self.toggle_button.setEnabled(user is not None and not (is_self and user.active))
        self.unlock_button.setEnabled(user is not None and user.locked)
        self.reset_button.setEnabled(user is not None)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Accounts: {count}").format(count=self.model.rowCount()))
        self._update_buttons()

    # --- refresh ------------------------------------------------------------------------------
    def refresh(self) -> None:
        user = self.selected_user()
        outcome = self.ctx.runner.run(self.model.refresh, parent=self)
        if outcome.ok and user is not None:
            self.select_login(user.login)
        self._update_buttons()

    def _on_changed(self, names: set[str]) -> None:
        if "app_user" in names:
            self.refresh()

    # --- actions ------------------------------------------------------------------------------
    def add_user(self) -> None:
        dialog = AddUserDialog(self.ctx, self)
        dialog.accepted.connect(lambda: dialog.created and self.select_login(dialog.created.login))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        ctx = self.ctx
        if user.active:
            question = self.tr(
                "Disable the account of {name} ({login})? The employee will not be able to log in "
                "until the account is enabled again; their records are kept."
            )
            verb, call = self.tr("Disable"), users.disable_user
        else:
            question = self.tr(
                "Enable the account of {name} ({login})? The employee will be able to log in again."
            )
            verb, call = self.tr("Enable"), users.enable_user
        if messages.confirm(self, question.format(name=user.full_name, login=user.login), verb):
            ctx.runner.run(lambda: call(ctx.db, ctx.actor, user.login), changes={"app_user"}, parent=self)

    def unlock(self) -> None:
        user = self.selected_user()
        if user is None or not user.locked:
            return
        ctx = self.ctx
        question = self.tr(
            "Unlock the account of {name} ({login})? The count of wrong passwords starts again."
        )
        if messages.confirm(self, question.format(name=user.full_name, login=user.login), self.tr("Unlock")):
            ctx.runner.run(
                lambda: users.unlock_user(ctx.db, ctx.actor, user.login), changes={"app_user"}, parent=self
            )

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ResetPasswordDialog(self.ctx, user.login, user.full_name, self)
        dialog.accepted.connect(
            lambda: messages.info(
                self,
                self.tr("The new password of {login} is set.").format(login=user.login),
                title=self.tr("Reset password"),
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
