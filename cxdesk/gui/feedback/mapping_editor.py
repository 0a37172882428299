"""The column mapping of a survey file in the import dialog: each file column feeds a question of
the chosen template, the date / office / audience / touchpoint of the answer, or nothing; the first
rows are shown with the mapping applied (answers checked as the import checks them). «Сохранить
сопоставление» stores it for the template, and the next file with the same columns gets it back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core.tabular import CellError, text
from cxdesk.services.feedback_imports import ColumnsPreview
from cxdesk.services.feedback_surveys import TemplateInfo, answer_value

SAMPLES = 3


class MappingEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template: TemplateInfo | None = None
        self.columns: ColumnsPreview | None = None
        self.combos: list[QComboBox] = []
        self.table = QTableWidget(0, 2 + SAMPLES)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("File column"), self.tr("Question")]
            + [self.tr("Row {n}").format(n=n + 1) for n in range(SAMPLES)]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 330)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("mappingPreview")
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save mapping"))
        self.save_button.setObjectName("mappingSave")
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(self.tr("First rows with the mapping applied:")))
        layout.addWidget(self.preview, 2)
        layout.addLayout(row)
        self.save_button.setEnabled(False)

    def load(self, template: TemplateInfo, columns: ColumnsPreview) -> None:
        self.template, self.columns = template, columns
        self.combos = []
        self.table.setRowCount(len(columns.headers))
        targets = [
            (self.tr("— ignore —"), ""),
            (self.tr("Date of the answer"), "@date"),
            (self.tr("Office code"), "@office"),
            (self.tr("Audience"), "@audience"),
            (self.tr("Touchpoint"), "@touchpoint"),
        ] + [(f"{q['code']}. {q['text']}", q["code"]) for q in template.questions]
        for i, header in enumerate(columns.headers):
            self.table.setItem(i, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.setObjectName(f"mapping_{i}")
            for title, code in targets:
                combo.addItem(title, code)
                combo.setItemData(combo.count() - 1, title, 3)  # tooltip: long question texts
            combo.setCurrentIndex(max(0, combo.findData(columns.mapping.get(header, ""))))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(i, 1, combo)
            self.combos.append(combo)
            for n, row in enumerate(columns.rows[:SAMPLES]):
                self.table.setItem(i, 2 + n, QTableWidgetItem(text(row[i]) if i < len(row) else ""))
        self.status.setText(
            self.tr("The mapping saved for this questionnaire was applied.")
            if columns.saved
            else self.tr("Columns matched by question texts; check them and save the mapping.")
        )
        self.save_button.setEnabled(True)
        self.show_preview()

    def mapping(self) -> dict[str, str]:
        if self.columns is None:
            return {}
        return {
            h: c.currentData()
            for h, c in zip(self.columns.headers, self.combos, strict=True)
            if c.currentData()
        }

    def _changed(self) -> None:
        self.show_preview()
        self.changed.emit()

    def show_preview(self) -> None:
        if self.template is None or self.columns is None:
            return
        questions = {q["code"]: q for q in self.template.questions}
        used = [(i, c.currentData()) for i, c in enumerate(self.combos) if c.currentData()]
        self.preview.setColumnCount(len(used))
        for c, (i, _target) in enumerate(used):
            title = self.combos[i].currentText()
            header = QTableWidgetItem(title if len(title) <= 32 else title[:31] + "…")
            header.setToolTip(title)
            self.preview.setHorizontalHeaderItem(c, header)
        self.preview.setRowCount(len(self.columns.rows))
        for r, row in enumerate(self.columns.rows):
            for c, (i, target) in enumerate(used):
                raw = row[i] if i < len(row) else ""
                try:
                    value = answer_value(questions[target], raw) if target in questions else text(raw)
                    shown = (
                        ", ".join(value) if isinstance(value, list) else ("" if value is None else str(value))
                    )
                except CellError as exc:
                    shown = "⚠ " + str(exc)
                item = QTableWidgetItem(shown)
                item.setToolTip(shown)
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
