"""KPI monitoring (R9): values per month, quarter and year, per office and for the region, citizens and
employers separately, against the year's targets, with group indices, trends and drill-down.

Values come from SQL aggregates kept per month, office and audience in the cache of
``cxdesk/store/kpi.py`` (keyed by the formula's fingerprint, so an edited formula is computed afresh;
months whose records changed are dropped from it by triggers). A quarter or a year sums its months.
An indicator for «все» counts both audiences, or only the chosen one when the view is for citizens or
employers. :func:`drilldown_scope` gives the feedback register exactly the records a value counts.
Reading is open to every role.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from functools import partial

from cxdesk.core import kpi_formula as kf
from cxdesk.core.periods import Period
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError
from cxdesk.services.kpi_catalogue import IndicatorInfo, get_indicator, list_indicators
from cxdesk.services.kpi_targets import all_targets, effective_targets
from cxdesk.store import kpi as store
from cxdesk.store.database import Database

GROUPS = kf.GROUPS
AUDIENCE_TITLES = {"citizen": "граждане", "employer": "работодатели", "all": "все"}
OVERALL = "all"  # the group code of the overall index


@dataclass(frozen=True)
class IndicatorValue:
    code: str
    name: str
    group: str
    group_title: str
    audience: str
    unit: str
    direction: str
    value: float | None
    target: float | None
    target_approved: bool
    status: str  # "green" | "amber" | "red" | "none"
    records: int  # records behind the value
    additional: bool
    numerator: float | None = None
    denominator: float | None = None
    score: float | None = None  # the value on the 0–100 scale of the group index
    weight: float = 1.0

    @property
    def text(self) -> str:
        return kf.format_value(self.value, self.unit)

    @property
    def status_title(self) -> str:
        return kf.STATUS_TITLES[self.status]


@dataclass(frozen=True)
class GroupIndex:
    group: str  # а … д, or "all" for the overall index
    group_title: str
    audience: str
    index: float | None


def today() -> date:
    return date.today()


def fingerprint(formula: kf.Formula, day: date) -> str:
    """Identity of a formula in the cache; appeals on time depend on today's date too."""
    doc = formula.as_dict()
    if formula.kind == "on_time":
        doc["@today"] = day.isoformat()
    return hashlib.sha1(json.dumps(doc, sort_keys=True, ensure_ascii=False, default=list).encode()).hexdigest()


def _months(periods: list[Period]) -> list[tuple[str, date, date]]:
    seen: dict[str, tuple[str, date, date]] = {}
    for p in periods:
        for m in p.months():
            seen[m.code] = (m.code, m.start, m.end)
    return sorted(seen.values())


def _audiences(indicator_audience: str, audience: str | None) -> tuple[str, ...]:
    if indicator_audience != "all":
        return (indicator_audience,)
    return (audience,) if audience in ("citizen", "employer") else ("citizen", "employer")


def _chosen(db: Database, audience: str | None, codes: list[str] | None = None) -> list[IndicatorInfo]:
    chosen = list_indicators(db)
    if audience in ("citizen", "employer"):
        chosen = [i for i in chosen if i.data.audience in (audience, "all")]
    if codes is not None:
        chosen = [i for i in chosen if i.code in codes]
    return chosen


def _prepare(db: Database, indicators: list[IndicatorInfo], periods: list[Period]
             ) -> tuple[dict[str, kf.Formula], dict[str, str], date]:
    """Formulas by fingerprint, fingerprint by code; the cache filled for the periods' months."""
    day = today()
    formulas: dict[str, kf.Formula] = {}
    by_code: dict[str, str] = {}
    for ind in indicators:
        formula = ind.data.formula
        fp = fingerprint(formula, day)
        formulas[fp], by_code[ind.code] = formula, fp
    with db.uow() as uow:
        store.ensure_cached(uow.session, formulas, _months(periods), day)
        uow.commit()
    return formulas, by_code, day


