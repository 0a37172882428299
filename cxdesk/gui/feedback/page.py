"""The «Обратная связь» page: the single register of all five sources as a lazy table with one filter
bar (``filters.py``: search, period, office, source, topic, status; audience, sentiment, profile and
touchpoint behind «Ещё фильтры»), the selected record beside it, the overdue/due-soon appeals banner,
and the actions: new book entry, appeal, mention, paper questionnaire, import, open a record in its
form (Enter, double click, «Изменить»), the dictionaries, export, print, assign to many records, turn
a book entry into an appeal.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QWidget,
)

from cxdesk.gui import messages
from cxdesk.gui.areas import Area, area_title
from cxdesk.gui.context import AppContext
from cxdesk.gui.feedback.detail import answer_titles, record_html
from cxdesk.gui.feedback.filters import FilterBar
from cxdesk.gui.feedback.forms import (
    AppealDialog,
    BookEntryDialog,
    MentionDialog,
    profile_choices,
    touchpoint_choices,
)
from cxdesk.gui.feedback.register_table import register_model
from cxdesk.gui.pages.base import AreaPage
from cxdesk.gui.table_model import IdWindow
from cxdesk.gui.widgets import DataTableView, run_once
from cxdesk.services import feedback, feedback_exports, feedback_reference, offices
from cxdesk.services import feedback_register as reg
from cxdesk.services.roles import Action

CHANGES = ("feedback_record",)


class FeedbackPage(AreaPage):
    def __init__(self, ctx: AppContext, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.ctx = ctx
        self.allowed = ctx.can(Action.FEEDBACK_READ)
        self.topic_titles = feedback_reference.topic_titles(ctx.db)
        self._touchpoints: list[tuple[str, str]] | None = None
        self._build_actions()
        self._build_filters()
        self.banner = QLabel()
        self.banner.setObjectName("feedbackDueBanner")
        self.banner.setWordWrap(True)
        self.body.addWidget(self.banner)
        self.model = register_model(self, self._ids, self._rows)
        self.table = DataTableView()
        self.table.setObjectName("feedbackTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(DataTableView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((78, 92, 128, 48, 88, 210, 140, 112, 52, 100, 130)):
            self.table.setColumnWidth(column, width)
        self.detail = QTextBrowser()
        self.detail.setObjectName("feedbackDetail")
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([1000, 330])
        self.body.addWidget(splitter, 1)
        self.status = QLabel()
        self.status.setObjectName("feedbackStatus")
        self.body.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())  # Enter or a double click
        self.model.reloaded.connect(self._update_status)
        self.model.rest_failed.connect(lambda exc: messages.report_exception(self, exc))
        ctx.bus.changed.connect(self._on_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_book_entry)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_book)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self._delete)
        self.refresh()

    # --- building -----------------------------------------------------------------------------
    def _button(self, row: QToolBar, key: str, text: str, slot, enabled: bool = True) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"feedback_{key}")
        button.clicked.connect(slot)
        button.setEnabled(enabled)
        row.addWidget(button)
        self.buttons[key] = button
        return button

    def _build_actions(self) -> None:
        can_enter = self.ctx.can(Action.FEEDBACK_ENTER)
        row = QToolBar()  # a narrow window (1366 px with the navigation) folds buttons into »
        row.setObjectName("feedbackActions")
        self.buttons: dict[str, QPushButton] = {}
        self._button(row, "book", self.tr("Book entry"), self.new_book_entry, can_enter).setToolTip(
            self.tr("New entry of the complaints and suggestions book (Ctrl+N)")
        )
        self._button(row, "appeal", self.tr("Appeal"), self.new_appeal, can_enter)
        self._button(row, "mention", self.tr("Mention"), self.new_mention, can_enter)
        self._button(row, "survey", self.tr("Questionnaire"), self.new_survey, can_enter).setToolTip(
            self.tr("Enter a paper questionnaire")
        )
        self._button(row, "metric", self.tr("Metric"), self.new_metric, can_enter)
        self._button(row, "import", self.tr("Import…"), self.import_file, can_enter)
        self._button(row, "edit", self.tr("Edit…"), self.edit_selected, can_enter).setToolTip(
            self.tr("Open the selected record in its form (Enter, double click)")
        )
        self._button(row, "assign", self.tr("Assign…"), self.assign_selected, can_enter)
        self._button(row, "to_appeal", self.tr("Register as appeal"), self.book_to_appeal, can_enter)
        from cxdesk.gui.feedback.record_actions import build_record_menu

        build_record_menu(self, self._button(row, "record", self.tr("Record"), lambda: None))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(spacer)
        self._button(row, "templates", self.tr("Questionnaires…"), self.edit_templates).setToolTip(
            self.tr("Questionnaire templates: questions, versions, archive")
        )
        self._button(row, "dictionaries", self.tr("Dictionaries…"), self.edit_dictionaries).setToolTip(
            self.tr("Topic dictionary, sentiment lexicon and production calendar")
        )
        self._button(row, "export", self.tr("Export…"), self.export_view)
        print_button = self._button(row, "print", self.tr("Print"), lambda: None)
        menu = QMenu(print_button)
        menu.addAction(self.tr("Complaints book register for the period (Ctrl+P)…"), self.print_book)
        menu.addAction(self.tr("Current view…"), self.print_view)
        menu.addAction(self.tr("Blank questionnaire for citizens…"), lambda: self.print_blank("ref-citizen"))
        menu.addAction(
            self.tr("Blank questionnaire for employers…"), lambda: self.print_blank("ref-employer")
        )
        print_button.setMenu(menu)
        self.body.addWidget(row)

    def _build_filters(self) -> None:
        self.filters = FilterBar(
            [o.code for o in offices.list_offices(self.ctx.db)],
            self.topic_titles,
            lambda: profile_choices(self.ctx),
            self.touchpoints,
        )
        self.filters.changed.connect(self.model_refresh)
        # the boxes by name, as tests and the journey map's show_touchpoint use them
        bar = self.filters
        self.search, self.period, self.office, self.source = bar.search, bar.period, bar.office, bar.source
        self.audience, self.topic, self.sentiment, self.state = bar.audience, bar.topic, bar.sentiment, bar.state
        self.profile, self.touchpoint = bar.profile, bar.touchpoint
        self.body.addWidget(bar)

    def model_refresh(self) -> None:
        self.model.refresh()

    # --- data ---------------------------------------------------------------------------------
    def current_filter(self) -> reg.RegisterFilter:
        return self.filters.current_filter()

    def _ids(self, sort_key, order, _text) -> IdWindow | list[str]:
        """The first page of ids and the count at once; the model loads the whole list in the background."""
        if not self.allowed:
            return []
        db, actor, flt = self.ctx.db, self.ctx.actor, self.current_filter()
        key, descending = sort_key or "received_on", order == Qt.SortOrder.DescendingOrder
        outcome = self.ctx.runner.run(
            lambda: reg.register_window(db, actor, flt, key, descending, self.model.page_size), parent=self)
        if not outcome.ok:
            return []
        first, total = outcome.value
        return IdWindow(first, total, lambda: reg.register_ids(db, actor, flt, key, descending))

    def _rows(self, ids) -> dict:
        return reg.register_rows(self.ctx.db, self.ctx.actor, list(ids))

    def refresh(self) -> None:
        self.topic_titles = feedback_reference.topic_titles(self.ctx.db)
        self.model.refresh()
        self._show_selected()
        QTimer.singleShot(0, self._update_banner)  # the table first; the deadline banner right after

    def reset_filters(self) -> None:
        self.filters.reset()
        self.model.refresh()

    def _on_changed(self, names: set[str]) -> None:
        if names & {"journey_touchpoint", "journey", "profile"}:
            self._touchpoints = None
            self.filters.choices_changed()
        if "feedback_dictionary" in names:
            self.filters.set_topics(feedback_reference.topic_titles(self.ctx.db))
        if names & {"feedback_record", "feedback_dictionary", "journey_touchpoint"}:
            self.refresh()

    def _update_status(self) -> None:
        count = self.model.rowCount()
        self.title_label.setText(
            self.tr("{title} · {count} records").format(title=area_title(self.area), count=count)
        )
        selected = len(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else 0
        text = self.tr("{rows} records · selected {selected}").format(rows=count, selected=selected)
        if count == 0 and self.allowed:
            text = self.tr("No records for these filters. Add a record or import a file.")
        if self.filters.touchpoint.currentData():  # also when a journey map opened the register
            name = self.filters.touchpoint.currentText()
            name = name if len(name) <= 60 else name[:58] + "…"  # the status line must not widen the window
            text += " · " + self.tr("touchpoint «{name}»").format(name=name)
        if self.filters.scope is not None:
            note = self.filters.scope.note
            text += " · " + (note if len(note) <= 70 else note[:68] + "…")
        self.status.setText(text)
        from cxdesk.gui.feedback.record_actions import update_scope_action

        update_scope_action(self)

    def _update_banner(self) -> None:
        from cxdesk.gui.feedback.record_actions import update_due_banner

        update_due_banner(self)

    def selected_ids(self) -> list[str]:
        return [self.model.row_id(i.row()) for i in self.table.selectionModel().selectedRows()]

    def _show_selected(self) -> None:
        self._update_status()
        ids = self.selected_ids()
        if len(ids) != 1:
            hint = (
                self.tr("Select a record to see it here.")
                if not ids
                else self.tr(
                    "{n} records selected: «Assign…» links them to a touchpoint or a topic, «Record» → "
                    "«Link to a problem…» makes them the evidence of a problem."
                ).format(n=len(ids))
            )
            self.detail.setHtml(f"<p>{hint}</p>")
            return
        outcome = self.ctx.runner.run(
            lambda: feedback.get_record(self.ctx.db, self.ctx.actor, ids[0]), parent=self
        )
        if outcome.ok:
            self.detail.setHtml(record_html(outcome.value, self.topic_titles, self.answer_titles()))

    def answer_titles(self) -> dict[str, str]:
        if getattr(self, "_answer_titles", None) is None:
            self._answer_titles = answer_titles(self.ctx)
        return self._answer_titles

    # --- actions ------------------------------------------------------------------------------
    def touchpoints(self) -> list[tuple[str, str]]:
        if self._touchpoints is None:
            self._touchpoints = touchpoint_choices(self.ctx)
        return self._touchpoints

    def _dialog(self, kind: str, defaults: dict | None):
        """Made in one place so tests can drive the dialogs."""
        cls = {"book": BookEntryDialog, "appeal": AppealDialog, "open": MentionDialog}[kind]
        return cls(self.touchpoints(), defaults, self)

    def edit_dialog(self, info, profiles: list[tuple[str, str]]):
        """The form of an existing record (made here so tests can drive it)."""
        from cxdesk.gui.feedback.edit_form import RecordEditDialog

        return RecordEditDialog(self.ctx, info, self.touchpoints(), profiles, self)

    def _enter(self, kind: str) -> None:
        defaults: dict | None = None
        while True:
            dialog = self._dialog(kind, defaults)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            data = dialog.data()
            outcome = self.ctx.runner.run(
                lambda d=data: feedback.create_record(self.ctx.db, self.ctx.actor, kind, d),
                changes=CHANGES,
                parent=self,
            )
            if outcome.ok:
                self.last_created = outcome.value
                row = self.model.row_for_id(outcome.value.id)
                if row >= 0:
                    self.table.selectRow(row)
            if not (outcome.ok and dialog.save_and_new):
                return
            defaults = dialog.next_defaults()

    def new_book_entry(self) -> None:
        if self.ctx.can(Action.FEEDBACK_ENTER):
            self._enter("book")

    def new_appeal(self) -> None:
        self._enter("appeal")

    def new_mention(self) -> None:
        self._enter("open")

    def _delete(self) -> None:
        from cxdesk.gui.feedback.record_actions import delete

        delete(self)

    def new_survey(self) -> None:
        from cxdesk.gui.feedback.survey_form import enter_surveys

        enter_surveys(self)

    def new_metric(self) -> None:
        from cxdesk.gui.feedback.survey_form import enter_metric

        enter_metric(self)

    def import_file(self) -> None:
        from cxdesk.gui.feedback.import_dialog import ImportDialog

        run_once(ImportDialog(self.ctx, self))

    def edit_selected(self) -> None:
        from cxdesk.gui.feedback.edit_form import edit_record

        edit_record(self)

    def edit_dictionaries(self) -> None:
        from cxdesk.gui.feedback.dictionaries import DictionariesDialog

        run_once(DictionariesDialog(self.ctx, self))

    def edit_templates(self) -> None:
        from cxdesk.gui.feedback.templates_dialog import TemplatesDialog

        run_once(TemplatesDialog(self.ctx, self))

    def assign_selected(self) -> None:
        from cxdesk.gui.feedback.record_actions import assign_selected

        assign_selected(self)

    def book_to_appeal(self) -> None:
        from cxdesk.gui.feedback.record_actions import book_to_appeal

        book_to_appeal(self)

    def _save_path(self, caption: str, name: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, caption, name, filters)
        return Path(path) if path else None

    def export_view(self) -> None:
        path = self._save_path(self.tr("Export the view"), "реестр.xlsx", "Excel (*.xlsx);;CSV (*.csv)")
        if path is None:
            return
        flt, key = self.current_filter(), self.model.sort_key or "received_on"
        desc = self.model.sort_order == Qt.SortOrder.DescendingOrder
        self.ctx.runner.start(
            lambda: feedback_exports.export_view(self.ctx.db, self.ctx.actor, flt, path, key, desc),
            label=self.tr("Exporting the register…"),
            parent=self,
        )

    def print_book(self) -> None:
        flt = self.current_filter()
        start, end = flt.date_from or date(date.today().year, 1, 1), date.today()
        from cxdesk.gui import print_preview  # «Печать»: the print preview, then the printer or a PDF

        print_preview.print_document(
            self, self.ctx.runner, self.tr("Complaints book register"),
            lambda target: feedback_exports.print_book_register(self.ctx.db, self.ctx.actor, target, start, end),
            suggested_name="книга-жалоб.pdf", label=self.tr("Preparing the register…"))

    def print_view(self) -> None:
        from cxdesk.gui import print_preview

        flt = self.current_filter()
        print_preview.print_document(
            self, self.ctx.runner, self.tr("Print the view"),
            lambda target: feedback_exports.print_view(self.ctx.db, self.ctx.actor, flt, target),
            suggested_name="реестр.pdf", label=self.tr("Preparing the document…"))

    def print_blank(self, code: str) -> None:
        from cxdesk.gui import print_preview

        print_preview.print_document(
            self, self.ctx.runner, self.tr("Blank questionnaire"),
            lambda target: feedback_exports.print_blank_questionnaire(self.ctx.db, self.ctx.actor, code, target),
            suggested_name="анкета.pdf")

    def show_scope(self, scope: reg.RecordScope) -> None:
        """Show only the records another area points at (the records behind a KPI value, a problem's
        evidence); the status line names them, «Reset» shows every record again."""
        self.filters.show_scope(scope)
        self.model.refresh()

    def show_touchpoint(
        self, touchpoint_id: str, note: str = "", period: str | None = None, office: str | None = None
    ) -> None:
        """Show only the records of one touchpoint (a journey map's metrics badge opens this) for the
        period code and office the map counted; «Reset» shows every record again."""
        self.filters.blockSignals(True)  # one fetch below, not one per filter
        try:
            self.filters.show_only(touchpoint_id, note, None if period == "all" else period, office)
        finally:
            self.filters.blockSignals(False)
        self.model.refresh()


def create_feedback_page(ctx: AppContext, area: Area) -> FeedbackPage:
    return FeedbackPage(ctx, area)
