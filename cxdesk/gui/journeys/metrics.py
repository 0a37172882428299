"""Feedback metrics on the journey map: the «Metrics» toolbar control and the badge on touchpoint cards.

The control chooses whether metrics are shown, the period (the same choices as the feedback
register's period filter, so a badge and the register it opens count the same records) and the office.
Each touchpoint card then carries a badge «●12 ▲3,1» — complaints and appeals, the mean rating —
in its heat colour with a word beside it (colour is never the only signal) and a tooltip with every
number. Clicking the badge asks the scene to open the register filtered to that touchpoint.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsObject,
    QGraphicsSceneMouseEvent,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyleOptionGraphicsItem,
    QToolButton,
    QWidget,
)

from cxdesk.services.journey_metrics import AMBER, GREEN, NO_DATA, RED, TouchpointMetrics

BADGE_H = 20.0
# fill, border and text of the badge per heat level (the same red/amber/green as everywhere in the program)
HEAT_COLOURS = {
    RED: ("#FDE2E0", "#B3261E", "#8C1D18"),
    AMBER: ("#FFF1CC", "#9A6700", "#6B4700"),
    GREEN: ("#DDF3E2", "#1E7B34", "#155724"),
    NO_DATA: ("#F0F2F5", "#A0A8B3", "#5D6D7E"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("JourneyMetrics", text)


def level_word(level: str) -> str:
    return {
        RED: QCoreApplication.translate("JourneyMetrics", "hot"),
        AMBER: QCoreApplication.translate("JourneyMetrics", "watch"),
        GREEN: QCoreApplication.translate("JourneyMetrics", "fine"),
        NO_DATA: QCoreApplication.translate("JourneyMetrics", "few data"),
    }[level]


def number(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def badge_text(m: TouchpointMetrics | None) -> str:
    if m is None or not m.total:
        return QCoreApplication.translate("JourneyMetrics", "no feedback")
    rating = number(m.mean_rating) if m.mean_rating is not None else "—"
    return f"●{m.complaints} ▲{rating}"


def badge_tooltip(m: TouchpointMetrics | None, level: str, scope: str) -> str:
    if m is None or not m.total:
        text = QCoreApplication.translate(
            "JourneyMetrics", "No feedback records on this touchpoint for {scope}."
        ).format(scope=scope)
    else:
        rating = (
            QCoreApplication.translate("JourneyMetrics", "mean rating {mean} of 5 ({rated} ratings)").format(
                mean=number(m.mean_rating), rated=m.rated
            )
            if m.mean_rating is not None
            else QCoreApplication.translate("JourneyMetrics", "no ratings")
        )
        text = QCoreApplication.translate(
            "JourneyMetrics",
            "{scope}: {total} records · complaints and appeals ● {complaints} · negative mentions "
            "{negative} · {rating} · level: {level}",
        ).format(
            scope=scope,
            total=m.total,
            complaints=m.complaints,
            negative=m.negative_mentions,
            rating=rating,
            level=level_word(level),
        )
    return (
        text
        + "\n"
        + QCoreApplication.translate(
            "JourneyMetrics", "Click to open the feedback register filtered to this touchpoint."
        )
    )


class MetricBadge(QGraphicsObject):
    """The badge at the bottom of a touchpoint card; a click opens the touchpoint's feedback."""

    def __init__(self, card_id: str, text: str, level: str, tooltip: str, width: float, parent=None) -> None:
        super().__init__(parent)
        self.card_id, self.text, self.level = card_id, text, level
        self.word = (
            level_word(level) if text != QCoreApplication.translate("JourneyMetrics", "no feedback") else ""
        )
        self.rect = QRectF(0, 0, width, BADGE_H - 4)
        self.setToolTip(tooltip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    def boundingRect(self) -> QRectF:
        return self.rect

    @staticmethod
    def font() -> QFont:
        font = QFont()
        font.setPointSizeF(7.8)
        font.setBold(True)
        return font

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        fill, border, ink = HEAT_COLOURS[self.level]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self.font()
        metrics = QFontMetrics(font)
        label = f"{self.text}  {self.word}" if self.word else self.text
        width = min(self.rect.width(), metrics.horizontalAdvance(label) + 14)
        pill = QRectF(0, 0, width, self.rect.height())
        painter.setBrush(QBrush(QColor(fill)))
        painter.setPen(QPen(QColor(border), 1.2))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(font)
        painter.setPen(QColor(ink))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()  # the card under the badge is not dragged from here

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.rect.contains(event.pos()) and self.scene() is not None:
            self.scene().metrics_clicked.emit(self.card_id)


class MetricsControl(QObject):
    """«Metrics ▾» on the editor's toolbar: on/off, period, office. ``changed`` after every choice."""

    changed = Signal()

    PERIODS = (
        ("quarter", QT_TRANSLATE_NOOP("JourneyMetrics", "This quarter")),
        ("year", QT_TRANSLATE_NOOP("JourneyMetrics", "This year")),
        ("12m", QT_TRANSLATE_NOOP("JourneyMetrics", "Last 12 months")),
        ("all", QT_TRANSLATE_NOOP("JourneyMetrics", "All time")),
    )

    def __init__(self, allowed: bool, offices: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.allowed = allowed
        self.period, self.office = "12m", None
        self.button = QToolButton(parent)
        self.button.setObjectName("journeyMetrics")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu = QMenu(self.button)
        self.toggle = QAction(QCoreApplication.translate("JourneyMetrics", "Metrics"), self)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(allowed)
        self.toggle.setEnabled(allowed)
        self.toggle.toggled.connect(lambda _on: self._emit())
        self.button.setDefaultAction(self.toggle)
        self.button.setMenu(self.menu)
        self.legend = QLabel()
        self.legend.setObjectName("journeyMetricsLegend")
        self.legend.setWordWrap(True)
        # the line takes the editor's width and wraps; a wrapped label may otherwise widen the whole window
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.legend.setContentsMargins(6, 2, 6, 2)
        if not allowed:
            denied = self.menu.addAction(
                QCoreApplication.translate(
                    "JourneyMetrics",
                    "Your role has no access to feedback records: metrics are not shown on the map.",
                )
            )
            denied.setEnabled(False)
            self.toggle.setToolTip(
                QCoreApplication.translate(
                    "JourneyMetrics", "Metrics need access to feedback records (intake, CX or head roles)"
                )
            )
            self.legend.setText(
                QCoreApplication.translate(
                    "JourneyMetrics", "Metrics are not shown: your role has no access to feedback records."
                )
            )
            return
        self.toggle.setToolTip(
            QCoreApplication.translate(
                "JourneyMetrics",
                "Show complaints (●), the mean rating (▲) and the heat colour on every touchpoint",
            )
        )
        self.menu.addSection(QCoreApplication.translate("JourneyMetrics", "Period"))
        group = QActionGroup(self)
        for code, text in self.PERIODS:
            action = self.menu.addAction(_tr(text))
            action.setCheckable(True)
            action.setChecked(code == self.period)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(lambda a: self._choose(period=a.data()))
        self.menu.addSection(QCoreApplication.translate("JourneyMetrics", "Office"))
        offices_group = QActionGroup(self)
        for code in [None, *offices]:
            action = self.menu.addAction(code or QCoreApplication.translate("JourneyMetrics", "All offices"))
            action.setCheckable(True)
            action.setChecked(code is None)
            action.setData(code)
            offices_group.addAction(action)
        offices_group.triggered.connect(lambda a: self._choose(office=a.data() or None))

    @property
    def shown(self) -> bool:
        return self.allowed and self.toggle.isChecked()

    def _choose(self, **values) -> None:
        self.period = values.get("period", self.period)
        self.office = values.get("office", self.office)
        if not self.toggle.isChecked():
            self.toggle.setChecked(True)  # choosing a period or office means «show me»
        else:
            self._emit()

    def _emit(self) -> None:
        self.update_legend()
        self.changed.emit()

    def update_legend(self, records: int | None = None) -> None:
        """The line under the toolbar: what the badge shows, the colours' words and the scope."""
        self.legend.setVisible(self.shown or not self.allowed)
        if not self.shown:
            return
        text = QCoreApplication.translate(
            "JourneyMetrics",
            "● complaints and appeals · ▲ mean rating (1–5) · red «{red}», amber «{amber}», green «{green}», "
            "grey «{grey}» · {scope}",
        ).format(
            red=level_word(RED),
            amber=level_word(AMBER),
            green=level_word(GREEN),
            grey=level_word(NO_DATA),
            scope=self.scope(),
        )
        if records == 0:
            text += " · " + QCoreApplication.translate(
                "JourneyMetrics", "no feedback is linked to these touchpoints for the period"
            )
        self.legend.setText(text)

    def scope(self) -> str:
        """The period and office in words: «последние 12 месяцев, все офисы»."""
        period = _tr(dict(self.PERIODS)[self.period]).lower()
        return QCoreApplication.translate("JourneyMetrics", "{period}, {office}").format(
            period=period, office=self.office or QCoreApplication.translate("JourneyMetrics", "all offices")
        )
