"""The «Кандидаты» tab: candidate problems suggested from a period's negative feedback — per touchpoint,
the topics of negative records and complaints that grew most against the period before (counted by the
database, ranked by ``cxdesk.core.problem_candidates``). Choose the period (a quarter or a month), the
office (the whole region at the УЦЗН) and how many records a topic needs at least. A candidate's records
open in the feedback register; «Принять…» registers a problem (the form comes filled in) with exactly
those records as its evidence, «Отклонить» remembers the decision: neither is suggested again for that
period.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core.periods import Period
from cxdesk.gui import messages
from cxdesk.gui.problems.common import fill, show_in_register
from cxdesk.gui.table_model import RIGHT
from cxdesk.services import offices
from cxdesk.services import problem_candidates as cand
from cxdesk.services.offices import OfficeKind
from cxdesk.services.problems import ProblemFields
from cxdesk.services.problems_terms import CHANGES
from cxdesk.services.roles import Action

REGION = "*"


def period_choices(today: date) -> list[Period]:
    """The last complete quarter first (what a quarterly analysis looks at), then the current quarter,
    earlier quarters and the last months."""
    current = Period.containing(today, "quarter")
    quarters = [current.previous(), current] + [current.shift(-k) for k in range(2, 8)]
    month = Period.containing(today, "month")
    return quarters + [month.shift(-k) for k in range(6)]


class CandidatesTab(QWidget):
    def __init__(self, page) -> None:
        super().__init__()
        self.page, self.ctx = page, page.ctx
        self.allowed = self.ctx.can(Action.FEEDBACK_READ)
        self.candidates: list[cand.Candidate] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QToolBar()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip, slot in (
                ("accept", self.tr("Accept as a problem…"), self.tr("Register a problem with these records as its "
                                                                    "evidence"), self.accept_selected),
                ("dismiss", self.tr("Dismiss"), self.tr("Not a problem: do not suggest it again for this period"),
                 self.dismiss_selected),
                ("records", self.tr("Records in the register"), self.tr("Show the candidate's records in the "
                                                                        "feedback register"), self.show_records)):
            button = QPushButton(text)
            button.setObjectName(f"candidates_{key}")
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        layout.addWidget(bar)
        filters = QHBoxLayout()
        self.period = QComboBox()
        self.period.setObjectName("candidatesPeriod")
        fill(self.period, [(p.code, p.title) for p in period_choices(date.today())])
        self.office = QComboBox()
        self.office.setObjectName("candidatesOffice")
        uczn = self.ctx.office.kind == OfficeKind.UCZN
        items = [(REGION, self.tr("The whole region"))] if uczn else []
        items += [(o.code, o.code) for o in offices.list_offices(self.ctx.db) if uczn or o.code == self.ctx.db.office_code]
        fill(self.office, items)
        self.office.setVisible(uczn)
        self.minimum = QSpinBox()
        self.minimum.setObjectName("candidatesMinimum")
        self.minimum.setRange(1, 100)
        self.minimum.setValue(3)
        self.minimum.setPrefix(self.tr("at least "))
        self.minimum.setSuffix(self.tr(" records"))
        filters.addWidget(QLabel(self.tr("Period:")))
        filters.addWidget(self.period)
        filters.addWidget(self.office)
        filters.addWidget(self.minimum)
        filters.addStretch(1)
        for combo in (self.period, self.office):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.minimum.valueChanged.connect(lambda _v: self.refresh())
        layout.addLayout(filters)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("candidatesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Touchpoint (journey)"), self.tr("Topic"), self.tr("In the period"),
                                              self.tr("Period before"), self.tr("Growth")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        for column, width in enumerate((0, 220, 100, 110, 80)):
            if width:
                self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _i: self.show_records())
        layout.addWidget(self.table, 1)
        self.status_line = QLabel()
        self.status_line.setObjectName("candidatesStatus")
        self.status_line.setWordWrap(True)
        layout.addWidget(self.status_line)

    def scope(self) -> tuple[Period, str | None]:
        office = self.office.currentData()
        return Period.parse(self.period.currentData()), None if office == REGION else office

    def refresh(self) -> None:
        self.candidates = []
        if self.allowed:
            period, office = self.scope()
            outcome = self.ctx.runner.run(lambda: cand.suggest(self.ctx.db, self.ctx.actor, period, office,
                                                               min_current=self.minimum.value()), parent=self)
            self.candidates = outcome.value if outcome.ok else []
        self.table.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            cells = [f"{c.touchpoint_title} ({c.journey_title})", c.topic_title, str(c.current), str(c.previous),
                     f"+{c.growth}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column >= 2:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        self._update_status()
        self._update_buttons()

    def _update_status(self) -> None:
        if not self.allowed:
            text = self.tr("Candidates are drawn from feedback records, which your role cannot read.")
        elif self.candidates:
            text = self.tr("{n} candidates: topics of negative feedback that grew at a touchpoint against the "
                           "period before. Accept one as a problem or dismiss it.").format(n=len(self.candidates))
        else:
            text = self.tr("No growing topics of negative feedback in this period (or all are decided on). Try "
                           "another period or fewer records.")
        self.status_line.setText(text)

    def selected(self) -> cand.Candidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.candidates[rows[0].row()] if rows and rows[0].row() < len(self.candidates) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for key in ("accept", "dismiss"):
            self.buttons[key].setEnabled(chosen and self.ctx.can(Action.PROBLEMS_EDIT))
        self.buttons["records"].setEnabled(chosen)

    def show_records(self) -> None:
        c = self.selected()
        if c is not None:
            show_in_register(self, cand.candidate_scope(c))

    def accept_selected(self) -> None:
        c = self.selected()
        if c is None or not self.buttons["accept"].isEnabled():
            return
        period = Period.parse(c.period)
        fields = ProblemFields(c.default_title, c.description, c.journey_id, c.touchpoint_id,
                               identified_on=min(date.today(), period.last_day))
        dialog = self.page.problems.problem_dialog(fields, self.tr("New problem from a candidate"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        outcome = self.ctx.runner.run(lambda: cand.accept(self.ctx.db, self.ctx.actor, c, dialog.fields()),
                                      changes=CHANGES, parent=self)
        if outcome.ok:
            messages.info(self, self.tr("The problem «{title}» is registered with {n} feedback records as its "
                                        "evidence.").format(title=outcome.value.fields.title, n=outcome.value.evidence))

    def dismiss_selected(self) -> None:
        c = self.selected()
        if c is None or not self.buttons["dismiss"].isEnabled():
            return
        if messages.confirm(self, self.tr("Dismiss «{title}»? It will not be suggested again for {period}.").format(
                title=c.default_title, period=Period.parse(c.period).title), self.tr("Dismiss")):
            self.ctx.runner.run(lambda: cand.dismiss(self.ctx.db, self.ctx.actor, c), changes=CHANGES, parent=self)
