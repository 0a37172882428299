"""«Справочники»: the topic dictionary, the sentiment lexicon and the production calendar, edited as tables.

Each tab turns its table back into the JSON document of ``feedback_reference`` (unknown keys of the
document are kept). «Сохранить» stores every changed document in one transaction that also re-applies
topics and sentiment to the existing records (and moves the deadlines of open appeals after a calendar
edit) behind a progress dialog with «Отмена»: a cancelled run saves nothing. Only roles that both enter
feedback and edit reference data may save; others see the dictionaries read-only.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui import messages
from cxdesk.gui.feedback.calendar_tab import CalendarTab, words
from cxdesk.gui.widgets import ErrorLabel
from cxdesk.services import feedback_reference as ref

KINDS = ("topics", "sentiment", "calendar")


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


class DictionariesDialog(CalendarTab, QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("feedbackDictionaries")
        self.setWindowTitle(self.tr("Dictionaries of text analytics and deadlines"))
        self.resize(900, 560)
        self.docs = {kind: ref.document(ctx.db, kind) for kind in KINDS}
        self.loaded = copy.deepcopy(self.docs)
        self.editable = ref.can_edit(ctx.actor.role)
        self.result_info: ref.SaveResult | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._topics_tab(), self.tr("Topics"))
        self.tabs.addTab(self._sentiment_tab(), self.tr("Sentiment"))
        self.tabs.addTab(self._calendar_tab(), self.tr("Production calendar"))
        self.error = ErrorLabel()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("dictionariesSave")
        self.default_button = buttons.addButton(
            self.tr("Shipped default of this tab"), QDialogButtonBox.ButtonRole.ResetRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.default_button.clicked.connect(self.restore_default)
        buttons.rejected.connect(self.reject)
        for button in (self.save_button, self.default_button):
            button.setEnabled(self.editable)
        note = QLabel(
            self.tr(
                "Saving re-applies topics and sentiment to every record (topics assigned by hand are kept) "
                "and moves the deadlines of open appeals to the edited calendar."
            )
            if self.editable
            else self.tr("Only a CX specialist may change the dictionaries; you can read them here.")
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    # --- topics -------------------------------------------------------------------------------
    def _topics_tab(self) -> QWidget:
        self.topics = _table(
            [
                self.tr("Code"),
                self.tr("Topic"),
                self.tr("Keywords, comma-separated"),
                self.tr("Phrases"),
            ],
            "dictionaryTopics",
        )
        for column in (2, 3):
            self.topics.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.topics.setColumnWidth(0, 110)
        self.topics.setColumnWidth(1, 190)
        self._fill_topics()
        return self._with_row_buttons(self.topics, self.tr("Add a topic"), self.tr("Delete the topic"))

    def _fill_topics(self) -> None:
        items = self.docs["topics"].get("topics", [])
        self.topics.setRowCount(len(items))
        for row, topic in enumerate(items):
            values = [
                topic.get("code", ""),
                topic.get("title", ""),
                ", ".join(topic.get("keywords", [])),
                ", ".join(topic.get("phrases", [])),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.topics.setItem(row, column, item)

    def topics_document(self) -> dict:
        old = {t.get("code"): t for t in self.docs["topics"].get("topics", [])}
        topics = []
        for row in range(self.topics.rowCount()):
            code, title = _cell(self.topics, row, 0), _cell(self.topics, row, 1)
            if not (code or title or _cell(self.topics, row, 2)):
                continue  # an empty row added and left
            if not code or not title:
                raise ValueError(
                    self.tr("Row {n} of the topics: enter both the code and the topic.").format(n=row + 1)
                )
            topic = {**old.get(code, {}), "code": code, "title": title}
            topic["keywords"] = words(_cell(self.topics, row, 2))
            topic["phrases"] = words(_cell(self.topics, row, 3))
            topics.append(topic)
        codes = [t["code"] for t in topics]
        if len(codes) != len(set(codes)):
            raise ValueError(self.tr("Two topics have the same code: codes must differ."))
        return {**self.docs["topics"], "topics": topics}

    # --- sentiment ----------------------------------------------------------------------------
    def _sentiment_tab(self) -> QWidget:
        self.lexicon = _table(
            [
                self.tr("Word or phrase"),
                self.tr("Weight (+ positive, − negative)"),
                self.tr("Only after «не»"),
            ],
            "dictionaryLexicon",
        )
        self.lexicon.setColumnWidth(0, 260)
        self.lexicon.setColumnWidth(1, 300)
        self._fill_lexicon()
        page = self._with_row_buttons(self.lexicon, self.tr("Add a word"), self.tr("Delete the word"))
        form = QFormLayout()
        self.negators = QLineEdit(", ".join(self.docs["sentiment"].get("negators", [])))
        self.negators.setObjectName("dictionaryNegators")
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.1, 10)
        self.threshold.setSingleStep(0.1)
        self.threshold.setValue(float(self.docs["sentiment"].get("threshold", 0.5)))
        form.addRow(self.tr("Negation words (flip the next two words)"), self.negators)
        form.addRow(self.tr("Threshold of a positive or negative text"), self.threshold)
        page.layout().addLayout(form)
        return page

    def _fill_lexicon(self) -> None:
        doc = self.docs["sentiment"]
        rows = [(w, float(v), False) for w, v in (doc.get("positive") or {}).items()]
        rows += [(w, -float(v), False) for w, v in (doc.get("negative") or {}).items()]
        rows += [(w, -float(v), True) for w, v in (doc.get("negated") or {}).items()]
        self.lexicon.setRowCount(len(rows))
        for row, (word, weight, negated) in enumerate(rows):
            self.lexicon.setItem(row, 0, QTableWidgetItem(word))
            self.lexicon.setItem(row, 1, QTableWidgetItem(f"{weight:g}".replace(".", ",")))
            check = QTableWidgetItem()
            check.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            check.setCheckState(Qt.CheckState.Checked if negated else Qt.CheckState.Unchecked)
            self.lexicon.setItem(row, 2, check)

    def lexicon_document(self) -> dict:
        positive: dict[str, float] = {}
        negative: dict[str, float] = {}
        negated: dict[str, float] = {}
        for row in range(self.lexicon.rowCount()):
            word = _cell(self.lexicon, row, 0).lower()
            if not word:
                continue
            try:
                weight = float(_cell(self.lexicon, row, 1).replace(",", ".").replace("−", "-"))
            except ValueError:
                weight = 0.0
            if weight == 0:
                raise ValueError(
                    self.tr("«{w}»: the weight must be a number other than 0 (e.g. 1 or −1,5).").format(
                        w=word
                    )
                )
            item = self.lexicon.item(row, 2)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                negated[word] = abs(weight)
            elif weight > 0:
                positive[word] = weight
            else:
                negative[word] = -weight
        return {
            **self.docs["sentiment"],
            "positive": positive,
            "negative": negative,
            "negated": negated,
            "negators": words(self.negators.text()),
            "threshold": round(self.threshold.value(), 2),
        }

    # --- common -------------------------------------------------------------------------------
    def _with_row_buttons(self, table: QTableWidget, add_text: str, delete_text: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        add = QPushButton(add_text)
        add.clicked.connect(lambda: self._add_row(table))
        remove = QPushButton(delete_text)
        remove.clicked.connect(lambda: self._remove_rows(table))
        for button in (add, remove):
            button.setEnabled(self.editable)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        if not self.editable:
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return page

    def _add_row(self, table: QTableWidget) -> None:
        table.insertRow(table.rowCount())
        if table is self.lexicon:
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            table.setItem(table.rowCount() - 1, 2, check)
        table.setCurrentCell(table.rowCount() - 1, 0)
        table.editItem(table.item(table.rowCount() - 1, 0) or QTableWidgetItem())

    def _remove_rows(self, table: QTableWidget) -> None:
        for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)

    def documents(self) -> dict[str, dict]:
        """The edited documents; raises ValueError with a Russian message when a cell is wrong."""
        try:
            calendar = self.calendar_document()
        except ValueError as exc:
            if str(exc).startswith("«"):
                raise
            raise ValueError(self._date_problem(exc)) from None
        return {"topics": self.topics_document(), "sentiment": self.lexicon_document(), "calendar": calendar}

    def changed_documents(self) -> dict[str, dict]:
        return {kind: doc for kind, doc in self.documents().items() if doc != self.loaded[kind]}

    def restore_default(self) -> None:
        kind = KINDS[self.tabs.currentIndex()]
        self.docs[kind] = ref.default_document(kind)
        if kind == "topics":
            self._fill_topics()
        elif kind == "sentiment":
            self._fill_lexicon()
            self.negators.setText(", ".join(self.docs["sentiment"].get("negators", [])))
            self.threshold.setValue(float(self.docs["sentiment"].get("threshold", 0.5)))
        else:
            self.fixed.setText(
                ", ".join(f"{d[3:5]}.{d[0:2]}" for d in self.docs["calendar"].get("fixed_holidays", []))
            )
            self._show_year()

    def save(self) -> None:
        try:
            docs = self.changed_documents()
        except ValueError as exc:
            self.error.show_error(str(exc))
            return
        if not docs:
            self.accept()
            return

        template = self.tr("Re-applying to the records: {done} of {total}")

        def work(progress):
            def report(done: int, total: int) -> None:
                progress.check()  # «Отмена»: raises, the transaction rolls back
                progress.report(done, total, template.format(done=done, total=total))

            return ref.save_documents(self.ctx.db, self.ctx.actor, docs, progress=report)

        self.job = self.ctx.runner.start(
            work,
            label=self.tr("Saving the dictionaries and re-applying them to the records…"),
            changes=("feedback_dictionary", "feedback_record"),
            parent=self,
            cancellable=True,
            on_done=self._saved,
        )
        self.job.finished.connect(self._finished)

    def _saved(self, result: ref.SaveResult) -> None:
        self.result_info = result
        self.loaded = copy.deepcopy(self.documents())
        messages.info(
            self,
            self.tr("Saved. Re-analysed records: {n}; appeal deadlines moved: {m}.").format(
                n=result.records_reanalysed, m=result.deadlines_moved
            ),
        )
        self.accept()

    def _finished(self, outcome) -> None:
        if outcome.cancelled:
            self.error.show_error(
                self.tr("Cancelled: nothing was saved, the records keep their topics and sentiment.")
            )
