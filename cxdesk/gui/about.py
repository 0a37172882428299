"""Справка → «О программе»: the version, the database and its schema revision, where the program
and the user's data live, and the licences of everything the program ships with.

The components are read at run time, so the list is the one actually installed (from source or
frozen): the bundled fonts with ``resources/fonts/*LICENSE*``, Python itself, and cxdesk's
dependencies, followed recursively through the installed package metadata (the frozen build
carries the metadata of every one of them). Choosing a component shows its licence text.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import cxdesk
from cxdesk import paths
from cxdesk.gui.icons import icon
from cxdesk.store.location import Location, locate
from cxdesk.store.migrate import current_revision

translate = QCoreApplication.translate

DISTRIBUTION = "cxdesk"
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)
# Licences a distribution names only by a trove classifier, e.g. "License :: OSI Approved :: MIT License".
CLASSIFIER_PREFIX = "License :: "


@dataclass(frozen=True)
class Component:
    """Something the program ships with, its version, its licence's name and where its text is."""

    name: str
    version: str
    licence: str
    texts: tuple[Path, ...] = ()
    note: str = ""

    def licence_text(self) -> str:
        parts = [path.read_text(encoding="utf-8", errors="replace") for path in self.texts if path.is_file()]
        return "\n\n".join(parts) if parts else self.note


def font_components() -> list[Component]:
    """The fonts in ``resources/fonts`` (one family per licence file, e.g. ``DejaVu-LICENSE.txt``)."""
    folder = paths.resources_dir() / "fonts"
    components = []
    for licence in sorted(folder.glob("*LICENSE*")):
        family = licence.name.split("-")[0]
        files = sorted(p.name for p in folder.glob(f"{family}*.ttf"))
        components.append(
            Component(
                translate("About", "{family} fonts").format(family=family),
                "",
                translate("About", "free licence of the font (see its text)"),
                (licence,),
                ", ".join(files),
            )
        )
    return components


def _requirement_name(requirement: str) -> str | None:
    """The distribution a ``Requires-Dist`` line names, or None for an optional extra."""
    if "extra ==" in requirement.replace("extra==", "extra =="):
        return None
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return match.group(1) if match else None


def _licence_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c[len(CLASSIFIER_PREFIX):].split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith(CLASSIFIER_PREFIX)]
    licence = (meta.get("License") or "").strip()
    if licence and "\n" not in licence and len(licence) <= 60:
        return licence
    if classifiers:
        return ", ".join(dict.fromkeys(classifiers))
    return licence.splitlines()[0][:60] if licence else translate("About", "not stated")


def _licence_files(dist: metadata.Distribution) -> tuple[Path, ...]:
    found = []
    for file in dist.files or ():
        if LICENCE_FILE.search(file.name) and ".dist-info" in str(file):
            found.append(Path(str(dist.locate_file(file))))
    return tuple(found)


def library_components(root: str = DISTRIBUTION) -> list[Component]:
    """``root``'s installed dependencies, recursively, sorted by name (``root`` itself excluded)."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform, e.g. colorama on Linux
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key in seen:
            continue
        seen[key] = dist
        pending += [n for n in map(_requirement_name, dist.requires or ()) if n]
    seen.pop(root.lower(), None)
    components = []
    for dist in sorted(seen.values(), key=lambda d: d.metadata["Name"].lower()):
        meta = dist.metadata
        note = meta.get("License") or translate("About", "The package carries no licence text.")
        components.append(
            Component(meta["Name"], dist.version, _licence_name(dist), _licence_files(dist), note)
        )
    return components


def python_component() -> Component:
    return Component(
        "Python", platform.python_version(), "PSF-2.0",
        note=translate("About", "Python Software Foundation License Version 2: https://docs.python.org/3/license.html"),
    )


def all_components() -> list[Component]:
    return font_components() + [python_component()] + library_components()


class AboutDialog(QDialog):
    """Version, database, folders and the licences table with the chosen component's text."""

    def __init__(self, db_path: Location | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About cxdesk"))
        self.resize(820, 640)
        location = locate(db_path)
        revision = current_revision(location) or "—"
        self.facts: list[tuple[str, str]] = [
            (self.tr("Version"), cxdesk.__version__),
            (self.tr("Database"), location.display()),
            (self.tr("Schema revision"), revision),
            (self.tr("Data folder"), str(paths.user_data_dir())),
            (self.tr("Program folder"), str(paths.install_root())),
            (self.tr("Qt, PySide6, Python"), f"{qVersion()}, {pyside_version}, {platform.python_version()}"),
        ]

        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<b style='font-size:16pt'>cxdesk {cxdesk.__version__}</b><br>" + self.tr(
            "Client experience management for employment centres (section VI of the Standard)."))
        title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(logo)
        header.addWidget(title, 1)

        form = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for caption, value in self.facts:
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption + ":", label)
            self.fact_labels[caption] = label

        self.components = all_components()
        self.table = QTableWidget(len(self.components), 3)
        self.table.setObjectName("licencesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        for row, component in enumerate(self.components):
            for column, text in enumerate((component.name, component.version, component.licence)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.resizeColumnsToContents()  # in the order of all_components(): fonts, Python, A–Z
        self.table.itemSelectionChanged.connect(self._show_licence)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        licences_caption = QLabel(self.tr("Bundled fonts and libraries and their licences (choose one to read "
                                          "its licence):"))
        licences_caption.setWordWrap(True)
        licences_caption.setBuddy(self.table)

        buttons = QDialogButtonBox()
        copy_button = buttons.addButton(self.tr("Copy information"), QDialogButtonBox.ButtonRole.ActionRole)
        copy_button.setAutoDefault(False)
        copy_button.clicked.connect(self.copy_information)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(licences_caption)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.licence_text, 2)
        layout.addWidget(buttons)
        if self.components:
            self.table.selectRow(0)

    def _show_licence(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        name = self.table.item(rows[0].row(), 0).text()
        component = next(c for c in self.components if c.name == name)
        self.licence_text.setPlainText(component.licence_text())

    def information_text(self) -> str:
        """The facts and the components as plain text (for a support request)."""
        lines = [f"{caption}: {value}" for caption, value in self.facts]
        lines += [""] + [f"{c.name} {c.version} — {c.licence}".replace("  ", " ") for c in self.components]
        return "\n".join(lines)

    def copy_information(self) -> None:
        QGuiApplication.clipboard().setText(self.information_text())


def show_about(db_path: Location | Path, parent: QWidget | None = None) -> AboutDialog:
    """Open the dialog (window-modal, deleted when closed) and return it."""
    dialog = AboutDialog(db_path, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
