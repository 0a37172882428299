"""The «Обратная связь» page: the single register of all five sources as a lazy table with one filter
bar (search, period, office, source, audience, topic, sentiment, status), the selected record beside
it, the overdue/due-soon appeals banner, and the actions: new book entry, appeal, mention, paper
questionnaire, import, export, print, assign to many records, turn a book entry into an appeal.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QWidget,
)

from cxdesk.gui.areas import Area, area_title
from cxdesk.gui.context import AppContext
from cxdesk.gui.feedback.detail import record_html
from cxdesk.gui.feedback.forms import AppealDialog, BookEntryDialog, MentionDialog, touchpoint_choices
from cxdesk.gui.pages.base import AreaPage
from cxdesk.gui.table_model import RIGHT, Column, LazyIdTableModel
from cxdesk.gui.widgets import DataTableView
from cxdesk.services import feedback, feedback_appeals, feedback_exports, feedback_reference, offices
from cxdesk.services import feedback_register as reg
from cxdesk.services.feedback_terms import AUDIENCES, SENTIMENTS, SOURCE_SHORT, SOURCES, STATUSES, title
from cxdesk.services.roles import Action

CHANGES = ("feedback_record",)
RED, AMBER, GREEN = QColor("#b3261e"), QColor("#9a6700"), QColor("#1e7b34")


class FeedbackTableModel(LazyIdTableModel):
    """Adds the colour of the deadline and sentiment columns (the text says the same)."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            key = self.columns[index.column()].key
            row = self.row_data(index.row())
            if (
                row
                and key == "answer_due"
                and row.get("answer_due")
                and row["status"] not in ("answered", "closed", "redirected")
            ):
                left = (row["answer_due"] - date.today()).days
                return QBrush(RED if left < 0 else AMBER if left <= 5 else GREEN)
            if row and key == "sentiment":
                return QBrush({"negative": RED, "positive": GREEN}.get(row["sentiment"], QColor("#555555")))
            return None
        return super().data(index, role)


