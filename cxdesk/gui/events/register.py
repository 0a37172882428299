"""The printed register of competency events for a period: a small dialog asks for the period (the
year chosen in the filter, or the current year to date), then «Печать» opens the print preview
(printer or PDF from there) and «Сохранить PDF…» writes the same document to a file. The PDF comes
from ``events_files.register_pdf``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from cxdesk.gui import messages
from cxdesk.gui.widgets import ErrorLabel
from cxdesk.services import events_files


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def _value(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class RegisterPeriodDialog(QDialog):
    def __init__(self, start: date, end: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerPeriodDialog")
        self.setWindowTitle(self.tr("Register of events for a period"))
        form = QFormLayout(self)
        self.start, self.end = _date_edit(start), _date_edit(end)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        self.error = ErrorLabel()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        return _value(self.start), _value(self.end)

    def _accept(self) -> None:
        start, end = self.period()
        if end < start:
            self.error.show_error(self.tr("The end of the period is before its start."))
            return
        self.accept()


def default_period(year: int | None, today: date | None = None) -> tuple[date, date]:
    today = today or date.today()
    if year and year != today.year:
        return date(year, 1, 1), date(year, 12, 31)
    return date(today.year, 1, 1), today


def ask_period(page) -> tuple[date, date] | None:
    """The period dialog (made through ``page._register_dialog`` so tests can answer it)."""
    dialog = page._register_dialog(*default_period(page.year.currentData()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.period()


def _file_name(start: date, end: date) -> str:
    return f"реестр мероприятий {start:%d.%m.%Y}–{end:%d.%m.%Y}.pdf"


def print_register(page) -> None:
    """«Печать»: the preview of the register, then the printer (or a PDF from the preview)."""
    period = ask_period(page)
    if period is None:
        return
    from cxdesk.gui import print_preview

    start, end = period
    ctx = page.ctx
    print_preview.print_document(
        page, ctx.runner, QCoreApplication.translate("EventsRegister", "Register of competency events"),
        lambda target: target.write(events_files.register_pdf(ctx.db, ctx.actor, start, end)),
        suggested_name=_file_name(start, end), label=QCoreApplication.translate("EventsRegister", "Preparing the register…"))


def save_register(page) -> None:
    """«Сохранить PDF…»: the register for a period written to a file."""
    period = ask_period(page)
    if period is None:
        return
    start, end = period
    path = messages.choose_save_path(page, QCoreApplication.translate("EventsRegister", "Save the register as PDF"), Path(_file_name(start, end)),
                                     QCoreApplication.translate("EventsRegister", "PDF documents (*.pdf)"))
    if path is None:
        return
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    ctx = page.ctx
    page.ctx.runner.run(lambda: path.write_bytes(events_files.register_pdf(ctx.db, ctx.actor, start, end)),
                        parent=page)
