"""«Связать…» of the article editor: a searchable check list of client journeys (title, version),
improvement measures (title, stage) and problems (title, status) to link the article to.
``open_link`` goes to the linked record's area in the main window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core.journey_terms import VERSION_TITLES
from cxdesk.services import initiatives, journeys, problems_lists
from cxdesk.services.knowledge import ArticleLink

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2


def candidates(ctx) -> list[tuple[str, str, str, str]]:
    """(kind, id, title, detail) of every journey, initiative and problem that can be linked."""
    rows = [("journey", r.id, r.title, VERSION_TITLES.get(r.version_label, r.version_label))
            for r in journeys.journey_rows(ctx.db, ctx.actor, journeys.list_journey_ids(ctx.db, ctx.actor))]
    rows += [("initiative", i.id, i.fields.title, i.stage_title) for i in initiatives.list_initiatives(ctx.db)]
    ids = problems_lists.list_problem_ids(ctx.db, ctx.actor, problems_lists.ProblemFilter(), sort="title",
                                          descending=False)
    found = problems_lists.problem_rows(ctx.db, ctx.actor, ids)
    rows += [("problem", pid, found[pid].title, found[pid].status_title) for pid in ids if pid in found]
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
        kinds = {"journey": self.tr("Journey"), "initiative": self.tr("Measure"), "problem": self.tr("Problem")}
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
    area_id = {"journey": "journeys", "initiative": "working_group", "problem": "problems"}.get(link.kind)
    if not hasattr(window, "show_area") or area_id is None:
        return False
    window.show_area(area_id)
    page = window.page(area_id) if hasattr(window, "page") else None
    if link.kind == "journey" and hasattr(page, "select_id"):
        page.select_id(link.id)
    elif link.kind == "problem" and hasattr(page, "show_problem"):
        page.show_problem(link.id)
    elif link.kind == "initiative" and hasattr(page, "initiatives"):
        page.tabs.setCurrentWidget(page.initiatives)
        page.initiatives.show(link.id)
    return True
