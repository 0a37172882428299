"""The filter bar of the register: search, period, office, source, topic, status, and behind
«Ещё фильтры» the audience, the sentiment, the client-group profile and the journey touchpoint.

The four rarer filters sit in a drop-down so that the row still fits a 1366-pixel window beside the
navigation; the button shows how many of them are set. The bar only builds a
:class:`~cxdesk.services.feedback_register.RegisterFilter`; the page runs it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
    QWidgetAction,
)

from cxdesk.services import feedback_register as reg
from cxdesk.services.feedback_terms import AUDIENCES, SENTIMENTS, SOURCES, STATUSES

Choices = Callable[[], list[tuple[str, str]]]


class FilterBar(QWidget):
    """One row of filters; ``changed`` fires when the view must be fetched again."""

    changed = Signal()

    def __init__(
        self,
        offices: list[str],
        topic_titles: dict[str, str],
        profiles: Choices,
        touchpoints: Choices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._profiles_source, self._touchpoints_source = profiles, touchpoints
        self._choices_loaded = False
        self.scope: reg.RecordScope | None = None  # records another area points at (see show_scope)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("feedbackSearch")
        self.search.setPlaceholderText(self.tr("Search the text (any word form)…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.changed)
        self.search.textChanged.connect(lambda t: None if t else self.changed.emit())
        self.search.setMinimumWidth(160)
        row.addWidget(self.search, 3)
        self.period = self._combo(
            self.tr("All time"),
            {
                "month": self.tr("This month"),
                "quarter": self.tr("This quarter"),
                "year": self.tr("This year"),
                "12m": self.tr("Last 12 months"),
            },
            "feedbackPeriod",
        )
        self.office = self._combo(self.tr("All offices"), {o: o for o in offices}, "feedbackOffice")
        self.source = self._combo(self.tr("All sources"), SOURCES, "feedbackSource")
        self.audience = self._combo(self.tr("Citizens and employers"), AUDIENCES, "feedbackAudience", 16)
        self.topic = self._combo(self.tr("All topics"), topic_titles, "feedbackTopic")
        self.sentiment = self._combo(self.tr("Any sentiment"), SENTIMENTS, "feedbackSentiment", 16)
        self.state = self._combo(
            self.tr("Any status"), {**STATUSES, "overdue": self.tr("overdue appeals")}, "feedbackState"
        )
        for box in self.main_boxes():
            row.addWidget(box)
        self.more = QPushButton()
        self.more.setObjectName("feedbackMoreFilters")
        self.more.setToolTip(self.tr("Audience, sentiment, client-group profile and journey touchpoint"))
        menu = QMenu(self.more)
        panel = QWidget()
        form = QFormLayout(panel)
        self.profile = self._combo(self.tr("Any profile"), {}, "feedbackProfile", 28)
        self.touchpoint = self._combo(self.tr("Any touchpoint"), {}, "feedbackTouchpoint", 40)
        form.addRow(self.tr("Audience"), self.audience)
        form.addRow(self.tr("Sentiment"), self.sentiment)
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow(self.tr("Touchpoint"), self.touchpoint)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(panel)
        menu.addAction(holder)
        menu.aboutToShow.connect(self.load_choices)
        self.more.setMenu(menu)
        row.addWidget(self.more)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setObjectName("feedbackReset")
        self.reset_button.clicked.connect(lambda: (self.reset(), self.changed.emit()))
        row.addWidget(self.reset_button)
        self._update_more()

    def _combo(self, everything: str, items: dict[str, str], name: str, width: int = 9) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItem(everything, None)
        for code, text in items.items():
            box.addItem(text, code)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(width)
        box.setToolTip(everything)
        box.currentIndexChanged.connect(self._changed)
        return box

    def _changed(self, _index: int = 0) -> None:
        self._update_more()
        self.changed.emit()

    def main_boxes(self) -> tuple[QComboBox, ...]:
        return (self.period, self.office, self.source, self.topic, self.state)

    def more_boxes(self) -> tuple[QComboBox, ...]:
        """Behind «Ещё фильтры»: the row keeps to a 1366-pixel window."""
        return (self.audience, self.sentiment, self.profile, self.touchpoint)

    def boxes(self) -> tuple[QComboBox, ...]:
        return (*self.main_boxes(), *self.more_boxes())

    # --- choices ------------------------------------------------------------------------------
    def _refill(self, box: QComboBox, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for code, text in items:
            box.addItem(text, code)
        box.setCurrentIndex(max(0, box.findData(current)) if current else 0)
        box.blockSignals(False)

    def load_choices(self, force: bool = False) -> None:
        """Profiles and touchpoints are read when the drop-down first opens (or after they changed)."""
        if self._choices_loaded and not force:
            return
        self._refill(self.profile, self._profiles_source())
        self._refill(self.touchpoint, self._touchpoints_source())
        self._choices_loaded = True

    def choices_changed(self) -> None:
        self._choices_loaded = False

    def set_topics(self, titles: dict[str, str]) -> None:
        self._refill(self.topic, list(titles.items()))

    # --- state --------------------------------------------------------------------------------
    def _update_more(self) -> None:
        active = sum(1 for box in self.more_boxes() if box.currentData())
        self.more.setText(
            self.tr("More filters ({n})").format(n=active) if active else self.tr("More filters")
        )

    def reset(self) -> None:
        """Every filter back to «all» (and any scope from another area dropped) without fetching (the
        caller fetches once)."""
        self.scope = None
        for box in self.boxes():
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._update_more()

    def show_only(self, touchpoint_id: str, note: str, period: str | None, office: str | None) -> None:
        """Every filter reset, then one touchpoint (named ``note`` if it is not in the list), and the
        period and office a journey map counted; without fetching (the caller fetches once)."""
        self.reset()
        self.load_choices(force=True)
        for box, value in ((self.period, period), (self.office, office)):
            box.setCurrentIndex(max(0, box.findData(value)) if value else 0)
        if self.touchpoint.findData(touchpoint_id) < 0:
            self.touchpoint.addItem(note or touchpoint_id, touchpoint_id)
        self.touchpoint.setCurrentIndex(self.touchpoint.findData(touchpoint_id))
        self._update_more()

    def show_scope(self, scope: reg.RecordScope) -> None:
        """Every filter reset, then only the records of ``scope`` (e.g. behind a KPI value); the other
        filters narrow them further, «Reset» drops the scope. Without fetching."""
        self.reset()
        self.scope = scope

    def current_filter(self, today: date | None = None) -> reg.RegisterFilter:
        today = today or date.today()
        start = {
            "month": today.replace(day=1),
            "quarter": date(today.year, 3 * ((today.month - 1) // 3) + 1, 1),
            "year": date(today.year, 1, 1),
            "12m": today - timedelta(days=365),
        }.get(self.period.currentData())
        state = self.state.currentData()
        return reg.RegisterFilter(
            date_from=start,
            offices=(self.office.currentData(),) if self.office.currentData() else (),
            sources=(self.source.currentData(),) if self.source.currentData() else (),
            audience=self.audience.currentData(),
            profile_id=self.profile.currentData(),
            touchpoint_id=self.touchpoint.currentData(),
            topic=self.topic.currentData(),
            sentiment=self.sentiment.currentData(),
            statuses=(state,) if state and state != "overdue" else (),
            overdue_only=state == "overdue",
            search=self.search.text(),
            scope=self.scope,
        )
