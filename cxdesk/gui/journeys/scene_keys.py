"""Keyboard and clipboard of the journey map: arrows move the selection between cards, F2/Enter edit
in place, Delete removes the selected cards (one undo step), Insert adds a card to the current cell,
copy and paste duplicate cards into the current cell. Mixed into :class:`MapScene`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent

from cxdesk.core.journey import LaneKind
from cxdesk.gui.journeys import commands as cmd
from cxdesk.gui.journeys.items import InlineEditor


class KeyboardMixin:
    # -- clipboard and keyboard ------------------------------------------------------------------

    def copy_selection(self) -> int:
        cards = [self.doc.cards[i] for i in self.selected_cards()]
        self.clipboard = [(c.text, c.color, c.channel) for c in cards]
        return len(cards)

    def paste(self) -> None:
        cell = self.current_cell
        if self.read_only or not self.clipboard or cell is None:
            return
        if self.doc.lane(cell[0]).kind == LaneKind.EMOTIONS:
            return
        self.stack.push(cmd.Batch(QCoreApplication.translate("MapScene", "Paste cards"), [
            cmd.AddCard(self.doc, cell[0], cell[1], text, color=color, channel=channel)
            for text, color, channel in self.clipboard]))

    def delete_selection(self) -> None:
        cards = self.selected_cards()
        if self.read_only or not cards:
            return
        self.stack.push(cmd.Batch(QCoreApplication.translate("MapScene", "Delete cards"),
                                  [cmd.RemoveCard(self.doc, card_id) for card_id in cards]))

    def _neighbour(self, card_id: str, key: int) -> str | None:
        card = self.doc.cards[card_id]
        stages, lanes = [s.id for s in self.visible_stages()], [ln.id for ln in self.visible_lanes()]
        col, row = stages.index(card.stage_id), lanes.index(card.lane_id)
        cell = self.doc.cell(card.lane_id, card.stage_id)
        if key == Qt.Key.Key_Up and card.position > 0:
            return cell[card.position - 1].id
        if key == Qt.Key.Key_Down and card.position < len(cell) - 1:
            return cell[card.position + 1].id
        step = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                Qt.Key.Key_Down: (0, 1)}[key]
        col, row = col + step[0], row + step[1]
        while 0 <= col < len(stages) and 0 <= row < len(lanes):
            target = self.doc.cell(lanes[row], stages[col])
            if target:
                return (target[-1] if step[1] < 0 else target[0]).id
            col, row = col + step[0], row + step[1]
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if isinstance(self.focusItem(), InlineEditor):
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        cards = self.selected_cards()
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        if key in arrows and len(cards) == 1:
            nxt = self._neighbour(cards[0], key)
            if nxt is not None:
                self.select_only(nxt)
            event.accept()
            return
        if key in arrows and not cards and self.card_items:
            self.select_only(self.doc.touchpoints()[0].id if self.doc.touchpoints() else next(iter(self.card_items)))
            event.accept()
            return
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(self.selectedItems()) == 1:
            self.start_inline_edit(self.selectedItems()[0])
            event.accept()
            return
        if key == Qt.Key.Key_Delete and cards:
            self.delete_selection()
            event.accept()
            return
        if key == Qt.Key.Key_Insert and not mods:
            self.add_card()
            event.accept()
            return
        super().keyPressEvent(event)
