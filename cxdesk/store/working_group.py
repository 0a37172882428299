"""Models of the working-group area (R7, R8, R12, R14, R15): the client-centricity working group of an
office with its members, documents and roadmap; its meetings with agenda, attendance, decisions and
assignments; improvement initiatives with their stage history; legal-act proposals. People are staff
directory ids (another area: plain UUID strings, no foreign keys); problems, recommendations, journeys,
touchpoints and KPI indicators of other areas are JSON lists of UUID strings or codes for the same reason.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.store.base import Base, SyncedMixin
from cxdesk.store.blobs import BlobMixin
from cxdesk.store.types import UTCDateTime, utc_now


class WorkingGroup(SyncedMixin, Base):
    __tablename__ = "wg_group"
    __table_args__ = {"info": {"title": "Рабочая группа по клиентоцентричности"}}

    office_code: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")  # usual meeting room
    quorum_percent: Mapped[int] = mapped_column(Integer, nullable=False, default=50)  # more than this share


class WgMember(SyncedMixin, Base):
    __tablename__ = "wg_member"
    __table_args__ = {"info": {"title": "Состав рабочей группы"}}

    group_id: Mapped[str] = mapped_column(ForeignKey("wg_group.id"), nullable=False, index=True)
    staff_id: Mapped[str | None] = mapped_column(String(36), nullable=True)  # staff_member.id
    person_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # invited outsiders
    organisation: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(16), nullable=False)  # chair | deputy | secretary | member | invited
    term_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    term_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class WgDocument(SyncedMixin, Base):
    __tablename__ = "wg_document"
    __table_args__ = {"info": {"title": "Документы рабочей группы"}}

    group_id: Mapped[str] = mapped_column(ForeignKey("wg_group.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # regulation | roadmap | order | other
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    number: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    approved_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    filename: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    data: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class WgMilestone(SyncedMixin, Base):
    __tablename__ = "wg_milestone"
    __table_args__ = {"info": {"title": "Дорожная карта рабочей группы"}}

    group_id: Mapped[str] = mapped_column(ForeignKey("wg_group.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    owner_staff_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="planned")  # planned|in_progress|done
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Meeting(SyncedMixin, Base):
    __tablename__ = "wg_meeting"
    __table_args__ = {"info": {"title": "Заседания рабочей группы"}}

    group_id: Mapped[str] = mapped_column(ForeignKey("wg_group.id"), nullable=False, index=True)
    office_code: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    meeting_date: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    start_time: Mapped[str] = mapped_column(String(5), nullable=False, default="10:00")
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    form: Mapped[str] = mapped_column(String(16), nullable=False, default="in_person")  # in_person | remote
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="planned")  # planned|held|cancelled
    chair_staff_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    secretary_staff_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class AgendaItem(SyncedMixin, Base):
    __tablename__ = "wg_agenda_item"
    __table_args__ = {"info": {"title": "Вопросы повестки заседаний"}}

    meeting_id: Mapped[str] = mapped_column(ForeignKey("wg_meeting.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    speakers: Mapped[str] = mapped_column(Text, nullable=False, default="")  # докладчики
    materials: Mapped[str] = mapped_column(Text, nullable=False, default="")  # one per line
    heard: Mapped[str] = mapped_column(Text, nullable=False, default="")  # СЛУШАЛИ
    discussion: Mapped[str] = mapped_column(Text, nullable=False, default="")  # ВЫСТУПИЛИ
    decision: Mapped[str] = mapped_column(Text, nullable=False, default="")  # РЕШИЛИ
    # "regular" or "kpi_targets": a decision approving the KPI targets of a year (the KPI area reads it)
    decision_kind: Mapped[str] = mapped_column(String(16), nullable=False, default="regular")
    approves_targets_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    is_control: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)  # carried assignments


class AgendaMaterial(SyncedMixin, Base):
    """A file attached to an agenda item (presentation, draft decision…); bytes in ``wg_blob``."""

    __tablename__ = "wg_agenda_material"
    __table_args__ = {"info": {"title": "Материалы к вопросам повестки"}}

    item_id: Mapped[str] = mapped_column(ForeignKey("wg_agenda_item.id"), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    mime: Mapped[str] = mapped_column(String(100), nullable=False, default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    added_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class WgBlob(BlobMixin, Base):
    """Immutable bytes of the working group's files keyed by their SHA-256 (written once)."""

    __tablename__ = "wg_blob"
    __table_args__ = {"info": {"title": "Рабочая группа: содержимое файлов"}}


class Attendance(SyncedMixin, Base):
    __tablename__ = "wg_attendance"
    __table_args__ = {"info": {"title": "Участники заседаний"}}

    meeting_id: Mapped[str] = mapped_column(ForeignKey("wg_meeting.id"), nullable=False, index=True)
    staff_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    person_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    position: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(16), nullable=False, default="member")  # member | invited
    present: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    absence_reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class Assignment(SyncedMixin, Base):
    __tablename__ = "wg_assignment"
    __table_args__ = {"info": {"title": "Поручения рабочей группы"}}

    meeting_id: Mapped[str] = mapped_column(ForeignKey("wg_meeting.id"), nullable=False, index=True)
    item_id: Mapped[str | None] = mapped_column(ForeignKey("wg_agenda_item.id"), nullable=True)
    office_code: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    responsible_staff_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="open")  # open|in_progress|done|cancelled
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    report: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Initiative(SyncedMixin, Base):
    __tablename__ = "wg_initiative"
    __table_args__ = {"info": {"title": "Меры по повышению качества клиентского опыта"}}

    office_code: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    stage: Mapped[str] = mapped_column(String(16), nullable=False, default="idea", index=True)
    owner_staff_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    finished_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # JSON lists: office codes; ids of problems, recommendations (KPI/problems area), journeys, touchpoints
    pilot_offices: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    problem_ids: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    recommendation_ids: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    journey_ids: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    touchpoint_ids: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    # the measured effect: KPI indicator codes, a baseline period and a result period ("2025-Q1")
    kpi_codes: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    baseline_period: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    result_period: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("wg_meeting.id"), nullable=True)


class InitiativeTransition(SyncedMixin, Base):
    __tablename__ = "wg_initiative_transition"
    __table_args__ = {"info": {"title": "История этапов мер"}}

    initiative_id: Mapped[str] = mapped_column(ForeignKey("wg_initiative.id"), nullable=False, index=True)
    from_stage: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    to_stage: Mapped[str] = mapped_column(String(16), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    actor: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")


class LegalProposal(SyncedMixin, Base):
    __tablename__ = "wg_legal_proposal"
    __table_args__ = {"info": {"title": "Предложения по совершенствованию НПА"}}

    office_code: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    act: Mapped[str] = mapped_column(String(500), nullable=False)
    level: Mapped[str] = mapped_column(String(16), nullable=False, default="regional")  # federal|regional|local
    proposed_change: Mapped[str] = mapped_column(Text, nullable=False, default="")
    justification: Mapped[str] = mapped_column(Text, nullable=False, default="")
    sent_to: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    answer: Mapped[str] = mapped_column(Text, nullable=False, default="")
    answer_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="draft")
    initiative_id: Mapped[str | None] = mapped_column(ForeignKey("wg_initiative.id"), nullable=True)
