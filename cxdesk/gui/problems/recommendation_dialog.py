"""The form of a recommendation: what to do, to whom it is addressed, by when, and its status. Ctrl+S (or
Enter in a one-line field) saves; mistakes are shown in the form. ``fields()`` returns the
service's ``RecommendationFields``.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui.problems.common import fill
from cxdesk.gui.widgets import ErrorLabel, chain_tab_order
from cxdesk.gui.working_group.common import date_edit, date_of
from cxdesk.services.problems_recommendations import RecommendationFields
from cxdesk.services.problems_terms import RECOMMENDATION_STATUSES


class RecommendationDialog(QDialog):
    def __init__(self, problem_title: str, current: RecommendationFields | None = None,
                 addressees: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationDialog")
        self.setWindowTitle(self.tr("Recommendation"))
        self.resize(620, 360)
        f = current or RecommendationFields("")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Problem: {title}").format(title=problem_title))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.text = QPlainTextEdit(f.text)
        self.text.setObjectName("recommendationText")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.addressee = QLineEdit(f.addressee)
        self.addressee.setObjectName("recommendationAddressee")
        self.addressee.setPlaceholderText(self.tr("Unit, position or office the recommendation is for"))
        if addressees:
            self.addressee.setCompleter(QCompleter(sorted(set(addressees)), self.addressee))
        self.due_on = date_edit(f.due_on)
        self.due_on.setObjectName("recommendationDue")
        self.status = QComboBox()
        self.status.setObjectName("recommendationStatus")
        fill(self.status, RECOMMENDATION_STATUSES.items(), current=f.status)
        form.addRow(self.tr("&Recommendation: *"), self.text)
        form.addRow(self.tr("&Addressee: *"), self.addressee)
        form.addRow(self.tr("&Due date:"), self.due_on)
        form.addRow(self.tr("&Status:"), self.status)
        layout.addLayout(form, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self._accept)
        chain_tab_order(self.text, self.addressee, self.due_on, self.status)
        self.text.setFocus()

    def fields(self) -> RecommendationFields:
        return RecommendationFields(self.text.toPlainText(), self.addressee.text(), date_of(self.due_on),
                                    self.status.currentData())

    def _accept(self) -> None:
        if len(self.text.toPlainText().strip()) < 5:
            self.error.show_error(self.tr("Write the recommendation (at least 5 characters)."))
            self.text.setFocus()
            return
        if not self.addressee.text().strip():
            self.error.show_error(self.tr("Name the addressee of the recommendation."))
            self.addressee.setFocus()
            return
        self.accept()
