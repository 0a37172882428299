"""The agenda part of the meeting editor: the list of items (add, move up and down, remove with
confirmation), the selected item's form — title, speakers, materials (typed, and files attached, saved
and removed beside them), СЛУШАЛИ, ВЫСТУПИЛИ, РЕШИЛИ, and
whether the decision approves the KPI targets of a year — and the item's assignments (add, edit, mark
done, remove with confirmation), each with a responsible employee and a due date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core import meetings as rules
from cxdesk.gui import messages
from cxdesk.gui.knowledge.file_list import FileListPanel
from cxdesk.gui.working_group.common import STATE_COLOURS, FieldSpec, staff_options
from cxdesk.services import assignments, meetings
from cxdesk.services import meetings_materials as materials_files
from cxdesk.services.assignments import STATUSES, AssignmentFields
from cxdesk.services.meetings import ItemFields


def _text_edit(height: int = 50) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class AgendaPanel(QWidget):
    def __init__(self, editor) -> None:
        super().__init__()
        self.editor = editor
        self.ctx = editor.ctx
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        layout.addWidget(splitter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Agenda")))
        self.items = QListWidget()
        self.items.setObjectName("agendaList")
        self.items.setWordWrap(True)
        self.items.currentRowChanged.connect(lambda _r: self._show_item())
        left_layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        self.list_buttons = {}
        for key, text, slot in (("add", self.tr("Add item"), self.add_item), ("up", "↑", lambda: self.move(-1)),
                                ("down", "↓", lambda: self.move(1)), ("remove", self.tr("Remove"), self.remove_item)):
            button = QPushButton(text)
            button.setObjectName(f"agenda_{key}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.list_buttons[key] = button
        self.list_buttons["up"].setToolTip(self.tr("Move the item up"))
        self.list_buttons["down"].setToolTip(self.tr("Move the item down"))
        left_layout.addLayout(row)
        splitter.addWidget(left)

        right = QWidget()
        form = QFormLayout(right)
        self.title = QLineEdit()
        self.title.setObjectName("itemTitle")
        self.speakers = QLineEdit()
        self.materials = QLineEdit()
        self.heard, self.discussion, self.decision = _text_edit(), _text_edit(), _text_edit(58)
        self.heard.setObjectName("itemHeard")
        self.decision.setObjectName("itemDecision")
        self.heard.setPlaceholderText(self.tr("What the speaker reported (СЛУШАЛИ)"))
        self.discussion.setPlaceholderText(self.tr("Who spoke and what they said, one per line (ВЫСТУПИЛИ)"))
        self.decision.setPlaceholderText(self.tr("Decisions, one per line (РЕШИЛИ)"))
        kind = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("ordinary decision"), "regular")
        self.kind.addItem(self.tr("approves the KPI targets for the year"), "kpi_targets")
        self.targets_year = QSpinBox()
        self.targets_year.setRange(2020, 2100)
        self.targets_year.setValue(date.today().year)
        self.kind.currentIndexChanged.connect(lambda _i: self.targets_year.setEnabled(
            self.kind.currentData() == "kpi_targets" and self.editor.editable))
        kind.addWidget(self.kind, 1)
        kind.addWidget(self.targets_year)
        form.addRow(self.tr("Item"), self.title)
        form.addRow(self.tr("Speakers"), self.speakers)
        self.materials.setPlaceholderText(self.tr("Materials not kept as files, e.g. a paper report"))
        form.addRow(self.tr("Materials"), self.materials)
        self.files = FileListPanel(
            self.ctx, list_files=lambda item_id: materials_files.list_materials(self.ctx.db, item_id),
            add_file=lambda item_id, path: materials_files.add_material_file(self.ctx.db, self.ctx.actor, item_id,
                                                                            path),
            save_file=lambda file_id, path: materials_files.save_material(self.ctx.db, file_id, path),
            remove_file=lambda file_id: materials_files.remove_material(self.ctx.db, self.ctx.actor, file_id),
            changes=("wg_agenda_item",), name="agendaFiles", buttons_beside=True)
        form.addRow(self.tr("Files"), self.files)
        form.addRow(self.tr("Heard"), self.heard)
        form.addRow(self.tr("Spoke"), self.discussion)
        form.addRow(self.tr("Decided"), self.decision)
        form.addRow(self.tr("Kind of decision"), kind)
        self.save_button = QPushButton(self.tr("Save item"))
        self.save_button.setObjectName("agendaSave")
        self.save_button.clicked.connect(self.save_item)
        form.addRow(self.save_button)
        self.carried = QLabel()
        self.carried.setWordWrap(True)
        form.addRow(self.carried)
        form.addRow(QLabel(self.tr("Assignments on this item")))
        self.tasks = QTableWidget(0, 4)
        self.tasks.setObjectName("itemAssignments")
        self.tasks.setHorizontalHeaderLabels([self.tr("Assignment"), self.tr("Responsible"), self.tr("Due"),
                                              self.tr("Status")])
        self.tasks.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tasks.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.tasks.setColumnWidth(0, 300)
        self.tasks.setColumnWidth(1, 160)
        self.tasks.horizontalHeader().setStretchLastSection(True)
        self.tasks.doubleClicked.connect(lambda _i: self.edit_task())
        form.addRow(self.tasks)
        task_row = QHBoxLayout()
        self.task_buttons = {}
        for key, text, slot in (("add", self.tr("Add assignment…"), self.add_task),
                                ("edit", self.tr("Edit…"), self.edit_task),
                                ("done", self.tr("Mark done"), self.mark_done),
                                ("remove", self.tr("Remove"), self.remove_task)):
            button = QPushButton(text)
            button.setObjectName(f"task_{key}")
            button.clicked.connect(slot)
            task_row.addWidget(button)
            self.task_buttons[key] = button
        task_row.addStretch(1)
        form.addRow(task_row)
        splitter.addWidget(right)
        splitter.setSizes([330, 750])
        self._rows: list = []
        for widget in [*self.list_buttons.values(), *self.task_buttons.values(), self.title, self.speakers,
                       self.materials, self.heard, self.discussion, self.decision, self.kind, self.save_button]:
            widget.setEnabled(editor.editable)

    def load(self, select: str | None = None) -> None:
        current = select or self.current_id()
        self.items.blockSignals(True)
        self.items.clear()
        for info in self.editor.detail.items:
            entry = QListWidgetItem(f"{info.position}. {info.fields.title}")
            entry.setData(Qt.ItemDataRole.UserRole, info.id)
            self.items.addItem(entry)
        self.items.blockSignals(False)
        ids = [i.id for i in self.editor.detail.items]
        self.items.setCurrentRow(ids.index(current) if current in ids else (0 if ids else -1))
        self._show_item()

    def current_id(self) -> str | None:
        entry = self.items.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def current_info(self):
        return next((i for i in self.editor.detail.items if i.id == self.current_id()), None)

    def _show_item(self) -> None:
        info = self.current_info()
        f = info.fields if info else ItemFields("")
        self.title.setText(f.title)
        self.speakers.setText(f.speakers)
        self.materials.setText(f.materials)
        self.heard.setPlainText(f.heard)
        self.discussion.setPlainText(f.discussion)
        self.decision.setPlainText(f.decision)
        self.kind.setCurrentIndex(max(0, self.kind.findData(f.decision_kind)))
        self.targets_year.setValue(f.approves_targets_year or date.today().year)
        self.targets_year.setEnabled(f.decision_kind == "kpi_targets" and self.editor.editable)
        self.files.set_owner(info.id if info else None, self.editor.editable)
        self.carried.setText(self.tr("This item lists the open assignments of earlier meetings; the protocol "
                                     "prints them with their state.") if info and info.is_control else "")
        self.carried.setVisible(bool(info and info.is_control))
        self._load_tasks()

    def _load_tasks(self) -> None:
        item_id = self.current_id()
        self._rows = [t for t in assignments.meeting_assignments(self.ctx.db, self.editor.meeting_id)
                      if item_id and t.item_id == item_id]
        self.tasks.setRowCount(0)
        for task in self._rows:
            row = self.tasks.rowCount()
            self.tasks.insertRow(row)
            due = rules.short_date(task.fields.due_on) or self.tr("permanent")
            cells = (task.fields.text, task.responsible, due, f"{task.status_title} · {task.state_title}")
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                colour = STATE_COLOURS.get(task.state, "")
                if colour:
                    from PySide6.QtGui import QColor

                    cell.setBackground(QColor(colour))
                self.tasks.setItem(row, column, cell)

    def item_fields(self) -> ItemFields:
        kind = self.kind.currentData()
        return ItemFields(self.title.text(), self.speakers.text(), self.materials.text(), self.heard.toPlainText(),
                          self.discussion.toPlainText(), self.decision.toPlainText(), kind,
                          self.targets_year.value() if kind == "kpi_targets" else None)

    def _run(self, call, select: str | None = None):
        outcome = self.ctx.runner.run(call, changes=("wg_agenda_item", "wg_assignment"), parent=self)
        if outcome.ok:
            self.editor.detail = meetings.get_meeting(self.ctx.db, self.editor.meeting_id)
            self.load(select or (outcome.value if isinstance(outcome.value, str) else None))
        return outcome

    def add_item(self) -> None:
        title = self.tr("New agenda item")
        outcome = self._run(lambda: meetings.save_item(self.ctx.db, self.ctx.actor, self.editor.meeting_id,
                                                       ItemFields(title)))
        if outcome.ok:
            self.title.setFocus()
            self.title.selectAll()

    def save_item(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        fields = self.item_fields()
        self._run(lambda: meetings.save_item(self.ctx.db, self.ctx.actor, self.editor.meeting_id, fields, item_id),
                  item_id)

    def move(self, delta: int) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self._run(lambda: meetings.move_item(self.ctx.db, self.ctx.actor, item_id, delta), item_id)

    def remove_item(self) -> None:
        info = self.current_info()
        if info is None or not messages.confirm(
                self, self.tr("Remove the agenda item «{title}» together with its assignments?").format(
                    title=info.fields.title), self.tr("Remove")):
            return
        self._run(lambda: meetings.remove_item(self.ctx.db, self.ctx.actor, info.id))

    # --- assignments ----------------------------------------------------------------------------
    def _task_dialog(self, fields: AssignmentFields | None):
        f = fields or AssignmentFields("", None, None)
        people = [p for p in self.editor.people if p.active or p.id == f.responsible_staff_id]
        return self.editor._dialog(self.tr("Assignment"), [
            FieldSpec("text", self.tr("Assignment"), "multiline", f.text, required=True),
            FieldSpec("responsible", self.tr("Responsible"), "combo", f.responsible_staff_id,
                      staff_options(people, empty=self.tr("— choose —")), required=True),
            FieldSpec("due_on", self.tr("Due date"), "date", f.due_on),
            FieldSpec("status", self.tr("Status"), "combo", f.status, list(STATUSES.items())),
            FieldSpec("done_on", self.tr("Done on"), "date", f.done_on),
            FieldSpec("report", self.tr("Report on execution"), "multiline", f.report),
        ])

    def _save_task(self, fields: AssignmentFields | None, task_id: str | None) -> None:
        item_id = self.current_id()
        if item_id is None:
            messages.info(self, self.tr("Add an agenda item first: an assignment belongs to a decision."))
            return
        dialog = self._task_dialog(fields)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        new = AssignmentFields(v["text"], v["responsible"], v["due_on"], v["status"], v["done_on"], v["report"])
        self._run(lambda: assignments.save_assignment(self.ctx.db, self.ctx.actor, self.editor.meeting_id, new,
                                                      item_id=item_id, assignment_id=task_id) and item_id, item_id)

    def add_task(self) -> None:
        self._save_task(None, None)

    def _selected_task(self):
        row = self.tasks.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def edit_task(self) -> None:
        task = self._selected_task()
        if task is not None and self.editor.editable:
            self._save_task(task.fields, task.id)

    def mark_done(self) -> None:
        task = self._selected_task()
        if task is not None:
            self._run(lambda: assignments.set_assignment_status(self.ctx.db, self.ctx.actor, task.id, "done"),
                      self.current_id())

    def remove_task(self) -> None:
        task = self._selected_task()
        if task is not None and messages.confirm(self, self.tr("Remove the assignment «{text}»?").format(
                text=task.fields.text), self.tr("Remove")):
            self._run(lambda: assignments.remove_assignment(self.ctx.db, self.ctx.actor, task.id), self.current_id())
