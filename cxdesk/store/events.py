"""The register of competency events for staff (R16): the event and who of the staff took part.

All are synced records owned by the office that held the event; material files keep their bytes
in ``knowledge_blob`` (the same migration branch, content-addressed). Participants point at the staff
directory by UUID string (the directory is another area: no foreign key, the service checks);
removing a participant marks the row deleted, adding them again brings it back.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.store.base import Base, SyncedMixin
from cxdesk.store.types import UTCDateTime, utc_now


class CompetencyEvent(SyncedMixin, Base):
    __tablename__ = "competency_event"
    __table_args__ = {"info": {"title": "Мероприятия по развитию клиентоцентричных компетенций"}}

    office_code: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    format: Mapped[str] = mapped_column(String(8), nullable=False)  # online | offline
    held_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    organiser: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    materials: Mapped[str] = mapped_column(Text, nullable=False, default="")
    outcome: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    # casefolded title and organiser with ё → е for the search (SQLite's lower() knows no Cyrillic)
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")


class EventParticipant(SyncedMixin, Base):
    __tablename__ = "competency_event_participant"
    __table_args__ = (
        UniqueConstraint("event_id", "staff_id"),
        {"info": {"title": "Участники мероприятий"}},
    )

    event_id: Mapped[str] = mapped_column(ForeignKey("competency_event.id"), nullable=False, index=True)
    staff_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)


class EventMaterial(SyncedMixin, Base):
    """A file of an event's materials; the bytes are the ``knowledge_blob`` with this SHA-256."""

    __tablename__ = "competency_event_material"
    __table_args__ = {"info": {"title": "Материалы мероприятий"}}

    event_id: Mapped[str] = mapped_column(ForeignKey("competency_event.id"), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    mime: Mapped[str] = mapped_column(String(100), nullable=False, default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    added_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
