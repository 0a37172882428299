"""«Связать…» of the article editor: a searchable check list of client journeys (title, version) and
improvement measures (title, stage) to link the article to. Problems are not offered: that area does
not exist yet (the KPI/problems module adds it); links of that kind already stored are kept as they are.
``open_link`` goes to the linked record's area in the main window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core.journey_terms import VERSION_TITLES
from cxdesk.services import initiatives, journeys
from cxdesk.services.knowledge import ArticleLink

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2


def candidates(ctx) -> list[tuple[str, str, str, str]]:
    """(kind, id, title, detail) of every journey and initiative that can be linked."""
    rows = [("journey", r.id, r.title, VERSION_TITLES.get(r.version_label, r.version_label))
            for r in journeys.journey_rows(ctx.db, ctx.actor, journeys.list_journey_ids(ctx.db, ctx.actor))]
    rows += [("initiative", i.id, i.fields.title, i.stage_title) for i in initiatives.list_initiatives(ctx.db)]
    return rows


class LinkPicker(QDialog):
    def __init__(self, ctx, chosen: tuple[ArticleLink, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleLinkPicker")
        self.setWindowTitle(self.tr("Link the article"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("linkSearch")
        self.search.setPlaceholderText(self.tr("Search by title…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("linkCandidates")
        kinds = {"journey": self.tr("Journey"), "initiative": self.tr("Measure")}
        picked = {(x.kind, x.id) for x in chosen}
        for kind, row_id, title, detail in candidates(ctx):
            item = QListWidgetItem(f"{kinds[kind]}: {title} ({detail})")
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            item.setData(KIND_ROLE, kind)
            item.setData(TITLE_ROLE, title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if (kind, row_id) in picked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        note = QLabel(self.tr("Problems cannot be linked yet: they appear with the KPI and problems module. "
                              "Links to problems made earlier are kept."))
        note.setWordWrap(True)
        note.setEnabled(False)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def item_for(self, kind: str, row_id: str) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(KIND_ROLE) == kind and item.data(Qt.ItemDataRole.UserRole) == row_id:
                return item
        return None

    def chosen(self) -> list[ArticleLink]:
        """The ticked records (hidden by the search or not), as links with their current titles."""
        return [ArticleLink(item.data(KIND_ROLE), item.data(Qt.ItemDataRole.UserRole), item.data(TITLE_ROLE))
                for item in (self.list.item(i) for i in range(self.list.count()))
                if item.checkState() == Qt.CheckState.Checked]


def open_link(widget: QWidget, link: ArticleLink) -> bool:
    """Switch the main window to the linked record's area and select it there. False when the window
    offers no navigation (a test or a detached editor) or the kind has no area yet."""
    window = (widget.parentWidget() or widget).window()
    if not hasattr(window, "show_area") or link.kind not in ("journey", "initiative"):
        return False
    area_id = "journeys" if link.kind == "journey" else "working_group"
    window.show_area(area_id)
    page = window.page(area_id) if hasattr(window, "page") else None
    if link.kind == "journey" and hasattr(page, "select_id"):
        page.select_id(link.id)
    elif link.kind == "initiative" and hasattr(page, "initiatives"):
        page.tabs.setCurrentWidget(page.initiatives)
        page.initiatives.show(link.id)
    return True
