"""The properties panel beside the map: the journey itself, or the selected card, stage or lane.

Every change made here is pushed as an undo command, exactly like a gesture on the canvas; the
panel re-reads the document when it changes (unless the user is typing in that very field).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core.journey import COLOURS, VERSION_TITLES, JourneyDocument, LaneKind, VersionLabel
from cxdesk.gui.journeys import commands as cmd
from cxdesk.gui.journeys.metrics import badge_tooltip
from cxdesk.services.journey_metrics import heat_level

COLOUR_TITLES = {
    "": QT_TRANSLATE_NOOP("PropertiesPanel", "White"), "yellow": QT_TRANSLATE_NOOP("PropertiesPanel", "Yellow"),
    "green": QT_TRANSLATE_NOOP("PropertiesPanel", "Green"), "red": QT_TRANSLATE_NOOP("PropertiesPanel", "Red"),
    "blue": QT_TRANSLATE_NOOP("PropertiesPanel", "Blue"), "violet": QT_TRANSLATE_NOOP("PropertiesPanel", "Violet"),
    "grey": QT_TRANSLATE_NOOP("PropertiesPanel", "Grey"),
}
CHANNELS = ("Личный визит", "Телефон", "Портал «Работа России»", "Госуслуги", "E-mail", "Мессенджеры",
            "Выездные мероприятия", "Сайт ЦЗН")


class _Text(QPlainTextEdit):
    """A multi-line field that reports when the user leaves it."""

    def __init__(self, on_leave, height: int = 70) -> None:
        super().__init__()
        self._on_leave = on_leave
        self.setFixedHeight(height)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._on_leave()


class PropertiesPanel(QWidget):
    feedback_requested = Signal(str)  # touchpoint id

    def __init__(self, doc: JourneyDocument, stack: QUndoStack, profiles: list[tuple[str, str]],
                 *, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.stack, self.read_only = doc, stack, read_only
        self.kind, self.item_id = "", ""
        self._loading = False
        self.metrics: dict | None = None
        self.metrics_allowed, self.metrics_scope = True, ""
        self.setMinimumWidth(270)
        self.setMaximumWidth(380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("propertiesHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self._build_journey_page(profiles)
        self._build_card_page()
        self._build_stage_page()
        self._build_lane_page()
        self.setEnabled(True)
        for widget in self.findChildren(QWidget):
            if read_only and isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(True)
            elif read_only and isinstance(widget, (QComboBox, QCheckBox, QDoubleSpinBox, QPushButton)):
                widget.setEnabled(widget is self.open_feedback)  # reading feedback is not editing the map
        doc.subscribe(self._on_document)
        self.show_item("", "")

    # -- pages ----------------------------------------------------------------------------------

    def _page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)
        outer.addStretch(1)
        return page, form

    def _build_journey_page(self, profiles: list[tuple[str, str]]) -> None:
        page, form = self._page()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("journeyTitle")
        self.title_edit.editingFinished.connect(lambda: self._meta("title", self.title_edit.text().strip()))
        self.goal_edit = _Text(lambda: self._meta("goal", self.goal_edit.toPlainText().strip()))
        self.version_combo = QComboBox()
        for label in VersionLabel:
            self.version_combo.addItem(VERSION_TITLES[label], str(label))
        self.version_combo.activated.connect(lambda _i: self._meta("version_label", self.version_combo.currentData()))
        self.owner_edit = QLineEdit()
        self.owner_edit.editingFinished.connect(lambda: self._meta("owner", self.owner_edit.text().strip()))
        self.profiles_list = QListWidget()
        self.profiles_list.setObjectName("journeyProfiles")
        for pid, name in profiles:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.profiles_list.addItem(item)
        self.profiles_list.itemChanged.connect(self._profiles_changed)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Goal"), self.goal_edit)
        form.addRow(self.tr("Version"), self.version_combo)
        form.addRow(self.tr("Owner"), self.owner_edit)
        form.addRow(self.tr("Profiles"), self.profiles_list)
        self.pages.addWidget(page)

    def _build_card_page(self) -> None:
        page, form = self._page()
        self.card_text = _Text(self._card_text_left, 110)
        self.card_text.setObjectName("cardText")
        self.card_colour = QComboBox()
        for key in COLOURS:
            self.card_colour.addItem(QCoreApplication.translate("PropertiesPanel", COLOUR_TITLES[key]), key)
        self.card_colour.activated.connect(lambda _i: self._card_field("color", self.card_colour.currentData()))
        self.card_channel = QComboBox()
        self.card_channel.setEditable(True)
        self.card_channel.addItems(CHANNELS)
        self.card_channel.activated.connect(lambda _i: self._card_field("channel", self.card_channel.currentText()))
        self.card_channel.lineEdit().editingFinished.connect(
            lambda: self._card_field("channel", self.card_channel.currentText().strip()))
        self.card_place = QLabel()
        self.card_place.setWordWrap(True)
        self.card_id = QLabel()
        self.card_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card_id.setWordWrap(True)
        self.card_feedback = QLabel()
        self.card_feedback.setObjectName("touchpointFeedback")
        self.card_feedback.setWordWrap(True)
        self.open_feedback = QPushButton(self.tr("Open feedback"))
        self.open_feedback.setObjectName("openTouchpointFeedback")
        self.open_feedback.setToolTip(self.tr("The feedback register filtered to this touchpoint"))
        self.open_feedback.clicked.connect(lambda: self.feedback_requested.emit(self.item_id))
        delete = QPushButton(self.tr("Delete card"))
        delete.clicked.connect(lambda: self.stack.push(cmd.RemoveCard(self.doc, self.item_id)))
        form.addRow(self.tr("Text"), self.card_text)
        form.addRow(self.tr("Colour"), self.card_colour)
        self.channel_label = QLabel(self.tr("Channel"))
        form.addRow(self.channel_label, self.card_channel)
        form.addRow(self.tr("Place"), self.card_place)
        self.id_label = QLabel(self.tr("Touchpoint id"))
        form.addRow(self.id_label, self.card_id)
        form.addRow(self.card_feedback)
        form.addRow(self.open_feedback)
        form.addRow(delete)
        self.pages.addWidget(page)

    def _build_stage_page(self) -> None:
        page, form = self._page()
        self.stage_name = QLineEdit()
        self.stage_name.setObjectName("stageName")
        self.stage_name.editingFinished.connect(self._stage_renamed)
        self.stage_emotion = QDoubleSpinBox()
        self.stage_emotion.setRange(-2.0, 2.0)
        self.stage_emotion.setSingleStep(0.5)
        self.stage_emotion.setDecimals(1)
        self.stage_emotion.editingFinished.connect(self._emotion_set)
        self.stage_note = QLineEdit()
        self.stage_note.setPlaceholderText(self.tr("What the client feels here and why"))
        self.stage_note.editingFinished.connect(self._note_set)
        self.stage_hidden = QCheckBox(self.tr("Hidden"))
        self.stage_hidden.clicked.connect(
            lambda checked: self.stack.push(cmd.SetStageHidden(self.doc, self.item_id, checked)))
        moves = QHBoxLayout()
        for text, step in ((self.tr("◀ Left"), -1), (self.tr("Right ▶"), 1)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=step: self._move_stage(s))
            moves.addWidget(button)
        delete = QPushButton(self.tr("Delete stage"))
        delete.clicked.connect(lambda: self.stack.push(cmd.RemoveStage(self.doc, self.item_id)))
        form.addRow(self.tr("Name"), self.stage_name)
        form.addRow(self.tr("Emotion (−2…+2)"), self.stage_emotion)
        form.addRow(self.tr("Emotion note"), self.stage_note)
        form.addRow(self.stage_hidden)
        form.addRow(moves)
        form.addRow(delete)
        self.pages.addWidget(page)

    def _build_lane_page(self) -> None:
        page, form = self._page()
        self.lane_name = QLineEdit()
        self.lane_name.editingFinished.connect(self._lane_renamed)
        self.lane_hidden = QCheckBox(self.tr("Hidden"))
        self.lane_hidden.clicked.connect(
            lambda checked: self.stack.push(cmd.SetLaneHidden(self.doc, self.item_id, checked)))
        moves = QHBoxLayout()
        for text, step in ((self.tr("▲ Up"), -1), (self.tr("Down ▼"), 1)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=step: self._move_lane(s))
            moves.addWidget(button)
        self.lane_delete = QPushButton(self.tr("Delete lane"))
        self.lane_delete.clicked.connect(lambda: self.stack.push(cmd.RemoveLane(self.doc, self.item_id)))
        form.addRow(self.tr("Name"), self.lane_name)
        form.addRow(self.lane_hidden)
        form.addRow(moves)
        form.addRow(self.lane_delete)
        self.pages.addWidget(page)

    # -- showing --------------------------------------------------------------------------------

    def show_item(self, kind: str, item_id: str) -> None:
        self.kind, self.item_id = kind, item_id
        self._loading = True
        try:
            if kind == "card" and item_id in self.doc.cards:
                self._show_card()
            elif kind == "stage" and any(s.id == item_id for s in self.doc.stages):
                stage = self.doc.stage(item_id)
                self.heading.setText(self.tr("Stage"))
                self.stage_name.setText(stage.name)
                self.stage_emotion.setValue(stage.emotion or 0.0)
                if not self.stage_note.hasFocus():
                    self.stage_note.setText(stage.emotion_note)
                self.stage_hidden.setChecked(stage.hidden)
                self.pages.setCurrentIndex(2)
            elif kind == "lane" and any(ln.id == item_id for ln in self.doc.lanes):
                lane = self.doc.lane(item_id)
                self.heading.setText(self.tr("Lane"))
                self.lane_name.setText(lane.name)
                self.lane_hidden.setChecked(lane.hidden)
                self.lane_delete.setEnabled(not self.read_only
                                            and lane.kind not in (LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS))
                self.pages.setCurrentIndex(3)
            else:
                self.kind, self.item_id = "", ""
                self._show_journey()
        finally:
            self._loading = False

    def _show_journey(self) -> None:
        self.heading.setText(self.tr("Journey"))
        if not self.title_edit.hasFocus():
            self.title_edit.setText(self.doc.title)
        if not self.goal_edit.hasFocus():
            self.goal_edit.setPlainText(self.doc.goal)
        self.version_combo.setCurrentIndex(max(0, self.version_combo.findData(str(self.doc.version_label))))
        self.owner_edit.setText(self.doc.owner)
        chosen = set(self.doc.profile_ids)
        for i in range(self.profiles_list.count()):
            item = self.profiles_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)
        self.pages.setCurrentIndex(0)

    def _show_card(self) -> None:
        card = self.doc.cards[self.item_id]
        lane = self.doc.lane(card.lane_id)
        touch = lane.kind == LaneKind.TOUCHPOINTS
        self.heading.setText(self.tr("Touchpoint") if touch else self.tr("Card"))
        if not self.card_text.hasFocus():
            self.card_text.setPlainText(card.text)
        self.card_colour.setCurrentIndex(max(0, self.card_colour.findData(card.color)))
        self.card_channel.setCurrentText(card.channel)
        for widget in (self.card_channel, self.channel_label, self.card_id, self.id_label, self.card_feedback,
                       self.open_feedback):
            widget.setVisible(touch)
        self._show_metrics(card.id)
        self.card_id.setText(card.id)
        self.card_place.setText(f"{lane.name} · {self.doc.stage(card.stage_id).name}")
        self.pages.setCurrentIndex(1)

    def set_metrics(self, metrics: dict | None, allowed: bool, scope: str = "") -> None:
        """The touchpoints' feedback metrics (``None``: not shown) and whether the role may read feedback."""
        self.metrics, self.metrics_allowed, self.metrics_scope = metrics, allowed, scope
        if self.kind == "card" and self.item_id in self.doc.cards:
            self._show_metrics(self.item_id)

    def _show_metrics(self, card_id: str) -> None:
        self.open_feedback.setEnabled(self.metrics_allowed)
        if not self.metrics_allowed:
            self.card_feedback.setText(self.tr("Your role has no access to feedback records, so the map shows "
                                               "no complaints or ratings."))
        elif self.metrics is None:
            self.card_feedback.setText(self.tr("Turn on «Metrics» on the toolbar to see the complaints and "
                                               "ratings of this touchpoint."))
        else:
            m = self.metrics.get(card_id)
            text = badge_tooltip(m, heat_level(m), self.metrics_scope).split("\n")[0]
            self.card_feedback.setText(text.replace(" · ", "\n"))

    def _on_document(self, what: str, item_id: str) -> None:
        self.show_item(self.kind, self.item_id)

    def detach(self) -> None:
        self.doc.unsubscribe(self._on_document)

    # -- edits ----------------------------------------------------------------------------------

    def _push(self, command) -> None:
        if not self._loading and not self.read_only:
            self.stack.push(command)

    def _meta(self, name: str, value) -> None:
        if value != getattr(self.doc, name) and (name != "title" or value):
            self._push(cmd.SetMeta(self.doc, name, value))

    def _profiles_changed(self, _item) -> None:
        if self._loading:
            return
        chosen = [self.profiles_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.profiles_list.count())
                  if self.profiles_list.item(i).checkState() == Qt.CheckState.Checked]
        self._meta("profile_ids", chosen)

    def _card_text_left(self) -> None:
        if self.kind == "card":
            self._card_field("text", self.card_text.toPlainText().strip())

    def _card_field(self, name: str, value: str) -> None:
        if self.kind != "card" or self.item_id not in self.doc.cards or value is None:
            return
        if value != getattr(self.doc.cards[self.item_id], name) and (name != "text" or value):
            self._push(cmd.SetCardField(self.doc, self.item_id, name, value))

    def _stage_renamed(self) -> None:
        name = self.stage_name.text().strip()
        if self.kind == "stage" and name and name != self.doc.stage(self.item_id).name:
            self._push(cmd.RenameStage(self.doc, self.item_id, name))

    def _emotion_set(self) -> None:
        if self.kind == "stage" and self.stage_emotion.value() != self.doc.stage(self.item_id).emotion:
            self._push(cmd.SetEmotion(self.doc, self.item_id, self.stage_emotion.value()))

    def _note_set(self) -> None:
        note = self.stage_note.text().strip()
        if self.kind == "stage" and note != self.doc.stage(self.item_id).emotion_note:
            self._push(cmd.SetEmotionNote(self.doc, self.item_id, note))

    def _move_stage(self, step: int) -> None:
        if self.kind == "stage":
            index = self.doc.stage_index(self.item_id) + step
            if 0 <= index < len(self.doc.stages):
                self._push(cmd.MoveStage(self.doc, self.item_id, index))

    def _lane_renamed(self) -> None:
        name = self.lane_name.text().strip()
        if self.kind == "lane" and name and name != self.doc.lane(self.item_id).name:
            self._push(cmd.RenameLane(self.doc, self.item_id, name))

    def _move_lane(self, step: int) -> None:
        if self.kind == "lane":
            index = self.doc.lane_index(self.item_id) + step
            if 0 <= index < len(self.doc.lanes):
                self._push(cmd.MoveLane(self.doc, self.item_id, index))
