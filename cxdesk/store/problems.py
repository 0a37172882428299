"""Models of the problems area (R5): the problem register, the evidence behind each problem, the
recommendations made on it, and the specialists' decisions on suggested candidate problems.

All are synced records owned by the office that registered the problem (a problem registered at the
УЦЗН may rest on records of several offices). Journeys, touchpoints, staff members and feedback records
belong to other areas: they are plain UUID strings checked by the services, never foreign keys.

Evidence is a link table owned by the problem. ``feedback_record.problem_ids`` (a text column from an
earlier release) is deliberately left unused: a feedback record belongs to the office that entered it,
so the УЦЗН could not mark another office's records without taking over rows it does not own.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.store.base import Base, SyncedMixin
from cxdesk.store.types import UTCDateTime, utc_now


class Problem(SyncedMixin, Base):
    __tablename__ = "problem"
    __table_args__ = (
        Index("ix_problem_office_status", "office_code", "status"),
        {"info": {"title": "Реестр проблем клиентского опыта"}},
    )

    office_code: Mapped[str] = mapped_column(String(16), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    journey_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    touchpoint_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    severity: Mapped[str] = mapped_column(String(16), nullable=False, default="medium")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="identified")
    owner_staff_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    identified_on: Mapped[date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # solved or rejected on
    status_note: Mapped[str] = mapped_column(Text, nullable=False, default="")  # e.g. why it was rejected
    created_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    # casefolded title and description with ё → е for the search (SQLite's lower() knows no Cyrillic)
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ProblemEvidence(SyncedMixin, Base):
    """A feedback record behind a problem; unlinking marks the row deleted, linking again revives it."""

    __tablename__ = "problem_evidence"
    __table_args__ = (
        UniqueConstraint("problem_id", "record_id"),
        {"info": {"title": "Проблемы: обратная связь-основание"}},
    )

    problem_id: Mapped[str] = mapped_column(ForeignKey("problem.id"), nullable=False, index=True)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)  # feedback_record.id
    added_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class Recommendation(SyncedMixin, Base):
    __tablename__ = "problem_recommendation"
    __table_args__ = {"info": {"title": "Рекомендации по проблемам"}}

    problem_id: Mapped[str] = mapped_column(ForeignKey("problem.id"), nullable=False, index=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    addressee: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="new")
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class CandidateDecision(SyncedMixin, Base):
    """What a specialist did with a suggested candidate (a topic growing at a touchpoint in a period):
    accepted (``problem_id`` names the problem made of it) or dismissed; either way it is not suggested
    again for that period and scope (``scope`` is an office code, or "" for the whole region)."""

    __tablename__ = "problem_candidate_decision"
    __table_args__ = (
        Index("ix_problem_candidate_decision_key", "scope", "period", "touchpoint_id", "topic"),
        {"info": {"title": "Решения по кандидатам в проблемы"}},
    )

    scope: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    period: Mapped[str] = mapped_column(String(8), nullable=False)  # 2026Q3, 2026-07
    touchpoint_id: Mapped[str] = mapped_column(String(36), nullable=False)
    topic: Mapped[str] = mapped_column(String(64), nullable=False)
    decision: Mapped[str] = mapped_column(String(16), nullable=False)  # accepted | dismissed
    problem_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    decided_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
