"""The «Проблемы» tab: the problem register as a lazy table sorted in SQL (frequency = feedback records
behind a problem), with search and filters (status, severity, office, journey), rows coloured by severity
and state (with the words beside), and the selected problem's card: journey and touchpoint, owner, its
evidence (opened in the feedback register), recommendations (overdue ones in red, with the word) and the
improvement measures linked to it. Actions: new (Ctrl+N), edit (Enter, double click), delete with
confirmation (Del), add a recommendation, show the evidence, print the register (Ctrl+P).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core.meetings import short_date
from cxdesk.gui import messages
from cxdesk.gui.knowledge.render import shrinkable
from cxdesk.gui.problems.common import fill, problem_state, show_in_register
from cxdesk.gui.problems.problem_dialog import ProblemDialog
from cxdesk.gui.problems.recommendation_dialog import RecommendationDialog
from cxdesk.gui.table_model import RIGHT, Column
from cxdesk.gui.widgets import DataTableView
from cxdesk.gui.working_group.common import StateTableModel
from cxdesk.services import initiatives, journeys, problems, staff
from cxdesk.services import problems_recommendations as recs
from cxdesk.services.problems_lists import ProblemFilter, list_problem_ids, problem_offices, problem_rows
from cxdesk.services.problems_terms import CHANGES, SEVERITIES, STATUSES
from cxdesk.services.roles import Action


class ProblemsTab(QWidget):
    def __init__(self, page) -> None:
        super().__init__()
        self.page, self.ctx = page, page.ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QToolBar()  # a narrow window folds the last buttons into »
        bar.setObjectName("problemsActions")
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, tip in (
                ("new", self.tr("New problem…"), self.create, self.tr("Register a problem (Ctrl+N)")),
                ("edit", self.tr("Edit…"), self.edit, self.tr("Open the selected problem (Enter)")),
                ("recommend", self.tr("Add recommendation…"), self.add_recommendation, ""),
                ("evidence", self.tr("Evidence in the register"), self.show_evidence,
                 self.tr("Show the feedback records behind the problem in the feedback register")),
                ("delete", self.tr("Delete"), self.delete, self.tr("Delete the selected problem (Del)")),
                ("print", self.tr("Print…"), self.print_register, self.tr("Print the register as filtered (Ctrl+P)"))):
            button = QPushButton(text)
            button.setObjectName(f"problems_{key}")
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        layout.addWidget(bar)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("problemsSearch")
        self.search.setPlaceholderText(self.tr("Search in titles and descriptions…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.status = QComboBox()
        self.status.setObjectName("problemsStatus")
        fill(self.status, [("open", self.tr("Not solved"))] + list(STATUSES.items()), self.tr("All statuses"))
        self.severity = QComboBox()
        self.severity.setObjectName("problemsSeverity")
        fill(self.severity, SEVERITIES.items(), self.tr("Any severity"))
        self.office = QComboBox()
        self.office.setObjectName("problemsOffice")
        self.journey = QComboBox()
        self.journey.setObjectName("problemsJourney")
        filters.addWidget(self.search, 1)
        for combo in (self.status, self.severity, self.office, self.journey):
            shrinkable(combo)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
            filters.addWidget(combo)
        self.journey.setMaximumWidth(260)
        layout.addLayout(filters)
        self.model = StateTableModel(
            [Column("title", self.tr("Problem")),
             Column("office_code", self.tr("Office")),
             Column("severity", self.tr("Severity"), display=lambda r: r.severity_title),
             Column("status", self.tr("Status"), display=lambda r: r.status_title),
             Column("evidence", self.tr("Records"), RIGHT, display=lambda r: str(r.evidence)),
             Column("recommendations", self.tr("Recommendations"), display=self._recommendations_text),
             Column("identified_on", self.tr("Found"), display=lambda r: short_date(r.identified_on))],
            self._ids, self._rows, sort_key="severity", sort_order=Qt.SortOrder.DescendingOrder, parent=self,
            state_of=problem_state)
        self.table = DataTableView()
        self.table.setObjectName("problemsTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((240, 56, 92, 80, 62, 170)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(lambda _i: self.edit())
        self.card = QTextBrowser()
        self.card.setObjectName("problemCard")
        self.card.setOpenLinks(False)
        self.card.anchorClicked.connect(lambda url: self.show_evidence() if url.toString() == "evidence" else None)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.card)
        splitter.setSizes([840, 330])
        layout.addWidget(splitter, 1)
        self.status_line = QLabel()
        self.status_line.setObjectName("problemsStatusLine")
        layout.addWidget(self.status_line)
        for key, slot in ((QKeySequence.StandardKey.New, self.create), (QKeySequence.StandardKey.Print,
                                                                         self.print_register)):
            QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.model.reloaded.connect(self._update_status)

    # --- data ----------------------------------------------------------------------------------
    def current_filter(self) -> ProblemFilter:
        return ProblemFilter(self.search.text(), self.status.currentData(), self.severity.currentData(),
                             self.office.currentData(), self.journey.currentData())

    def _ids(self, sort_key, order, _text) -> list[str]:
        return list_problem_ids(self.ctx.db, self.ctx.actor, self.current_filter(), sort_key or "severity",
                                order == Qt.SortOrder.DescendingOrder)

    def _rows(self, ids) -> dict:
        return problem_rows(self.ctx.db, self.ctx.actor, list(ids))

    def _recommendations_text(self, row) -> str:
        if not row.recommendations:
            return "—"
        text = self.tr("{n} open").format(n=row.recommendations)
        return text + (self.tr(", {n} overdue").format(n=row.overdue) if row.overdue else "")

    def refresh(self) -> None:
        fill(self.office, [(c, c) for c in problem_offices(self.ctx.db)], self.tr("All offices"))
        self.office.setVisible(self.office.count() > 2)
        fill(self.journey, [(r.id, r.title) for r in journeys.journey_rows(
            self.ctx.db, self.ctx.actor, journeys.list_journey_ids(self.ctx.db, self.ctx.actor))],
            self.tr("All journeys"))
        self.reload()

    def reload(self) -> None:
        self.model.refresh()
        self.show_selected()

    def _update_status(self) -> None:
        count = self.model.rowCount()
        text = self.tr("{n} problems").format(n=count)
        if count == 0:
            text = self.tr("No problems for these filters. Register a problem or accept a candidate on the "
                           "«Candidates» tab.")
        self.status_line.setText(text)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def select(self, problem_id: str) -> None:
        row = self.model.row_for_id(problem_id)
        if row >= 0:
            self.table.selectRow(row)

    def _editable(self, info=None) -> bool:
        return self.ctx.can(Action.PROBLEMS_EDIT) and (info is None or info.editable)

    def show_selected(self) -> None:
        problem_id = self.selected_id()
        info = None
        if problem_id is not None:
            outcome = self.ctx.runner.run(lambda: problems.get_problem(self.ctx.db, self.ctx.actor, problem_id),
                                          parent=self)
            info = outcome.value if outcome.ok else None
        can_edit = info is not None and self._editable(info)
        self.buttons["new"].setEnabled(self._editable())
        for key in ("edit", "recommend", "delete"):
            self.buttons[key].setEnabled(can_edit)
        self.buttons["evidence"].setEnabled(info is not None and info.evidence > 0
                                            and self.ctx.can(Action.FEEDBACK_READ))
        self.card.setHtml(self._card(info) if info else
                          "<p>" + escape(self.tr("Select a problem to see its evidence and recommendations.")) + "</p>")

    def _card(self, info) -> str:
        f = info.fields
        facts = [(self.tr("Client journey"), info.journey_title), (self.tr("Touchpoint"), info.touchpoint_title),
                 (self.tr("Severity"), info.severity_title), (self.tr("Status"), info.status_title),
                 (self.tr("Status comment"), f.status_note), (self.tr("Owner"), info.owner),
                 (self.tr("Found on"), short_date(f.identified_on)), (self.tr("Closed on"), short_date(info.closed_on)),
                 (self.tr("Office"), info.office_code + ("" if info.editable else self.tr(" (read-only here)")))]
        rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts if v)
        html = [f"<h3>{escape(f.title)}</h3>", f"<p>{escape(f.description)}</p>" if f.description else "",
                f"<table cellpadding='2'>{rows}</table>"]
        evidence = self.tr("Evidence: {n} feedback records").format(n=info.evidence)
        html.append(f"<h4>{escape(evidence)}</h4>")
        if info.evidence and self.ctx.can(Action.FEEDBACK_READ):
            link = self.tr("Show them in the feedback register")
            html.append(f"<p><a href='evidence'>{escape(link)}</a></p>")
        heading = self.tr("Recommendations ({n})").format(n=len(info.recommendations))
        html.append(f"<h4>{escape(heading)}</h4><ol>")
        overdue = self.tr("overdue")
        for r in info.recommendations:
            due = self.tr(" by {date}").format(date=short_date(r.due_on)) if r.due_on else ""
            late = f" <b style='color:#b3261e'>{escape(overdue)}</b>" if r.overdue else ""
            html.append(f"<li>{escape(r.text)}<br><i>{escape(r.addressee)}{escape(due)} · "
                        f"{escape(r.status_title)}</i>{late}</li>")
        html.append("</ol>")
        measures = initiatives.initiatives_for_problem(self.ctx.db, info.id)
        if measures:
            heading = self.tr("Improvement measures")
            html.append(f"<h4>{escape(heading)}</h4><ul>")
            html += [f"<li>{escape(m.fields.title)} — {escape(m.stage_title)}</li>" for m in measures]
            html.append("</ul>")
        return "".join(html)

    # --- actions -------------------------------------------------------------------------------
    def problem_dialog(self, current=None, title: str = "") -> ProblemDialog:
        """Made in one place so tests can fill and accept it."""
        journey_list = [(r.id, r.title) for r in journeys.journey_rows(
            self.ctx.db, self.ctx.actor, journeys.list_journey_ids(self.ctx.db, self.ctx.actor))]
        people = staff.list_members(self.ctx.db, office_code=self.ctx.db.office_code)
        if current and current.owner_staff_id and current.owner_staff_id not in {p.id for p in people}:
            people.append(staff.get_member(self.ctx.db, current.owner_staff_id))  # archived since: keep them
        return ProblemDialog(journey_list, journeys.list_touchpoints(self.ctx.db, self.ctx.actor), people, current,
                             self, title=title)

    def recommendation_dialog(self, problem_title: str, current=None) -> RecommendationDialog:
        return RecommendationDialog(problem_title, current, self.page.addressees(), self)

    def create(self) -> None:
        if not self._editable():
            return
        dialog = self.problem_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            outcome = self.ctx.runner.run(lambda: problems.create_problem(self.ctx.db, self.ctx.actor,
                                                                          dialog.fields()),
                                          changes=CHANGES, parent=self)
            if outcome.ok:
                self.select(outcome.value.id)

    def edit(self) -> None:
        problem_id = self.selected_id()
        if problem_id is None:
            return
        info = problems.get_problem(self.ctx.db, self.ctx.actor, problem_id)
        if not self._editable(info):
            return
        dialog = self.problem_dialog(info.fields)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.runner.run(lambda: problems.update_problem(self.ctx.db, self.ctx.actor, problem_id,
                                                                dialog.fields()), changes=CHANGES, parent=self)

    def add_recommendation(self) -> None:
        problem_id = self.selected_id()
        if problem_id is None:
            return
        info = problems.get_problem(self.ctx.db, self.ctx.actor, problem_id)
        dialog = self.recommendation_dialog(info.fields.title)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.runner.run(lambda: recs.add_recommendation(self.ctx.db, self.ctx.actor, problem_id,
                                                                dialog.fields()), changes=CHANGES, parent=self)

    def show_evidence(self) -> None:
        problem_id = self.selected_id()
        if problem_id is None:
            return
        info = problems.get_problem(self.ctx.db, self.ctx.actor, problem_id)
        show_in_register(self, problems.evidence_scope(problem_id, info.fields.title))

    def delete(self) -> None:
        problem_id = self.selected_id()
        if problem_id is None or not self.buttons["delete"].isEnabled():
            return
        info = problems.get_problem(self.ctx.db, self.ctx.actor, problem_id)
        if messages.confirm(self, self.tr("Delete the problem «{title}» with its {n} recommendations? The feedback "
                                          "records stay in the register; other offices will learn of the "
                                          "deletion.").format(title=info.fields.title, n=len(info.recommendations)),
                            self.tr("Delete")):
            self.ctx.runner.run(lambda: problems.delete_problem(self.ctx.db, self.ctx.actor, problem_id),
                                changes=CHANGES, parent=self)

    def print_register(self) -> None:
        from cxdesk.gui import print_preview
        from cxdesk.services import problems_print

        flt, journey = self.current_filter(), self.journey.currentText() if self.journey.currentData() else ""
        key = self.model.sort_key or "severity"
        desc = self.model.sort_order == Qt.SortOrder.DescendingOrder
        print_preview.print_document(
            self, self.ctx.runner, self.tr("Register of problems"),
            lambda target: problems_print.print_register(self.ctx.db, self.ctx.actor, flt, target, sort=key,
                                                         descending=desc, journey_title=journey),
            suggested_name="реестр проблем.pdf", label=self.tr("Preparing the register…"))
