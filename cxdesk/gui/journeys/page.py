"""The «Клиентские маршруты» page: the list of journeys (lazy table, filters, «N из ≥10») and an
editor tab for every opened map; also duplicate, the «как должно быть» version, compare, archive.

``maybe_close()`` asks about unsaved maps; the main window should call it before closing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core.journey import VERSION_TITLES, VersionLabel
from cxdesk.gui import messages
from cxdesk.gui.areas import Area, area_title
from cxdesk.gui.context import AppContext
from cxdesk.gui.journeys.editor import CHANGES, JourneyEditor
from cxdesk.gui.pages.base import AreaPage
from cxdesk.gui.table_model import RIGHT, Column, LazyIdTableModel
from cxdesk.gui.widgets import DataTableView
from cxdesk.services import journeys, profiles
from cxdesk.services.roles import Action


class JourneysPage(AreaPage):
    def __init__(self, ctx: AppContext, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.ctx = ctx
        self.editors: dict[str, JourneyEditor] = {}
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.body.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_list(), self.tr("List"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def _build_list(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        actions = QHBoxLayout()
        can_edit = self.ctx.can(Action.REFERENCE_EDIT)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, edit in (
            ("new", self.tr("Create"), self.create_journey, True),
            ("open", self.tr("Open"), self.open_selected, False),
            ("duplicate", self.tr("Duplicate as template"), self.duplicate_selected, True),
            ("to_be", self.tr("Create «to be» version"), self.make_to_be, True),
            ("compare", self.tr("Compare versions"), self.compare_selected, False),
            ("archive", self.tr("Archive / restore"), self.archive_selected, True),
        ):
            button = QPushButton(text)
            button.setObjectName(f"journeys_{key}")
            button.clicked.connect(slot)
            button.setEnabled(can_edit or not edit)
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        layout.addLayout(actions)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by title, goal, owner…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.model.refresh())
        self.version = QComboBox()
        self.version.addItem(self.tr("All versions"), None)
        for label in VersionLabel:
            self.version.addItem(VERSION_TITLES[label], str(label))
        self.version.currentIndexChanged.connect(lambda _i: self.model.refresh())
        self.profile = QComboBox()
        self.profile.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.profile.setMinimumContentsLength(28)
        self.profile.currentIndexChanged.connect(lambda _i: self.model.refresh())
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.toggled.connect(lambda _c: self.model.refresh())
        for widget in (self.search, self.version, self.profile, self.archived):
            filters.addWidget(widget)
        filters.setStretch(0, 1)
        layout.addLayout(filters)
        self.model = LazyIdTableModel(
            [
                Column("title", self.tr("Journey")),
                Column("version", self.tr("Version"),
                       display=lambda r: VERSION_TITLES.get(VersionLabel(r.version_label), r.version_label)),
                Column("owner", self.tr("Owner")),
                Column("stages", self.tr("Stages"), RIGHT, sortable=False, display=lambda r: str(r.stages)),
                Column("touchpoints", self.tr("Touchpoints"), RIGHT, sortable=False,
                       display=lambda r: str(r.touchpoints)),
                Column("archived", self.tr("Status"), sortable=False,
                       display=lambda r: self.tr("archived") if r.archived else ""),
            ],
            self._ids, self._rows, sort_key="title", parent=self,
        )
        self.table = DataTableView()
        self.table.setObjectName("journeysTable")
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 480)
        self.table.setColumnWidth(2, 250)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.model.reloaded.connect(self._update_status)
        return page

    # -- data -----------------------------------------------------------------------------------

    def _ids(self, sort_key, order, _text) -> list[str]:
        return journeys.list_journey_ids(
            self.ctx.db, self.ctx.actor, search=self.search.text(), version_label=self.version.currentData(),
            profile_id=self.profile.currentData(), include_archived=self.archived.isChecked(),
            sort={"version": "version"}.get(sort_key or "", sort_key or "title"),
            descending=order == Qt.SortOrder.DescendingOrder)

    def _rows(self, ids) -> dict:
        return {r.id: r for r in journeys.journey_rows(self.ctx.db, self.ctx.actor, list(ids))}

    def refresh(self) -> None:
        current = self.profile.currentData()
        self.profile.blockSignals(True)
        self.profile.clear()
        self.profile.addItem(self.tr("All profiles"), None)
        for pid, name in profiles.profile_names(self.ctx.db, self.ctx.actor):
            self.profile.addItem(name, pid)
        self.profile.setCurrentIndex(max(0, self.profile.findData(current)))
        self.profile.blockSignals(False)
        self.model.refresh()

    def _update_status(self) -> None:
        count = journeys.count_journeys(self.ctx.db)
        self.title_label.setText(self.tr("{title} · {count} of ≥{minimum}").format(
            title=area_title(self.area), count=count, minimum=journeys.STANDARD_MINIMUM))
        self.title_label.setToolTip(self.tr("Active journeys against the Standard's minimum (item 61а)"))
        self.status.setText(self.tr("{rows} records").format(rows=self.model.rowCount()))

    def _on_changed(self, names: set[str]) -> None:
        if names & {"journey", "profile"}:
            self.refresh()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_id(rows[0].row()) if rows else None

    def select_id(self, journey_id: str) -> None:
        row = self.model.row_for_id(journey_id)
        if row >= 0:
            self.table.selectRow(row)

    # -- actions --------------------------------------------------------------------------------

    def create_journey(self, title: str | None = None) -> JourneyEditor | None:
        if title is None:
            title, ok = QInputDialog.getText(self, self.tr("New journey"), self.tr("Journey title:"))
            if not ok:
                return None
        outcome = self.ctx.runner.run(lambda: journeys.create_journey(self.ctx.db, self.ctx.actor, title),
                                      changes=CHANGES, parent=self)
        return self.open_journey(outcome.value.id) if outcome.ok else None

    def open_selected(self) -> JourneyEditor | None:
        journey_id = self.selected_id()
        return self.open_journey(journey_id) if journey_id else None

    def open_journey(self, journey_id: str) -> JourneyEditor | None:
        if journey_id in self.editors:
            self.tabs.setCurrentWidget(self.editors[journey_id])
            return self.editors[journey_id]
        outcome = self.ctx.runner.run(lambda: journeys.load_journey(self.ctx.db, self.ctx.actor, journey_id),
                                      parent=self)
        if not outcome.ok:
            return None
        editor = JourneyEditor(self.ctx, outcome.value)
        self.editors[journey_id] = editor
        index = self.tabs.addTab(editor, self._tab_title(editor))
        editor.dirty_changed.connect(self._update_tab_titles)
        editor.feedback_requested.connect(lambda tid, period, office, e=editor: self.open_feedback(
            e, tid, period, office))
        self.tabs.setCurrentIndex(index)
        return editor

    def open_feedback(self, editor: JourneyEditor, touchpoint_id: str, period: str, office: str) -> None:
        """Go to «Обратная связь» with the register filtered to the touchpoint (from a metrics badge)."""
        window = self.window()
        if not hasattr(window, "show_area"):
            return
        window.show_area("feedback")
        feedback_page = window.page("feedback")
        if feedback_page is None or not hasattr(feedback_page, "show_touchpoint"):
            return
        card = editor.doc.cards.get(touchpoint_id)
        name = " ".join((card.text if card else touchpoint_id).split())
        # short: the register's status line must not widen the window
        note = self.tr("touchpoint «{name}»").format(name=name if len(name) <= 60 else name[:58] + "…")
        feedback_page.show_touchpoint(touchpoint_id, note, period, office or None)

    def _update_tab_titles(self, dirty: bool) -> None:
        for editor in self.editors.values():
            self.tabs.setTabText(self.tabs.indexOf(editor), self._tab_title(editor))

    def _tab_title(self, editor: JourneyEditor) -> str:
        title = editor.doc.title if len(editor.doc.title) < 40 else editor.doc.title[:38] + "…"
        return ("* " if editor.dirty else "") + title

    def close_tab(self, index: int) -> bool:
        editor = self.tabs.widget(index)
        if not isinstance(editor, JourneyEditor) or not editor.maybe_close():
            return False
        self.tabs.removeTab(index)
        self.editors.pop(editor.doc.id, None)
        editor.detach()
        editor.deleteLater()
        return True

    def maybe_close(self) -> bool:
        """Ask about every changed map; False when the user keeps one open."""
        return all(editor.maybe_close() for editor in list(self.editors.values()))

    def duplicate_selected(self, *, to_be: bool = False) -> None:
        journey_id = self.selected_id()
        if journey_id is None:
            return
        outcome = self.ctx.runner.run(
            lambda: journeys.duplicate_journey(
                self.ctx.db, self.ctx.actor, journey_id,
                version_label=str(VersionLabel.TO_BE) if to_be else None, link_versions=to_be,
                title=None),
            changes=CHANGES, parent=self)
        if outcome.ok:
            if to_be:
                self._adopt_own_change(journey_id)
            self.open_journey(outcome.value.id)

    def _adopt_own_change(self, journey_id: str) -> None:
        """The list just changed a journey that is open in an editor (archived it, linked its «to be»
        version): that one version more is this user's own, not someone else's save to warn about."""
        editor = self.editors.get(journey_id)
        if editor is None:
            return
        outcome = self.ctx.runner.run(lambda: journeys.load_journey(self.ctx.db, self.ctx.actor, journey_id),
                                      parent=self)
        if outcome.ok and editor.doc.revision == outcome.value.revision - 1:
            editor.doc.revision = outcome.value.revision
            editor.doc.counterpart_id = outcome.value.counterpart_id

    def make_to_be(self) -> None:
        self.duplicate_selected(to_be=True)

    def compare_selected(self) -> None:
        journey_id = self.selected_id()
        if journey_id is None:
            return
        outcome = self.ctx.runner.run(lambda: journeys.load_journey(self.ctx.db, self.ctx.actor, journey_id),
                                      parent=self)
        if not outcome.ok:
            return
        doc = outcome.value
        if not doc.counterpart_id:
            messages.info(self, self.tr("This journey has no linked version yet. Create the «to be» version "
                                        "with the button «Create «to be» version» and then compare."))
            return
        other = self.ctx.runner.run(lambda: journeys.load_journey(self.ctx.db, self.ctx.actor, doc.counterpart_id),
                                    parent=self)
        if other.ok:
            from cxdesk.gui.journeys.compare import CompareDialog

            as_is, to_be = (doc, other.value) if doc.version_label == VersionLabel.AS_IS else (other.value, doc)
            self.compare_dialog = CompareDialog(as_is, to_be, self)
            self.compare_dialog.show()

    def archive_selected(self) -> None:
        journey_id = self.selected_id()
        if journey_id is None:
            return
        row = self.model.row_data(self.model.row_for_id(journey_id))
        outcome = self.ctx.runner.run(
            lambda: journeys.set_archived(self.ctx.db, self.ctx.actor, journey_id, not row.archived),
            changes=CHANGES, parent=self)
        if outcome.ok:
            self._adopt_own_change(journey_id)


def create_journeys_page(ctx: AppContext, area: Area) -> QWidget:
    return JourneysPage(ctx, area)
