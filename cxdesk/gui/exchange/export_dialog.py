"""«Создать пакет для отправки»: choose the recipient and a folder (a removable drive is offered first),
write the bundle in a worker thread with progress, then say what was written and where."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QStorageInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui import ui_state
from cxdesk.gui.context import AppContext
from cxdesk.gui.exchange.common import progress_reporter
from cxdesk.gui.widgets import ErrorLabel, hint_label
from cxdesk.services import exchange

LAST_FOLDER = "exchange/export_folder"


def removable_folders() -> list[tuple[str, str]]:
    """(title, path) of mounted writable volumes that look removable: USB sticks under /media, /run/media
    or /mnt on Linux, drives other than the system one on Windows."""
    result = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        removable = root.startswith(("/media/", "/run/media/", "/mnt/")) or (
            len(root) <= 3 and root[1:2] == ":" and not root.upper().startswith("C"))
        if removable:
            result.append((f"{volume.displayName() or root} ({root})", root))
    return result


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results: list[exchange.ExportResult] = []
        self.setWindowTitle(self.tr("Create a bundle to send"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.recipient = QComboBox()
        self.recipient.setObjectName("exportRecipient")
        peers = [p for p in exchange.list_peers(ctx.db, ctx.actor) if not p.revoked]
        if len(peers) > 1:
            self.recipient.addItem(self.tr("Every registered centre ({n})").format(n=len(peers)), None)
        for peer in peers:
            self.recipient.addItem(f"{peer.office_code} — {peer.office_name}", peer.office_code)
        form.addRow(self.tr("&Recipient:"), self.recipient)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(ui_state.value_str(LAST_FOLDER, str(Path.home())))
        self.folder.setObjectName("exportFolder")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        self.drives = QComboBox()
        self.drives.setObjectName("exportDrives")
        drives = removable_folders()
        self.drives.addItem(self.tr("(no removable drive found)") if not drives else self.tr("Choose a drive…"), None)
        for title, root in drives:
            self.drives.addItem(title, root)
        self.drives.setEnabled(bool(drives))
        self.drives.currentIndexChanged.connect(
            lambda _i: self.folder.setText(self.drives.currentData()) if self.drives.currentData() else None)
        form.addRow(self.tr("Removable drive:"), self.drives)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        layout.addWidget(hint_label(self.tr(
            "The bundle holds every change the recipient has not confirmed yet, signed by this centre; "
            "citizens' personal data in it is encrypted for the recipient. A lost or repeated file does no "
            "harm: the next bundle carries everything again.")))
        self.summary = QTextBrowser()
        self.summary.setObjectName("exportSummary")
        layout.addWidget(self.summary, 1)
        buttons = QDialogButtonBox()
        self.create = buttons.addButton(self.tr("&Create the bundle"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create.setObjectName("exportCreate")
        self.create.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if not peers:
            self.create.setEnabled(False)
            self.error.show_error(self.tr(
                "No centre is registered for the exchange yet. Register the other side's public key on the "
                "«Centres» tab first (compare its fingerprint by phone)."))
        self.resize(640, 420)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the bundle"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def start(self) -> None:
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip() or not folder.is_dir():
            self.error.show_error(self.tr("The folder does not exist. Choose a folder or a removable drive."))
            return
        self.error.show_error("")
        ui_state.set_value(LAST_FOLDER, str(folder))
        code = self.recipient.currentData()
        db, actor = self.ctx.db, self.ctx.actor
        self.create.setEnabled(False)
        self.ctx.runner.start(
            lambda progress: exchange.export_bundles(db, actor, folder, [code] if code else None,
                                                     progress=progress_reporter(progress)),
            label=self.tr("Writing the bundle…"), title=self.windowTitle(), changes={"sync_journal"},
            parent=self, cancellable=True, on_done=self._done,
            on_error=lambda exc: (self.create.setEnabled(True), False)[1])

    def _done(self, results: list[exchange.ExportResult]) -> None:
        self.results = list(results)
        self.create.setEnabled(True)
        lines = [
            self.tr("<p><b>{name}</b> for {peer}: bundle No. {no}, {records} records, {blobs} files, "
                    "{size:.1f} KB.</p>").format(name=escape(r.path.name), peer=escape(r.peer), no=r.msg_no,
                                                 records=r.records, blobs=r.blobs, size=r.size / 1024)
            for r in self.results
        ]
        lines.append(self.tr("<p>Written to {folder}. Hand the file over to the recipient; it is recorded in "
                             "the exchange journal.</p>").format(folder=escape(self.folder.text())))
        self.summary.setHtml("".join(lines))
