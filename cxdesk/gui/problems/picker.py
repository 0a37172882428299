"""A searchable picker of real problems of the register, used where other areas link to problems: the
feedback register's bulk action «Связать с проблемой…» (one problem of this office, the selected records
become its evidence) and the problems of an improvement measure (several, ticked). Typing searches the
register in SQL (title and description); ticks survive a new search.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui.widgets import ErrorLabel
from cxdesk.services import problems
from cxdesk.services.problems_lists import ProblemFilter, list_problem_ids, problem_rows, problem_titles
from cxdesk.services.problems_terms import CHANGES
from cxdesk.services.roles import Action

LIMIT = 300  # shown at once; a search narrows a larger register


class ProblemPickerDialog(QDialog):
    def __init__(self, ctx, *, chosen: tuple[str, ...] = (), multiple: bool = True, own_only: bool = False,
                 open_only: bool = False, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("problemPicker")
        self.setWindowTitle(title or self.tr("Problems"))
        self.resize(680, 520)
        self.multiple, self.own_only, self.open_only = multiple, own_only, open_only
        self.chosen: dict[str, str] = problem_titles(ctx.db, chosen)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("problemPickerSearch")
        self.search.setPlaceholderText(self.tr("Search problems by words of the title or description…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload())
        layout.addWidget(self.search)
        self.listing = QListWidget()
        self.listing.setObjectName("problemPickerList")
        self.listing.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.listing.itemChanged.connect(self._ticked)
        self.listing.itemDoubleClicked.connect(lambda _i: self._accept())
        layout.addWidget(self.listing, 1)
        self.hint = QLabel()
        layout.addWidget(self.hint)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()
        self.search.setFocus()

    def reload(self) -> None:
        flt = ProblemFilter(search=self.search.text(), status="open" if self.open_only else None,
                            office_code=self.ctx.db.office_code if self.own_only else None)
        ids = list_problem_ids(self.ctx.db, self.ctx.actor, flt, "title", False)
        rows = problem_rows(self.ctx.db, self.ctx.actor, ids[:LIMIT])
        self.listing.blockSignals(True)
        self.listing.clear()
        for problem_id in ids[:LIMIT]:
            row = rows[problem_id]
            item = QListWidgetItem(f"{row.title} — {row.status_title}, {row.office_code}")
            item.setData(Qt.ItemDataRole.UserRole, problem_id)
            if self.multiple:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if problem_id in self.chosen else Qt.CheckState.Unchecked)
            self.listing.addItem(item)
        self.listing.blockSignals(False)
        if self.listing.count():
            self.listing.setCurrentRow(0)
        shown = self.tr("Shown {shown} of {total}; refine the search to find others.").format(
            shown=min(len(ids), LIMIT), total=len(ids)) if len(ids) > LIMIT else ""
        empty = self.tr("No problems match. Register the problem on the «Problems» tab first.") if not ids else ""
        self.hint.setText(empty or shown)
        self.hint.setVisible(bool(empty or shown))

    def _ticked(self, item: QListWidgetItem) -> None:
        problem_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[problem_id] = item.text()
        else:
            self.chosen.pop(problem_id, None)

    def selected_ids(self) -> tuple[str, ...]:
        if self.multiple:
            return tuple(self.chosen)
        item = self.listing.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole),) if item else ()

    def _accept(self) -> None:
        if not self.multiple and not self.selected_ids():
            self.error.show_error(self.tr("Choose a problem in the list."))
            return
        self.accept()


def can_link(ctx) -> bool:
    return ctx.can(Action.PROBLEMS_EDIT)


def link_action_text() -> str:
    return QCoreApplication.translate("ProblemPicker", "Link to a problem…")


def problems_button_text() -> str:
    return QCoreApplication.translate("ProblemPicker", "Problems…")


def pick_problems(ctx, chosen: tuple[str, ...], parent: QWidget) -> tuple[str, ...] | None:
    """The problems an improvement measure addresses (several); None when cancelled."""
    dialog = picker_dialog(ctx, parent, chosen=chosen, multiple=True,
                           title=QCoreApplication.translate("ProblemPicker", "Problems the measure addresses"))
    return dialog.selected_ids() if dialog.exec() == QDialog.DialogCode.Accepted else None


def picker_dialog(ctx, parent: QWidget, **kwargs) -> ProblemPickerDialog:
    """Made in one place so tests can answer it (they replace this function)."""
    return ProblemPickerDialog(ctx, parent=parent, **kwargs)


def link_selected_records(page) -> None:
    """The feedback register's bulk action: the selected records become evidence of one problem."""
    ids = page.selected_ids()
    if not ids:
        page.status.setText(QCoreApplication.translate("ProblemPicker", "Select the records to link to a problem first."))
        return
    dialog = picker_dialog(page.ctx, page, multiple=False, own_only=True,
                           title=QCoreApplication.translate("ProblemPicker", "Link {n} records to a problem").format(n=len(ids)))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    [problem_id] = dialog.selected_ids()
    outcome = page.ctx.runner.run(lambda: problems.link_records(page.ctx.db, page.ctx.actor, problem_id, ids),
                                  changes=CHANGES, parent=page)
    if outcome.ok:
        title = problem_titles(page.ctx.db, [problem_id]).get(problem_id, "")
        page.status.setText(QCoreApplication.translate("ProblemPicker", "{new} of {n} records added to the evidence of «{title}».").format(
            new=outcome.value, n=len(ids), title=title))
