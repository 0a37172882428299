"""The register's lazy table model: its columns, and the colour of the deadline and sentiment columns."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from cxdesk.gui.table_model import RIGHT, Column, LazyIdTableModel
from cxdesk.services.feedback_terms import AUDIENCES, SENTIMENTS, SOURCE_SHORT, STATUSES, title

RED, AMBER, GREEN = QColor("#b3261e"), QColor("#9a6700"), QColor("#1e7b34")


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class FeedbackTableModel(LazyIdTableModel):
    """Adds the colour of the deadline and sentiment columns (the text says the same)."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            key = self.columns[index.column()].key
            row = self.row_data(index.row())
            if (
                row
                and key == "answer_due"
                and row.get("answer_due")
                and row["status"] not in ("answered", "closed", "redirected")
            ):
                left = (row["answer_due"] - date.today()).days
                return QBrush(RED if left < 0 else AMBER if left <= 5 else GREEN)
            if row and key == "sentiment":
                return QBrush({"negative": RED, "positive": GREEN}.get(row["sentiment"], QColor("#555555")))
            return None
        return super().data(index, role)


def _due_text(row: dict) -> str:
    due = row.get("answer_due")
    if not due:
        return ""
    if row["status"] in ("answered", "closed", "redirected"):
        return f"{due:%d.%m.%Y}"
    left = (due - date.today()).days
    mark = "просрочено" if left < 0 else f"осталось {left} дн." if left <= 5 else ""
    return f"{due:%d.%m.%Y} {mark}".strip()


def register_model(page, ids, rows) -> FeedbackTableModel:
    """The columns of the register; topic titles are read from ``page`` (they change with the dictionary)."""
    return FeedbackTableModel(
        [
            Column(
                "received_on",
                translate("FeedbackPage", "Date"),
                display=lambda r: f"{r['received_on']:%d.%m.%Y}",
            ),
            Column(
                "source",
                translate("FeedbackPage", "Source"),
                display=lambda r: SOURCE_SHORT.get(r["source"], r["source"]),
            ),
            Column("number", translate("FeedbackPage", "Number")),
            Column("office_code", translate("FeedbackPage", "Office")),
            Column(
                "audience",
                translate("FeedbackPage", "Audience"),
                display=lambda r: title(AUDIENCES, r["audience"]),
            ),
            Column(
                "text",
                translate("FeedbackPage", "Text"),
                sortable=False,
                display=lambda r: " ".join((r["text"] or r["subject"] or r["channel"] or "").split())[:160],
            ),
            Column(
                "topics",
                translate("FeedbackPage", "Topics"),
                display=lambda r: ", ".join(page.topic_titles.get(c, c) for c in r["topics"]),
            ),
            Column(
                "sentiment",
                translate("FeedbackPage", "Sentiment"),
                display=lambda r: title(SENTIMENTS, r["sentiment"]),
            ),
            Column(
                "rating",
                translate("FeedbackPage", "Rating"),
                RIGHT,
                display=lambda r: "" if r["rating"] is None else f"{r['rating']:.2f}".replace(".", ","),
            ),
            Column(
                "status", translate("FeedbackPage", "Status"), display=lambda r: title(STATUSES, r["status"])
            ),
            Column("answer_due", translate("FeedbackPage", "Answer due"), display=_due_text),
        ],
        ids,
        rows,
        sort_key="received_on",
        sort_order=Qt.SortOrder.DescendingOrder,
        parent=page,
    )