@dataclass(frozen=True)
class _Snapshot:
    """What one period and place needs: the indicators, their formulas and the cached sums."""

    indicators: list[IndicatorInfo]
    formulas: dict[str, kf.Formula]  # by fingerprint
    by_code: dict[str, str]  # indicator code → fingerprint
    sums: dict[tuple, tuple[float, float, int]]
    totals: dict[tuple, float]
    targets: dict


def _snapshot(db: Database, period: Period, office_code: str | None, with_targets: bool = True) -> _Snapshot:
    indicators = _chosen(db, None)
    formulas, by_code, _day = _prepare(db, indicators, [period])
    with db.uow() as uow:
        sums, totals = store.cached_totals(uow.session, formulas, [m.code for m in period.months()], office_code)
        store.forget_fingerprints_except(uow.session, formulas)  # the whole active catalogue is in use here
        uow.commit()
    targets = effective_targets(db, period.year, office_code) if with_targets else {}
    return _Snapshot(indicators, formulas, by_code, sums, totals, targets)


def _combine(formula: kf.Formula, fp: str, audiences: tuple[str, ...], sums, totals, office: str | None = None,
             by_office: bool = False) -> tuple[float | None, float | None, int]:
    """Numerator, denominator and records of one formula over the audiences (and one office)."""
    num = den = 0.0
    n = 0
    for audience in audiences:
        key = (fp, audience, office) if by_office else (fp, audience)
        if key in sums:
            a, b, c = sums[key]
            num, den, n = num + a, den + b, n + c
    if formula.kind == "ratio":
        total = totals.get((formula.get("denominator"), office))
        return (num if total else None), total, n
    return (num if n else None), (den if n else None), n


def _value(ind: IndicatorInfo, sums: tuple[float | None, float | None, int], target) -> IndicatorValue:
    formula = ind.data.formula
    num, den, n = sums
    value = kf.value_of(formula, num, den)
    d = ind.data
    target_value = target.value if target is not None else None
    return IndicatorValue(
        d.code, d.name, d.group, kf.GROUP_TITLES.get(d.group, d.group), d.audience, d.unit, d.direction, value,
        target_value, bool(target and target.approved), kf.status(value, d.direction, target_value, d.green, d.red),
        n, d.additional, num, den, kf.normalise(value, d.kind, d.direction, (d.scale_min, d.scale_max)), d.weight)


def _values(snap: _Snapshot, audience: str | None) -> list[IndicatorValue]:
    result = []
    for ind in snap.indicators:
        if audience in ("citizen", "employer") and ind.data.audience not in (audience, "all"):
            continue
        fp = snap.by_code[ind.code]
        sums = _combine(snap.formulas[fp], fp, _audiences(ind.data.audience, audience), snap.sums, snap.totals)
        result.append(_value(ind, sums, snap.targets.get(ind.code)))
    return result


def indicator_values(db: Database, actor: Actor | None, period: Period, office_code: str | None,
                     audience: str | None = None) -> list[IndicatorValue]:
    """Every active indicator's value for the period (region when ``office_code`` is None)."""
    return _values(_snapshot(db, period, office_code), audience)


def indices_of(values: list[IndicatorValue], audience: str) -> list[GroupIndex]:
    """Group indices 0–100 (weighted by the indicators' weights) and the overall index of one audience."""
    result = []
    for group, title in GROUPS:
        scores = [(v.score, v.weight) for v in values if v.group == group and v.audience in (audience, "all")]
        result.append(GroupIndex(group, title, audience, kf.group_index(scores)))
    overall = kf.group_index([(g.index, 1.0) for g in result])
    result.append(GroupIndex(OVERALL, "Общий индекс", audience, overall))
    return result


def _indices(snap: _Snapshot, audience: str | None) -> list[GroupIndex]:
    result: list[GroupIndex] = []
    for aud in ([audience] if audience in ("citizen", "employer") else ["citizen", "employer"]):
        result += indices_of(_values(snap, aud), aud)
    return result


