"""The «Резервные копии» tab: a copy by hand to a chosen file (``maintenance.backup`` verifies it,
in the background through the operation runner), the schedule of automatic copies, the list of
copies in ``backups/`` beside the database and restoring the selected one (administrator only:
the current database is kept aside first and the session ends, because the users may differ).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui import backup, messages
from cxdesk.gui.context import AppContext
from cxdesk.gui.icons import icon
from cxdesk.gui.table_model import Column, LazyIdTableModel
from cxdesk.gui.widgets import DataTableView
from cxdesk.services import backup_schedule
from cxdesk.services.roles import Action
from cxdesk.store import backup as store_backup


class CopySource:
    """The copies in the backup folder (a few dozen files: listed, sorted and filtered here)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._rows: dict[str, backup_schedule.BackupCopy] = {}

    def ids(self, sort_key: str | None, order: Qt.SortOrder, text: str) -> list[str]:
        copies = backup_schedule.list_copies(self.ctx.db.path)
        self._rows = {str(c.path): c for c in copies}
        needle = text.strip().casefold()
        if needle:
            copies = [c for c in copies if needle in c.path.name.casefold() or needle in c.kind.casefold()]
        key = {"kind": lambda c: c.kind, "size": lambda c: c.size, "name": lambda c: c.path.name}.get(
            sort_key or "", lambda c: c.taken_at
        )
        copies = sorted(copies, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        return [str(c.path) for c in copies]

    def rows(self, ids: Sequence[Hashable]) -> dict[Hashable, backup_schedule.BackupCopy]:
        return {i: self._rows[i] for i in ids if i in self._rows}


class BackupTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backupTab")
        self.job = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._manual_box())
        layout.addWidget(self._copies_box(), 1)
        self._update_button()

    # --- a copy by hand -----------------------------------------------------------------------
    def _manual_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Copy to a file"))
        intro = QLabel(
            self.tr(
                "A backup copy is a complete, checked copy of the database file. Keep copies on "
                "another disk or a flash drive; the program can be restored from any of them."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(str(backup.suggested_path(self.ctx)))
        self.path_edit.setObjectName("backupPath")
        self.path_edit.textChanged.connect(self._update_button)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("chooseBackupPath")
        self.choose_button.setToolTip(self.tr("Choose the file to write the copy to"))
        self.choose_button.clicked.connect(self.choose)
        self.start_button = QPushButton(icon("backup"), self.tr("Create backup copy"))
        self.start_button.setObjectName("startBackup")
        self.start_button.clicked.connect(self.start)
        self.status_label = QLabel()
        self.status_label.setObjectName("backupStatus")
        self.status_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.start_button)
        form = QFormLayout()
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path_edit)
        form.addRow(label, row)
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        return box

    def _update_button(self) -> None:
        self.start_button.setEnabled(bool(self.path_edit.text().strip()) and self.job is None)

    def choose(self) -> None:
        path = backup.choose_destination(self.ctx, self)
        if path is not None:
            self.path_edit.setText(str(path))

    def start(self) -> None:
        destination = Path(self.path_edit.text().strip())
        self.job = backup.start_backup(self.ctx, self, destination, on_done=self._done)
        self.job.finished.connect(self._finished)
        self._update_button()

    def _done(self, path: Path) -> None:
        self.status_label.setText(self.tr("Last backup copy in this session: {path}").format(path=path))

    def _finished(self, _outcome) -> None:
        self.job = None
        self._update_button()

    # --- automatic copies and restoring -------------------------------------------------------
    def _copies_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Automatic copies in {folder}").format(
            folder=store_backup.backups_dir(self.ctx.db.path)))
        self.schedule_label = QLabel()
        self.schedule_label.setObjectName("backupSchedule")
        self.schedule_label.setWordWrap(True)
        self.source = CopySource(self.ctx)
        self.model = LazyIdTableModel(
            [
                Column("taken_at", self.tr("Made"), display=lambda c: backup.local_text(c.taken_at)),
                Column("kind", self.tr("Kind"), display=lambda c: c.kind),
                Column("size", self.tr("Size, MB"), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       display=lambda c: f"{c.size / 1_048_576:.1f}"),
                Column("name", self.tr("File"), display=lambda c: c.path.name),
            ],
            self.source.ids,
            self.source.rows,
            sort_key="taken_at",
            sort_order=Qt.SortOrder.DescendingOrder,
            parent=self,
        )
        self.view = DataTableView()
        self.view.setObjectName("backupCopies")
        self.view.setSelectionMode(DataTableView.SelectionMode.SingleSelection)
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._update_restore)
        for column, width in enumerate((140, 300, 90)):
            self.view.setColumnWidth(column, width)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshCopies")
        self.refresh_button.clicked.connect(self.refresh)
        self.restore_button = QPushButton(icon("backup"), self.tr("Restore from the selected copy…"))
        self.restore_button.setObjectName("restoreCopy")
        self.restore_button.clicked.connect(self.restore_selected)
        if not self.ctx.can(Action.RESTORE_RUN):
            self.restore_button.setToolTip(self.tr("Only the administrator may restore the database"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.schedule_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.ctx.bus.changed.connect(self._on_changed)
        self.refresh()
        return box

    def _schedule_text(self) -> str:
        s = backup_schedule.get_schedule(self.ctx.db)
        when = (self.tr("when the program closes and every {hours} h") if s.on_close
                else self.tr("every {hours} h")).format(hours=f"{s.interval_hours:g}")
        return self.tr(
            "A checked copy is made automatically {when} if the data changed. Kept: every copy of the last "
            "{all_hours} h, one a day for {days} days, one a week for {weeks} weeks and one a month for "
            "{months} months; copies made by hand, before a restore or an upgrade are never removed."
        ).format(when=when, all_hours=s.keep_all_hours, days=s.daily_days, weeks=s.weekly_weeks,
                 months=s.monthly_months)

    def refresh(self) -> None:
        self.schedule_label.setText(self._schedule_text())
        self.model.refresh()
        self._update_restore()

    def _on_changed(self, names: set[str]) -> None:
        if "audit_log" in names or "local_setting" in names:
            self.refresh()

    def selected_copy(self) -> backup_schedule.BackupCopy | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row_data(rows[0].row()) if rows else None

    def _update_restore(self) -> None:
        self.restore_button.setEnabled(self.ctx.can(Action.RESTORE_RUN) and self.selected_copy() is not None)

    def restore_selected(self) -> None:
        copy = self.selected_copy()
        if copy is None or not self.ctx.can(Action.RESTORE_RUN):
            return
        question = self.tr(
            "Replace the database by the copy made on {when} ({name})?\n\nThe current database will be kept in "
            "{folder} first. Everything entered after that copy will disappear from the database. Every "
            "user's session ends; close the program on other workstations that use this file."
        ).format(when=backup.local_text(copy.taken_at), name=copy.path.name,
                 folder=store_backup.backups_dir(self.ctx.db.path))
        if not messages.confirm(self, question, self.tr("Restore"), self.tr("Restore the database")):
            return
        db = self.ctx.db
        db.close()  # every connection closed before the file is replaced
        restored = backup.restore_copy(self, db.path, copy.path, self.ctx.actor)
        db.refresh()
        if restored:
            window = self.window()
            if hasattr(window, "log_out"):
                window.log_out(self.tr("The database was restored from a backup copy. Log in again."), force=True)
        else:
            self.refresh()
