"""The archive of quarterly reports on the results of the CX analysis (R5).

A report is made for a quarter and a scope — one office's code, or ``REGION`` for the whole region at
the УЦЗН. Every generation is a new edition (1, 2, …) of that quarter and scope: a draft until it is
published; publishing an edition marks the previously published one superseded. The PDF bytes live
once per SHA-256 in ``report_blob``; the commentary per KPI group is kept with the edition as JSON.
Reports are synced records (the УЦЗН's published reports go down to the territorial centres).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.store.base import Base, SyncedMixin
from cxdesk.store.blobs import BlobMixin
from cxdesk.store.types import UTCDateTime, utc_now

REGION = "REGION"


class QuarterlyReport(SyncedMixin, Base):
    __tablename__ = "quarterly_report"
    __table_args__ = (
        Index("ix_quarterly_report_period_scope", "period", "scope"),
        {"info": {"title": "Ежеквартальные отчёты о результатах анализа качества КО"}},
    )

    office_code: Mapped[str] = mapped_column(String(16), nullable=False, index=True)  # who made it
    period: Mapped[str] = mapped_column(String(8), nullable=False)  # "2026Q3"
    scope: Mapped[str] = mapped_column(String(16), nullable=False)  # office code or REGION
    edition: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="draft")  # draft|published|superseded
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    commentary: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON: KPI group -> text
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    pages: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    pdf_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    pdf_size: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    generated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    generated_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    published_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class ReportBlob(BlobMixin, Base):
    """The PDF of a report edition, stored once per SHA-256."""

    __tablename__ = "report_blob"
    __table_args__ = {"info": {"title": "Отчёты: файлы PDF"}}
