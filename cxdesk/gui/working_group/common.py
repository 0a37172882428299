"""Pieces shared by the working-group tabs: a form dialog built from field specs (text, multi-line,
optional date, choice, number), a lazy table model that also colours a row by its deadline state, a
button row whose buttons follow the user's rights, staff choices for combo boxes, and the colours of
the red/amber/green marks (always with a text beside them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui.table_model import LazyIdTableModel
from cxdesk.gui.widgets import DataTableView, ErrorLabel

NO_DATE = QDate(2000, 1, 1)
STATE_COLOURS = {"overdue": "#f8d7d4", "due_soon": "#fcebc4", "ok": "", "done": "#dcefdc", "cancelled": "#eeeeee",
                 "missed": "#f8d7d4", "held": "#dcefdc", "pending": "#fcebc4", "future": ""}


def date_edit(value: date | None = None, *, optional: bool = True) -> QDateEdit:
    """A calendar date field; with ``optional`` its lowest value reads «не указана» and means None."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(QCoreApplication.translate("WorkingGroup", "not set"))
    set_date(edit, value if value or optional else date.today())
    return edit


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


def date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == NO_DATE and edit.minimumDate() == NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())


@dataclass
class FieldSpec:
    key: str
    label: str
    kind: str = "text"  # text | multiline | date | combo | int | lines
    value: Any = None
    options: Sequence[tuple[Any, str]] = field(default_factory=tuple)
    required: bool = False


class WgFormDialog(QDialog):
    """A dialog with one row per :class:`FieldSpec`; ``values()`` gives {key: value}."""

    def __init__(self, title: str, specs: Sequence[FieldSpec], parent: QWidget | None = None,
                 check: Callable[[dict], str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("wgFormDialog")
        self.resize(620, 200)
        self.specs = list(specs)
        self._check = check
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        for spec in self.specs:
            widget = self._widget(spec)
            widget.setObjectName(f"field_{spec.key}")
            self.widgets[spec.key] = widget
            form.addRow(spec.label + (" *" if spec.required else ""), widget)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _widget(self, spec: FieldSpec) -> QWidget:
        if spec.kind in ("multiline", "lines"):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(80)
            value = spec.value or ""
            edit.setPlainText("\n".join(value) if spec.kind == "lines" else value)
            return edit
        if spec.kind == "date":
            return date_edit(spec.value, optional=not spec.required)
        if spec.kind == "combo":
            combo = QComboBox()
            for data, text in spec.options:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(spec.value)))
            return combo
        if spec.kind == "int":
            spin = QSpinBox()
            spin.setRange(0, 3000)
            spin.setValue(int(spec.value or 0))
            return spin
        edit = QLineEdit(spec.value or "")
        return edit

    def set_value(self, key: str, value: Any) -> None:
        widget = self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText("\n".join(value) if isinstance(value, list | tuple) else value)
        elif isinstance(widget, QDateEdit):
            set_date(widget, value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QSpinBox):
            widget.setValue(value)
        else:
            widget.setText(value)

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for spec in self.specs:
            widget = self.widgets[spec.key]
            if spec.kind == "lines":
                result[spec.key] = tuple(x.strip() for x in widget.toPlainText().splitlines() if x.strip())
            elif spec.kind == "multiline":
                result[spec.key] = widget.toPlainText().strip()
            elif spec.kind == "date":
                result[spec.key] = date_of(widget)
            elif spec.kind == "combo":
                result[spec.key] = widget.currentData()
            elif spec.kind == "int":
                result[spec.key] = widget.value()
            else:
                result[spec.key] = widget.text().strip()
        return result

    def _accept(self) -> None:
        values = self.values()
        for spec in self.specs:
            if spec.required and values[spec.key] in (None, "", ()):
                self.error.show_error(self.tr("Fill in the field «{label}».").format(label=spec.label))
                self.widgets[spec.key].setFocus()
                return
        problem = self._check(values) if self._check else ""
        if problem:
            self.error.show_error(problem)
            return
        self.accept()


class StateTableModel(LazyIdTableModel):
    """The lazy model plus a background colour per row, from ``state_of(row)`` (see STATE_COLOURS)."""

    def __init__(self, *args, state_of: Callable[[Any], str] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.state_of = state_of

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and self.state_of is not None and index.isValid():
            row = self.row_data(index.row())
            colour = STATE_COLOURS.get(self.state_of(row), "") if row is not None else ""
            return QColor(colour) if colour else None
        return super().data(index, role)


def list_model(columns, load: Callable[[], list], parent, *, state_of=None, sort_key=None) -> StateTableModel:
    """A lazy table over a service call returning rows with ``id``; sorting is done by the service."""
    cache: dict = {}

    def ids(_key, _order, _text):
        rows = load()
        cache.clear()
        cache.update({r.id: r for r in rows})
        return [r.id for r in rows]

    def rows(wanted):
        return {i: cache[i] for i in wanted if i in cache}

    columns = [c.__class__(c.key, c.title, c.alignment, False, c.display) for c in columns]
    return StateTableModel(columns, ids, rows, parent=parent, state_of=state_of, sort_key=sort_key)


def button_row(owner: QWidget, specs, can_edit: bool, prefix: str) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """Buttons (key, text, slot, needs_edit_right, shortcut or None); disabled without the right.

    They sit on a tool bar, so a narrow window (1366 px with the navigation) folds the last ones
    into its » menu instead of widening the window."""
    row = QHBoxLayout()
    bar = QToolBar()
    bar.setObjectName(f"{prefix}_actions")
    row.addWidget(bar, 1)
    buttons: dict[str, QPushButton] = {}
    for key, text, slot, needs_edit, shortcut in specs:
        button = QPushButton(text)
        button.setObjectName(f"{prefix}_{key}")
        button.clicked.connect(slot)
        button.setEnabled(can_edit or not needs_edit)
        if shortcut:
            button.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            sc = QShortcut(QKeySequence(shortcut), owner)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda b=button: b.isEnabled() and b.click())
        bar.addWidget(button)
        buttons[key] = button
    return row, buttons


def staff_options(people, *, empty: str = "") -> list[tuple[str | None, str]]:
    options: list[tuple[str | None, str]] = [(None, empty)] if empty else []
    return options + [(p.id, f"{p.full_name}" + (f" — {p.position}" if p.position else "")) for p in people]


class RecordsTab(QWidget):
    """A tab of the working-group page: a table of records, forms to add and edit them."""

    model: LazyIdTableModel

    def make_table(self, object_name: str, widths: dict[int, int], on_activate) -> DataTableView:
        """The tab's table over ``self.model``; a double click on a row calls ``on_activate``."""
        self.table = DataTableView()
        self.table.setObjectName(object_name)
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: on_activate())
        return self.table

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def _dialog(self, title, specs) -> WgFormDialog:
        """Made in one place so tests can fill and accept it."""
        return WgFormDialog(title, specs, self)
