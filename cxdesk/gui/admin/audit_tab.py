"""The «Журнал аудита» tab: the most recent audit records in a table, newest first, and the
«Проверить целостность» button that verifies the hash chain and lists any problems found.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cxdesk.gui.audit_check import verify_audit_log
from cxdesk.gui.context import AppContext
from cxdesk.gui.icons import icon
from cxdesk.gui.table_model import RIGHT, Column, LazyIdTableModel
from cxdesk.gui.widgets import DataTableView
from cxdesk.services import audit
from cxdesk.services.roles import ROLE_TITLES, Role

RECENT_LIMIT = 500


def local_time(at: str) -> str:
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%d.%m.%Y %H:%M:%S")
    except ValueError:
        return at


# Titles of the shell's audit actions; the areas' codes (e.g. «journey.update») are shown as they are.
ACTION_TITLES = {
    "login": QT_TRANSLATE_NOOP("AuditTab", "Login"),
    "logout": QT_TRANSLATE_NOOP("AuditTab", "Logout"),
    "lock": QT_TRANSLATE_NOOP("AuditTab", "Session locked"),
    "idle_lock": QT_TRANSLATE_NOOP("AuditTab", "Session locked when idle"),
    "installation.init": QT_TRANSLATE_NOOP("AuditTab", "First set-up"),
    "office.add": QT_TRANSLATE_NOOP("AuditTab", "Office added"),
    "user.add": QT_TRANSLATE_NOOP("AuditTab", "User added"),
    "user.disable": QT_TRANSLATE_NOOP("AuditTab", "User disabled"),
    "user.enable": QT_TRANSLATE_NOOP("AuditTab", "User enabled"),
    "user.unlock": QT_TRANSLATE_NOOP("AuditTab", "User unlocked"),
    "user.reset_password": QT_TRANSLATE_NOOP("AuditTab", "Password reset"),
    "user.change_password": QT_TRANSLATE_NOOP("AuditTab", "Own password changed"),
    "settings.idle_lock": QT_TRANSLATE_NOOP("AuditTab", "Auto-lock time changed"),
    "backup": QT_TRANSLATE_NOOP("AuditTab", "Backup copy"),
    "restore": QT_TRANSLATE_NOOP("AuditTab", "Restored from a backup copy"),
}
RESULT_TITLES = {
    "ok": QT_TRANSLATE_NOOP("AuditTab", "done"),
    "failed": QT_TRANSLATE_NOOP("AuditTab", "failed"),
    "denied": QT_TRANSLATE_NOOP("AuditTab", "refused: no permission"),
}


def action_title(action: str) -> str:
    title = ACTION_TITLES.get(action)
    return QCoreApplication.translate("AuditTab", title) if title else action


def result_title(result: str) -> str:
    title = RESULT_TITLES.get(result)
    return QCoreApplication.translate("AuditTab", title) if title else result


def role_title(role: str) -> str:
    try:
        return ROLE_TITLES[Role(role)]
    except ValueError:
        return role


class AuditSource:
    """The last :data:`RECENT_LIMIT` records from ``audit.recent``, sorted within that window."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._rows: dict[int, audit.AuditRow] = {}

    def ids(self, sort_key: str | None, order: Qt.SortOrder, _text: str) -> list[int]:
        rows = audit.recent(self.ctx.db, self.ctx.actor, RECENT_LIMIT)
        self._rows = {row.seq: row for row in rows}
        key = sort_key or "seq"
        rows.sort(key=lambda r: (getattr(r, key), r.seq), reverse=order == Qt.SortOrder.DescendingOrder)
        return [row.seq for row in rows]

    def rows(self, ids: Sequence[Hashable]) -> dict[Hashable, audit.AuditRow]:
        return {seq: self._rows[seq] for seq in ids if seq in self._rows}


class AuditTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("auditTab")
        self.source = AuditSource(ctx)
        self.model = LazyIdTableModel(
            [
                Column("seq", self.tr("No."), RIGHT),
                Column("at", self.tr("Time"), display=lambda r: local_time(r.at)),
                Column("actor", self.tr("User")),
                Column("role", self.tr("Role"), display=lambda r: role_title(r.role)),
                Column("action", self.tr("Action"), display=lambda r: action_title(r.action)),
                Column("entity", self.tr("Object"), display=lambda r: f"{r.entity} {r.record_id}".strip()),
                Column("result", self.tr("Result"), display=lambda r: result_title(r.result)),
            ],
            self.source.ids,
            self.source.rows,
            sort_key="seq",
            sort_order=Qt.SortOrder.DescendingOrder,
            parent=self,
        )
        note = QLabel(
            self.tr(
                "The last {limit} records, newest first. Every change and every login is recorded; "
                "the records are chained, so a changed or deleted record is found by the check."
            ).format(limit=RECENT_LIMIT)
        )
        note.setWordWrap(True)
        self.verify_button = QPushButton(icon("shield"), self.tr("Check integrity"))
        self.verify_button.setObjectName("verifyAudit")
        self.verify_button.setToolTip(self.tr("Check that no record of the audit log was changed or deleted"))
        self.verify_button.clicked.connect(self.verify)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshAudit")
        self.refresh_button.setToolTip(self.tr("Show the newest records (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(note, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.verify_button)
        self.view = DataTableView()
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.result_label = QLabel()
        self.result_label.setObjectName("auditResult")
        self.result_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.result_label)
        self.refresh()
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        for column, width in enumerate((70, 140, 110, 160, 220, 120)):
            self.view.setColumnWidth(column, width)

    def refresh(self) -> None:
        self.ctx.runner.run(self.model.refresh, parent=self)

    def verify(self) -> None:
        result = verify_audit_log(self.ctx, self)
        if result is None:
            return
        if result.ok:
            self.result_label.setText(
                self.tr("Checked {rows} records: the log is intact.").format(rows=result.rows)
            )
        else:
            self.result_label.setText(
                self.tr("Checked {rows} records: problems found: {count}.").format(
                    rows=result.rows, count=len(result.problems)
                )
                + "\n"
                + "\n".join(result.problems)
            )
        self.refresh()
