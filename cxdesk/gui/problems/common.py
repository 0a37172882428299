"""Pieces the problems tabs share: a combo box the user can type into to find an item (journeys,
touchpoints, staff and problems lists are long), the red/amber/green state of a row, and opening a set
of records (a problem's evidence, a candidate's records) in the feedback register.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from cxdesk.services.problems_terms import CLOSED_STATUSES

SEVERITY_STATES = {"critical": "overdue", "high": "due_soon"}  # colours of working_group.common.STATE_COLOURS


def searchable(combo: QComboBox) -> QComboBox:
    """Typing filters the list by any part of an item's text (Enter or a click picks it)."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setMinimumContentsLength(12)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def fill(combo: QComboBox, items, empty: str | None = None, current=None) -> None:
    """Replace the items (data, text) keeping the current choice when it is still there."""
    current = combo.currentData() if current is None else current
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def problem_state(row) -> str:
    """Row colour of the register: closed problems grey or green, critical red, high amber."""
    if row.status == "solved":
        return "done"
    if row.status in CLOSED_STATUSES:
        return "cancelled"
    return SEVERITY_STATES.get(row.severity, "ok")


def show_in_register(widget: QWidget, scope) -> bool:
    """Go to «Обратная связь» showing only ``scope``'s records; False when there is no main window."""
    window = widget.window()
    if not hasattr(window, "show_area"):
        return False
    window.show_area("feedback")
    page = window.page("feedback")
    if page is None or not hasattr(page, "show_scope"):
        return False
    page.show_scope(scope)
    return True
