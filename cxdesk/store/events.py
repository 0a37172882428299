"""The register of competency events for staff (R16): the event and who of the staff took part.

Both are synced records owned by the office that held the event. Participants point at the staff
directory by UUID string (the directory is another area: no foreign key, the service checks);
removing a participant marks the row deleted, adding them again brings it back.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
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


class EventParticipant(SyncedMixin, Base):
    __tablename__ = "competency_event_participant"
    __table_args__ = (
        UniqueConstraint("event_id", "staff_id"),
        {"info": {"title": "Участники мероприятий"}},
    )

    event_id: Mapped[str] = mapped_column(ForeignKey("competency_event.id"), nullable=False, index=True)
    staff_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
