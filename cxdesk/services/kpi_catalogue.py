"""The client-KPI catalogue (R10, R11): indicators as data in the five groups of item 64.

Every database starts with the default catalogue of ``resources/reference/kpi_catalogue.json`` (built
from the reference questionnaires, the satisfaction metrics, the complaints book and the appeals);
everything in it can be edited, archived or supplemented with regional indicators marked as additional.
Reading is open to every role; changes need ``Action.KPI_EDIT`` and are audited. :func:`preview`
computes a draft's value straight from the records, so the form shows what a formula gives before it
is saved.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache

from sqlalchemy import func, select

from cxdesk import paths
from cxdesk.core import kpi_formula as kf
from cxdesk.core.periods import Period
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store import kpi as store
from cxdesk.store.database import Database
from cxdesk.store.kpi import KpiIndicator
from cxdesk.store.types import utc_now

ENTITY = "kpi_indicator"
_CODE = re.compile(r"^[a-z][a-z0-9_]{1,63}$")


@dataclass(frozen=True)
class IndicatorData:
    """The editable fields of an indicator (what the form shows)."""

    code: str
    name: str
    group: str
    audience: str
    kind: str
    params: dict = field(default_factory=dict)  # with "source"
    unit: str = "%"
    direction: str = "higher"
    green: float | None = None
    red: float | None = None
    weight: float = 1.0
    additional: bool = False
    description: str = ""
    scale_min: float | None = None
    scale_max: float | None = None

    @property
    def formula(self) -> kf.Formula:
        params = dict(self.params)
        return kf.parse_formula(self.kind, params)


@dataclass(frozen=True)
class IndicatorInfo:
    id: str
    data: IndicatorData
    archived: bool
    position: int

    @property
    def code(self) -> str:
        return self.data.code

    @property
    def group_title(self) -> str:
        return kf.GROUP_TITLES.get(self.data.group, self.data.group)


@lru_cache(maxsize=1)
def default_document() -> dict:
    with open(paths.resources_dir() / "reference" / "kpi_catalogue.json", encoding="utf-8") as f:
        return json.load(f)


def denominator_titles() -> dict[str, str]:
    """Codes and Russian names of the monthly denominators offices enter (reference data)."""
    return dict(default_document()["denominators"])


def _data(doc: dict) -> IndicatorData:
    return IndicatorData(code=doc["code"], name=doc["name"], group=doc["group"], audience=doc["audience"],
                         kind=doc["kind"], params=dict(doc.get("params", {})), unit=doc.get("unit", ""),
                         direction=doc.get("direction", "higher"), green=doc.get("green"), red=doc.get("red"),
                         weight=float(doc.get("weight", 1.0)), additional=bool(doc.get("additional", False)),
                         description=doc.get("description", ""), scale_min=doc.get("scale_min"),
                         scale_max=doc.get("scale_max"))


def _info(row: KpiIndicator) -> IndicatorInfo:
    data = IndicatorData(row.code, row.name, row.group_code, row.audience, row.kind, json.loads(row.params or "{}"),
                         row.unit, row.direction, row.green, row.red, row.weight, row.additional, row.description,
                         row.scale_min, row.scale_max)
    return IndicatorInfo(row.id, data, row.archived, row.position)


def validate(data: IndicatorData) -> IndicatorData:
    """The data cleaned up; :class:`ValidationError` says in Russian what to correct (nothing is saved)."""
    code = data.code.strip()
    name = " ".join(data.name.split())
    kept = " Показатель не сохранён; исправьте поле и сохраните снова."
    if not _CODE.match(code):
        raise ValidationError("Код показателя — латинские строчные буквы, цифры и «_», начиная с буквы "
                              f"(например, b_useful_citizen), а указано «{data.code}»." + kept)
    if not name:
        raise ValidationError("Укажите наименование показателя." + kept)
    if data.group not in kf.GROUP_TITLES:
        raise ValidationError("Выберите группу показателя (а–д пункта 64 Стандарта)." + kept)
    if data.audience not in kf.AUDIENCES:
        raise ValidationError("Выберите, для кого показатель: граждане, работодатели или все." + kept)
    for title, number in (("Порог «зелёного»", data.green), ("Порог «красного»", data.red),
                          ("Начало шкалы 0–100", data.scale_min), ("Конец шкалы 0–100", data.scale_max)):
        if number is not None and number != number:  # NaN: the form could not read a number
            raise ValidationError(f"{title}: укажите число (например, 85 или 4,2) или оставьте поле пустым." + kept)
    if not data.weight or data.weight < 0:
        raise ValidationError("Вес показателя в индексе группы должен быть больше нуля (обычно 1)." + kept)
    try:
        formula = data.formula
        kf.check_thresholds(data.direction, data.green, data.red)
    except kf.FormulaError as exc:
        raise ValidationError(f"{exc}{kept}") from None
    if (data.scale_min is not None and data.scale_max is not None) and data.scale_min >= data.scale_max:
        raise ValidationError("Нижняя граница шкалы 0–100 должна быть меньше верхней." + kept)
    params = {"source": formula.source, **{k: list(v) if isinstance(v, tuple) else v for k, v in formula.params}}
    return IndicatorData(code, name, data.group, data.audience, data.kind, params, data.unit.strip(), data.direction,
                         data.green, data.red, float(data.weight), bool(data.additional), data.description.strip(),
                         data.scale_min, data.scale_max)


def _apply(row: KpiIndicator, data: IndicatorData, actor: Actor) -> None:
    row.code, row.name, row.group_code, row.audience = data.code, data.name, data.group, data.audience
    row.kind, row.params = data.kind, json.dumps(data.params, ensure_ascii=False, sort_keys=True)
    row.unit, row.direction, row.green, row.red = data.unit, data.direction, data.green, data.red
    row.weight, row.additional, row.description = data.weight, data.additional, data.description
    row.scale_min, row.scale_max = data.scale_min, data.scale_max
    row.updated_by, row.updated_at = actor.login, utc_now()


def ensure_catalogue(db: Database) -> None:
    """Install the default catalogue into a database that has never had one."""
    with db.uow() as uow:
        if uow.session.scalar(select(func.count()).select_from(KpiIndicator)):
            return
        if not db.office_code:
            return
        for position, doc in enumerate(default_document()["indicators"], start=1):
            # the same id in every office's database, so the copies merge when offices exchange data
            row = KpiIndicator(id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"cxdesk:kpi_indicator:{doc['code']}")),
                               position=position)
            _apply(row, _data(doc), _system())
            uow.session.add(row)
        uow.commit()


def _system() -> Actor:
    from cxdesk.services.roles import Role

    return Actor("system", "Каталог по умолчанию", Role.ADMIN)


def list_indicators(db: Database, include_archived: bool = False) -> list[IndicatorInfo]:
    """The catalogue in group order, then by position (reading is open to every role)."""
    ensure_catalogue(db)
    query = select(KpiIndicator).where(KpiIndicator.deleted.is_(False))
    if not include_archived:
        query = query.where(KpiIndicator.archived.is_(False))
    with db.uow() as uow:
        rows = [_info(r) for r in uow.session.scalars(query.order_by(KpiIndicator.position, KpiIndicator.code))]
    order = [g for g, _ in kf.GROUPS]
    return sorted(rows, key=lambda i: (order.index(i.data.group) if i.data.group in order else 9, i.position))


def get_indicator(db: Database, code: str) -> IndicatorInfo:
    with db.uow() as uow:
        row = uow.session.scalar(select(KpiIndicator).where(KpiIndicator.code == code,
                                                            KpiIndicator.deleted.is_(False)))
        if row is None:
            raise NotFoundError(f"Показатель «{code}» не найден: возможно, его удалили. Обновите каталог.")
        return _info(row)


def save_indicator(db: Database, actor: Actor, data: IndicatorData, indicator_id: str | None = None) -> IndicatorInfo:
    """Create (``indicator_id`` None) or change an indicator; a new code must be unique."""
    require(db, actor, Action.KPI_EDIT)
    data = validate(data)
    with db.uow() as uow:
        s = uow.session
        clash = s.scalar(select(KpiIndicator).where(KpiIndicator.code == data.code))
        if clash is not None and clash.id != indicator_id:
            raise ValidationError(f"Показатель с кодом «{data.code}» уже есть в каталоге"
                                  f"{' (в архиве)' if clash.archived else ''}. Укажите другой код; "
                                  "ничего не сохранено.")
        if indicator_id:
            row = s.get(KpiIndicator, indicator_id)
            if row is None or row.deleted:
                raise NotFoundError("Показатель не найден: возможно, его удалили на другом рабочем месте. "
                                    "Изменения не сохранены; обновите каталог.")
            if row.code != data.code and _has_targets(s, row.code):
                raise ValidationError(f"У показателя «{row.code}» есть целевые значения; код менять нельзя. "
                                      "Верните прежний код; ничего не сохранено.")
            op = "kpi.indicator_update"
        else:
            last = s.scalar(select(func.max(KpiIndicator.position))) or 0
            row = KpiIndicator(position=last + 1)
            s.add(row)
            op = "kpi.indicator_create"
        _apply(row, data, actor)
        s.flush()
        audit.append(s, actor, op, office=db.office_code, entity=ENTITY, record_id=row.id,
                     details={"code": data.code, "kind": data.kind, "params": data.params})
        info = _info(row)
        uow.commit()
    return info


def _has_targets(session, code: str) -> bool:
    from cxdesk.store.kpi import KpiTarget

    return bool(session.scalar(select(func.count()).select_from(KpiTarget)
                               .where(KpiTarget.indicator_code == code, KpiTarget.deleted.is_(False))))


def set_archived(db: Database, actor: Actor, code: str, archived: bool) -> None:
    """Archive (leave out of monitoring, keep history and targets) or restore an indicator."""
    require(db, actor, Action.KPI_EDIT)
    with db.uow() as uow:
        row = uow.session.scalar(select(KpiIndicator).where(KpiIndicator.code == code,
                                                            KpiIndicator.deleted.is_(False)))
        if row is None:
            raise NotFoundError(f"Показатель «{code}» не найден. Обновите каталог.")
        row.archived = archived
        row.updated_by, row.updated_at = actor.login, utc_now()
        audit.append(uow.session, actor, "kpi.indicator_archive" if archived else "kpi.indicator_restore",
                     office=db.office_code, entity=ENTITY, record_id=row.id, details={"code": code})
        uow.commit()


@dataclass(frozen=True)
class Preview:
    value: float | None
    records: int
    text: str


def preview(db: Database, data: IndicatorData, period: Period, office_code: str | None = None,
            today: date | None = None) -> Preview:
    """The draft's value for a period, computed from the records (no cache): the form's live preview."""
    try:
        formula = validate(data).formula
    except ValidationError as exc:
        return Preview(None, 0, exc.message)
    audience = data.audience if data.audience != "all" else None
    with db.uow() as uow:
        num, den, n = store.direct_sums(uow.session, formula, period.start, period.end, office_code, audience,
                                        today or date.today())
    value = kf.value_of(formula, num, den)
    text = (f"{kf.format_value(value, data.unit)} за {period.title} · записей: {n}" if value is not None
            else f"Нет данных за {period.title}: записей, подходящих под формулу, нет.")
    return Preview(value, n, text)


def as_dict(info: IndicatorInfo) -> dict:
    return {"id": info.id, "archived": info.archived, **asdict(info.data)}



@dataclass(frozen=True)
class AnswerField:
    source: str  # survey | metric
    code: str
    title: str
    audience: str  # citizen | employer | all


def answer_fields(db: Database) -> list[AnswerField]:
    """What a formula can read: questions of the live questionnaires (by code), the criteria of
    satisfaction metrics, and the record's mean rating — the choices of the indicator form."""
    from cxdesk.services.feedback_surveys import reference_documents
    from cxdesk.services.feedback_terms import VASH_KONTROL_CRITERIA
    from cxdesk.store.feedback import SurveyTemplate

    fields: list[AnswerField] = []
    with db.uow() as uow:
        templates = uow.session.execute(select(SurveyTemplate.title, SurveyTemplate.audience, SurveyTemplate.questions)
                                        .where(SurveyTemplate.deleted.is_(False), SurveyTemplate.archived.is_(False))
                                        .order_by(SurveyTemplate.audience, SurveyTemplate.title)).all()
    templates += [(d["title"], d["audience"], json.dumps(d["questions"])) for d in reference_documents()]
    seen = set()
    for _title, audience, questions in templates:
        for q in json.loads(questions or "[]"):
            if q.get("type") == "text" or q["code"] in seen:
                continue
            seen.add(q["code"])
            fields.append(AnswerField("survey", q["code"], q["text"], audience))
    fields += [AnswerField("metric", code, title, "all") for code, title in VASH_KONTROL_CRITERIA.items()]
    fields.append(AnswerField("survey", kf.RATING, "Средняя оценка записи (1–5)", "all"))
    return fields
