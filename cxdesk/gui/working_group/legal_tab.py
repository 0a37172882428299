"""The «Предложения по НПА» tab: the register of proposals to improve legal acts (R8): the act and its
level, the proposed change and its justification, where and when it was sent, the answer, the status.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QVBoxLayout

from cxdesk.core import meetings_lifecycle as life
from cxdesk.core.meetings import short_date
from cxdesk.gui import messages
from cxdesk.gui.table_model import Column
from cxdesk.gui.working_group.common import FieldSpec, RecordsTab, button_row, list_model
from cxdesk.services import initiatives
from cxdesk.services.initiatives import ProposalFields
from cxdesk.services.roles import Action


class LegalTab(RecordsTab):
    def __init__(self, page) -> None:
        super().__init__()
        self.page, self.ctx = page, page.ctx
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for key, title in life.PROPOSAL_STATUSES.items():
            self.status.addItem(title, key)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status)
        filters.addStretch(1)
        layout.addLayout(filters)
        row, self.buttons = button_row(self, [
            ("new", self.tr("New proposal…"), self.create, True, None),
            ("edit", self.tr("Edit…"), self.edit, True, None),
            ("delete", self.tr("Delete"), self.delete, True, None),
        ], self.ctx.can(Action.PROBLEMS_EDIT), "legal")
        layout.addLayout(row)
        self.model = list_model([
            Column("act", self.tr("Legal act"), display=lambda r: r.fields.act),
            Column("level", self.tr("Level"), display=lambda r: r.level_title),
            Column("change", self.tr("Proposed change"), display=lambda r: r.fields.proposed_change),
            Column("sent", self.tr("Sent to, on"), display=lambda r: " · ".join(
                x for x in (r.fields.sent_to, short_date(r.fields.sent_on)) if x)),
            Column("status", self.tr("Status"), display=lambda r: r.status_title),
            Column("answer", self.tr("Answer"), display=lambda r: r.fields.answer),
        ], lambda: initiatives.list_proposals(self.ctx.db, office_code=self.page.office_code(),
                                             status=self.status.currentData()), self)
        layout.addWidget(self.make_table("legalTable", {0: 320, 2: 320}, self.edit), 1)

    def refresh(self) -> None:
        self.model.refresh()
        own = self.page.own_office() and self.ctx.can(Action.PROBLEMS_EDIT)
        for button in self.buttons.values():
            button.setEnabled(own)

    def _save(self, current=None) -> None:
        f = current.fields if current else ProposalFields("")
        dialog = self._dialog(self.tr("Proposal to improve a legal act"), [
            FieldSpec("act", self.tr("Legal act (title, date, number)"), value=f.act, required=True),
            FieldSpec("level", self.tr("Level"), "combo", f.level, list(life.PROPOSAL_LEVELS.items())),
            FieldSpec("proposed_change", self.tr("Proposed change"), "multiline", f.proposed_change),
            FieldSpec("justification", self.tr("Justification"), "multiline", f.justification),
            FieldSpec("sent_to", self.tr("Sent to"), value=f.sent_to),
            FieldSpec("sent_on", self.tr("Sent on"), "date", f.sent_on),
            FieldSpec("answer", self.tr("Answer"), "multiline", f.answer),
            FieldSpec("answer_on", self.tr("Answer of"), "date", f.answer_on),
            FieldSpec("status", self.tr("Status"), "combo", f.status, list(life.PROPOSAL_STATUSES.items()))])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fields = ProposalFields(**dialog.values(), initiative_id=f.initiative_id)
        self.ctx.runner.run(lambda: initiatives.save_proposal(self.ctx.db, self.ctx.actor, fields,
                                                              current.id if current else None),
                            changes=("wg_legal_proposal",), parent=self)

    def create(self) -> None:
        self._save()

    def edit(self) -> None:
        current = self.selected()
        if current is not None and self.buttons["edit"].isEnabled():
            self._save(current)

    def delete(self) -> None:
        current = self.selected()
        if current is not None and messages.confirm(self, self.tr("Delete the proposal on «{act}»?").format(
                act=current.fields.act), self.tr("Delete")):
            self.ctx.runner.run(lambda: initiatives.remove_proposal(self.ctx.db, self.ctx.actor, current.id),
                                changes=("wg_legal_proposal",), parent=self)
