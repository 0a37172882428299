"""The frame every area page shares: a header with the area's title and the Standard's
requirements it serves, and a body that subclasses fill. ``refresh()`` re-reads data (F5, and
when the change bus says something the page shows has changed); the default does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cxdesk.gui.areas import Area, area_title


def requirements_text(area: Area) -> str:
    if not area.requirements:
        return ""
    return QCoreApplication.translate("AreaPage", "Requirements of the Standard: {ids}").format(
        ids=", ".join(area.requirements)
    )


class AreaPage(QWidget):
    """Header (title, requirements) above a body layout: ``self.body``."""

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName(f"page_{area.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title_label = QLabel(area_title(area))
        self.title_label.setObjectName("pageTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title_label)
        self.requirements_label = QLabel(requirements_text(area))
        self.requirements_label.setObjectName("pageRequirements")
        self.requirements_label.setVisible(bool(area.requirements))
        layout.addWidget(self.requirements_label)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self.body, 1)

    def refresh(self) -> None:
        """Re-read what the page shows; pages with data override this."""
