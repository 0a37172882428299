"""Models of the feedback area: the single CX register of all five sources and what it needs.

``feedback_record`` holds every record of every source (the complaints book, appeals under
59-ФЗ, open-source mentions, survey responses, satisfaction metrics) with the common columns the
register filters on, plus the columns of single sources. Profile, touchpoint and problems are
UUID strings of other areas (no foreign keys across areas). Survey templates and the editable
dictionaries (topics, sentiment, production calendar) travel between offices too. The import log
and the full-text key table are local to this database.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, LargeBinary, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.store.base import Base, SyncedMixin
from cxdesk.store.types import UTCDateTime, utc_now


class FeedbackRecord(SyncedMixin, Base):
    __tablename__ = "feedback_record"
    __table_args__ = (
        # covering the register's default view (live records by date, newest first) without table lookups
        Index("ix_feedback_record_register", "deleted", "received_on", "id"),
        Index("ix_feedback_record_office_received", "office_code", "received_on"),
        Index("ix_feedback_record_source_received", "source", "received_on"),
        # one source's view by date (the register's source filter) served like the default view
        Index("ix_feedback_record_source_sort", "deleted", "source", "received_on", "id"),
        # sorting the whole register by rating or status (and counting a status) in index order
        Index("ix_feedback_record_rating_sort", "deleted", "rating", "received_on", "id"),
        Index("ix_feedback_record_status_sort", "deleted", "status", "received_on", "id"),
        # deadlines: the open appeals due by a date are found in the index alone (state columns inside),
        # with a table lookup only for the few that match
        Index("ix_feedback_record_due_state", "answer_due", "source", "status", "deleted"),
        Index("ix_feedback_record_touchpoint_id", "touchpoint_id"),
        Index("ix_feedback_record_profile_id", "profile_id"),
        {"info": {"title": "Обратная связь (единый реестр)"}},
    )

    office_code: Mapped[str] = mapped_column(String(16), nullable=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False)  # book|appeal|open|survey|metric
    number: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    book_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    entry_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    audience: Mapped[str] = mapped_column(String(16), nullable=False, default="citizen")
    profile_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    touchpoint_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    kind: Mapped[str] = mapped_column(String(24), nullable=False, default="")
    channel: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    author: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    contacts: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    subject: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    rating: Mapped[float | None] = mapped_column(Float, nullable=True)  # mean on a 1–5 scale
    ratings: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON: criterion → value
    weight: Mapped[int] = mapped_column(Integer, nullable=False, default=1)  # respondents it stands for
    topics: Mapped[str] = mapped_column(String(300), nullable=False, default="")  # "|queue|phone|"
    topics_manual: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sentiment: Mapped[str] = mapped_column(String(16), nullable=False, default="neutral")
    sentiment_score: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    status: Mapped[str] = mapped_column(String(24), nullable=False)
    responsible: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    measures: Mapped[str] = mapped_column(Text, nullable=False, default="")
    answer: Mapped[str] = mapped_column(Text, nullable=False, default="")
    answer_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    answer_method: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    registered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    register_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    answer_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    extended_days: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    applicant_notified: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    template_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    url: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    reach: Mapped[int | None] = mapped_column(Integer, nullable=True)
    problem_ids: Mapped[str] = mapped_column(Text, nullable=False, default="")  # "|uuid|uuid|"
    import_key: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    created_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class FeedbackAttachment(SyncedMixin, Base):
    """A scan of a paper page (image or PDF) attached to a record."""

    __tablename__ = "feedback_attachment"
    __table_args__ = {"info": {"title": "Сканы страниц книги жалоб"}}

    record_id: Mapped[str] = mapped_column(ForeignKey("feedback_record.id"), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    mime: Mapped[str] = mapped_column(String(100), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class SurveyTemplate(SyncedMixin, Base):
    """A questionnaire: its questions and the saved column mapping for imports (JSON documents)."""

    __tablename__ = "survey_template"
    __table_args__ = {"info": {"title": "Анкеты опросов", "owner": "local"}}

    code: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    audience: Mapped[str] = mapped_column(String(16), nullable=False)
    questions: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    column_mapping: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    is_reference: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=false())


class FeedbackDictionary(SyncedMixin, Base):
    """An edited copy of a reference document (topics, sentiment, production calendar)."""

    __tablename__ = "feedback_dictionary"
    __table_args__ = {"info": {"title": "Словари обратной связи", "owner": "local"}}

    kind: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    changed_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class FeedbackImport(Base):
    """One import run on this installation (local log: the records themselves are synced)."""

    __tablename__ = "feedback_import"
    __table_args__ = {"info": {"title": "Журнал загрузок файлов обратной связи"}}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(16), nullable=False)
    template: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    filename: Mapped[str] = mapped_column(String(500), nullable=False)
    file_sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    rows_total: Mapped[int] = mapped_column(Integer, nullable=False)
    rows_imported: Mapped[int] = mapped_column(Integer, nullable=False)
    rows_duplicate: Mapped[int] = mapped_column(Integer, nullable=False)
    rows_failed: Mapped[int] = mapped_column(Integer, nullable=False)
    actor: Mapped[str] = mapped_column(String(64), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class FeedbackSearchKey(Base):
    """Stable integer key of a record in the FTS5 index ``feedback_fts`` (rowid = ``n``)."""

    __tablename__ = "feedback_search_key"
    __table_args__ = {"info": {"title": "Ключи полнотекстового поиска обратной связи"}}

    n: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
