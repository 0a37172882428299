"""The journey map as a ``QGraphicsScene``: lays the document out and turns gestures into undo commands.

The scene observes the document: any change rebuilds the items (a few hundred cards take a few
milliseconds), except the emotion curve, which is moved in place so that a point being dragged
keeps its mouse grab. Stage headers stay at the top and lane headers at the left while the view
scrolls (:meth:`MapScene.pin`).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QFontMetrics, QTransform, QUndoStack
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from cxdesk.core.journey import EMOTION_MAX, EMOTION_MIN, JourneyDocument, LaneKind
from cxdesk.gui.journeys import commands as cmd
from cxdesk.gui.journeys.items import (
    CARD_W,
    EMOTION_H,
    GAP,
    HEADER_H,
    LANE_W,
    MIN_LANE_H,
    PAD,
    STAGE_W,
    CardItem,
    CurveItem,
    EmotionPoint,
    GridItem,
    HeaderItem,
    InlineEditor,
    card_font,
    card_height,
    small_font,
)
from cxdesk.gui.journeys.metrics import BADGE_H, HEAT_COLOURS, MetricBadge, badge_text, badge_tooltip
from cxdesk.gui.journeys.scene_keys import KeyboardMixin
from cxdesk.services.journey_metrics import heat_level


class MapScene(KeyboardMixin, QGraphicsScene):
    selection_described = Signal(str, str)  # ("card" | "stage" | "lane" | "", id)
    metrics_clicked = Signal(str)  # touchpoint id: open its feedback

    def __init__(self, doc: JourneyDocument, stack: QUndoStack, *, read_only: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.doc, self.stack, self.read_only = doc, stack, read_only
        self.card_items: dict[str, CardItem] = {}
        self.stage_headers: dict[str, HeaderItem] = {}
        self.lane_headers: dict[str, HeaderItem] = {}
        self.points: dict[str, EmotionPoint] = {}
        self.curve: CurveItem | None = None
        self.current_cell: tuple[str, str] | None = None
        self._pin = QPointF(0, 0)
        self._drags = itertools.count(1)
        self._drag_id = 0
        self._emotion_band = (0.0, 0.0)
        self.clipboard: list[tuple[str, str, str]] = []
        self.inline_editor: InlineEditor | None = None
        self.metrics: dict | None = None  # touchpoint id → TouchpointMetrics; None: metrics not shown
        self.metrics_scope = ""
        self.marks: dict[str, str] = {}  # stage/card id → comparison mark
        self.selectionChanged.connect(self._describe_selection)
        doc.subscribe(self._on_document)
        self.rebuild()

    # -- layout ---------------------------------------------------------------------------------

    def visible_stages(self):
        return [s for s in self.doc.stages if not s.hidden]

    def visible_lanes(self):
        return [ln for ln in self.doc.lanes if not ln.hidden]

    def rebuild(self) -> None:
        selected = self.selected_ids()
        self.blockSignals(True)
        self.clear()
        self.card_items, self.stage_headers, self.lane_headers, self.points = {}, {}, {}, {}
        metrics, small = QFontMetrics(card_font()), QFontMetrics(small_font())
        stages, lanes = self.visible_stages(), self.visible_lanes()
        columns = {s.id: i for i, s in enumerate(stages)}
        cells: dict[tuple[str, str], list] = {}
        for card in sorted(self.doc.cards.values(), key=lambda c: c.position):
            if card.stage_id in columns:
                cells.setdefault((card.lane_id, card.stage_id), []).append(card)
        touch_lanes = {ln.id for ln in lanes if ln.kind == LaneKind.TOUCHPOINTS}
        badge = BADGE_H if self.metrics is not None else 0.0
        heights = {c.id: card_height(c.text, c.channel, metrics, small)
                   + (badge if c.lane_id in touch_lanes else 0) for cell in cells.values() for c in cell}
        self.lane_tops, self.lane_heights = [], []
        top = HEADER_H
        for lane in lanes:
            if lane.kind == LaneKind.EMOTIONS:
                h = EMOTION_H
            else:
                tallest = max((sum(heights[c.id] + GAP for c in cells.get((lane.id, s.id), [])) for s in stages),
                              default=0)
                h = max(MIN_LANE_H, tallest - GAP + 2 * PAD if tallest else MIN_LANE_H)
            self.lane_tops.append(top)
            self.lane_heights.append(h)
            top += h
        band = next(((t, h) for ln, t, h in zip(lanes, self.lane_tops, self.lane_heights, strict=True)
                     if ln.kind == LaneKind.EMOTIONS), None)
        self.addItem(GridItem(self.lane_tops, self.lane_heights, len(stages), band))
        corner = HeaderItem("corner", "", self.tr("Stages → / Lanes ↓"), QRectF(0, 0, LANE_W, HEADER_H),
                            movable=False)
        corner.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        corner.setZValue(30)
        self.addItem(corner)
        self.corner = corner
        for i, s in enumerate(stages):
            item = HeaderItem("stage", s.id, f"{i + 1}. {s.name}", QRectF(0, 0, STAGE_W, HEADER_H),
                              movable=not self.read_only)
            item.setPos(LANE_W + i * STAGE_W, 0)
            item.mark = self.marks.get(s.id, "")
            self.addItem(item)
            self.stage_headers[s.id] = item
        for lane, y, h in zip(lanes, self.lane_tops, self.lane_heights, strict=True):
            item = HeaderItem("lane", lane.id, lane.name, QRectF(0, 0, LANE_W, h), movable=not self.read_only)
            item.setPos(0, y)
            self.addItem(item)
            self.lane_headers[lane.id] = item
            if lane.kind == LaneKind.EMOTIONS:
                self._emotion_band = (y, h)
                continue
            for s in stages:
                yy = y + PAD
                for c in cells.get((lane.id, s.id), []):
                    card = CardItem(c.id, c.text, c.color, c.channel, heights[c.id],
                                    touchpoint=lane.kind == LaneKind.TOUCHPOINTS)
                    card.setPos(LANE_W + columns[s.id] * STAGE_W + (STAGE_W - CARD_W) / 2, yy)
                    if self.read_only:
                        card.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
                    card.mark = self.marks.get(c.id, "")
                    if badge and lane.kind == LaneKind.TOUCHPOINTS:
                        self._add_badge(card)
                    self.addItem(card)
                    self.card_items[c.id] = card
                    yy += heights[c.id] + GAP
        if any(ln.kind == LaneKind.EMOTIONS for ln in lanes):
            self.curve = CurveItem()
            self.addItem(self.curve)
            for s in stages:
                point = EmotionPoint(s.id, s.emotion is not None)
                if self.read_only:
                    point.setEnabled(False)
                self.addItem(point)
                self.points[s.id] = point
            self.update_emotions()
        else:
            self.curve = None
        self.setSceneRect(QRectF(0, 0, LANE_W + STAGE_W * max(1, len(stages)) + 40, top + 40))
        for item_id in selected:
            item = self.card_items.get(item_id) or self.stage_headers.get(item_id) or self.lane_headers.get(item_id)
            if item is not None:
                item.setSelected(True)
        self.blockSignals(False)
        self.pin(self._pin)
        self._describe_selection()

    def _add_badge(self, card: CardItem) -> None:
        m = self.metrics.get(card.card_id)
        level = heat_level(m)
        card.bottom_reserve = BADGE_H
        card.heat = HEAT_COLOURS[level][1] if m is not None and m.total else ""
        tip = badge_tooltip(m, level, self.metrics_scope)
        card.badge = MetricBadge(card.card_id, badge_text(m), level, tip, CARD_W - 12)
        # setParentItem hands the badge to the card (a parent given to the constructor leaves it owned by
        # Python, and the card deleting it on a rebuild would then be a double delete)
        card.badge.setParentItem(card)
        card.badge.setPos(6, card.rect.height() - BADGE_H + 1)

    def set_metrics(self, metrics: dict | None, scope: str = "") -> None:
        """Show feedback metrics on the touchpoints (``None`` hides them)."""
        self.metrics, self.metrics_scope = metrics, scope
        self.rebuild()

    def set_marks(self, marks: dict[str, str]) -> None:
        """Mark stages and cards as added / removed / changed (comparison of two versions)."""
        self.marks = dict(marks)
        self.rebuild()

    def update_emotions(self) -> None:
        points = []
        for i, s in enumerate(self.visible_stages()):
            point = self.points.get(s.id)
            if point is None:
                continue
            point.has_value = s.emotion is not None
            point.setPos(LANE_W + (i + 0.5) * STAGE_W, self.emotion_y(s.emotion or 0.0))
            tip = self.tr("Emotion: {value}").format(value=f"{s.emotion:+.1f}" if s.emotion is not None else "—")
            point.setToolTip(f"{tip}\n{s.emotion_note}" if s.emotion_note else tip)
            point.update()
            if s.emotion is not None:
                points.append(point.pos())
        if self.curve is not None:
            self.curve.set_points(points)

    def emotion_y(self, value: float) -> float:
        top, h = self._emotion_band
        return top + 16 + (EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN) * (h - 32)

    def emotion_value_at(self, y: float) -> float:
        top, h = self._emotion_band
        if h <= 32:
            return 0.0
        value = EMOTION_MAX - (y - top - 16) / (h - 32) * (EMOTION_MAX - EMOTION_MIN)
        return round(max(EMOTION_MIN, min(EMOTION_MAX, value)) * 10) / 10

    def pin(self, top_left: QPointF) -> None:
        """Keep stage headers at the top and lane headers at the left of the visible area."""
        self._pin = QPointF(top_left)
        y, x = max(0.0, top_left.y()), max(0.0, top_left.x())
        for header in self.stage_headers.values():
            header.setY(y)
        for header in self.lane_headers.values():
            header.setX(x)
        if getattr(self, "corner", None) is not None:
            self.corner.setPos(x, y)

    def cell_at(self, pos: QPointF) -> tuple[str, str] | None:
        stages, lanes = self.visible_stages(), self.visible_lanes()
        column = int((pos.x() - LANE_W) // STAGE_W)
        if not 0 <= column < len(stages) or pos.x() < LANE_W:
            return None
        for lane, top, h in zip(lanes, self.lane_tops, self.lane_heights, strict=True):
            if top <= pos.y() < top + h:
                return lane.id, stages[column].id
        return None

    # -- selection ------------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        result = []
        for item in self.selectedItems():
            if isinstance(item, CardItem):
                result.append(item.card_id)
            elif isinstance(item, HeaderItem):
                result.append(item.item_id)
        return result

    def selected_cards(self) -> list[str]:
        return [i.card_id for i in self.selectedItems() if isinstance(i, CardItem)]

    def _describe_selection(self) -> None:
        items = self.selectedItems()
        item = items[0] if len(items) == 1 else None
        if isinstance(item, CardItem):
            card = self.doc.cards.get(item.card_id)
            if card is not None:
                self.current_cell = (card.lane_id, card.stage_id)
            self.selection_described.emit("card", item.card_id)
        elif isinstance(item, HeaderItem):
            self.selection_described.emit(item.kind, item.item_id)
        elif isinstance(item, EmotionPoint):
            self.selection_described.emit("stage", item.stage_id)
        else:
            self.selection_described.emit("", "")

    def select_only(self, item_id: str) -> None:
        self.clearSelection()
        item = self.card_items.get(item_id) or self.stage_headers.get(item_id) or self.lane_headers.get(item_id)
        if item is not None:
            item.setSelected(True)
            item.setFocus()
            for view in self.views():
                view.ensureVisible(item)

    # -- document notifications -----------------------------------------------------------------

    def _on_document(self, what: str, item_id: str) -> None:
        if what == "emotion":
            self.update_emotions()
        elif what != "meta":
            self.rebuild()

    def detach(self) -> None:
        self.doc.unsubscribe(self._on_document)

    # -- gestures → commands --------------------------------------------------------------------

    def push(self, command) -> None:
        if not self.read_only:
            self.stack.push(command)

    def can_move(self, card_id: str, lane_id: str) -> bool:
        source = self.doc.lane(self.doc.cards[card_id].lane_id).kind
        target = self.doc.lane(lane_id).kind
        return target != LaneKind.EMOTIONS and (source == LaneKind.TOUCHPOINTS) == (target == LaneKind.TOUCHPOINTS)

    def card_dropped(self, item: CardItem, centre: QPointF, start: QPointF) -> None:
        cell = self.cell_at(centre)
        card = self.doc.cards[item.card_id]
        if self.read_only or cell is None or not self.can_move(card.id, cell[0]):
            item.setPos(start)
            return
        moving = [card.id] + [i for i in self.selected_cards() if i != card.id and self.can_move(i, cell[0])]
        others = [c for c in self.doc.cell(*cell) if c.id not in moving]
        index = sum(1 for c in others if self.card_items[c.id].sceneBoundingRect().center().y() < centre.y())
        if len(moving) == 1 and (card.lane_id, card.stage_id, card.position) == (cell[0], cell[1], index):
            item.setPos(start)
            return
        self.current_cell = cell
        if len(moving) == 1:
            self.push(cmd.MoveCard(self.doc, card.id, cell[0], cell[1], index))
            return
        self.push(cmd.Batch(self.tr("Move cards"), [  # several selected cards: one undo step
            cmd.MoveCard(self.doc, card_id, cell[0], cell[1], index + offset)
            for offset, card_id in enumerate(moving)]))

    def header_dropped(self, header: HeaderItem, pos: QPointF) -> None:
        if header.kind == "stage":
            stages = self.visible_stages()
            column = max(0, min(len(stages) - 1, int((pos.x() - LANE_W) // STAGE_W)))
            target = self.doc.stage_index(stages[column].id)
            if target != self.doc.stage_index(header.item_id):
                self.push(cmd.MoveStage(self.doc, header.item_id, target))
                return
        elif header.kind == "lane":
            lanes = self.visible_lanes()
            row = next((i for i, (t, h) in enumerate(zip(self.lane_tops, self.lane_heights, strict=True))
                        if t <= pos.y() < t + h), len(lanes) - 1 if pos.y() > HEADER_H else 0)
            target = self.doc.lane_index(lanes[row].id)
            if target != self.doc.lane_index(header.item_id):
                self.push(cmd.MoveLane(self.doc, header.item_id, target))
                return
        self.rebuild()

    def emotion_drag_started(self, point: EmotionPoint) -> None:
        self._drag_id = next(self._drags)

    def emotion_dragged(self, point: EmotionPoint, y: float) -> None:
        value = self.emotion_value_at(y)
        if value != self.doc.stage(point.stage_id).emotion:
            self.push(cmd.SetEmotion(self.doc, point.stage_id, value, drag=self._drag_id))

    def add_card(self, cell: tuple[str, str] | None = None, text: str | None = None, *, edit: bool = True) -> None:
        cell = cell or self.current_cell
        if self.read_only or cell is None or self.doc.lane(cell[0]).kind == LaneKind.EMOTIONS:
            return
        command = cmd.AddCard(self.doc, cell[0], cell[1], text or self.tr("New card"))
        self.push(command)
        self.select_only(command.card_id)
        if edit:
            self.start_inline_edit(self.card_items[command.card_id])

    def start_inline_edit(self, target: QGraphicsItem) -> None:
        if self.read_only:
            return
        if isinstance(target, CardItem):
            text, width = target.text, CARD_W
        elif isinstance(target, HeaderItem) and target.kind in ("stage", "lane"):
            text = (self.doc.stage(target.item_id).name if target.kind == "stage"
                    else self.doc.lane(target.item_id).name)
            width = target.rect.width()
        else:
            return
        editor = InlineEditor(target, text, width)
        editor.setPos(target.sceneBoundingRect().topLeft())
        self.addItem(editor)
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        editor.setTextCursor(cursor)
        self.inline_editor = editor

    def finish_inline_edit(self, editor: InlineEditor, text: str | None) -> None:
        target = editor.target
        self.inline_editor = None
        # Taken out of the scene now (a rebuild would delete it under its own event handler) and kept
        # alive until the next edit, as its key or focus event is still on the stack.
        if editor.scene() is self:
            self.removeItem(editor)
        self._retired_editor = editor
        if not text:
            return
        if isinstance(target, CardItem) and target.card_id in self.doc.cards:
            if text != self.doc.cards[target.card_id].text:
                self.push(cmd.SetCardField(self.doc, target.card_id, "text", text))
        elif isinstance(target, HeaderItem) and target.kind == "stage" and text != self.doc.stage(target.item_id).name:
            self.push(cmd.RenameStage(self.doc, target.item_id, text))
        elif isinstance(target, HeaderItem) and target.kind == "lane" and text != self.doc.lane(target.item_id).name:
            self.push(cmd.RenameLane(self.doc, target.item_id, text))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        cell = self.cell_at(event.scenePos())
        if cell is not None:
            self.current_cell = cell
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.itemAt(event.scenePos(), self.views()[0].transform() if self.views() else QTransform())
        if item is None or isinstance(item, GridItem):
            cell = self.cell_at(event.scenePos())
            if cell is not None:
                self.add_card(cell)
                return
        super().mouseDoubleClickEvent(event)
