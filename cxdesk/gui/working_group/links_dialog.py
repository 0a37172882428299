"""Links of an improvement measure to client journeys and their touchpoints (R6, R7): two check lists
filled from the journeys area (``cxdesk.services.journeys``); the measure keeps the chosen ids.
Problems and recommendations are linked the same way once the problems area exists.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from cxdesk.services import journeys


class LinksDialog(QDialog):
    def __init__(self, ctx, journey_ids: tuple[str, ...], touchpoint_ids: tuple[str, ...], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Journeys and touchpoints of the measure"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        lists = QHBoxLayout()
        self.journeys = self._list(lists, self.tr("Client journeys"), [
            (r.id, r.title) for r in journeys.journey_rows(ctx.db, ctx.actor,
                                                           journeys.list_journey_ids(ctx.db, ctx.actor))],
            journey_ids)
        self.touchpoints = self._list(lists, self.tr("Touchpoints"), [
            (t.id, f"{t.journey_title} · {t.stage_name} · {t.name}") for t in journeys.list_touchpoints(ctx.db, ctx.actor)],
            touchpoint_ids)
        layout.addLayout(lists, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _list(layout, title: str, rows, chosen) -> QListWidget:
        column = QVBoxLayout()
        column.addWidget(QLabel(title))
        listing = QListWidget()
        for row_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row_id in chosen else Qt.CheckState.Unchecked)
            listing.addItem(item)
        column.addWidget(listing, 1)
        layout.addLayout(column, 1)
        return listing

    @staticmethod
    def _checked(listing: QListWidget) -> tuple[str, ...]:
        return tuple(listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())
                     if listing.item(i).checkState() == Qt.CheckState.Checked)

    def chosen(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return self._checked(self.journeys), self._checked(self.touchpoints)
