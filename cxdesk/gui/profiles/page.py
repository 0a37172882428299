"""The «Профили клиентских групп» page: the list (lazy table, search, audience filter, archived),
the selected profile's card beside it, and create / edit / copy / archive / print (preview, printer, PDF).
The title shows the count against the Standard's minimum: «N из ≥10».
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from cxdesk.gui import messages, print_preview
from cxdesk.gui.areas import Area, area_title
from cxdesk.gui.context import AppContext
from cxdesk.gui.pages.base import AreaPage
from cxdesk.gui.profiles.dialog import ProfileDialog
from cxdesk.gui.table_model import RIGHT, Column, LazyIdTableModel
from cxdesk.gui.widgets import DataTableView
from cxdesk.services import profiles
from cxdesk.services.profiles import AUDIENCES, ProfileInfo
from cxdesk.services.roles import Action

CHANGES = ("profile",)
IMAGE_URL = "cxdesk-profile-image"


def profile_html(info: ProfileInfo) -> str:
    d = info.data
    translate = QCoreApplication.translate
    parts = [f"<h2>{escape(d.name)}</h2>",
             f"<p><i>{escape(AUDIENCES.get(d.audience, d.audience))} · {escape(d.category)}</i></p>"]
    if d.image:
        parts.append(f'<p><img src="{IMAGE_URL}" width="120"></p>')
    if d.description:
        parts.append(f"<p>{escape(d.description)}</p>")
    facts = [(translate("ProfilesPage", "Age"), d.age_range), (translate("ProfilesPage", "Education"), d.education),
             (translate("ProfilesPage", "Employment"), d.employment_status),
             (translate("ProfilesPage", "Social status"), d.social_status),
             (translate("ProfilesPage", "Digital skills"), d.digital_skills),
             (translate("ProfilesPage", "Channels"), ", ".join(d.channels)),
             (translate("ProfilesPage", "Share of clients"), "" if d.share_percent is None else f"{d.share_percent:g} %")]
    rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts if v)
    parts.append(f'<table cellspacing="0" cellpadding="3">{rows}</table>')
    sections = ((translate("ProfilesPage", "Needs"), d.needs), (translate("ProfilesPage", "Pains"), d.pains),
                (translate("ProfilesPage", "Expectations"), d.expectations), (translate("ProfilesPage", "Barriers"), d.barriers))
    for title, items in sections:
        if items:
            parts.append(f"<h3>{escape(title)}</h3><ul>" + "".join(f"<li>{escape(x)}</li>" for x in items) + "</ul>")
    if info.journeys:
        title = translate("ProfilesPage", "Journeys with this profile")
        parts.append(f"<h3>{escape(title)}</h3><ul>" + "".join(f"<li>{escape(t)}</li>" for _, t in info.journeys)
                     + "</ul>")
    if d.notes:
        title = translate("ProfilesPage", "Notes")
        parts.append(f"<h3>{escape(title)}</h3><p>{escape(d.notes)}</p>")
    return "".join(parts)


class ProfilesPage(AreaPage):
    def __init__(self, ctx: AppContext, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.ctx = ctx
        can_edit = ctx.can(Action.REFERENCE_EDIT)
        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, edit in (
            ("new", self.tr("Create"), self.create_profile, True),
            ("edit", self.tr("Edit"), self.edit_selected, True),
            ("copy", self.tr("Copy"), self.copy_selected, True),
            ("archive", self.tr("Archive / restore"), self.archive_selected, True),
            ("print", self.tr("Print card…"), self.print_selected, False),
        ):
            button = QPushButton(text)
            button.setObjectName(f"profiles_{key}")
            button.clicked.connect(slot)
            button.setEnabled(can_edit or not edit)
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        self.body.addLayout(actions)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, category, description…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.model.refresh())
        self.audience = QComboBox()
        self.audience.addItem(self.tr("All audiences"), None)
        for key, title in AUDIENCES.items():
            self.audience.addItem(title, key)
        self.audience.currentIndexChanged.connect(lambda _i: self.model.refresh())
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.toggled.connect(lambda _c: self.model.refresh())
        filters.addWidget(self.search, 1)
        filters.addWidget(self.audience)
        filters.addWidget(self.archived)
        self.body.addLayout(filters)
        self.model = LazyIdTableModel(
            [
                Column("name", self.tr("Profile")),
                Column("audience", self.tr("Audience"), display=lambda r: r.audience_title),
                Column("category", self.tr("Category")),
                Column("share", self.tr("Share, %"), RIGHT,
                       display=lambda r: "" if r.share_percent is None else f"{r.share_percent:g}"),
                Column("archived", self.tr("Status"), sortable=False,
                       display=lambda r: self.tr("archived") if r.archived else ""),
            ],
            self._ids, self._rows, sort_key="name", parent=self,
        )
        self.table = DataTableView()
        self.table.setObjectName("profilesTable")
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 330)
        self.table.setColumnWidth(2, 200)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.card = QTextBrowser()
        self.card.setObjectName("profileCard")
        self.card.setOpenLinks(False)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.card)
        splitter.setSizes([700, 450])
        self.body.addWidget(splitter, 1)
        self.status = QLabel()
        self.body.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.model.reloaded.connect(self._update_status)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def _ids(self, sort_key, order, _text) -> list[str]:
        return profiles.list_profile_ids(
            self.ctx.db, self.ctx.actor, search=self.search.text(), audience=self.audience.currentData(),
            include_archived=self.archived.isChecked(), sort=sort_key or "name",
            descending=order == Qt.SortOrder.DescendingOrder)

    def _rows(self, ids) -> dict:
        return {r.id: r for r in profiles.profile_rows(self.ctx.db, self.ctx.actor, list(ids))}

    def refresh(self) -> None:
        self.model.refresh()
        self._show_selected()

    def _update_status(self) -> None:
        count = profiles.count_profiles(self.ctx.db)
        self.title_label.setText(self.tr("{title} · {count} of ≥{minimum}").format(
            title=area_title(self.area), count=count, minimum=profiles.STANDARD_MINIMUM))
        self.title_label.setToolTip(self.tr("Active profiles against the Standard's minimum (item 61а)"))
        self.status.setText(self.tr("{rows} records").format(rows=self.model.rowCount()))

    def _on_changed(self, names: set[str]) -> None:
        if names & {"profile", "journey"}:
            self.refresh()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def select_id(self, profile_id: str) -> None:
        row = self.model.row_for_id(profile_id)
        if row >= 0:
            self.table.selectRow(row)

    def _show_selected(self) -> None:
        profile_id = self.selected_id()
        if profile_id is None:
            hint = self.tr("Select a profile in the list to see its card.")
            self.card.setHtml(f"<p>{escape(hint)}</p>")
            return
        outcome = self.ctx.runner.run(lambda: profiles.get_profile(self.ctx.db, self.ctx.actor, profile_id),
                                      parent=self)
        if outcome.ok:
            if outcome.value.data.image:
                self.card.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(IMAGE_URL),
                                                 QImage.fromData(outcome.value.data.image))
            self.card.setHtml(profile_html(outcome.value))

    def _dialog(self, data=None) -> ProfileDialog:
        """Made in one place so tests can fill and accept it."""
        return ProfileDialog(data, self)

    def create_profile(self) -> None:
        dialog = self._dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        outcome = self.ctx.runner.run(lambda: profiles.create_profile(self.ctx.db, self.ctx.actor, dialog.data()),
                                      changes=CHANGES, parent=self)
        if outcome.ok:
            self.select_id(outcome.value.id)

    def edit_selected(self) -> None:
        profile_id = self.selected_id()
        if profile_id is None or not self.ctx.can(Action.REFERENCE_EDIT):
            return
        current = self.ctx.runner.run(lambda: profiles.get_profile(self.ctx.db, self.ctx.actor, profile_id),
                                      parent=self)
        if not current.ok:
            return
        dialog = self._dialog(current.value.data)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.ctx.runner.run(lambda: profiles.update_profile(self.ctx.db, self.ctx.actor, profile_id, dialog.data()),
                            changes=CHANGES, parent=self)
        self.select_id(profile_id)

    def copy_selected(self) -> None:
        profile_id = self.selected_id()
        if profile_id is None:
            return
        outcome = self.ctx.runner.run(lambda: profiles.copy_profile(self.ctx.db, self.ctx.actor, profile_id),
                                      changes=CHANGES, parent=self)
        if outcome.ok:
            self.select_id(outcome.value.id)

    def archive_selected(self) -> None:
        profile_id = self.selected_id()
        if profile_id is None:
            return
        row = self.model.row_data(self.model.row_for_id(profile_id))
        if not row.archived and not messages.confirm(
                self, self.tr("Move the profile «{name}» to the archive? It stays linked to its journeys and can "
                              "be restored.").format(name=row.name), self.tr("Archive")):
            return
        self.ctx.runner.run(lambda: profiles.set_archived(self.ctx.db, self.ctx.actor, profile_id, not row.archived),
                            changes=CHANGES, parent=self)

    def print_selected(self) -> None:
        profile_id = self.selected_id()
        if profile_id is None:
            return
        row = self.model.row_data(self.model.row_for_id(profile_id))
        print_preview.print_document(
            self, self.ctx.runner, self.tr("Profile card «{name}»").format(name=row.name),
            lambda target: profiles.print_profile(self.ctx.db, self.ctx.actor, profile_id, target),
            suggested_name=f"{row.name}.pdf")


def create_profiles_page(ctx: AppContext, area: Area) -> QWidget:
    return ProfilesPage(ctx, area)
