"""Honest notice pages: an area the user's role may not use says so; an area whose page failed to
open says that. Neither has buttons that would do nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget

from cxdesk.gui.areas import Area, area_summary
from cxdesk.gui.pages.base import AreaPage


class NoticePage(AreaPage):
    """The area's header, its summary, and one framed notice with an information icon."""

    def __init__(self, area: Area, notice: str, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        summary = QLabel(area_summary(area))
        summary.setObjectName("pageSummary")
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(summary)

        frame = QFrame()
        frame.setObjectName("noticeFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(frame)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(32, 32)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        self.notice_label = QLabel(notice)
        self.notice_label.setObjectName("pageNotice")
        self.notice_label.setWordWrap(True)
        row.addWidget(self.notice_label, 1)
        self.body.addSpacing(12)
        self.body.addWidget(frame)
        self.body.addStretch(1)


class NoAccessPage(NoticePage):
    """An area the user's role may not use."""

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(
            area,
            QCoreApplication.translate(
                "NoAccessPage",
                "You have no access to this area: your role does not allow it. If you need it for your "
                "work, ask the administrator of the program.",
            ),
            parent,
        )


class UnavailablePage(NoticePage):
    """An area whose page failed to open (the error was reported); other areas keep working."""

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(
            area,
            QCoreApplication.translate(
                "UnavailablePage",
                "This area could not be opened because of an error. Nothing was changed; the other "
                "areas work as usual. Try again later or tell your administrator.",
            ),
            parent,
        )
