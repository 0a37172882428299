"""The «Меры (инициативы)» tab: improvement initiatives as a board by stage (идея … внедрено / отклонено,
with counts) or as a list with filters (stage, type, text, overdue only); overdue ones are marked in
colour and words. The card beside shows the content, links and the history of transitions. Actions:
create, edit, move to an allowed stage with a comment, link the problems it addresses (the picker of the
problem register), delete with confirmation. The problems page shows this same tab.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core import meetings_lifecycle as life
from cxdesk.core.meetings import short_date
from cxdesk.gui import messages
from cxdesk.gui.problems.picker import pick_problems, problems_button_text
from cxdesk.gui.table_model import Column
from cxdesk.gui.widgets import DataTableView
from cxdesk.gui.working_group.common import (
    STATE_COLOURS,
    FieldSpec,
    RecordsTab,
    button_row,
    list_model,
    staff_options,
)
from cxdesk.services import initiatives, staff
from cxdesk.services.initiatives import InitiativeFields
from cxdesk.services.problems_lists import problem_titles
from cxdesk.services.roles import Action

CHANGES = ("wg_initiative", "wg_initiative_transition")


class InitiativesTab(RecordsTab):
    def __init__(self, page) -> None:
        super().__init__()
        self.page, self.ctx = page, page.ctx
        self.current_id: str | None = None
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.view = QComboBox()
        self.view.setObjectName("initiativesView")
        self.view.addItem(self.tr("Board by stage"), "board")
        self.view.addItem(self.tr("List"), "list")
        self.stage = QComboBox()
        self.stage.addItem(self.tr("All stages"), None)
        for key, title in life.STAGE_TITLES.items():
            self.stage.addItem(title, key)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All types"), None)
        for key, title in life.KINDS.items():
            self.kind.addItem(title, key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search in titles…"))
        self.search.setClearButtonEnabled(True)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        for widget in (self.view, self.stage, self.kind):
            widget.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.overdue.toggled.connect(lambda _c: self.refresh())
        for widget in (self.view, self.stage, self.kind):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.overdue)
        layout.addLayout(filters)
        row, self.buttons = button_row(self, [
            ("new", self.tr("New measure…"), self.create, True, None),
            ("edit", self.tr("Edit…"), self.edit, True, None),
            ("move", self.tr("Move to stage…"), self.move_menu, True, None),
            ("links", self.tr("Journeys and touchpoints…"), self.edit_links, True, None),
            ("problems", problems_button_text(), self.edit_problems, True, None),
            ("delete", self.tr("Delete"), self.delete, True, None),
        ], self.ctx.can(Action.PROBLEMS_EDIT), "initiatives")
        layout.addLayout(row)
        self.stack = QStackedWidget()
        board = QWidget()
        grid = QGridLayout(board)
        self.columns: dict[str, tuple[QLabel, QListWidget]] = {}
        for n, stage in enumerate(life.STAGES):
            header = QLabel()
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            listing = QListWidget()
            listing.setObjectName(f"board_{stage}")
            listing.setWordWrap(True)
            listing.currentItemChanged.connect(lambda item, _prev: item and self.show(item.data(Qt.ItemDataRole.UserRole)))
            grid.addWidget(header, 0, n)
            grid.addWidget(listing, 1, n)
            self.columns[stage] = (header, listing)
        self.stack.addWidget(board)
        self.model = list_model([
            Column("title", self.tr("Measure"), display=lambda r: r.fields.title),
            Column("kind", self.tr("Type"), display=lambda r: r.kind_title),
            Column("stage", self.tr("Stage"), display=lambda r: r.stage_title + (self.tr(" · overdue") if r.overdue
                                                                                  else "")),
            Column("owner", self.tr("Owner")),
            Column("due", self.tr("Planned end"), display=lambda r: short_date(r.fields.due_on)),
        ], self._load, self, state_of=lambda r: "overdue" if r.overdue else "ok")
        self.table = DataTableView()
        self.table.setObjectName("initiativesTable")
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        for column, width in enumerate((340, 190, 200, 190)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._table_selected())
        self.stack.addWidget(self.table)
        self.card = QTextBrowser()
        self.card.setObjectName("initiativeCard")
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(self.card)
        splitter.setSizes([900, 380])
        layout.addWidget(splitter, 1)

    def _load(self):
        return initiatives.list_initiatives(
            self.ctx.db, office_code=self.page.office_code(), stage=self.stage.currentData(),
            kind=self.kind.currentData(), search=self.search.text(), overdue_only=self.overdue.isChecked())

    def refresh(self) -> None:
        board = self.view.currentData() == "board"
        self.stack.setCurrentIndex(0 if board else 1)
        self.stage.setEnabled(not board)
        if board:
            rows = initiatives.list_initiatives(self.ctx.db, office_code=self.page.office_code(),
                                                kind=self.kind.currentData(), search=self.search.text(),
                                                overdue_only=self.overdue.isChecked())
            for stage, (header, listing) in self.columns.items():
                mine = [r for r in rows if r.stage == stage]
                header.setText(f"<b>{escape(life.STAGE_TITLES[stage])}</b> ({len(mine)})")
                listing.blockSignals(True)
                listing.clear()
                for r in mine:
                    item = QListWidgetItem(r.fields.title + (self.tr("\n(overdue)") if r.overdue else ""))
                    item.setData(Qt.ItemDataRole.UserRole, r.id)
                    if r.overdue:
                        item.setBackground(QColor(STATE_COLOURS["overdue"]))
                    listing.addItem(item)
                listing.blockSignals(False)
        else:
            self.model.refresh()
        own = self.page.own_office() and self.ctx.can(Action.PROBLEMS_EDIT)
        for button in self.buttons.values():
            button.setEnabled(own)
        self.show(self.current_id)

    def _table_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.show(self.model.row_id(rows[0].row()))

    def show(self, initiative_id: str | None) -> None:
        self.current_id = initiative_id
        if initiative_id is None:
            self.card.setHtml(escape(self.tr("Select a measure to see its card and history.")))
            return
        outcome = self.ctx.runner.run(lambda: initiatives.get_initiative(self.ctx.db, initiative_id), parent=self)
        if not outcome.ok:
            self.current_id = None
            return
        i = outcome.value
        f = i.fields
        facts = [(self.tr("Type"), i.kind_title), (self.tr("Stage"), i.stage_title), (self.tr("Owner"), i.owner),
                 (self.tr("Started"), short_date(f.started_on)), (self.tr("Planned end"), short_date(f.due_on)),
                 (self.tr("Finished"), short_date(i.finished_on)), (self.tr("Pilot offices"), ", ".join(f.pilot_offices)),
                 (self.tr("KPI indicators"), ", ".join(f.kpi_codes)),
                 (self.tr("Effect: baseline → result period"), " → ".join(x for x in (f.baseline_period,
                                                                                    f.result_period) if x)),
                 (self.tr("Linked problems"), "; ".join(problem_titles(self.ctx.db, f.problem_ids).values())),
                 (self.tr("Linked journeys"), str(len(f.journey_ids)) if f.journey_ids else ""),
                 (self.tr("Linked touchpoints"), str(len(f.touchpoint_ids)) if f.touchpoint_ids else "")]
        rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts if v)
        history = "".join(
            f"<li>{h.at.astimezone():%d.%m.%Y}: {escape(life.STAGE_TITLES.get(h.from_stage, '—'))} → "
            f"{escape(life.STAGE_TITLES[h.to_stage])} ({escape(h.actor)}){': ' + escape(h.comment) if h.comment else ''}"
            f"</li>" for h in i.history)
        self.card.setHtml(f"<h3>{escape(f.title)}</h3><p>{escape(f.description)}</p><table>{rows}</table>"
                          f"<h4>{escape(self.tr('History of stages'))}</h4><ul>{history}</ul>")

    def _save(self, current=None) -> None:
        f = current.fields if current else InitiativeFields("", "innovation")
        dialog = self._dialog(self.tr("Improvement measure"), [
            FieldSpec("title", self.tr("Title"), value=f.title, required=True),
            FieldSpec("kind", self.tr("Type"), "combo", f.kind, list(life.KINDS.items())),
            FieldSpec("description", self.tr("Description"), "multiline", f.description),
            FieldSpec("owner", self.tr("Owner"), "combo", f.owner_staff_id,
                      staff_options(staff.list_members(self.ctx.db), empty=self.tr("— not chosen —"))),
            FieldSpec("started_on", self.tr("Start"), "date", f.started_on),
            FieldSpec("due_on", self.tr("Planned end"), "date", f.due_on),
            FieldSpec("pilot_offices", self.tr("Pilot offices (codes, one per line)"), "lines", f.pilot_offices),
            FieldSpec("kpi_codes", self.tr("KPI indicators of the effect (codes, one per line)"), "lines", f.kpi_codes),
            FieldSpec("baseline_period", self.tr("Baseline period (e.g. 2025-Q4)"), value=f.baseline_period),
            FieldSpec("result_period", self.tr("Result period (e.g. 2026-Q3)"), value=f.result_period)])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        fields = InitiativeFields(v["title"], v["kind"], v["description"], v["owner"], v["started_on"], v["due_on"],
                                  v["pilot_offices"], f.problem_ids, f.recommendation_ids, f.journey_ids,
                                  f.touchpoint_ids, v["kpi_codes"], v["baseline_period"], v["result_period"],
                                  f.meeting_id)
        outcome = self.ctx.runner.run(lambda: initiatives.save_initiative(
            self.ctx.db, self.ctx.actor, fields, current.id if current else None), changes=CHANGES, parent=self)
        if outcome.ok:
            self.show(outcome.value)

    def create(self) -> None:
        self._save()

    def edit(self) -> None:
        if self.current_id:
            self._save(initiatives.get_initiative(self.ctx.db, self.current_id))

    def _links_dialog(self, fields):
        """Made in one place so tests can answer it."""
        from cxdesk.gui.working_group.links_dialog import LinksDialog

        return LinksDialog(self.ctx, fields.journey_ids, fields.touchpoint_ids, self)

    def edit_links(self) -> None:
        if not self.current_id:
            return
        current = initiatives.get_initiative(self.ctx.db, self.current_id)
        dialog = self._links_dialog(current.fields)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        journey_ids, touchpoint_ids = dialog.chosen()
        fields = replace(current.fields, journey_ids=journey_ids, touchpoint_ids=touchpoint_ids)
        self.ctx.runner.run(lambda: initiatives.save_initiative(self.ctx.db, self.ctx.actor, fields, current.id),
                            changes=CHANGES, parent=self)

    def edit_problems(self) -> None:
        """The problems the measure addresses, chosen in the searchable picker of the problem register."""
        if not self.current_id:
            return
        current = initiatives.get_initiative(self.ctx.db, self.current_id)
        chosen = pick_problems(self.ctx, current.fields.problem_ids, self)
        if chosen is None:
            return
        fields = replace(current.fields, problem_ids=chosen)
        self.ctx.runner.run(lambda: initiatives.save_initiative(self.ctx.db, self.ctx.actor, fields, current.id),
                            changes=CHANGES, parent=self)

    def move_menu(self) -> None:
        if not self.current_id:
            return
        current = initiatives.get_initiative(self.ctx.db, self.current_id)
        menu = QMenu(self)
        for stage in life.allowed_next(current.stage):
            menu.addAction(life.STAGE_TITLES[stage], lambda s=stage: self.move_to(s))
        if menu.isEmpty():
            messages.info(self, self.tr("The measure is implemented: its lifecycle is complete."))
            return
        menu.exec(self.buttons["move"].mapToGlobal(self.buttons["move"].rect().bottomLeft()))

    def move_to(self, stage: str) -> None:
        dialog = self._dialog(self.tr("Move to «{stage}»").format(stage=life.STAGE_TITLES[stage]), [
            FieldSpec("comment", self.tr("Comment (the reason, for a rejection)"), "multiline",
                      required=stage == life.REJECTED)])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        comment = dialog.values()["comment"]
        initiative_id = self.current_id
        self.ctx.runner.run(lambda: initiatives.move(self.ctx.db, self.ctx.actor, initiative_id, stage, comment),
                            changes=CHANGES, parent=self)

    def delete(self) -> None:
        if not self.current_id:
            return
        current = initiatives.get_initiative(self.ctx.db, self.current_id)
        if messages.confirm(self, self.tr("Delete the measure «{title}» with its history?").format(
                title=current.fields.title), self.tr("Delete")):
            self.ctx.runner.run(lambda: initiatives.remove_initiative(self.ctx.db, self.ctx.actor, current.id),
                                changes=CHANGES, parent=self)
            self.current_id = None
