"""Side-by-side comparison of the «как есть» and «как должно быть» versions of a journey.

Both maps are shown read-only on their own canvases; scrolling one scrolls the other, so the
same stage and lane can be compared at a glance. What differs is marked (see
:mod:`cxdesk.core.journey_diff`): stages and cards added in «как должно быть» with a green outline and
«+», removed ones with a red dashed outline and «−» on the «как есть» side, changed ones amber with «≠»;
a legend with the counts sits above the maps.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cxdesk.core.journey import VERSION_TITLES, JourneyDocument, VersionLabel
from cxdesk.core.journey_diff import ADDED, CHANGED, REMOVED, diff_documents
from cxdesk.gui.journeys.items import MARKS
from cxdesk.gui.journeys.scene import MapScene
from cxdesk.gui.journeys.view import MapView


class CompareDialog(QDialog):
    def __init__(self, left: JourneyDocument, right: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journeyCompare")
        self.setWindowTitle(self.tr("Compare journey versions"))
        self.resize(1360, 760)
        outer = QVBoxLayout(self)
        self.diff = diff_documents(left, right)
        self.legend = QLabel(self._legend())
        self.legend.setObjectName("compareLegend")
        self.legend.setWordWrap(True)
        outer.addWidget(self.legend)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        self.views: list[MapView] = []
        self._stacks = [QUndoStack(self), QUndoStack(self)]
        for doc, stack in zip((left, right), self._stacks, strict=True):
            column = QVBoxLayout()
            version = VERSION_TITLES.get(VersionLabel(doc.version_label), doc.version_label)
            title = QLabel(f"<b>{escape(doc.title)}</b> — {version}")
            title.setWordWrap(True)
            title.setMinimumHeight(2 * title.fontMetrics().lineSpacing())  # both maps start at the same height
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            column.addWidget(title)
            scene = MapScene(doc, stack, read_only=True, parent=self)
            scene.set_marks(self.diff.left if doc is left else self.diff.right)
            view = MapView(scene)
            view.set_zoom(0.7)
            column.addWidget(view, 1)
            layout.addLayout(column)
            self.views.append(view)
        a, b = self.views
        a.verticalScrollBar().valueChanged.connect(b.verticalScrollBar().setValue)
        b.verticalScrollBar().valueChanged.connect(a.verticalScrollBar().setValue)
        a.horizontalScrollBar().valueChanged.connect(b.horizontalScrollBar().setValue)
        b.horizontalScrollBar().valueChanged.connect(a.horizontalScrollBar().setValue)

    def _legend(self) -> str:
        def swatch(mark: str, text: str) -> str:
            colour, _style, symbol = MARKS[mark]
            return (f'<span style="background:{colour}; color:white; font-weight:bold">&nbsp;{symbol}&nbsp;'
                    f'</span>&nbsp;{escape(text)}')

        if self.diff.empty:
            return self.tr("The versions do not differ.")
        st, cd = self.diff.stages, self.diff.cards
        return "&nbsp;&nbsp;&nbsp;".join((
            swatch(ADDED, self.tr("added in «to be» — stages: {stages}, cards: {cards}").format(
                stages=st[ADDED], cards=cd[ADDED])),
            swatch(REMOVED, self.tr("removed (marked on «as is») — stages: {stages}, cards: {cards}").format(
                stages=st[REMOVED], cards=cd[REMOVED])),
            swatch(CHANGED, self.tr("changed — stages (name, emotion or its note): {stages}, cards: {cards}")
                   .format(stages=st[CHANGED], cards=cd[CHANGED])),
        ))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        for view in self.views:  # both maps start at their first stage and lane
            view.horizontalScrollBar().setValue(0)
            view.verticalScrollBar().setValue(0)

    def done(self, result: int) -> None:
        for view in self.views:
            view.scene().detach()
        super().done(result)
