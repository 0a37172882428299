"""The compliance self-audit (R18): every requirement R1–R18 of section VI evaluated from what the
database holds, for a quarter and one office or the whole region (at the УЦЗН), with the evidence
behind each status and the screen where it is fixed.

The numbers come from the other areas' services and from SQL aggregates here (feedback per source,
offices present, reports published); the rules and titles live in :mod:`cxdesk.core.compliance`.
The KPI catalogue and targets are read through ``kpi_monitoring`` and ``kpi_targets`` when they are
installed; without them the KPI requirements honestly say «нет данных». Every role may run it
(``Action.COMPLIANCE_READ``); it changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from types import ModuleType

from cxdesk.core import compliance as rules
from cxdesk.core import meetings_lifecycle as life
from cxdesk.core.compliance import MET, NO_DATA, NOT_MET, Check, status_of
from cxdesk.core.periods import Period
from cxdesk.services import (
    events,
    journeys,
    knowledge_freshness,
    meetings,
    offices,
    profiles,
)
from cxdesk.services.actor import Actor
from cxdesk.services.compliance_scope import (  # noqa: F401 - the callers' names
    REGION,
    GroupFacts,
    Scope,
    bundles_applied,
    feedback_counts,
    group_facts,
    measure_counts,
    offices_for_choice,
    optional_module,
    proposal_counts,
    published_report,
    resolve_scope,
    source_counts,
)
from cxdesk.services.errors import ServiceError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.types import utc_now


@dataclass(frozen=True)
class ComplianceResult:
    period: Period
    scope: Scope
    checks: tuple[Check, ...]
    evaluated_at: datetime = field(default_factory=utc_now)

    @property
    def counts(self) -> dict[str, int]:
        return rules.overall(self.checks)

    def check(self, requirement_id: str) -> Check:
        return next(c for c in self.checks if c.id == requirement_id)

    def as_list(self) -> list[dict]:
        return [c.as_dict() for c in self.checks]


# --- the requirements ----------------------------------------------------------------------------

class _Audit:
    """Collects the evidence of one evaluation (shared aggregates are computed once)."""

    def __init__(self, db: Database, actor: Actor, period: Period, scope: Scope, today: date) -> None:
        self.db, self.actor, self.period, self.scope, self.today = db, actor, period, scope, today
        self.own = db.office_code
        self.sources, self.linked = feedback_counts(db, period, scope.offices)
        self.measures = measure_counts(db, scope.offices)
        self.kpi = optional_module("cxdesk.services.kpi_monitoring")
        self.targets = optional_module("cxdesk.services.kpi_targets")
        self._kpi_values: list | None = None
        self._kpi_error = ""

    def check(self, rid: str, status: str, summary: str, evidence: dict | None = None, area: str = "") -> Check:
        return Check(rid, status, summary, evidence or {}, area or rules.requirement(rid).area)

    # R1, R2
    def minimum(self, rid: str, count: int, minimum: int, forms: tuple[str, str, str]) -> Check:
        word = rules.plural(count, *forms)
        return self.check(rid, rules.at_least(count, minimum), f"{count} {word} при минимуме {minimum}",
                          {"count": count, "minimum": minimum})

    # R3
    def sources_check(self) -> Check:
        total = {s: sum(by.get(s, 0) for by in self.sources.values()) for s in rules.SOURCES}
        missing = rules.missing_sources(total)
        short = {o: rules.missing_sources(self.sources.get(o, {})) for o in self.scope.offices}
        short = {o: [rules.SOURCE_TITLES[s] for s in m] for o, m in short.items() if m and o in self.sources}
        evidence = {"records": total, "missing": [rules.SOURCE_TITLES[s] for s in missing]}
        if self.scope.is_region:
            evidence["offices_short"] = short
        if not missing:
            summary = f"все пять источников: {sum(total.values())} записей за {self.period.title}"
        else:
            summary = "нет записей: " + ", ".join(rules.SOURCE_TITLES[s] for s in missing)
        return self.check("R3", status_of(not missing), summary, evidence)

    def offices_with_data(self) -> list[str]:
        return sorted(o for o, by in self.sources.items() if sum(by.values()))

    # R4, R13
    def single_database(self, groups: dict[str, GroupFacts | None]) -> Check:
        regulations = [f"{code}: {title}" for code, facts in groups.items() if facts for title in facts.regulations]
        others = [o for o in self.offices_with_data() if o != self.own]
        evidence = {"regulations": regulations, "offices_with_data": self.offices_with_data()}
        if not regulations:
            return self.check("R4", NOT_MET, "положение (регламент) рабочей группы не внесено в программу", evidence)
        if self.scope.is_region and not others:
            return self.check("R4", NO_DATA, "регламент есть, но данных территориальных центров в базе УЦЗН нет: "
                              "обмен пакетами ещё не выполнялся", evidence, "exchange")
        return self.check("R4", MET, f"регламент внесён ({len(regulations)}); данные центров: "
                          f"{', '.join(self.offices_with_data()) or '—'}", evidence)

    def managing_centre(self) -> Check:
        own = offices.own_office(self.db)
        others = [o for o in self.offices_with_data() if o != self.own]
        received = bundles_applied(self.db)
        evidence = {"office_kind": str(own.kind), "offices_with_data": self.offices_with_data(),
                    "bundles_applied": received}
        if own.kind != offices.OfficeKind.UCZN:
            if received is None:
                return self.check("R13", NO_DATA, "модуль обмена с УЦЗН не установлен", evidence)
            from_centre = {peer: info for peer, info in received.items() if peer not in self.scope.offices}
            if not from_centre:
                return self.check("R13", NOT_MET, "пакеты обмена от УЦЗН (справочники, каталог КПЭ, отчёты) "
                                  "не получены", evidence)
            last = max(info["last"] for info in from_centre.values())
            return self.check("R13", MET, f"пакеты от УЦЗН применены: {sum(i['count'] for i in from_centre.values())}"
                              f", последний — {last[:10]}", evidence)
        if not others:
            return self.check("R13", NO_DATA, "в базе УЦЗН нет данных территориальных центров за квартал "
                              "(обмен пакетами ещё не выполнялся)", evidence)
        return self.check("R13", MET, f"в базе УЦЗН сведены данные территориальных центров: {', '.join(others)}",
                          evidence)

    # R5
    def report_check(self) -> Check:
        previous = self.period.previous()
        found = published_report(self.db, previous, self.scope.code)
        evidence = {"period": previous.code, "scope": self.scope.code}
        if found is None:
            return self.check("R5", NOT_MET, f"отчёт за {previous.title} не опубликован", evidence)
        edition, at = found
        evidence.update(edition=edition, published_at=at.isoformat() if at else None)
        when = f" {at.astimezone():%d.%m.%Y}" if at else ""
        return self.check("R5", MET, f"отчёт за {previous.title} опубликован{when} (редакция {edition})", evidence)

    # R6
    def links_check(self) -> Check:
        total, linked = sum(sum(by.values()) for by in self.sources.values()), self.linked
        measures, tied = self.measures
        count = sum(measures.values())
        evidence = {"feedback": total, "feedback_on_touchpoints": linked, "measures": count, "measures_linked": tied}
        share = f" ({linked / total:.0%})".replace("%", " %") if total else ""
        summary = (f"к точкам контакта привязано {linked} из {total} записей{share}; "
                   f"мер, связанных с проблемами или маршрутами: {tied} из {count}")
        return self.check("R6", status_of(linked > 0), summary, evidence)

    # R7, R8
    def measures_check(self) -> Check:
        counts = self.measures[0]
        stages = {s: counts.get(s, 0) for s in life.STAGES}
        moving = sum(stages[s] for s in (life.DESIGN, life.DEVELOPMENT, life.PILOT, life.IMPLEMENTED))
        evidence = {"by_stage": {life.STAGE_TITLES[s]: n for s, n in stages.items()}}
        summary = (f"мер: {sum(stages.values())}; в работе или внедрено: {moving} "
                   f"(внедрено {stages[life.IMPLEMENTED]})")
        return self.check("R7", status_of(moving > 0), summary, evidence)

    def proposals_check(self) -> Check:
        counts = proposal_counts(self.db, self.scope.offices)
        by_status = {life.PROPOSAL_STATUSES.get(k, k): v for k, v in sorted(counts.items())}
        found = sum(counts.values())
        summary = f"предложений по НПА: {found}" + (
            " (" + ", ".join(f"{k.lower()} — {v}" for k, v in by_status.items()) + ")" if found else "")
        return self.check("R8", status_of(found > 0), summary, {"count": found, "by_status": by_status})

    # R9–R12
    def kpi_values(self) -> list | None:
        if self.kpi is None:
            self._kpi_error = "модуль мониторинга КПЭ не установлен"
            return None
        if self._kpi_values is None:
            office = None if self.scope.is_region else self.scope.code
            try:
                self._kpi_values = list(self.kpi.indicator_values(self.db, self.actor, self.period, office))
            except ServiceError as exc:
                self._kpi_error = exc.message
                return None
        return self._kpi_values

    def kpi_checks(self) -> list[Check]:
        values = self.kpi_values()
        if values is None:
            reason = f"нет данных: {self._kpi_error}"
            return [self.check(rid, NO_DATA, reason, {"reason": self._kpi_error}) for rid in ("R9", "R10", "R11")]
        computed = [v for v in values if v.value is not None]
        targeted = [v for v in values if v.target is not None]
        r9 = self.check("R9", status_of(bool(computed) and bool(targeted)),
                        f"показателей: {len(values)}; рассчитано за квартал: {len(computed)}; "
                        f"с целевым значением: {len(targeted)}",
                        {"indicators": len(values), "computed": len(computed), "with_target": len(targeted)})
        groups = _group_codes(self.kpi)
        present = {v.group for v in values}
        absent = [g for g in groups if g not in present]
        titles = {v.group: v.group_title for v in values}
        r10 = self.check("R10", status_of(bool(groups) and not absent),
                         "показатели есть во всех пяти группах" if not absent else
                         f"нет показателей в группах: {', '.join(str(titles.get(g, g)) for g in absent)}",
                         {"groups": len(groups), "groups_with_indicators": len(present & set(groups))})
        extra = [v.code for v in values if getattr(v, "additional", False)]
        r11 = self.check("R11", status_of(bool(values)),
                         f"каталог ведётся как данные; дополнительных показателей: {len(extra)}",
                         {"additional": extra})
        return [r9, r10, r11]

    def targets_check(self) -> Check:
        if self.targets is None:
            return self.check("R12", NO_DATA, "нет данных: модуль целевых значений КПЭ не установлен")
        office = None if self.scope.is_region else self.scope.code
        try:
            status = self.targets.targets_status(self.db, self.period.year, office_code=office)
        except ServiceError as exc:
            return self.check("R12", NO_DATA, f"нет данных: {exc.message}")
        indicators, approved, drafts = (int(getattr(status, n, 0) or 0) for n in ("indicators", "approved", "drafts"))
        decisions = getattr(status, "decisions", ()) or ()
        evidence = {"year": self.period.year, "indicators": indicators, "approved": approved, "drafts": drafts,
                    "decisions": [str(d) for d in decisions] if not isinstance(decisions, int) else decisions}
        summary = (f"на {self.period.year} год утверждено {approved} из {indicators} целевых значений"
                   + (f"; черновиков: {drafts}" if drafts else ""))
        return self.check("R12", status_of(indicators > 0 and approved >= indicators), summary, evidence)

    # R14, R15
    def group_check(self, groups: dict[str, GroupFacts | None]) -> Check:
        problems: list[str] = []
        evidence: dict[str, dict] = {}
        for code, facts in groups.items():
            if facts is None:
                problems.append(f"{code}: рабочая группа не создана")
                continue
            roles, kinds = facts.roles, facts.kinds
            lacks = [name for ok, name in (("chair" in roles, "председатель"), ("secretary" in roles, "секретарь"),
                                           ("member" in roles, "члены"), ("regulation" in kinds, "положение"),
                                           ("roadmap" in kinds, "дорожная карта")) if not ok]
            evidence[code] = {"roles": sorted(roles), "documents": sorted(kinds)}
            if lacks:
                problems.append(f"{code}: нет — {', '.join(lacks)}")
        summary = "; ".join(problems) if problems else "состав, положение и дорожная карта на месте"
        return self.check("R14", status_of(not problems and bool(groups)), summary,
                          {"offices": evidence, "problems": problems})

    def meetings_check(self, groups: dict[str, GroupFacts | None]) -> Check:
        months = {m.number for m in self.period.months()}
        missed: dict[str, list[str]] = {}
        ended = [m for m in self.period.months() if m.end <= self.today]
        for code, group in groups.items():
            if group is None:
                missed[code] = [m.title for m in ended]
                continue
            gaps = meetings.months_without_meeting(self.db, code, self.period.year, self.today)
            titles = [Period.month(self.period.year, n).title for n in gaps if n in months]
            if titles:
                missed[code] = titles
        evidence = {"months_ended": [m.code for m in ended], "missed": missed}
        if not ended:
            return self.check("R15", NO_DATA, "ни один месяц квартала ещё не закончился", evidence)
        if missed:
            summary = "без заседаний: " + "; ".join(f"{code} — {', '.join(m)}" for code, m in missed.items())
        else:
            summary = f"заседания проведены во всех завершившихся месяцах квартала ({len(ended)})"
        return self.check("R15", status_of(not missed), summary, evidence)

    # R16, R17
    def events_check(self) -> Check:
        office = None if self.scope.is_region else self.scope.code
        count = events.events_in_quarter(self.db, self.period.year, self.period.number, office)
        running = self.period.end > self.today
        summary = f"мероприятий за квартал: {count}" + (" (квартал ещё идёт)" if running and not count else "")
        return self.check("R16", status_of(count > 0), summary, {"events": count})

    def knowledge_check(self) -> Check:
        updates = knowledge_freshness.updates_in_quarter(self.db, self.period.year, self.period.number)
        last = knowledge_freshness.last_updated(self.db)
        summary = f"обновлений материалов за квартал: {updates}" + (
            f"; последнее — {last.astimezone():%d.%m.%Y}" if last else "")
        return self.check("R17", status_of(updates > 0), summary,
                          {"updates": updates, "last_updated": last.isoformat() if last else None})


def _group_codes(kpi: ModuleType) -> list[str]:
    groups = getattr(kpi, "GROUPS", ())
    if isinstance(groups, dict):
        return list(groups)
    return [g[0] if isinstance(g, tuple | list) else getattr(g, "code", g) for g in groups]


def evaluate(db: Database, actor: Actor, period: Period | str, office_code: str | None = None, *,
             today: date | None = None) -> ComplianceResult:
    """Evaluate R1–R18 for a quarter (a month or a year is taken as its quarter / last quarter)."""
    require(db, actor, Action.COMPLIANCE_READ)
    period = Period.parse(period) if isinstance(period, str) else period
    if period.kind != "quarter":
        period = Period.containing(period.last_day, "quarter")
    scope = resolve_scope(db, office_code)
    audit = _Audit(db, actor, period, scope, today or date.today())
    facts = group_facts(db, scope.offices, audit.today)
    # in the region, offices without a working group in the УЦЗН's base have not reported one
    groups: dict[str, GroupFacts | None] = (
        dict(facts) if scope.is_region and facts else {code: facts.get(code) for code in scope.offices})
    steps: list[Callable[[], Check | list[Check]]] = [
        lambda: audit.minimum("R1", profiles.count_profiles(db), rules.MIN_PROFILES,
                              ("профиль", "профиля", "профилей")),
        lambda: audit.minimum("R2", journeys.count_journeys(db), rules.MIN_JOURNEYS,
                              ("маршрут", "маршрута", "маршрутов")),
        audit.sources_check,
        lambda: audit.single_database(groups),
        audit.report_check,
        audit.links_check,
        audit.measures_check,
        audit.proposals_check,
        audit.kpi_checks,
        audit.targets_check,
        audit.managing_centre,
        lambda: audit.group_check(groups),
        lambda: audit.meetings_check(groups),
        audit.events_check,
        audit.knowledge_check,
    ]
    checks: list[Check] = []
    for step in steps:
        made = step()
        checks.extend(made if isinstance(made, list) else [made])
    completeness = rules.completeness(checks)
    lacking = [c.id for c in checks if c.status == NO_DATA]
    checks.append(Check("R18", completeness,
                        "все требования оценены по данным" if not lacking else
                        f"не удалось оценить по данным: {', '.join(lacking)}",
                        {"no_data": lacking, "evaluated": len(checks)}, "compliance"))
    order = {rid: i for i, rid in enumerate(rules.REQUIREMENT_IDS)}
    return ComplianceResult(period, scope, tuple(sorted(checks, key=lambda c: order[c.id])))


def print_compliance(db: Database, actor: Actor, period: Period | str, office_code: str | None, target, *,
                     today: date | None = None) -> ComplianceResult:
    """Evaluate and write the printed self-audit to ``target`` (a path or a binary file)."""
    from cxdesk.reports.compliance_pdf import write_compliance

    result = evaluate(db, actor, period, office_code, today=today)
    write_compliance(target, result.checks, result.period, result.scope.title, organisation=result.scope.organisation,
                     printed_by=actor.full_name)
    return result
