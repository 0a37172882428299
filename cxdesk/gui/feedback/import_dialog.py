"""The import dialog: choose what and which file, see every row error before anything is written,
then import all rows or the valid ones only, and save the error report as a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui.feedback.mapping_editor import MappingEditor
from cxdesk.gui.widgets import ErrorLabel
from cxdesk.services import feedback_imports, feedback_surveys
from cxdesk.services.feedback_imports import ImportPreview

CHANGES = ("feedback_record",)


class ImportDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: ImportPreview | None = None
        self.setWindowTitle(self.tr("Import feedback from a file"))
        self.resize(1000, 640)
        self.loaded: tuple[str, str] | None = None  # (file, template) shown in the mapping editor
        form = QFormLayout()
        self.source = QComboBox()
        self.source.setObjectName("importSource")
        for code, text in feedback_imports.IMPORT_SOURCES.items():
            self.source.addItem(text, code)
        self.template = QComboBox()
        self.template.setObjectName("importTemplate")
        for t in feedback_surveys.list_templates(ctx.db, ctx.actor):
            self.template.addItem(t.title, t.code)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.template.currentIndexChanged.connect(self._source_changed)
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form.addRow(self.tr("What"), self.source)
        form.addRow(self.tr("Questionnaire"), self.template)
        form.addRow(self.tr("File (CSV or XLSX)"), file_row)
        check = QPushButton(self.tr("Check the file"))
        check.setObjectName("importCheck")
        check.clicked.connect(self.check)
        self.summary = QLabel(self.tr("Choose a file and check it: nothing is written until you import."))
        self.summary.setWordWrap(True)
        self.errors = QTableWidget(0, 3)
        self.errors.setObjectName("importErrors")
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Error")])
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.verticalHeader().setVisible(False)
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.all_or_nothing = QRadioButton(self.tr("All or nothing (refuse if any row has an error)"))
        self.all_or_nothing.setChecked(True)
        self.valid_only = QRadioButton(self.tr("Import valid rows only"))
        self.message = ErrorLabel()
        buttons = QHBoxLayout()
        self.save_errors = QPushButton(self.tr("Save error report…"))
        self.save_errors.clicked.connect(self._save_errors)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importRun")
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.save_errors)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(check)
        layout.addWidget(self.summary)
        self.mapping = MappingEditor()
        self.mapping.changed.connect(self._mapping_changed)
        self.mapping.save_button.clicked.connect(self.save_mapping)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.errors, self.tr("Row errors"))
        self.tabs.addTab(self.mapping, self.tr("Column mapping"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._source_changed()
        self._update_buttons()

    def _source_changed(self) -> None:
        survey = self.source.currentData() == "survey"
        self.template.setEnabled(survey)
        self.tabs.setTabEnabled(1, survey)
        self.preview = None
        self._update_buttons()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("File to import"), "", "CSV, XLSX (*.csv *.xlsx)")
        if path:
            self.path.setText(path)
            self.check()

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self.preview is not None and bool(self.preview.valid))
        self.save_errors.setEnabled(bool(self.preview and self.preview.errors))

    def _mapping_changed(self) -> None:
        self.preview = None
        self.summary.setText(self.tr("The mapping changed: check the file again before importing."))
        self._update_buttons()

    def _load_columns(self, template: str) -> bool:
        """Fill the mapping editor when the file or the questionnaire changed (edits are kept otherwise)."""
        if self.loaded == (self.path.text(), template):
            return True
        db, actor, path = self.ctx.db, self.ctx.actor, Path(self.path.text())
        outcome = self.ctx.runner.run(
            lambda: (
                feedback_surveys.get_template(db, actor, template),
                feedback_imports.survey_columns(db, actor, path, template),
            ),
            parent=self,
        )
        if not outcome.ok:
            return False
        self.mapping.blockSignals(True)
        self.mapping.load(*outcome.value)
        self.mapping.blockSignals(False)
        self.loaded = (self.path.text(), template)
        return True

    def save_mapping(self) -> None:
        template, mapping = self.template.currentData(), self.mapping.mapping()
        outcome = self.ctx.runner.run(
            lambda: feedback_surveys.save_mapping(self.ctx.db, self.ctx.actor, template, mapping),
            changes=("survey_template",),
            parent=self,
        )
        if outcome.ok:
            self.mapping.status.setText(self.tr("Mapping saved: the next file with these columns gets it."))

    def check(self) -> None:
        source = self.source.currentData()
        template = self.template.currentData() if source == "survey" else None
        mapping = None
        if template:
            if not self._load_columns(template):
                self.preview = None
                self._show_preview()
                return
            mapping = self.mapping.mapping()
        outcome = self.ctx.runner.run(
            lambda: feedback_imports.preview_import(
                self.ctx.db, self.ctx.actor, source, Path(self.path.text()), template, mapping
            ),
            parent=self,
        )
        self.preview = outcome.value if outcome.ok else None
        self._show_preview()

    def _show_preview(self) -> None:
        p = self.preview
        self.errors.setRowCount(0)
        if p is None:
            self.summary.setText(self.tr("The file was not read."))
        else:
            self.summary.setText(
                self.tr(
                    "Rows: {total}; ready to import: {valid}; already in the database: {dup}; rows with errors: "
                    "{failed}."
                ).format(total=p.rows_total, valid=p.rows_valid, dup=p.duplicates, failed=p.rows_failed)
            )
            self.errors.setRowCount(len(p.errors))
            for i, e in enumerate(p.errors):
                for j, value in enumerate((str(e.row), e.column, e.reason)):
                    self.errors.setItem(i, j, QTableWidgetItem(value))
            self.errors.resizeColumnsToContents()
        self._update_buttons()

    def _save_errors(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Error report"), "ошибки-импорта.csv", "CSV (*.csv)"
        )
        if path and self.preview:
            feedback_imports.write_error_report(self.preview.errors, Path(path))

    def run_import(self) -> None:
        if self.preview is None:
            return
        mode = "valid" if self.valid_only.isChecked() else "all"
        preview = self.preview
        outcome = self.ctx.runner.run(
            lambda: feedback_imports.commit_import(self.ctx.db, self.ctx.actor, preview, mode),
            changes=CHANGES,
            parent=self,
        )
        if outcome.ok:
            self.result = outcome.value
            self.summary.setText(
                self.tr("Imported: {n}. Already in the database: {dup}.").format(
                    n=outcome.value.imported, dup=outcome.value.duplicates
                )
            )
            self.preview = None
            self._update_buttons()
