"""The commentary of a draft quarterly report: one text per KPI group of item 64 (what the numbers mean,
why a value moved, what is being done), entered before the report is published."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui.widgets import ErrorLabel, hint_label

MAX_COMMENT = 4000


class CommentaryDialog(QDialog):
    def __init__(self, groups: tuple[tuple[str, str], ...], commentary: dict[str, str], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Commentary of the report"))
        self.setObjectName("commentaryDialog")
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr("{title}. The commentary is printed in the report under each group "
                                            "of indicators; the PDF is made again when you save.").format(
                                                title=title)))
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        self.edits: dict[str, QPlainTextEdit] = {}
        previous: QWidget | None = None
        for code, group_title in groups:
            edit = QPlainTextEdit(commentary.get(code, ""))
            edit.setObjectName(f"commentary_{code}")
            edit.setTabChangesFocus(True)  # Tab moves to the next group, as in any form
            edit.setMinimumHeight(70)
            form.addRow(f"{code}) {group_title}", edit)
            if previous is not None:
                QWidget.setTabOrder(previous, edit)
            previous = edit
            self.edits[code] = edit
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        layout.addWidget(scroll, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def commentary(self) -> dict[str, str]:
        return {code: edit.toPlainText().strip() for code, edit in self.edits.items()}

    def accept(self) -> None:
        for code, text in self.commentary().items():
            if len(text) > MAX_COMMENT:
                self.error.show_error(self.tr("The commentary of group «{code}» is {n} characters long; at most "
                                              "{max} are allowed. Shorten it and save again.").format(
                                                  code=code, n=len(text), max=MAX_COMMENT))
                self.edits[code].setFocus()
                return
        super().accept()
