"""The Администрирование page: a tab for each part the user's role may use (users — the
administrator; settings — the administrator; audit log — administrator and head; backup —
administrator, head and CX specialist; personal data, its retention and destruction acts — the
administrator). A role with none of them sees the no-access page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from cxdesk.gui.areas import Area
from cxdesk.gui.context import AppContext
from cxdesk.gui.pages.base import AreaPage
from cxdesk.gui.pages.placeholder import NoAccessPage
from cxdesk.services.roles import Action

ADMIN_ACTIONS = (
    Action.USERS_MANAGE, Action.SETTINGS_MANAGE, Action.AUDIT_READ, Action.BACKUP_RUN, Action.RETENTION_MANAGE,
)


def create_admin_page(ctx: AppContext, area: Area) -> QWidget:
    if not any(ctx.can(action) for action in ADMIN_ACTIONS):
        return NoAccessPage(area)
    return AdminPage(ctx, area)


class AdminPage(AreaPage):
    def __init__(self, ctx: AppContext, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.users_tab = self.settings_tab = self.audit_tab = self.backup_tab = self.retention_tab = None
        if ctx.can(Action.USERS_MANAGE):
            from cxdesk.gui.admin.users_tab import UsersTab

            self.users_tab = UsersTab(ctx)
            self.tabs.addTab(self.users_tab, self.tr("Users"))
        if ctx.can(Action.SETTINGS_MANAGE):
            from cxdesk.gui.admin.settings_tab import SettingsTab

            self.settings_tab = SettingsTab(ctx)
            self.tabs.addTab(self.settings_tab, self.tr("Settings"))
        if ctx.can(Action.AUDIT_READ):
            from cxdesk.gui.admin.audit_tab import AuditTab

            self.audit_tab = AuditTab(ctx)
            self.tabs.addTab(self.audit_tab, self.tr("Audit log"))
        if ctx.can(Action.BACKUP_RUN) and ctx.db.is_sqlite:
            from cxdesk.gui.admin.backup_tab import BackupTab

            self.backup_tab = BackupTab(ctx)
            self.tabs.addTab(self.backup_tab, self.tr("Backup copy"))
        elif ctx.can(Action.BACKUP_RUN):  # a server database: copies are the server's business
            note = QLabel(self.tr(
                "This database is kept on the PostgreSQL server {server}. Its backup copies are made by the "
                "server's administrator (pg_dump, pg_restore); the program makes none and restores none."
            ).format(server=ctx.db.display()))
            note.setObjectName("serverBackupNote")
            note.setWordWrap(True)
            note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            note.setContentsMargins(12, 12, 12, 12)
            self.tabs.addTab(note, self.tr("Backup copy"))
        if ctx.can(Action.RETENTION_MANAGE):
            from cxdesk.gui.admin.retention_tab import RetentionTab

            self.retention_tab = RetentionTab(ctx)
            self.tabs.addTab(self.retention_tab, self.tr("Personal data"))
        self.body.addWidget(self.tabs)

    def refresh(self) -> None:
        for tab in (self.users_tab, self.settings_tab, self.audit_tab, self.backup_tab, self.retention_tab):
            if tab is not None and hasattr(tab, "refresh"):
                tab.refresh()
