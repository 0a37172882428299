"""The «Состав и документы» tab: the group (name, usual place, quorum rule), its members with their
roles and terms, its documents (the regulation with its approval date, the roadmap, orders; a file can
be attached and saved back) and the roadmap's milestones with owners, dates and status. Removing
anything asks first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from cxdesk.core.meetings import short_date
from cxdesk.gui import messages
from cxdesk.gui.table_model import Column
from cxdesk.gui.widgets import DataTableView
from cxdesk.gui.working_group.common import (
    FieldSpec,
    RecordsTab,
    button_row,
    list_model,
    staff_options,
)
from cxdesk.services import staff, working_group
from cxdesk.services.roles import Action
from cxdesk.services.working_group import (
    DOCUMENT_KINDS,
    MILESTONE_STATUSES,
    ROLES,
    MemberFields,
    MilestoneFields,
)

MAX_FILE = 20_000_000


class CompositionTab(RecordsTab):
    def __init__(self, page) -> None:
        super().__init__()
        self.page, self.ctx = page, page.ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.group_label = QLabel()
        self.group_label.setWordWrap(True)
        self.group_label.setObjectName("wgGroupLabel")
        self.group_label.setWordWrap(True)
        top.addWidget(self.group_label, 1)
        can = self.ctx.can(Action.MEETINGS_EDIT)
        row, self.group_buttons = button_row(self, [("group", self.tr("Group settings…"), self.edit_group, True,
                                                     None)], can, "wg")
        top.addLayout(row)
        layout.addLayout(top)
        self.members = self._section(layout, self.tr("Members"), [
            Column("role", self.tr("Role"), display=lambda r: r.role_title),
            Column("name", self.tr("Full name"), display=lambda r: r.full_name),
            Column("position", self.tr("Position / organisation"), display=lambda r: r.position),
            Column("term", self.tr("Term"), display=lambda r: " – ".join(
                x for x in (short_date(r.fields.term_from), short_date(r.fields.term_to)) if x)),
        ], lambda: working_group.list_members(self.ctx.db, self._group_id()) if self._group_id() else [],
            [("add", self.tr("Add member…"), self.add_member), ("edit", self.tr("Edit…"), self.edit_member),
             ("remove", self.tr("Remove"), self.remove_member)], "members")
        self.documents = self._section(layout, self.tr("Documents"), [
            Column("kind", self.tr("Document"), display=lambda r: r.kind_title),
            Column("title", self.tr("Title")), Column("number", self.tr("Number")),
            Column("approved_on", self.tr("Approved on"), display=lambda r: short_date(r.approved_on)),
            Column("filename", self.tr("File")),
        ], lambda: working_group.list_documents(self.ctx.db, self._group_id()) if self._group_id() else [],
            [("add", self.tr("Add document…"), self.add_document), ("save", self.tr("Save file…"), self.save_file),
             ("remove", self.tr("Remove"), self.remove_document)], "documents", widths=(220, 480, 100, 110))
        self.roadmap = self._section(layout, self.tr("Roadmap"), [
            Column("position", "№", display=lambda r: str(r.position)),
            Column("title", self.tr("Milestone"), display=lambda r: r.fields.title),
            Column("due", self.tr("Due"), display=lambda r: short_date(r.fields.due_on)),
            Column("owner", self.tr("Owner")),
            Column("status", self.tr("Status"), display=lambda r: MILESTONE_STATUSES[r.fields.status]
                   + (self.tr(" · overdue") if r.overdue else "")),
        ], lambda: working_group.list_milestones(self.ctx.db, self._group_id()) if self._group_id() else [],
            [("add", self.tr("Add milestone…"), self.add_milestone), ("edit", self.tr("Edit…"), self.edit_milestone),
             ("remove", self.tr("Remove"), self.remove_milestone)], "roadmap", widths=(40, 520, 100, 260),
            state_of=lambda r: "overdue" if r.overdue else ("done" if r.fields.status == "done" else "ok"))

    def _section(self, layout, title, columns, load, actions, prefix, state_of=None, widths=(200, 320, 360)):
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        row, buttons = button_row(box, [(k, t, s, True, None) for k, t, s in actions] if prefix != "documents" else
                                  [(k, t, s, k != "save", None) for k, t, s in actions],
                                  self.ctx.can(Action.MEETINGS_EDIT), prefix)
        inner.addLayout(row)
        model = list_model(columns, load, self, state_of=state_of)
        table = DataTableView()
        table.setObjectName(f"{prefix}Table")
        table.setSortingEnabled(False)
        table.setModel(model)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        inner.addWidget(table)
        layout.addWidget(box, 1)
        box.table, box.model, box.buttons = table, model, buttons
        return box

    def _group_id(self) -> str | None:
        group = self.page.group()
        return group.id if group else None

    def refresh(self) -> None:
        group = self.page.group()
        own = self.page.own_office() and self.ctx.can(Action.MEETINGS_EDIT)
        if group is None:
            self.group_label.setText(self.tr("The working group of this office is not set up yet. Press «Group "
                                             "settings…» to create it, then add its members."))
        else:
            self.group_label.setText(self.tr("<b>{name}</b> · usual place: {place} · quorum: more than {percent} % "
                                             "of the members").format(name=group.name, place=group.place or "—",
                                                                      percent=group.quorum_percent))
        self.group_buttons["group"].setEnabled(own)
        for box in (self.members, self.documents, self.roadmap):
            box.model.refresh()
            for key, button in box.buttons.items():
                button.setEnabled(key == "save" or (own and group is not None))

    @staticmethod
    def _selected(box):
        rows = box.table.selectionModel().selectedRows()
        return box.model.row_data(rows[0].row()) if rows else None

    def _run(self, call) -> bool:
        return self.ctx.runner.run(call, changes=("wg_group", "wg_member", "wg_document", "wg_milestone"),
                                   parent=self).ok

    def edit_group(self) -> None:
        group = self.page.group()
        dialog = self._dialog(self.tr("Working group"), [
            FieldSpec("name", self.tr("Name"), value=group.name if group else working_group.DEFAULT_NAME,
                      required=True),
            FieldSpec("place", self.tr("Usual place of meetings"), value=group.place if group else ""),
            FieldSpec("quorum", self.tr("Quorum: more than this share of members, %"), "int",
                      group.quorum_percent if group else 50)])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self._run(lambda: working_group.save_group(self.ctx.db, self.ctx.actor, v["name"], v["place"], v["quorum"]))

    def _member_dialog(self, f: MemberFields | None):
        f = f or MemberFields("member")
        people = staff.list_members(self.ctx.db)
        return self._dialog(self.tr("Member of the working group"), [
            FieldSpec("role", self.tr("Role"), "combo", f.role, list(ROLES.items())),
            FieldSpec("staff_id", self.tr("Employee"), "combo", f.staff_id,
                      staff_options(people, empty=self.tr("— not an employee (invited guest) —"))),
            FieldSpec("person_name", self.tr("Full name of an invited guest"), value=f.person_name),
            FieldSpec("organisation", self.tr("Organisation of an invited guest"), value=f.organisation),
            FieldSpec("term_from", self.tr("Member from"), "date", f.term_from),
            FieldSpec("term_to", self.tr("Member until"), "date", f.term_to)])

    def _save_member(self, current=None) -> None:
        dialog = self._member_dialog(current.fields if current else None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            fields = MemberFields(v["role"], v["staff_id"], v["person_name"], v["organisation"], v["term_from"],
                                  v["term_to"])
            self._run(lambda: working_group.save_member(self.ctx.db, self.ctx.actor, fields,
                                                        current.id if current else None))

    def add_member(self) -> None:
        self._save_member()

    def edit_member(self) -> None:
        current = self._selected(self.members)
        if current is not None:
            self._save_member(current)

    def remove_member(self) -> None:
        current = self._selected(self.members)
        if current is not None and messages.confirm(self, self.tr("Remove «{name}» from the working group?").format(
                name=current.full_name), self.tr("Remove")):
            self._run(lambda: working_group.remove_member(self.ctx.db, self.ctx.actor, current.id))

    def add_document(self) -> None:
        dialog = self._dialog(self.tr("Document of the working group"), [
            FieldSpec("kind", self.tr("Kind"), "combo", "regulation", list(DOCUMENT_KINDS.items())),
            FieldSpec("title", self.tr("Title"), value=DOCUMENT_KINDS["regulation"], required=True),
            FieldSpec("number", self.tr("Number")), FieldSpec("approved_on", self.tr("Approved on"), "date")])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        data, name = None, ""
        path = self._choose_file()
        if path is not None:
            if not path.is_file() or path.stat().st_size > MAX_FILE:
                messages.error(self, self.tr("The file {path} cannot be attached (missing or larger than 20 MB). "
                                             "Nothing was saved.").format(path=path))
                return
            data, name = path.read_bytes(), path.name
        self._run(lambda: working_group.add_document(self.ctx.db, self.ctx.actor, v["kind"], v["title"], v["number"],
                                                     v["approved_on"], name, data))

    def _choose_file(self) -> Path | None:
        """The scan or the text of the document (optional: cancel to keep only the record)."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach the file of the document (optional)"), "",
                                              self.tr("Documents (*.pdf *.docx *.doc *.odt *.png *.jpg);;All files (*)"))
        return Path(name) if name else None

    def save_file(self) -> None:
        current = self._selected(self.documents)
        if current is None:
            return
        outcome = self.ctx.runner.run(lambda: working_group.document_file(self.ctx.db, current.id), parent=self)
        if outcome.ok:
            name, data = outcome.value
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document"), name)
            if target:
                Path(target).write_bytes(data)

    def remove_document(self) -> None:
        current = self._selected(self.documents)
        if current is not None and messages.confirm(self, self.tr("Remove the document «{title}»?").format(
                title=current.title), self.tr("Remove")):
            self._run(lambda: working_group.remove_document(self.ctx.db, self.ctx.actor, current.id))

    def _save_milestone(self, current=None) -> None:
        f = current.fields if current else MilestoneFields("")
        dialog = self._dialog(self.tr("Roadmap milestone"), [
            FieldSpec("title", self.tr("What is to be done"), "multiline", f.title, required=True),
            FieldSpec("due_on", self.tr("Due"), "date", f.due_on),
            FieldSpec("owner", self.tr("Owner"), "combo", f.owner_staff_id,
                      staff_options(staff.list_members(self.ctx.db), empty=self.tr("— not chosen —"))),
            FieldSpec("status", self.tr("Status"), "combo", f.status, list(MILESTONE_STATUSES.items())),
            FieldSpec("done_on", self.tr("Done on"), "date", f.done_on)])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            fields = MilestoneFields(v["title"], v["due_on"], v["owner"], v["status"], v["done_on"])
            self._run(lambda: working_group.save_milestone(self.ctx.db, self.ctx.actor, fields,
                                                           current.id if current else None))

    def add_milestone(self) -> None:
        self._save_milestone()

    def edit_milestone(self) -> None:
        current = self._selected(self.roadmap)
        if current is not None:
            self._save_milestone(current)

    def remove_milestone(self) -> None:
        current = self._selected(self.roadmap)
        if current is not None and messages.confirm(self, self.tr("Remove the milestone «{title}»?").format(
                title=current.fields.title), self.tr("Remove")):
            self._run(lambda: working_group.remove_milestone(self.ctx.db, self.ctx.actor, current.id))
