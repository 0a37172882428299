"""Small pieces the exchange tabs share: a read-only sortable table filled from rows of text, and the
Russian rendering of an import report."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from cxdesk.gui.widgets import read_only_table
from cxdesk.services.exchange import BundleReport, EntityReport

REFUSED_COLOUR = QColor("#f8d7d4")
DONE_COLOUR = QColor("#dcefdc")
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def bundle_filter() -> str:
    return translate("Exchange", "Exchange bundles (*.cxb);;All files (*)")


def key_filter() -> str:
    return translate("Exchange", "Public keys (*.cxkey *.json);;All files (*)")


def text_table(headers: Sequence[str], object_name: str) -> QTableWidget:
    """A read-only table whose last column stretches (messages, file names)."""
    table = read_only_table(headers, object_name)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[object]], keys: Sequence[object] = (),
         colours: Sequence[QColor | None] = ()) -> None:
    """Replace the table's rows; ``keys[i]`` is kept in the first cell's UserRole, ``colours[i]`` paints
    the row (always beside a text that says the same)."""
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, int):
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0 and r < len(keys):
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            if r < len(colours) and colours[r] is not None:
                item.setBackground(colours[r])
            table.setItem(r, c, item)
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()


def selected_key(table: QTableWidget) -> object | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def kind_title(kind: str) -> str:
    return {
        "delta": translate("Exchange", "changes"),
        "snapshot": translate("Exchange", "full copy"),
        "reference": translate("Exchange", "reference data"),
        "ack": translate("Exchange", "confirmation"),
    }.get(kind, kind)


def entities_html(entities: Sequence[EntityReport]) -> str:
    """A table of created / changed / unchanged / conflicts per record type, with a total row."""
    from html import escape

    if not entities:
        return ""
    total = EntityReport("", translate("Exchange", "Total"), sum(e.created for e in entities),
                         sum(e.updated for e in entities), sum(e.unchanged for e in entities),
                         sum(e.conflicts for e in entities))
    rows = "".join(
        f"<tr><td>{escape(e.title)}</td><td align=right>{e.created}</td><td align=right>{e.updated}</td>"
        f"<td align=right>{e.unchanged}</td><td align=right>{e.conflicts}</td></tr>"
        for e in (*entities, total)
    )
    titles = (translate("Exchange", "Record type"), translate("Exchange", "New"),
              translate("Exchange", "Changed"), translate("Exchange", "Unchanged"),
              translate("Exchange", "Conflicts"))
    header = "".join(f"<th>{escape(t)}</th>" for t in titles)
    return f"<table border=1 cellspacing=0 cellpadding=3><tr>{header}</tr>{rows}</table>"


def report_html(report: BundleReport) -> str:
    """One bundle's outcome: the message, then its table of record types."""
    from html import escape

    head = f"<p><b>{escape(report.file.name)}</b> — {escape(report.status_title)}</p>"
    return head + f"<p>{escape(report.message)}</p>" + entities_html(report.entities)


def progress_reporter(progress):
    """The services' ``progress(done, total, text)`` on the runner's Progress: reports, and stops the
    work at the next step when the user pressed «Cancel» (bundle writing and applying are all-or-nothing,
    so a stop leaves nothing half-written)."""

    def report(done: int, total: int, text: str) -> None:
        progress.report(done, total, text)
        progress.check()

    return report