def _due_text(row: dict) -> str:
    due = row.get("answer_due")
    if not due:
        return ""
    if row["status"] in ("answered", "closed", "redirected"):
        return f"{due:%d.%m.%Y}"
    left = (due - date.today()).days
    mark = "просрочено" if left < 0 else f"осталось {left} дн." if left <= 5 else ""
    return f"{due:%d.%m.%Y} {mark}".strip()


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
        self.model = FeedbackTableModel(
            [
                Column("received_on", self.tr("Date"), display=lambda r: f"{r['received_on']:%d.%m.%Y}"),
                Column(
                    "source", self.tr("Source"), display=lambda r: SOURCE_SHORT.get(r["source"], r["source"])
                ),
                Column("number", self.tr("Number")),
                Column("office_code", self.tr("Office")),
                Column("audience", self.tr("Audience"), display=lambda r: title(AUDIENCES, r["audience"])),
                Column(
                    "text",
                    self.tr("Text"),
                    sortable=False,
                    display=lambda r: " ".join((r["text"] or r["subject"] or r["channel"] or "").split())[
                        :160
                    ],
                ),
                Column(
                    "topics",
                    self.tr("Topics"),
                    display=lambda r: ", ".join(self.topic_titles.get(c, c) for c in r["topics"]),
                ),
                Column(
                    "sentiment", self.tr("Sentiment"), display=lambda r: title(SENTIMENTS, r["sentiment"])
                ),
                Column(
                    "rating",
                    self.tr("Rating"),
                    RIGHT,
                    display=lambda r: "" if r["rating"] is None else f"{r['rating']:.2f}".replace(".", ","),
                ),
                Column("status", self.tr("Status"), display=lambda r: title(STATUSES, r["status"])),
                Column("answer_due", self.tr("Answer due"), display=_due_text),
            ],
            self._ids,
            self._rows,
            sort_key="received_on",
            sort_order=Qt.SortOrder.DescendingOrder,
            parent=self,
        )
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
        self.model.reloaded.connect(self._update_status)
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
        self._button(row, "assign", self.tr("Assign…"), self.assign_selected, can_enter)
        self._button(row, "to_appeal", self.tr("Register as appeal"), self.book_to_appeal, can_enter)
        from cxdesk.gui.feedback.record_actions import build_record_menu

        build_record_menu(self, self._button(row, "record", self.tr("Record"), lambda: None))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(spacer)
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

    def _combo(self, everything: str, items: dict[str, str], name: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItem(everything, None)
        for code, text in items.items():
            box.addItem(text, code)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(7)
        box.setToolTip(everything)
        box.currentIndexChanged.connect(lambda _i: self.model.refresh())
        return box

    def _build_filters(self) -> None:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("feedbackSearch")
        self.search.setPlaceholderText(self.tr("Search the text (any word form)…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.model_refresh)
        self.search.textChanged.connect(lambda t: None if t else self.model_refresh())
        self.search.setMinimumWidth(180)
        row.addWidget(self.search, 3)
        self.period = self._combo(
            self.tr("All time"),
            {
                "month": self.tr("This month"),
                "quarter": self.tr("This quarter"),
                "year": self.tr("This year"),
                "12m": self.tr("Last 12 months"),
            },
            "feedbackPeriod",
        )
        office_items = {o.code: o.code for o in offices.list_offices(self.ctx.db)}
        self.office = self._combo(self.tr("All offices"), office_items, "feedbackOffice")
        self.source = self._combo(self.tr("All sources"), SOURCES, "feedbackSource")
        self.audience = self._combo(self.tr("Citizens and employers"), AUDIENCES, "feedbackAudience")
        self.topic = self._combo(self.tr("All topics"), self.topic_titles, "feedbackTopic")
        self.sentiment = self._combo(self.tr("Any sentiment"), SENTIMENTS, "feedbackSentiment")
        self.state = self._combo(
            self.tr("Any status"), {**STATUSES, "overdue": self.tr("overdue appeals")}, "feedbackState"
        )
        for box in (
            self.period,
            self.office,
            self.source,
            self.audience,
            self.topic,
            self.sentiment,
            self.state,
        ):
            row.addWidget(box)
        reset = QPushButton(self.tr("Reset"))
        reset.setObjectName("feedbackReset")
        reset.clicked.connect(self.reset_filters)
        row.addWidget(reset)
        self.body.addLayout(row)

    def model_refresh(self) -> None:
        self.model.refresh()

    # --- data ---------------------------------------------------------------------------------
    def current_filter(self) -> reg.RegisterFilter:
        today = date.today()
        start = {
            "month": today.replace(day=1),
            "quarter": date(today.year, 3 * ((today.month - 1) // 3) + 1, 1),
            "year": date(today.year, 1, 1),
            "12m": today - timedelta(days=365),
        }.get(self.period.currentData())
        state = self.state.currentData()
        return reg.RegisterFilter(
            date_from=start,
            offices=(self.office.currentData(),) if self.office.currentData() else (),
            sources=(self.source.currentData(),) if self.source.currentData() else (),
            audience=self.audience.currentData(),
            topic=self.topic.currentData(),
            sentiment=self.sentiment.currentData(),
            statuses=(state,) if state and state != "overdue" else (),
            overdue_only=state == "overdue",
            search=self.search.text(),
        )

    def _ids(self, sort_key, order, _text) -> list[str]:
        if not self.allowed:
            return []
        outcome = self.ctx.runner.run(
            lambda: reg.register_ids(
                self.ctx.db,
                self.ctx.actor,
                self.current_filter(),
                sort_key or "received_on",
                order == Qt.SortOrder.DescendingOrder,
            ),
            parent=self,
        )
        return outcome.value if outcome.ok else []

    def _rows(self, ids) -> dict:
        return reg.register_rows(self.ctx.db, self.ctx.actor, list(ids))

    def refresh(self) -> None:
        self.topic_titles = feedback_reference.topic_titles(self.ctx.db)
        self.model.refresh()
        self._show_selected()
        QTimer.singleShot(0, self._update_banner)  # the table first; the deadline banner right after

    def reset_filters(self) -> None:
        for box in (
            self.period,
            self.office,
            self.source,
            self.audience,
            self.topic,
            self.sentiment,
            self.state,
        ):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.search.clear()
        self.model.refresh()

    def _on_changed(self, names: set[str]) -> None:
        if names & {"feedback_record", "feedback_dictionary", "journey_touchpoint"}:
            self._touchpoints = None
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
        self.status.setText(text)

    def _update_banner(self) -> None:
        if not self.allowed:
            self.banner.setText(
                self.tr(
                    "Your role has no access to feedback records (they hold applicants' "
                    "personal data). Ask the administrator for the intake or CX role."
                )
            )
            self.banner.setStyleSheet("")
            return
        due = feedback_appeals.due_appeals(self.ctx.db, self.ctx.actor)
        late = sum(1 for d in due if d.state == "overdue")
        soon = len(due) - late
        if not due:
            self.banner.setText(self.tr("✔ No overdue appeals; none is due in the next days."))
            self.banner.setStyleSheet("color: #1e7b34;")
            return
        self.banner.setText(
            self.tr(
                "⚠ Overdue appeals: {late} · due within 5 days: {soon}. Choose «overdue appeals» "
                "in the status filter to see them."
            ).format(late=late, soon=soon)
        )
        self.banner.setStyleSheet("color: #b3261e; font-weight: bold;" if late else "color: #9a6700;")

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
                    "{n} records selected: use «Assign…» to link them to a touchpoint, topic or problem."
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
        """Question texts and rating criteria by code, for the answers of surveys and metrics."""
        if getattr(self, "_answer_titles", None) is None:
            from cxdesk.services import feedback_surveys
            from cxdesk.services.feedback_terms import VASH_KONTROL_CRITERIA

            titles = dict(VASH_KONTROL_CRITERIA)
            for template in feedback_surveys.list_templates(self.ctx.db, self.ctx.actor):
                titles.update({q["code"]: q["text"] for q in template.questions})
            titles.update({f"n{n}": f"«{n}»" for n in range(1, 6)})
            self._answer_titles = titles
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

        ImportDialog(self.ctx, self).exec()

    def assign_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.status.setText(self.tr("Select the records to assign first."))
            return
        choices = [
            (None, "topic", code, self.tr("Topic: {t}").format(t=t)) for code, t in self.topic_titles.items()
        ]
        choices += [
            (tid, "touchpoint", tid, self.tr("Touchpoint: {t}").format(t=t)) for tid, t in self.touchpoints()
        ]
        labels = [c[3] for c in choices]
        label, ok = QInputDialog.getItem(
            self, self.tr("Assign to {n} records").format(n=len(ids)), self.tr("Assign"), labels, 0, False
        )
        if not ok:
            return
        _, what, value, _ = choices[labels.index(label)]
        kwargs = {"add_topic": value} if what == "topic" else {"touchpoint_id": value}
        self.ctx.runner.run(
            lambda: reg.assign(self.ctx.db, self.ctx.actor, ids, **kwargs), changes=CHANGES, parent=self
        )

    def book_to_appeal(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.ctx.runner.run(
                lambda: feedback.book_entry_to_appeal(self.ctx.db, self.ctx.actor, ids[0]),
                changes=CHANGES,
                parent=self,
            )

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
        path = self._save_path(self.tr("Complaints book register"), "книга-жалоб.pdf", "PDF (*.pdf)")
        if path is not None:
            self.ctx.runner.start(
                lambda: feedback_exports.print_book_register(self.ctx.db, self.ctx.actor, path, start, end),
                label=self.tr("Preparing the register…"),
                parent=self,
            )

    def print_view(self) -> None:
        path = self._save_path(self.tr("Print the view"), "реестр.pdf", "PDF (*.pdf)")
        if path is not None:
            flt = self.current_filter()
            self.ctx.runner.start(
                lambda: feedback_exports.print_view(self.ctx.db, self.ctx.actor, flt, path),
                label=self.tr("Preparing the document…"),
                parent=self,
            )

    def print_blank(self, code: str) -> None:
        path = self._save_path(self.tr("Blank questionnaire"), "анкета.pdf", "PDF (*.pdf)")
        if path is not None:
            self.ctx.runner.run(
                lambda: feedback_exports.print_blank_questionnaire(self.ctx.db, self.ctx.actor, code, path),
                parent=self,
            )


def create_feedback_page(ctx: AppContext, area: Area) -> FeedbackPage:
    return FeedbackPage(ctx, area)
