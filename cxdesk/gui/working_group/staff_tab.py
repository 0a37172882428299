"""The «Сотрудники» tab: the office's staff directory (``cxdesk.services.staff``), shared by the working
group, meetings, assignments and competency events: search, add, edit, archive and bring back (staff
are never deleted, so old protocols keep their names).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLineEdit, QVBoxLayout

from cxdesk.gui import messages
from cxdesk.gui.table_model import Column
from cxdesk.gui.working_group.common import FieldSpec, RecordsTab, button_row, list_model
from cxdesk.services import staff
from cxdesk.services.roles import Action
from cxdesk.services.staff import StaffFields


class StaffTab(RecordsTab):
    def __init__(self, page) -> None:
        super().__init__()
        self.page, self.ctx = page, page.ctx
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("staffSearch")
        self.search.setPlaceholderText(self.tr("Search by name, position, unit…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.model.refresh())
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.toggled.connect(lambda _c: self.model.refresh())
        filters.addWidget(self.search, 1)
        filters.addWidget(self.archived)
        layout.addLayout(filters)
        row, self.buttons = button_row(self, [
            ("add", self.tr("Add employee…"), self.add, True, None),
            ("edit", self.tr("Edit…"), self.edit, True, None),
            ("archive", self.tr("Archive / restore"), self.archive, True, None),
        ], self.ctx.can(Action.STAFF_EDIT), "staff")
        layout.addLayout(row)
        self.model = list_model([
            Column("full_name", self.tr("Full name")), Column("position", self.tr("Position")),
            Column("unit", self.tr("Unit")), Column("email", self.tr("E-mail")), Column("phone", self.tr("Phone")),
            Column("active", self.tr("Status"), display=lambda r: "" if r.active else self.tr("archived")),
        ], lambda: staff.list_members(self.ctx.db, search=self.search.text(), include_archived=self.archived.isChecked(),
                                      office_code=self.page.office_code()), self)
        layout.addWidget(self.make_table("staffTable", {0: 300, 1: 300}, self.edit), 1)

    def refresh(self) -> None:
        self.model.refresh()
        own = self.page.own_office() and self.ctx.can(Action.STAFF_EDIT)
        for button in self.buttons.values():
            button.setEnabled(own)

    def _save(self, current=None) -> None:
        dialog = self._dialog(self.tr("Employee"), [
            FieldSpec("full_name", self.tr("Surname, name, patronymic"), value=current.full_name if current else "",
                      required=True),
            FieldSpec("position", self.tr("Position"), value=current.position if current else ""),
            FieldSpec("unit", self.tr("Unit"), value=current.unit if current else ""),
            FieldSpec("email", self.tr("E-mail"), value=current.email if current else ""),
            FieldSpec("phone", self.tr("Phone"), value=current.phone if current else ""),
            FieldSpec("note", self.tr("Note"), "multiline", current.note if current else "")])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fields = StaffFields(**dialog.values())
        if current is None:
            call = lambda: staff.add_member(self.ctx.db, self.ctx.actor, fields)  # noqa: E731
        else:
            call = lambda: staff.update_member(self.ctx.db, self.ctx.actor, current.id, fields)  # noqa: E731
        self.ctx.runner.run(call, changes=("staff_member",), parent=self)

    def add(self) -> None:
        self._save()

    def edit(self) -> None:
        current = self.selected()
        if current is not None and self.buttons["edit"].isEnabled():
            self._save(current)

    def archive(self) -> None:
        current = self.selected()
        if current is None:
            return
        if current.active and not messages.confirm(
                self, self.tr("Move «{name}» to the archive? Protocols and assignments keep the name; the employee "
                              "can be restored.").format(name=current.full_name), self.tr("Archive")):
            return
        self.ctx.runner.run(lambda: staff.set_active(self.ctx.db, self.ctx.actor, current.id, not current.active),
                            changes=("staff_member",), parent=self)
