"""The editor of one questionnaire template: title, audience and the questions as a table.

Each question has its text, type (scale 1–5, NPS 0–10, effort, single or multiple choice, free
text), options of a choice question (separated by «;»), «required» and the KPI group (а–д of R10)
it serves; rows move with «Выше» / «Ниже». A question keeps its code (answers are stored by code),
a new one gets the next free code when saved. The services refuse to remove answered questions or
options, or to change their type (the message says to make a copy); the refusal is shown in place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui.widgets import ErrorLabel
from cxdesk.services import feedback_surveys as surveys
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.feedback_surveys import KPI_GROUPS, QUESTION_TYPES, TemplateInfo

TEXT, TYPE, OPTIONS, REQUIRED, GROUP = range(5)
CHANGES = ("survey_template",)


class TemplateEditor(QDialog):
    def __init__(self, ctx, template: TemplateInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template = template
        self.saved: TemplateInfo | None = None
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("Questionnaire template"))
        self.resize(1240, 620)
        self.title = QLineEdit(template.title if template else "")
        self.title.setObjectName("templateTitle")
        self.audience = QComboBox()
        self.audience.setObjectName("templateAudience")
        self.audience.addItem(self.tr("Citizens"), "citizen")
        self.audience.addItem(self.tr("Employers"), "employer")
        if template:
            self.audience.setCurrentIndex(max(0, self.audience.findData(template.audience)))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Audience"), self.audience)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("templateQuestions")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Question"),
                self.tr("Type"),
                self.tr("Options («;» between)"),
                self.tr("Required"),
                self.tr("KPI group"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OPTIONS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(TYPE, 165)
        self.table.setColumnWidth(REQUIRED, 105)
        self.table.setColumnWidth(GROUP, 290)
        self.table.verticalHeader().setVisible(False)
        for q in template.questions if template else []:
            self.add_question(q)
        side = QVBoxLayout()
        for key, text, slot in (
            ("add", self.tr("Add"), lambda: self.add_question()),
            ("remove", self.tr("Delete"), self.remove_question),
            ("up", self.tr("Up"), lambda: self.move(-1)),
            ("down", self.tr("Down"), lambda: self.move(1)),
        ):
            button = QPushButton(text)
            button.setObjectName(f"question_{key}")
            button.clicked.connect(slot)
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        note = QLabel(
            self.tr(
                "Answers are kept by question: when the questionnaire already has answers, its questions "
                "and options cannot be removed and their types cannot change (add new ones, or copy the "
                "questionnaire and archive this one)."
            )
            if template and template.answers
            else ""
        )
        note.setWordWrap(True)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("templateSave")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(middle, 1)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def add_question(self, q: dict | None = None) -> None:
        q = q or {"type": "scale5"}
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._fill(row, q)
        if not q.get("text"):
            self.table.setCurrentCell(row, TEXT)
            self.table.editItem(self.table.item(row, TEXT))

    def _fill(self, row: int, q: dict) -> None:
        item = QTableWidgetItem(q.get("text", ""))
        item.setToolTip(q.get("text", ""))
        item.setData(Qt.ItemDataRole.UserRole, q.get("code", ""))
        self.table.setItem(row, TEXT, item)
        kind = QComboBox()
        for code, title in QUESTION_TYPES.items():
            kind.addItem(title, code)
        kind.setCurrentIndex(max(0, kind.findData(q.get("type", "scale5"))))
        self.table.setCellWidget(row, TYPE, kind)
        self.table.setItem(row, OPTIONS, QTableWidgetItem("; ".join(q.get("options") or [])))
        required = QTableWidgetItem()
        required.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        )
        required.setCheckState(Qt.CheckState.Checked if q.get("required") else Qt.CheckState.Unchecked)
        self.table.setItem(row, REQUIRED, required)
        group = QComboBox()
        group.addItem(self.tr("—"), "")
        for code, title in KPI_GROUPS.items():
            group.addItem(f"{code}) {title}", code)
        group.setCurrentIndex(max(0, group.findData(q.get("group", ""))))
        self.table.setCellWidget(row, GROUP, group)

    def question(self, row: int) -> dict:
        text_item, options = self.table.item(row, TEXT), self.table.item(row, OPTIONS)
        q = {
            "code": text_item.data(Qt.ItemDataRole.UserRole) if text_item else "",
            "text": text_item.text().strip() if text_item else "",
            "type": self.table.cellWidget(row, TYPE).currentData(),
            "group": self.table.cellWidget(row, GROUP).currentData(),
        }
        chosen = [o.strip() for o in (options.text() if options else "").split(";") if o.strip()]
        if q["type"] in ("single", "multi"):
            q["options"] = chosen
        if self.table.item(row, REQUIRED).checkState() == Qt.CheckState.Checked:
            q["required"] = True
        return {k: v for k, v in q.items() if v not in ("", None)}

    def questions(self) -> list[dict]:
        return [self.question(row) for row in range(self.table.rowCount())]

    def remove_question(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        a, b = self.question(row), self.question(other)
        self._fill(row, b)
        self._fill(other, a)
        self.table.setCurrentCell(other, self.table.currentColumn())

    def validate(self) -> list[dict]:
        if not self.title.text().strip():
            raise ValidationError(self.tr("Enter the title of the questionnaire."))
        questions = self.questions()
        if not questions:
            raise ValidationError(self.tr("Add at least one question."))
        for n, q in enumerate(questions, start=1):
            if not q.get("text"):
                raise ValidationError(self.tr("Question {n}: enter its text.").format(n=n))
            if q["type"] in ("single", "multi") and len(q.get("options", [])) < 2:
                raise ValidationError(
                    self.tr(
                        "Question {n}: a choice question needs at least two options separated by «;»."
                    ).format(n=n)
                )
        return questions

    def save(self) -> None:
        try:
            questions = self.validate()
        except ValidationError as exc:
            self.error.show_error(str(exc))
            return
        title, audience = self.title.text(), self.audience.currentData()
        db, actor = self.ctx.db, self.ctx.actor
        if self.template is None:
            call = lambda: surveys.create_template(db, actor, title, audience, questions)  # noqa: E731
        else:
            template_id = self.template.id
            call = lambda: surveys.update_template(db, actor, template_id, title, audience, questions)  # noqa: E731
        outcome = self.ctx.runner.run(
            call, changes=CHANGES, parent=self, on_error=lambda exc: self._shown(exc)
        )
        if outcome.ok:
            self.saved = outcome.value
            self.accept()

    def _shown(self, exc: BaseException) -> bool:
        if isinstance(exc, (ValidationError, NotFoundError)):
            self.error.show_error(str(exc))
            return True
        return False
