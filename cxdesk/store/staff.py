"""The staff directory: employees of the office who take part in the working group, its
meetings and assignments, and the competency events (they need not be cxdesk users)."""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.store.base import Base, SyncedMixin


class StaffMember(SyncedMixin, Base):
    __tablename__ = "staff_member"
    __table_args__ = {"info": {"title": "Справочник сотрудников"}}

    office_code: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    position: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    unit: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # casefolded name, position and unit with ё → е: SQLite's lower() knows no Cyrillic
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
