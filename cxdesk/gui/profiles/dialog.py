"""The form of a client-group profile: structured fields, lists one item per line, channels as
check boxes, the share of clients and a picture. ``data()`` returns the service's ``ProfileData``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui.widgets import ErrorLabel
from cxdesk.services.profiles import AUDIENCES, CHANNELS, LIST_FIELDS, ProfileData

MAX_IMAGE_BYTES = 2_000_000


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class ProfileDialog(QDialog):
    def __init__(self, data: ProfileData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Client-group profile"))
        self.resize(760, 720)
        self.image: bytes | None = None
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        content = QWidget()
        form = QFormLayout(content)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.audience = QComboBox()
        for key, title in AUDIENCES.items():
            self.audience.addItem(title, key)
        self.category = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.age_range, self.education = QLineEdit(), QLineEdit()
        self.employment_status, self.social_status, self.digital_skills = QLineEdit(), QLineEdit(), QLineEdit()
        self.lists = {name: QPlainTextEdit() for name in LIST_FIELDS if name != "channels"}
        for edit in self.lists.values():
            edit.setFixedHeight(80)
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(self.tr("One item per line"))
        self.description.setTabChangesFocus(True)
        channels = QGridLayout()
        self.channel_boxes = {}
        for i, channel in enumerate(CHANNELS):
            box = QCheckBox(channel)
            channels.addWidget(box, i // 2, i % 2)
            self.channel_boxes[channel] = box
        self.share = QDoubleSpinBox()
        self.share.setRange(-1, 100)
        self.share.setDecimals(1)
        self.share.setSuffix(" %")
        self.share.setSpecialValueText(self.tr("not estimated"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.notes.setTabChangesFocus(True)
        picture = QHBoxLayout()
        self.image_label = QLabel(self.tr("No picture"))
        self.image_label.setFixedSize(96, 96)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose, clear = QPushButton(self.tr("Choose picture…")), QPushButton(self.tr("Remove picture"))
        choose.clicked.connect(self.choose_image)
        clear.clicked.connect(lambda: self.set_image(None))
        picture.addWidget(self.image_label)
        picture.addWidget(choose)
        picture.addWidget(clear)
        picture.addStretch(1)

        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Audience"), self.audience)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Short description"), self.description)
        form.addRow(self.tr("Age range"), self.age_range)
        form.addRow(self.tr("Education"), self.education)
        form.addRow(self.tr("Employment status"), self.employment_status)
        form.addRow(self.tr("Social status"), self.social_status)
        form.addRow(self.tr("Digital skills"), self.digital_skills)
        form.addRow(self.tr("Needs"), self.lists["needs"])
        form.addRow(self.tr("Pains"), self.lists["pains"])
        form.addRow(self.tr("Expectations"), self.lists["expectations"])
        form.addRow(self.tr("Barriers"), self.lists["barriers"])
        form.addRow(self.tr("Preferred channels"), channels)
        form.addRow(self.tr("Share of the centre's clients"), self.share)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Picture"), picture)

        self.error = ErrorLabel()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        if data is not None:
            self.load(data)
        else:
            self.share.setValue(-1)

    def load(self, d: ProfileData) -> None:
        self.name.setText(d.name)
        self.audience.setCurrentIndex(max(0, self.audience.findData(d.audience)))
        self.category.setText(d.category)
        self.description.setPlainText(d.description)
        for name in ("age_range", "education", "employment_status", "social_status", "digital_skills"):
            getattr(self, name).setText(getattr(d, name))
        for name, edit in self.lists.items():
            edit.setPlainText("\n".join(getattr(d, name)))
        for channel, box in self.channel_boxes.items():
            box.setChecked(channel in d.channels)
        self.share.setValue(-1 if d.share_percent is None else d.share_percent)
        self.notes.setPlainText(d.notes)
        self.set_image(d.image)

    def set_image(self, data: bytes | None) -> None:
        self.image = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.image_label.setPixmap(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation))
        else:
            self.image_label.setPixmap(QPixmap())
            self.image_label.setText(self.tr("No picture"))

    def choose_image(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose picture"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not name:
            return
        data = Path(name).read_bytes()
        if len(data) > MAX_IMAGE_BYTES:
            self.error.show_error(self.tr("The picture is larger than 2 MB. Choose a smaller one; the profile "
                                          "keeps its previous picture."))
            return
        self.set_image(data)

    def data(self) -> ProfileData:
        lists = {name: _lines(edit) for name, edit in self.lists.items()}
        return ProfileData(
            name=self.name.text().strip(), audience=self.audience.currentData(), category=self.category.text().strip(),
            description=self.description.toPlainText().strip(), age_range=self.age_range.text().strip(),
            education=self.education.text().strip(), employment_status=self.employment_status.text().strip(),
            social_status=self.social_status.text().strip(), digital_skills=self.digital_skills.text().strip(),
            channels=tuple(c for c, box in self.channel_boxes.items() if box.isChecked()),
            share_percent=None if self.share.value() < 0 else self.share.value(),
            notes=self.notes.toPlainText().strip(), image=self.image, **lists,
        )

    def _accept(self) -> None:
        if len(self.name.text().strip()) < 3:
            self.error.show_error(self.tr("Enter the profile name (at least 3 characters)."))
            self.name.setFocus()
            return
        self.accept()
