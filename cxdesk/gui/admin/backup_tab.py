"""The «Резервная копия» tab: choose where to write a copy of the database and make it in the
background through the operation runner (``maintenance.backup`` verifies the copy).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cxdesk.gui import backup
from cxdesk.gui.context import AppContext
from cxdesk.gui.icons import icon


class BackupTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backupTab")
        intro = QLabel(
            self.tr(
                "A backup copy is a complete, checked copy of the database file. Keep copies on "
                "another disk or a flash drive; the program can be restored from any of them."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(str(backup.suggested_path(ctx)))
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
        form = QFormLayout()
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path_edit)
        form.addRow(label, row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.job = None
        self._update_button()

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
