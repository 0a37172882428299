"""Content-addressed file bytes shared in shape by every area that stores attachments: one row per
SHA-256, written once and never changed (they travel as ``blobs/<sha256>`` in a sync bundle and
cannot conflict). Each area keeps its own table in its own migration branch (``knowledge_blob`` for
the knowledge base and competency events, ``wg_blob`` for the working group) built from this mixin,
so the branches stay independent while ``cxdesk.services.blobs`` handles them all alike.
"""

from __future__ import annotations

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column


class BlobMixin:
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
