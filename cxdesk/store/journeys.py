"""Client-group profiles and journey maps: persona cards, journeys, their stages, cards and touchpoints.

All are synced reference records owned by the УЦЗН. A journey's lanes (rows) are layout and live
as JSON in the journey row; stages, cards and touchpoints are rows of their own so that feedback can
point at a touchpoint by its stable UUID. Lists (needs, pains, channels …) are JSON arrays of text.
Inside this area foreign keys are fine; references to other areas are plain UUID strings.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.store.base import Base, SyncedMixin


class Profile(SyncedMixin, Base):
    __tablename__ = "profile"
    __table_args__ = {"info": {"title": "Профили клиентских групп", "owner": "region"}}

    name: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    audience: Mapped[str] = mapped_column(String(16), nullable=False, default="citizen")  # citizen|employer
    category: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    age_range: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    education: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    employment_status: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    social_status: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    digital_skills: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    needs: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    pains: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    expectations: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    barriers: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    channels: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    share_percent: Mapped[float | None] = mapped_column(Float, nullable=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    image: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    ref_key: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    # Lower-cased name and text: SQLite's LIKE folds case for Latin letters only.
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Journey(SyncedMixin, Base):
    __tablename__ = "journey"
    __table_args__ = {"info": {"title": "Клиентские маршруты", "owner": "region"}}

    title: Mapped[str] = mapped_column(String(300), nullable=False, index=True)
    goal: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version_label: Mapped[str] = mapped_column(String(16), nullable=False, default="as_is")
    owner: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    profile_ids: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON array of profile UUIDs
    counterpart_id: Mapped[str | None] = mapped_column(String(36), nullable=True)  # the other version
    lanes: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON: id, kind, name, hidden
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    ref_key: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    # Lower-cased name and text: SQLite's LIKE folds case for Latin letters only.
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")


class JourneyStage(SyncedMixin, Base):
    __tablename__ = "journey_stage"
    __table_args__ = {"info": {"title": "Этапы клиентских маршрутов", "owner": "region"}}

    journey_id: Mapped[str] = mapped_column(ForeignKey("journey.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    hidden: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    emotion: Mapped[float | None] = mapped_column(Float, nullable=True)
    emotion_note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class JourneyCard(SyncedMixin, Base):
    __tablename__ = "journey_card"
    __table_args__ = {"info": {"title": "Карточки клиентских маршрутов", "owner": "region"}}

    journey_id: Mapped[str] = mapped_column(ForeignKey("journey.id"), nullable=False, index=True)
    stage_id: Mapped[str] = mapped_column(ForeignKey("journey_stage.id"), nullable=False)
    lane_id: Mapped[str] = mapped_column(String(36), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    color: Mapped[str] = mapped_column(String(16), nullable=False, default="")


class Touchpoint(SyncedMixin, Base):
    """A point of contact of a journey; feedback records refer to it by ``id``."""

    __tablename__ = "journey_touchpoint"
    __table_args__ = {"info": {"title": "Точки контакта", "owner": "region"}}

    journey_id: Mapped[str] = mapped_column(ForeignKey("journey.id"), nullable=False, index=True)
    stage_id: Mapped[str] = mapped_column(ForeignKey("journey_stage.id"), nullable=False)
    lane_id: Mapped[str] = mapped_column(String(36), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    channel: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    color: Mapped[str] = mapped_column(String(16), nullable=False, default="")
