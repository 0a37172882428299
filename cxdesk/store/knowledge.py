"""The knowledge base: articles, their immutable revisions, attachments and content-addressed blobs.

An article row holds the current content (denormalised from its head revision) for lists and
search. Every save adds a :class:`KnowledgeRevision` that names the revision it was based on
(``base_revision_id``): articles are the one record type both the УЦЗН and the offices edit, so an
incoming change whose base is the local head fast-forwards, anything else is a conflict kept for
an editor (SYNC.md). Attachment bytes live once per SHA-256 in ``knowledge_blob`` (immutable,
travelling as ``blobs/<sha256>``); read counts are local to this installation and not synced.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.store.base import Base, SyncedMixin
from cxdesk.store.blobs import BlobMixin
from cxdesk.store.types import UTCDateTime, utc_now


class KnowledgeArticle(SyncedMixin, Base):
    __tablename__ = "knowledge_article"
    __table_args__ = (
        Index("ix_knowledge_article_status_updated_at", "status", "updated_at"),
        {"info": {"title": "База знаний: материалы", "owner": "shared"}},
    )

    title: Mapped[str] = mapped_column(String(300), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="draft")
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")  # Markdown
    tags: Mapped[str] = mapped_column(String(1000), nullable=False, default="")  # «|тег1|тег2|»
    links: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON [{kind, id, title}]
    author_login: Mapped[str] = mapped_column(String(64), nullable=False)
    author_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revision_no: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    head_revision_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # casefolded title with ё → е for the title sort and quick filters (SQLite lower() is ASCII-only)
    title_key: Mapped[str] = mapped_column(String(300), nullable=False, default="")


class KnowledgeRevision(SyncedMixin, Base):
    """One saved state of an article's content; never changed after it is written."""

    __tablename__ = "knowledge_revision"
    __table_args__ = {"info": {"title": "База знаний: редакции материалов", "owner": "shared"}}

    article_id: Mapped[str] = mapped_column(ForeignKey("knowledge_article.id"), nullable=False, index=True)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    base_revision_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    tags: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    links: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    attachments: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON [{sha256, filename}]
    author_login: Mapped[str] = mapped_column(String(64), nullable=False)
    author_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    note: Mapped[str] = mapped_column(String(500), nullable=False, default="")


class KnowledgeAttachment(SyncedMixin, Base):
    """A file attached to an article; the bytes are the blob with this SHA-256."""

    __tablename__ = "knowledge_attachment"
    __table_args__ = {"info": {"title": "База знаний: вложения", "owner": "shared"}}

    article_id: Mapped[str] = mapped_column(ForeignKey("knowledge_article.id"), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    mime: Mapped[str] = mapped_column(String(100), nullable=False, default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    added_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class KnowledgeBlob(BlobMixin, Base):
    """Immutable bytes keyed by their SHA-256 (written once, shared by every attachment of them:
    articles' files and competency events' materials)."""

    __tablename__ = "knowledge_blob"
    __table_args__ = {"info": {"title": "База знаний: содержимое файлов"}}


class KnowledgeProposal(SyncedMixin, Base):
    """A reader's proposed change to a published article: the whole proposed content, kept beside the
    article (which stays as published) until an editor accepts it (it becomes the next revision) or
    rejects it. ``base_revision_id`` is the revision the reader saw."""

    __tablename__ = "knowledge_proposal"
    __table_args__ = {"info": {"title": "База знаний: предложенные правки"}}

    article_id: Mapped[str] = mapped_column(ForeignKey("knowledge_article.id"), nullable=False, index=True)
    base_revision_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    tags: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    links: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    note: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    author_login: Mapped[str] = mapped_column(String(64), nullable=False)
    author_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="review", index=True)
    decided_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decision_note: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    revision_id: Mapped[str | None] = mapped_column(String(36), nullable=True)  # the revision it became


class KnowledgeRead(Base):
    """How often the article was opened on this installation («самые читаемые»); not synced."""

    __tablename__ = "knowledge_read"
    __table_args__ = {"info": {"title": "База знаний: просмотры"}}

    article_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    views: Mapped[int] = mapped_column(Integer, nullable=False, default=0, index=True)
    last_read_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class KnowledgeSearchKey(Base):
    """Stable integer key of an article in the FTS5 index ``knowledge_fts`` (rowid = ``n``)."""

    __tablename__ = "knowledge_search_key"
    __table_args__ = {"info": {"title": "База знаний: ключи поискового индекса"}}

    n: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
