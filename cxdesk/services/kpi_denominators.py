"""Monthly denominators of ratio indicators, entered by each office (visits, calls …).

A ratio indicator such as «жалобы на 1 000 посещений» divides counted records by a number the
register does not know; the office enters it once a month. The rows belong to the office that entered
them (they travel to the managing centre like any office data). Entry needs ``Action.FEEDBACK_ENTER``
or ``Action.KPI_EDIT``; a whole year of one office is saved in one transaction and one audit entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.kpi_catalogue import denominator_titles
from cxdesk.services.roles import Action, can
from cxdesk.store.database import Database
from cxdesk.store.kpi import KpiDenominator
from cxdesk.store.types import utc_now

ENTITY = "kpi_denominator"
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class DenominatorValue:
    office_code: str
    month: str  # 2026-07
    code: str
    value: float | None  # None: clear the month's value


def can_enter(actor: Actor) -> bool:
    return can(actor.role, Action.FEEDBACK_ENTER) or can(actor.role, Action.KPI_EDIT)


def _require(db: Database, actor: Actor) -> None:
    if not can_enter(actor):
        try:
            require(db, actor, Action.FEEDBACK_ENTER)
        except PermissionDenied as exc:
            raise PermissionDenied(exc.message.replace("ввод обратной связи", "ввод знаменателей КПЭ")) from None


def values(db: Database, office_code: str, year: int, code: str | None = None) -> dict[tuple[str, str], float]:
    """(month, code) → value of one office for a year."""
    query = select(KpiDenominator.month, KpiDenominator.code, KpiDenominator.value).where(
        KpiDenominator.office_code == office_code, KpiDenominator.month.like(f"{year}-%"),
        KpiDenominator.deleted.is_(False))
    if code:
        query = query.where(KpiDenominator.code == code)
    with db.uow() as uow:
        return {(m, c): v for m, c, v in uow.session.execute(query)}


def save(db: Database, actor: Actor, rows: list[DenominatorValue]) -> int:
    """Save (or clear) monthly values; returns how many rows changed. Nothing is saved on an error."""
    _require(db, actor)
    known = denominator_titles()
    for r in rows:
        if r.code not in known:
            raise ValidationError(f"Неизвестный знаменатель «{r.code}». Допустимо: {', '.join(known.values())}. "
                                  "Ничего не сохранено.")
        if not _MONTH.match(r.month):
            raise ValidationError(f"Месяц «{r.month}» указан неверно (нужно, например, 2026-07). Ничего не сохранено.")
        if r.value is not None and (r.value < 0 or r.value != r.value):
            raise ValidationError(f"{known[r.code]} за {r.month}: значение не может быть отрицательным. "
                                  "Ничего не сохранено; исправьте значение.")
        if not r.office_code:
            raise ValidationError("Не указан центр занятости. Ничего не сохранено.")
    changed = 0
    with db.uow() as uow:
        s = uow.session
        for r in rows:
            row = s.scalar(select(KpiDenominator).where(KpiDenominator.office_code == r.office_code,
                                                        KpiDenominator.month == r.month,
                                                        KpiDenominator.code == r.code))
            if r.value is None:
                if row is not None and not row.deleted:
                    row.deleted, row.updated_at, row.entered_by = True, utc_now(), actor.login
                    changed += 1
                continue
            if row is None:
                s.add(KpiDenominator(office_code=r.office_code, month=r.month, code=r.code, value=float(r.value),
                                     entered_by=actor.login))
                changed += 1
            elif row.deleted or row.value != float(r.value):
                row.deleted, row.value, row.entered_by, row.updated_at = False, float(r.value), actor.login, utc_now()
                changed += 1
        if changed:
            audit.append(s, actor, "kpi.denominators_save", office=db.office_code, entity=ENTITY,
                         details={"rows": changed, "offices": sorted({r.office_code for r in rows})})
        uow.commit()
    return changed
