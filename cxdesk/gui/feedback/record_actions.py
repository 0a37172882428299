"""Actions on the selected record and the register as a whole: the life of an appeal (into work, one
extension with notice, answer, redirection, closing), attaching a scan, and the per-office,
per-quarter source coverage (which of the five sources have data)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.services import feedback, feedback_appeals
from cxdesk.services import feedback_register as reg
from cxdesk.services.feedback_terms import ANSWER_METHODS, SOURCES

CHANGES = ("feedback_record",)
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def build_record_menu(page, button: QPushButton) -> QMenu:
    menu = QMenu(button)
    menu.addAction(
        QCoreApplication.translate("RecordActions", "Take the appeal into work…"),
        lambda: take_into_work(page),
    )
    menu.addAction(
        QCoreApplication.translate("RecordActions", "Extend the answer deadline (once, applicant notified)…"),
        lambda: extend(page),
    )
    menu.addAction(QCoreApplication.translate("RecordActions", "Enter the answer…"), lambda: answer(page))
    menu.addAction(
        QCoreApplication.translate("RecordActions", "Redirect to another body…"), lambda: redirect(page)
    )
    menu.addAction(
        QCoreApplication.translate("RecordActions", "Close the appeal"),
        lambda: _run(page, lambda rid: feedback_appeals.close(page.ctx.db, page.ctx.actor, rid)),
    )
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("RecordActions", "Attach a scan of the paper page…"), lambda: attach(page)
    )
    menu.addAction(
        QCoreApplication.translate("RecordActions", "Delete the selected records…"), lambda: delete(page)
    )
    from cxdesk.gui.problems import picker  # the selected records become evidence of a problem (R5)

    link = menu.addAction(picker.link_action_text(), lambda: picker.link_selected_records(page))
    link.setObjectName("linkToProblem")
    link.setEnabled(picker.can_link(page.ctx))
    page.remove_from_scope = menu.addAction(remove_from_scope_text(), lambda: remove_from_scope(page))
    page.remove_from_scope.setObjectName("removeFromScope")
    page.remove_from_scope.setEnabled(False)  # see update_scope_action: only for a set that can be edited
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("RecordActions", "Source coverage by office and quarter…"),
        lambda: CoverageDialog(page.ctx, page).exec(),
    )
    button.setMenu(menu)
    return menu


def _one(page) -> str | None:
    ids = page.selected_ids()
    if len(ids) != 1:
        page.status.setText(QCoreApplication.translate("RecordActions", "Select one record first."))
        return None
    return ids[0]


def _run(page, call) -> None:
    record_id = _one(page)
    if record_id is not None:
        page.ctx.runner.run(lambda: call(record_id), changes=CHANGES, parent=page)


def take_into_work(page) -> None:
    name, ok = QInputDialog.getText(
        page,
        QCoreApplication.translate("RecordActions", "Into work"),
        QCoreApplication.translate("RecordActions", "Responsible employee"),
    )
    if ok:
        _run(page, lambda rid: feedback_appeals.take_into_work(page.ctx.db, page.ctx.actor, rid, name))


def extend(page) -> None:
    days, ok = QInputDialog.getInt(
        page,
        QCoreApplication.translate("RecordActions", "Extension"),
        QCoreApplication.translate(
            "RecordActions", "Extend by days (at most 30); the applicant must be notified"
        ),
        30,
        1,
        30,
    )
    if ok:
        _run(page, lambda rid: feedback_appeals.extend(page.ctx.db, page.ctx.actor, rid, days, True))


def answer(page) -> None:
    text, ok = QInputDialog.getMultiLineText(
        page,
        QCoreApplication.translate("RecordActions", "Answer"),
        QCoreApplication.translate("RecordActions", "Text of the answer"),
    )
    if not ok:
        return
    labels = list(ANSWER_METHODS.values())
    method, ok = QInputDialog.getItem(
        page,
        QCoreApplication.translate("RecordActions", "Answer"),
        QCoreApplication.translate("RecordActions", "How the answer was sent"),
        labels,
        0,
        False,
    )
    if ok:
        code = list(ANSWER_METHODS)[labels.index(method)]
        _run(
            page,
            lambda rid: feedback_appeals.answer(page.ctx.db, page.ctx.actor, rid, text, code, date.today()),
        )


def redirect(page) -> None:
    body, ok = QInputDialog.getText(
        page,
        QCoreApplication.translate("RecordActions", "Redirect"),
        QCoreApplication.translate("RecordActions", "Body the appeal is redirected to"),
    )
    if ok:
        _run(page, lambda rid: feedback_appeals.redirect(page.ctx.db, page.ctx.actor, rid, body))


def attach(page) -> None:
    record_id = _one(page)
    if record_id is None:
        return
    path, _ = QFileDialog.getOpenFileName(
        page,
        QCoreApplication.translate("RecordActions", "Scan of the page"),
        "",
        "PDF, PNG, JPEG, TIFF (*.pdf *.png *.jpg *.jpeg *.tif)",
    )
    if path:
        data = Path(path).read_bytes()
        page.ctx.runner.run(
            lambda: feedback.attach_file(page.ctx.db, page.ctx.actor, record_id, Path(path).name, data),
            changes=CHANGES,
            parent=page,
        )


def delete(page) -> None:
    from cxdesk.gui import messages

    ids = page.selected_ids()
    if ids and messages.confirm(
        page,
        QCoreApplication.translate(
            "RecordActions", "Delete {n} records? Other offices will learn of the deletion."
        ).format(n=len(ids)),
        QCoreApplication.translate("RecordActions", "Delete"),
        QCoreApplication.translate("RecordActions", "Delete records"),
    ):
        page.ctx.runner.run(
            lambda: feedback.delete_records(page.ctx.db, page.ctx.actor, ids), changes=CHANGES, parent=page
        )


def remove_from_scope_text() -> str:
    return QCoreApplication.translate("RecordActions", "Remove the selected records from the shown set…")


def update_scope_action(page) -> None:
    """The action names what the shown set is (a problem's evidence…) and is enabled only for such a set."""
    scope = page.filters.scope
    editable = scope is not None and scope.remove is not None
    page.remove_from_scope.setEnabled(editable)
    page.remove_from_scope.setText(f"{scope.remove_label}…" if editable else remove_from_scope_text())


def remove_from_scope(page) -> None:
    """Take the selected records out of the set another area showed (they stay in the register)."""
    from cxdesk.gui import messages

    scope, ids = page.filters.scope, page.selected_ids()
    if scope is None or scope.remove is None:
        return
    if not ids:
        page.status.setText(QCoreApplication.translate("RecordActions", "Select the records to remove first."))
        return
    if not messages.confirm(
        page,
        QCoreApplication.translate(
            "RecordActions", "{action}: {n} records ({note})? The records themselves stay in the register."
        ).format(action=scope.remove_label, n=len(ids), note=scope.note),
        QCoreApplication.translate("RecordActions", "Remove"),
        scope.remove_label,
    ):
        return
    outcome = page.ctx.runner.run(lambda: scope.remove(page.ctx.db, page.ctx.actor, ids), changes=CHANGES,
                                  parent=page)
    if outcome.ok:
        page.model.refresh()
        page.status.setText(QCoreApplication.translate("RecordActions", "Removed from «{note}»: {n} records.")
                            .format(note=scope.note, n=outcome.value))


class CoverageDialog(QDialog):
    """Offices × quarters of a year: which of the five sources have records (R3 compliance evidence)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(QCoreApplication.translate("RecordActions", "Source coverage"))
        self.resize(900, 480)
        self.year = QSpinBox()
        self.year.setRange(2015, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.fill)
        self.table = QTableWidget()
        self.table.setObjectName("coverageTable")
        layout = QVBoxLayout(self)
        layout.addWidget(self.year)
        layout.addWidget(self.table, 1)
        self.fill()

    def fill(self) -> None:
        data = reg.source_coverage(self.ctx.db, self.ctx.actor, self.year.value())
        offices = sorted({office for office, _ in data})
        self.table.setColumnCount(4)
        self.table.setRowCount(len(offices))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RecordActions", "Quarter {q}").format(q=q) for q in range(1, 5)]
        )
        self.table.setVerticalHeaderLabels(offices)
        for row, office in enumerate(offices):
            for quarter in range(1, 5):
                have = data.get((office, quarter), {})
                missing = [SOURCES[s] for s in SOURCES if s not in have]
                text = (
                    QCoreApplication.translate("RecordActions", "all 5 sources")
                    if not missing
                    else QCoreApplication.translate("RecordActions", "{n} of 5; missing: {m}").format(
                        n=5 - len(missing), m=", ".join(missing)
                    )
                )
                item = QTableWidgetItem(("✔ " if not missing else "⚠ ") + text)
                item.setToolTip(text)
                self.table.setItem(row, quarter - 1, item)
        self.table.resizeColumnsToContents()


def update_due_banner(page) -> None:
    """The line above the table: overdue and due-soon appeals (or why the register is empty)."""
    if not page.allowed:
        page.banner.setText(
            translate(
                "FeedbackPage",
                "Your role has no access to feedback records (they hold applicants' "
                "personal data). Ask the administrator for the intake or CX role.",
            )
        )
        page.banner.setStyleSheet("")
        return
    due = feedback_appeals.due_appeals(page.ctx.db, page.ctx.actor)
    late = sum(1 for d in due if d.state == "overdue")
    soon = len(due) - late
    if not due:
        page.banner.setText(translate("FeedbackPage", "✔ No overdue appeals; none is due in the next days."))
        page.banner.setStyleSheet("color: #1e7b34;")
        return
    page.banner.setText(
        translate(
            "FeedbackPage",
            "⚠ Overdue appeals: {late} · due within 5 days: {soon}. Choose «overdue appeals» "
            "in the status filter to see them.",
        ).format(late=late, soon=soon)
    )
    page.banner.setStyleSheet("color: #b3261e; font-weight: bold;" if late else "color: #9a6700;")


def assign_selected(page) -> None:
    ids = page.selected_ids()
    if not ids:
        page.status.setText(translate("FeedbackPage", "Select the records to assign first."))
        return
    choices = [
        (None, "topic", code, translate("FeedbackPage", "Topic: {t}").format(t=t))
        for code, t in page.topic_titles.items()
    ]
    choices += [
        (tid, "touchpoint", tid, translate("FeedbackPage", "Touchpoint: {t}").format(t=t))
        for tid, t in page.touchpoints()
    ]
    labels = [c[3] for c in choices]
    label, ok = QInputDialog.getItem(
        page,
        translate("FeedbackPage", "Assign to {n} records").format(n=len(ids)),
        translate("FeedbackPage", "Assign"),
        labels,
        0,
        False,
    )
    if not ok:
        return
    _, what, value, _ = choices[labels.index(label)]
    kwargs = {"add_topic": value} if what == "topic" else {"touchpoint_id": value}
    page.ctx.runner.run(
        lambda: reg.assign(page.ctx.db, page.ctx.actor, ids, **kwargs), changes=CHANGES, parent=page
    )


def book_to_appeal(page) -> None:
    ids = page.selected_ids()
    if len(ids) == 1:
        page.ctx.runner.run(
            lambda: feedback.book_entry_to_appeal(page.ctx.db, page.ctx.actor, ids[0]),
            changes=CHANGES,
            parent=page,
        )
