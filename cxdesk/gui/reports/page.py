"""The «Отчёты» page: the archive of quarterly reports (every edition, newest first; a role that cannot
generate reports sees only published ones), the selected report's card, and the work on a report —
generate a new edition for a quarter and an office or the region (in a worker, with progress and
cancel), enter the commentary per KPI group, publish after a confirmation, delete a draft, open the
print preview (printing and «Сохранить PDF…» are there).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QWidget,
)

from cxdesk.gui import messages, print_preview
from cxdesk.gui.areas import Area, area_title
from cxdesk.gui.context import AppContext
from cxdesk.gui.pages.base import AreaPage
from cxdesk.gui.reports.choosers import office_combo, quarter_combo
from cxdesk.gui.reports.commentary import CommentaryDialog
from cxdesk.gui.table_model import RIGHT, Column, LazyIdTableModel
from cxdesk.gui.widgets import DataTableView
from cxdesk.services import quarterly_reports as reports
from cxdesk.services.roles import Action

CHANGES = ("quarterly_report",)


def _local(value) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value else "—"


class ReportsPage(AreaPage):
    def __init__(self, ctx: AppContext, page_area: Area, parent: QWidget | None = None) -> None:
        super().__init__(page_area, parent)
        self.ctx = ctx
        self.can_generate = ctx.can(Action.REPORTS_GENERATE)
        self._rows: dict[str, reports.ReportRow] = {}
        self.period = quarter_combo(select_previous=True)
        self.office = office_combo(ctx)
        actions = QToolBar()  # a narrow window folds buttons into the » menu
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip, slot in (
                ("open", self.tr("Preview and print…"), self.tr("Open the report in the print preview (Ctrl+P)"),
                 self.open_selected),
                ("commentary", self.tr("Commentary…"), self.tr("Enter the commentary per group of indicators of "
                                                               "the selected draft"), self.edit_commentary),
                ("publish", self.tr("Publish…"), self.tr("Publish the selected draft: every employee can read it"),
                 self.publish_selected),
                ("delete", self.tr("Delete draft"), self.tr("Delete the selected draft (Del)"), self.delete_selected),
                ("generate", self.tr("Generate"), self.tr("Make a new edition of the report for the chosen quarter "
                                                          "and office (Ctrl+N)"), self.generate)):
            button = QPushButton(text)
            button.setObjectName(f"reports_{key}")
            button.setToolTip(tip)
            button.clicked.connect(slot)
            self.buttons[key] = button
            if key != "generate":
                # a widget in a tool bar is shown and hidden through its action
                actions.addWidget(button).setVisible(self.can_generate or key == "open")
        self.body.addWidget(actions)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by title…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.model.refresh())
        bar = QHBoxLayout()
        new_report = (QLabel(self.tr("New report for")), self.period, QLabel(self.tr("on")), self.office,
                      self.buttons["generate"])
        for widget in new_report:
            bar.addWidget(widget)
            widget.setVisible(self.can_generate)
        bar.addWidget(self.search, 1)
        self.body.addLayout(bar)
        self.model = LazyIdTableModel(
            [Column("period", self.tr("Quarter"), display=lambda r: r.period_title),
             Column("scope", self.tr("Office"), display=lambda r: self.tr("Region") if r.scope == "REGION"
                    else r.scope),
             Column("edition", self.tr("Edition"), RIGHT, display=lambda r: str(r.edition)),
             Column("status", self.tr("Status"), display=lambda r: r.status_title),
             Column("generated_at", self.tr("Generated"), display=lambda r: _local(r.generated_at)),
             Column("published_at", self.tr("Published"), display=lambda r: _local(r.published_at)),
             Column("pages", self.tr("Pages"), RIGHT, display=lambda r: str(r.pages))],
            self._ids, lambda ids: {i: self._rows[i] for i in ids if i in self._rows},
            sort_key="period", sort_order=Qt.SortOrder.DescendingOrder, parent=self)
        self.table = DataTableView()
        self.table.setObjectName("reportsTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        for column, width in enumerate((140, 70, 70, 100, 120, 120, 60)):
            self.table.setColumnWidth(column, width)
        self.card = QTextBrowser()
        self.card.setObjectName("reportCard")
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.card)
        splitter.setSizes([760, 380])
        self.body.addWidget(splitter, 1)
        self.status = QLabel()
        self.body.addWidget(self.status)
        for key, slot in ((QKeySequence.StandardKey.New, self.generate),
                          (QKeySequence.StandardKey.Print, self.open_selected),
                          (QKeySequence.StandardKey.Delete, self.delete_selected)):
            QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.model.reloaded.connect(self._reloaded)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    # --- the archive ------------------------------------------------------------------------------
    def _ids(self, sort_key, order, _text) -> list[str]:
        rows = reports.list_reports(self.ctx.db, self.ctx.actor, search=self.search.text())
        key = sort_key or "period"
        rows.sort(key=lambda r: (getattr(r, key) is None, getattr(r, key) or 0, r.edition),
                  reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = {r.id: r for r in rows}
        return [r.id for r in rows]

    def refresh(self) -> None:
        self.model.refresh()
        self._show_selected()

    def _reloaded(self) -> None:
        published = sum(1 for r in self._rows.values() if r.status == reports.PUBLISHED)
        self.title_label.setText(self.tr("{title} · {n} published").format(title=area_title(self.area),
                                                                          n=published))
        self.status.setText(self.tr("{rows} reports").format(rows=self.model.rowCount()) if self._rows else
                            self.tr("No reports yet. Choose a quarter and press «Generate».") if self.can_generate
                            else self.tr("No published reports yet."))

    def _on_changed(self, names: set[str]) -> None:
        if names & set(CHANGES):
            self.refresh()

    def selected(self) -> reports.ReportRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows.get(self.model.row_id(rows[0].row())) if rows else None

    def select_report(self, report_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_id(row) == report_id:
                self.table.selectRow(row)
                return

    def _show_selected(self) -> None:
        row = self.selected()
        draft = row is not None and row.status == reports.DRAFT and self.can_generate
        for key in ("commentary", "publish", "delete"):
            self.buttons[key].setEnabled(draft)
        self.buttons["open"].setEnabled(row is not None)
        if row is None:
            self.card.setHtml("<p>" + escape(self.tr("Select a report to see its card. Published reports are "
                                                     "open to every employee.")) + "</p>")
            return
        outcome = self.ctx.runner.run(lambda: reports.get_report(self.ctx.db, self.ctx.actor, row.id), parent=self)
        if not outcome.ok:
            return
        info = outcome.value
        facts = [(self.tr("Status"), row.status_title), (self.tr("Edition"), str(row.edition)),
                 (self.tr("Generated"), f"{_local(row.generated_at)}, {row.generated_by}"),
                 (self.tr("Published"), f"{_local(row.published_at)}, {row.published_by}" if row.published_at
                  else "—"),
                 (self.tr("Pages"), str(row.pages))]
        table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts)
        empty = self.tr("no commentary")
        comments = "".join(f"<p><b>{escape(code)}) {escape(title)}</b><br>"
                           f"{escape(info.commentary.get(code, '') or empty)}</p>" for code, title in info.groups)
        heading = self.tr("Commentary")
        self.card.setHtml(f"<h3>{escape(row.title)}</h3><table cellpadding='2'>{table}</table>"
                          f"<p>{escape(row.summary)}</p><h4>{escape(heading)}</h4>{comments}")

    # --- actions ----------------------------------------------------------------------------------
    def generate(self) -> None:
        if not self.can_generate:
            return
        period, office = self.period.currentData(), self.office.currentData()
        self.ctx.runner.start(
            lambda progress: reports.generate(self.ctx.db, self.ctx.actor, period, office, progress=progress),
            label=self.tr("Generating the quarterly report…"), cancellable=True, changes=CHANGES, parent=self,
            on_done=lambda row: self.select_report(row.id))

    def _commentary_dialog(self, info: reports.ReportInfo) -> CommentaryDialog:
        """Made in one place so tests can fill and accept it."""
        return CommentaryDialog(info.groups, info.commentary, info.row.title, self)

    def edit_commentary(self) -> None:
        row = self.selected()
        if row is None or row.status != reports.DRAFT or not self.can_generate:
            return
        outcome = self.ctx.runner.run(lambda: reports.get_report(self.ctx.db, self.ctx.actor, row.id), parent=self)
        if not outcome.ok:
            return
        dialog = self._commentary_dialog(outcome.value)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text = dialog.commentary()
        self.ctx.runner.start(
            lambda progress: reports.save_commentary(self.ctx.db, self.ctx.actor, row.id, text, progress=progress),
            label=self.tr("Saving the commentary and making the PDF again…"), cancellable=True, changes=CHANGES,
            parent=self, on_done=lambda saved: self.select_report(saved.id))

    def publish_selected(self) -> None:
        row = self.selected()
        if row is None or row.status != reports.DRAFT or not self.can_generate:
            return
        question = self.tr("Publish edition {edition} of the report for {period}? Every employee will be able to "
                           "read it; the edition published before becomes superseded. A published report cannot "
                           "be changed.").format(edition=row.edition, period=row.period_title)
        if messages.confirm(self, question, self.tr("Publish")):
            self.ctx.runner.run(lambda: reports.publish(self.ctx.db, self.ctx.actor, row.id), changes=CHANGES,
                                parent=self)
            self.select_report(row.id)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or row.status != reports.DRAFT or not self.can_generate:
            return
        if messages.confirm(self, self.tr("Delete the draft edition {edition} of the report for {period}? "
                                          "Published editions stay in the archive.").format(
                                              edition=row.edition, period=row.period_title), self.tr("Delete")):
            self.ctx.runner.run(lambda: reports.delete_draft(self.ctx.db, self.ctx.actor, row.id), changes=CHANGES,
                                parent=self)

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        print_preview.print_document(
            self, self.ctx.runner, row.title,
            lambda target: target.write(reports.report_pdf(self.ctx.db, self.ctx.actor, row.id)),
            suggested_name=f"Отчёт {row.period} {row.scope} ред{row.edition}.pdf")


def create_reports_page(ctx: AppContext, page_area: Area) -> QWidget:
    return ReportsPage(ctx, page_area)
