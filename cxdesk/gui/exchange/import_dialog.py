"""«Принять пакеты»: choose bundle files (a whole folder from a USB stick at the УЦЗН), check them all
first — a dry run shows per file what would change or why it is refused — then apply. Each file is
all-or-nothing; a refused file changes nothing and does not stop the others."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui import ui_state
from cxdesk.gui.context import AppContext
from cxdesk.gui.exchange.common import (
    DONE_COLOUR,
    REFUSED_COLOUR,
    bundle_filter,
    fill,
    progress_reporter,
    report_html,
    text_table,
)
from cxdesk.services import exchange

LAST_FOLDER = "exchange/import_folder"


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: exchange.ImportResult | None = None
        self.applied = False
        self.setWindowTitle(self.tr("Receive bundles"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Bundle &files:")))
        files_row = QHBoxLayout()
        self.files = QListWidget()
        self.files.setObjectName("importFiles")
        self.files.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        layout.itemAt(0).widget().setBuddy(self.files)
        files_row.addWidget(self.files, 1)
        side = QVBoxLayout()
        for text, slot in ((self.tr("&Add files…"), self._add_files), (self.tr("Add a f&older…"), self._add_folder),
                           (self.tr("&Remove"), self._remove)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            side.addWidget(button)
        side.addStretch(1)
        files_row.addLayout(side)
        layout.addLayout(files_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = text_table([self.tr("File"), self.tr("Sender"), self.tr("No."), self.tr("Result"),
                                 self.tr("Records"), self.tr("Message")], "importResults")
        self.table.itemSelectionChanged.connect(self._show_details)
        self.details = QTextBrowser()
        self.details.setObjectName("importDetails")
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        layout.addWidget(splitter, 1)
        self.status = QLabel(self.tr("Add the files, then check them: nothing is written until you apply."))
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.check = buttons.addButton(self.tr("&Check"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check.setObjectName("importCheck")
        self.apply = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply.setObjectName("importApply")
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check.clicked.connect(self.run_check)
        self.apply.clicked.connect(self.run_apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_buttons()
        self.resize(900, 600)

    # --- files --------------------------------------------------------------------------------
    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def add_paths(self, paths: list[Path]) -> None:
        known = set(self.paths())
        for path in paths:
            if path not in known:
                self.files.addItem(str(path))
                known.add(path)
        self.result = None
        self._update_buttons()

    def _add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Bundle files"),
                                                ui_state.value_str(LAST_FOLDER, str(Path.home())), bundle_filter())
        if names:
            ui_state.set_value(LAST_FOLDER, str(Path(names[0]).parent))
            self.add_paths([Path(n) for n in names])

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with bundles"),
                                                  ui_state.value_str(LAST_FOLDER, str(Path.home())))
        if folder:
            ui_state.set_value(LAST_FOLDER, folder)
            found = sorted(Path(folder).glob("*.cxb"))
            if not found:
                self.status.setText(self.tr("No bundle files (*.cxb) in {folder}.").format(folder=folder))
            self.add_paths(found)

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self.result = None
        self._update_buttons()

    # --- check and apply ----------------------------------------------------------------------
    def _update_buttons(self) -> None:
        self.check.setEnabled(self.files.count() > 0)
        writable = self.result is not None and self.result.dry_run and any(
            b.status == exchange.APPLIED for b in self.result.bundles)
        self.apply.setEnabled(writable)

    def run_check(self) -> None:
        self._run(dry_run=True)

    def run_apply(self) -> None:
        self._run(dry_run=False)

    def _run(self, dry_run: bool) -> None:
        files = self.paths()
        if not files:
            return
        db, actor = self.ctx.db, self.ctx.actor
        label = self.tr("Checking the bundles…") if dry_run else self.tr("Applying the bundles…")
        self.check.setEnabled(False)
        self.apply.setEnabled(False)
        self.ctx.runner.start(
            lambda progress: exchange.import_bundles(db, actor, files, dry_run=dry_run,
                                                     progress=progress_reporter(progress)),
            label=label, title=self.windowTitle(), parent=self, cancellable=True,
            on_done=self._done, on_error=lambda exc: (self._update_buttons(), False)[1])

    def _done(self, result: exchange.ImportResult) -> None:
        self.result = result
        rows, colours = [], []
        for report in result.bundles:
            rows.append((report.file.name, report.sender, report.msg_no or "", report.status_title,
                         report.totals().total, report.message))
            colours.append(REFUSED_COLOUR if report.refused else DONE_COLOUR if not result.dry_run else None)
        fill(self.table, rows, keys=list(range(len(result.bundles))), colours=colours)
        if result.bundles:
            self.table.selectRow(0)
        applied = sum(1 for b in result.bundles if b.status == exchange.APPLIED)
        if result.dry_run:
            text = self.tr("Checked {n} files: {ok} bring changes, {same} were received before, {bad} refused. "
                           "Nothing is written yet.")
        else:
            self.applied = True
            text = self.tr("Done: {ok} of {n} files applied, {same} were received before, {bad} refused (they "
                           "changed nothing).")
            self._announce(result)
        self.status.setText(text.format(n=len(result.bundles), ok=applied, bad=result.refused,
                                        same=len(result.bundles) - applied - result.refused))
        self._update_buttons()

    def _announce(self, result: exchange.ImportResult) -> None:
        """Open pages refresh the record types the bundles changed."""
        names = {"sync_journal"}
        for report in result.bundles:
            names.update(e.entity for e in report.entities if e.created or e.updated or e.conflicts)
        self.ctx.bus.announce(names)

    def _show_details(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.result is None:
            self.details.clear()
            return
        index = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        self.details.setHtml(report_html(self.result.bundles[index]))