def group_indices(db: Database, actor: Actor | None, period: Period, office_code: str | None,
                  audience: str | None = None) -> list[GroupIndex]:
    """Indices per group and overall, for citizens and employers separately (or only the one asked)."""
    return _indices(_snapshot(db, period, office_code, with_targets=False), audience)


def dashboard(db: Database, actor: Actor | None, period: Period, office_code: str | None,
              audience: str | None = None) -> tuple[list[IndicatorValue], list[GroupIndex]]:
    """The values and the group indices at once (one pass over the cache)."""
    snap = _snapshot(db, period, office_code)
    return _values(snap, audience), _indices(snap, audience)


def trend(db: Database, actor: Actor | None, code: str, periods: list[Period], office_code: str | None,
          audience: str | None = None) -> list[tuple[Period, float | None]]:
    """One indicator's value in each of the periods (months, quarters or years)."""
    indicators = _chosen(db, None, [code])
    if not indicators:
        raise NotFoundError(f"Показатель «{code}» не найден в каталоге (или он в архиве).")
    ind = indicators[0]
    formulas, by_code, _day = _prepare(db, indicators, periods)
    fp = by_code[code]
    audiences = _audiences(ind.data.audience, audience)
    result = []
    with db.uow() as uow:
        for p in periods:
            sums, totals = store.cached_totals(uow.session, {fp: formulas[fp]}, [m.code for m in p.months()],
                                               office_code)
            num, den, _n = _combine(formulas[fp], fp, audiences, sums, totals, office_code)
            result.append((p, kf.value_of(formulas[fp], num, den)))
    return result


@dataclass(frozen=True)
class OfficeValue:
    office_code: str
    value: float | None
    records: int
    status: str


def office_values(db: Database, actor: Actor | None, period: Period, audience: str | None = None
                  ) -> dict[str, list[OfficeValue]]:
    """Indicator code → its value in every office with data (offices compared side by side), the status
    against the office's own target, else the region's, else the thresholds."""
    indicators = _chosen(db, audience)
    formulas, by_code, _day = _prepare(db, indicators, [period])
    with db.uow() as uow:
        sums, totals = store.cached_totals(uow.session, formulas, [m.code for m in period.months()], None,
                                           by_office=True)
    offices = sorted({key[2] for key in sums} | {key[1] for key in totals})
    targets = all_targets(db, period.year)
    result: dict[str, list[OfficeValue]] = {}
    for ind in indicators:
        fp, d = by_code[ind.code], ind.data
        rows = []
        for office in offices:
            num, den, n = _combine(formulas[fp], fp, _audiences(d.audience, audience), sums, totals, office, True)
            if not n and den is None:
                continue
            value = kf.value_of(formulas[fp], num, den)
            target = targets.get((ind.code, office)) or targets.get((ind.code, ""))
            target_value = None if target is None else target.value
            rows.append(OfficeValue(office, value, n, kf.status(value, d.direction, target_value, d.green, d.red)))
        result[ind.code] = rows
    return result


def compared_offices(db: Database) -> list[tuple[str, str]]:
    """(code, name) of the territorial centres in the directory: several at the managing centre."""
    from cxdesk.services.offices import OfficeKind, list_offices

    return [(o.code, o.name) for o in list_offices(db) if o.kind == OfficeKind.TCZN]


def drilldown_scope(db: Database, code: str, period: Period, office_code: str | None, audience: str | None = None):
    """The feedback register's scope of exactly the records behind a value (same SQL as the value)."""
    from cxdesk.services.feedback_register import RecordScope

    ind = get_indicator(db, code)
    formula = ind.data.formula
    audiences = _audiences(ind.data.audience, audience)
    chosen = audiences[0] if len(audiences) == 1 else None
    where = office_code or "регион"
    who = AUDIENCE_TITLES.get(chosen or "all")
    note = f"КПЭ «{ind.data.name}»: {period.title}, {where}, {who}"
    return RecordScope(note, partial(store.records_query, formula, period.start, period.end, office_code, chosen,
                                     today()))
