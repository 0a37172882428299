"""Graphics items of the journey map: the grid, stage and lane headers, cards, the emotion curve.

Items know their document id and paint themselves; they change nothing. On release of a drag
or at the end of inline editing they ask the scene (``self.scene()``) to push an undo command.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
)

from cxdesk.core.journey import COLOURS

LANE_W, STAGE_W, HEADER_H = 170.0, 236.0, 48.0
CARD_W, PAD, GAP = 216.0, 10.0, 6.0
MIN_LANE_H, EMOTION_H = 58.0, 140.0
TEXT_FLAGS = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
GRID_PEN = QColor("#D5DBE3")
HEADER_BG, HEADER_FG, LANE_BG = QColor("#34495E"), QColor("#FFFFFF"), QColor("#EEF1F5")


def card_font() -> QFont:
    font = QFont()
    font.setPointSizeF(9.0)
    return font


def small_font() -> QFont:
    font = QFont()
    font.setPointSizeF(7.8)
    return font


def card_height(text: str, channel: str, metrics: QFontMetrics, small: QFontMetrics) -> float:
    h = metrics.boundingRect(0, 0, int(CARD_W - 12), 10000, TEXT_FLAGS, text or " ").height() + 12
    if channel:
        h += small.height() + 2
    return float(max(30, h))


# comparison of two versions: outline colour, pen style and the symbol in the corner tag
MARKS = {
    "added": ("#1E7B34", Qt.PenStyle.SolidLine, "+"),
    "removed": ("#B3261E", Qt.PenStyle.DashLine, "−"),
    "changed": ("#C77700", Qt.PenStyle.SolidLine, "≠"),
}


def paint_mark(painter: QPainter, rect: QRectF, mark: str, *, inside: bool = False) -> None:
    """A coloured outline and a round tag with a symbol at the top-right corner (colour is not alone)."""
    colour, style, symbol = MARKS[mark]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(colour), 2.6, style))
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
    tag = (QRectF(rect.right() - 20, rect.top() + 4, 16, 16) if inside
           else QRectF(rect.right() - 11, rect.top() - 6, 16, 16))
    painter.setBrush(QColor(colour))
    painter.setPen(QPen(QColor("#FFFFFF"), 1.2))
    painter.drawEllipse(tag)
    font = QFont()
    font.setBold(True)
    font.setPointSizeF(9.5)
    painter.setFont(font)
    painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), symbol)
    painter.restore()


class GridItem(QGraphicsItem):
    """Row bands and column lines behind the cards (one item: cheap to paint at any zoom)."""

    def __init__(self, lane_tops: list[float], lane_heights: list[float], columns: int,
                 emotion_band: tuple[float, float] | None = None) -> None:
        super().__init__()
        self.tops, self.heights, self.columns = lane_tops, lane_heights, columns
        self.emotion_band = emotion_band
        self.setZValue(-10)

    def boundingRect(self) -> QRectF:
        height = (self.tops[-1] + self.heights[-1]) if self.tops else HEADER_H
        return QRectF(0, 0, LANE_W + STAGE_W * self.columns, height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        rect = self.boundingRect()
        for i, (top, h) in enumerate(zip(self.tops, self.heights, strict=True)):
            painter.fillRect(QRectF(LANE_W, top, rect.width() - LANE_W, h),
                             QColor("#FFFFFF") if i % 2 == 0 else QColor("#F7F9FB"))
        painter.setPen(QPen(GRID_PEN, 1))
        for top in self.tops:
            painter.drawLine(QPointF(0, top), QPointF(rect.width(), top))
        painter.drawLine(QPointF(0, rect.bottom()), QPointF(rect.width(), rect.bottom()))
        for c in range(self.columns + 1):
            x = LANE_W + c * STAGE_W
            painter.drawLine(QPointF(x, 0), QPointF(x, rect.bottom()))
        if self.emotion_band is not None:
            top, h = self.emotion_band
            painter.setFont(small_font())
            for value, label in ((2, "+2"), (0, "0"), (-2, "−2")):
                y = top + 16 + (2 - value) / 4 * (h - 32)
                painter.setPen(QPen(QColor("#B0B7C3"), 1, Qt.PenStyle.DashLine if value == 0 else Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(LANE_W, y), QPointF(rect.width(), y))
                painter.setPen(QColor("#8A94A3"))
                painter.drawText(QPointF(LANE_W + 3, y - 2), label)


class HeaderItem(QGraphicsObject):
    """A stage header (column) or lane header (row); dragging it along its axis reorders."""

    def __init__(self, kind: str, item_id: str, text: str, rect: QRectF, *, movable: bool = True) -> None:
        super().__init__()
        self.kind, self.item_id, self.text, self.rect = kind, item_id, text, rect
        self.movable = movable
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(20 if kind == "stage" else 19)
        self.setCursor(Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.ArrowCursor)
        self._press: QPointF | None = None
        self._origin = QPointF()
        self.setToolTip(text)
        self.mark = ""  # comparison mark of a stage: "added" / "removed" / "changed"

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        stage = self.kind == "stage"
        painter.fillRect(self.rect, HEADER_BG if stage else LANE_BG)
        painter.setPen(QPen(GRID_PEN, 1))
        painter.drawRect(self.rect)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(9.5 if stage else 9.0)
        painter.setFont(font)
        painter.setPen(HEADER_FG if stage else QColor("#1F2D3D"))
        painter.drawText(self.rect.adjusted(8, 4, -22 if self.mark else -8, -4), TEXT_FLAGS, self.text)
        if self.mark:
            paint_mark(painter, self.rect, self.mark, inside=True)
        if self.isSelected():
            painter.setPen(QPen(QColor("#F39C12"), 2.5))
            painter.drawRect(self.rect.adjusted(1, 1, -1, -1))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if self.movable and event.button() == Qt.MouseButton.LeftButton:
            self._press, self._origin = event.scenePos(), self.pos()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            return
        delta = event.scenePos() - self._press
        if self.kind == "stage":
            self.setPos(self._origin.x() + delta.x(), self.pos().y())
        else:
            self.setPos(self.pos().x(), self._origin.y() + delta.y())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._press is not None:
            moved = event.scenePos() - self._press
            self._press = None
            if abs(moved.x()) + abs(moved.y()) > 4:
                self.scene().header_dropped(self, event.scenePos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.scene().start_inline_edit(self)


class CardItem(QGraphicsObject):
    """A card in a cell; touchpoints show their channel under the text."""

    def __init__(self, card_id: str, text: str, color: str, channel: str, height: float,
                 *, touchpoint: bool) -> None:
        super().__init__()
        self.card_id, self.text, self.color, self.channel = card_id, text, color, channel
        self.touchpoint = touchpoint
        self.rect = QRectF(0, 0, CARD_W, height)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(f"{text}\n{channel}" if channel else text)
        self._press_pos: QPointF | None = None
        self.bottom_reserve = 0.0  # room kept under the text for a metrics badge
        self.heat = ""  # colour of the metrics stripe on the left edge ("" = none)
        self.mark = ""  # comparison mark: "added" / "removed" / "changed" ("" = none)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -8, 8, 2)  # room for the comparison tag at the top-right corner

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected()
        painter.setBrush(QBrush(QColor(COLOURS.get(self.color, "#FFFFFF"))))
        painter.setPen(QPen(QColor("#F39C12") if selected else QColor("#9AA5B1"), 2.2 if selected else 1))
        radius = 9 if self.touchpoint else 4
        painter.drawRoundedRect(self.rect, radius, radius)
        if self.heat:
            painter.fillRect(QRectF(1, radius, 4, self.rect.height() - 2 * radius), QColor(self.heat))
        if self.mark:
            paint_mark(painter, self.rect, self.mark)
        painter.setFont(card_font())
        painter.setPen(QColor("#1F2D3D"))
        text_rect = self.rect.adjusted(6, 5, -6, -5)
        painter.drawText(text_rect, TEXT_FLAGS, self.text)
        if self.channel:
            painter.setFont(small_font())
            painter.setPen(QColor("#5D6D7E"))
            metrics = QFontMetrics(small_font())
            bottom = self.rect.height() - self.bottom_reserve - metrics.height() - 4
            painter.drawText(QRectF(6, bottom, CARD_W - 12, metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft), "◉ " + self.channel)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._press_pos = self.pos()
        self.setZValue(50)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(0)
        start, self._press_pos = self._press_pos, None
        if start is not None and (self.pos() - start).manhattanLength() > 4:
            self.scene().card_dropped(self, self.sceneBoundingRect().center(), start)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.scene().start_inline_edit(self)


class EmotionPoint(QGraphicsObject):
    """A draggable point of the curve; the scene turns the drag into merged undo commands."""

    RADIUS = 7.0

    def __init__(self, stage_id: str, has_value: bool) -> None:
        super().__init__()
        self.stage_id, self.has_value = stage_id, has_value
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setZValue(5)
        self._dragging = False

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        value = self.scene().emotion_value_at(self.pos().y()) if self.scene() else 0
        colour = QColor("#3C9D4E") if value > 0.25 else QColor("#C0392B") if value < -0.25 else QColor("#E0A800")
        painter.setPen(QPen(QColor("#FFFFFF") if self.has_value else colour, 2))
        painter.setBrush(colour if self.has_value else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), self.RADIUS, self.RADIUS)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._dragging = True
        self.scene().emotion_drag_started(self)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._dragging:
            self.scene().emotion_dragged(self, event.scenePos().y())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._dragging = False


class CurveItem(QGraphicsPathItem):
    def __init__(self) -> None:
        super().__init__()
        self.setPen(QPen(QColor("#2F6DB5"), 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.setZValue(4)

    def set_points(self, points: list[QPointF]) -> None:
        path = QPainterPath()
        if points:
            path.moveTo(points[0])
            for a, b in zip(points, points[1:], strict=False):
                mid = (a.x() + b.x()) / 2
                path.cubicTo(QPointF(mid, a.y()), QPointF(mid, b.y()), b)
        self.setPath(path)


class InlineEditor(QGraphicsTextItem):
    """Edits a card text or a header name in place: Enter or leaving commits, Esc cancels."""

    def __init__(self, target: QGraphicsItem, text: str, width: float) -> None:
        super().__init__(text)
        self.target = target
        self.setTextWidth(width)
        self.setFont(card_font())
        self.setDefaultTextColor(QColor("#000000"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(100)
        self._done = False

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.fillRect(self.boundingRect(), QColor("#FFFDE7"))
        painter.setPen(QPen(QColor("#F39C12"), 2))
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)

    def finish(self, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        scene = self.scene()
        if scene is not None:
            scene.finish_inline_edit(self, self.toPlainText().strip() if commit else None)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finish(False)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.finish(True)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finish(True)
