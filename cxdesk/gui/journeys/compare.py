"""Side-by-side comparison of the «как есть» and «как должно быть» versions of a journey.

Both maps are shown read-only on their own canvases; scrolling one scrolls the other, so the
same stage and lane can be compared at a glance.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cxdesk.core.journey import VERSION_TITLES, JourneyDocument, VersionLabel
from cxdesk.gui.journeys.scene import MapScene
from cxdesk.gui.journeys.view import MapView


class CompareDialog(QDialog):
    def __init__(self, left: JourneyDocument, right: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journeyCompare")
        self.setWindowTitle(self.tr("Compare journey versions"))
        self.resize(1360, 760)
        layout = QHBoxLayout(self)
        self.views: list[MapView] = []
        self._stacks = [QUndoStack(self), QUndoStack(self)]
        for doc, stack in zip((left, right), self._stacks, strict=True):
            column = QVBoxLayout()
            version = VERSION_TITLES.get(VersionLabel(doc.version_label), doc.version_label)
            title = QLabel(f"<b>{escape(doc.title)}</b> — {version}")
            title.setWordWrap(True)
            column.addWidget(title)
            view = MapView(MapScene(doc, stack, read_only=True, parent=self))
            view.set_zoom(0.7)
            column.addWidget(view, 1)
            layout.addLayout(column)
            self.views.append(view)
        a, b = self.views
        a.verticalScrollBar().valueChanged.connect(b.verticalScrollBar().setValue)
        b.verticalScrollBar().valueChanged.connect(a.verticalScrollBar().setValue)
        a.horizontalScrollBar().valueChanged.connect(b.horizontalScrollBar().setValue)
        b.horizontalScrollBar().valueChanged.connect(a.horizontalScrollBar().setValue)

    def done(self, result: int) -> None:
        for view in self.views:
            view.scene().detach()
        super().done(result)
