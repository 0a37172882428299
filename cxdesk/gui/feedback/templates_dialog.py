"""«Анкеты…»: the questionnaire templates with their audience, number of questions and answers.

New, copy, edit, archive and restore go through the services (audited). A template is never
deleted: a template with answers is archived (hidden from entry and import, answers kept and still
shown in the register). Only roles that enter feedback and edit reference data (the CX specialist)
change templates; others see the list read-only.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui.feedback.template_editor import CHANGES, TemplateEditor
from cxdesk.gui.operations import ChangeBus
from cxdesk.services import feedback_surveys as surveys
from cxdesk.services.feedback_surveys import TemplateInfo
from cxdesk.services.roles import can


class TemplatesDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.templates: list[TemplateInfo] = []
        self.editable = all(can(ctx.actor.role, a) for a in surveys.EDIT_ACTIONS)
        self.setObjectName("surveyTemplates")
        self.setWindowTitle(self.tr("Questionnaires"))
        self.resize(960, 480)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("templatesTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Audience"),
                self.tr("Questions"),
                self.tr("Answers"),
                self.tr("State"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 90), (3, 90), (4, 110)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setObjectName("templatesArchived")
        self.show_archived.toggled.connect(self.reload)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("new", self.tr("New…"), self.new),
            ("copy", self.tr("Copy"), self.copy),
            ("edit", self.tr("Edit…"), self.edit),
            ("archive", self.tr("Archive"), self.archive),
        ):
            button = QPushButton(text)
            button.setObjectName(f"templates_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addWidget(self.show_archived)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        note = QLabel(
            self.tr(
                "A questionnaire is never deleted: archive it to hide it from entry and import; its answers "
                "stay in the register. To change answered questions, copy the questionnaire."
            )
            if self.editable
            else self.tr("Only a CX specialist may change questionnaires; you can read them here.")
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(row)
        ChangeBus.instance().changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, names) -> None:
        if "survey_template" in names or "feedback_record" in names:
            self.reload()

    def reload(self) -> None:
        chosen = self.current()
        self.templates = surveys.list_templates(self.ctx.db, self.ctx.actor, self.show_archived.isChecked())
        self.table.setRowCount(len(self.templates))
        audience = {"citizen": self.tr("citizens"), "employer": self.tr("employers")}
        for i, t in enumerate(self.templates):
            state = (
                self.tr("archived")
                if t.archived
                else (self.tr("in use") if t.answers else self.tr("no answers"))
            )
            values = (
                t.title,
                audience.get(t.audience, t.audience),
                str(len(t.questions)),
                str(t.answers),
                state,
            )
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(i, j, item)
            if chosen and t.id == chosen.id:
                self.table.selectRow(i)
        self._update_buttons()

    def current(self) -> TemplateInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.templates[rows[0].row()] if rows and rows[0].row() < len(self.templates) else None

    def _update_buttons(self) -> None:
        t = self.current()
        self.buttons["new"].setEnabled(self.editable)
        for key in ("copy", "edit", "archive"):
            self.buttons[key].setEnabled(self.editable and t is not None)
        self.buttons["archive"].setText(self.tr("Restore") if t and t.archived else self.tr("Archive"))

    def select(self, template_id: str) -> None:
        for i, t in enumerate(self.templates):
            if t.id == template_id:
                self.table.selectRow(i)

    def new(self) -> None:
        editor = TemplateEditor(self.ctx, None, self)
        if editor.exec() and editor.saved:
            self.reload()
            self.select(editor.saved.id)

    def edit(self) -> None:
        t = self.current()
        if t is None or not self.editable:
            return
        editor = TemplateEditor(self.ctx, t, self)
        if editor.exec() and editor.saved:
            self.reload()

    def copy(self) -> None:
        t = self.current()
        if t is None:
            return
        outcome = self.ctx.runner.run(
            lambda: surveys.copy_template(self.ctx.db, self.ctx.actor, t.id), changes=CHANGES, parent=self
        )
        if outcome.ok:
            self.reload()
            self.select(outcome.value.id)

    def archive(self) -> None:
        t = self.current()
        if t is None:
            return
        outcome = self.ctx.runner.run(
            lambda: surveys.archive_template(self.ctx.db, self.ctx.actor, t.id, not t.archived),
            changes=CHANGES,
            parent=self,
        )
        if outcome.ok:
            self.reload()
