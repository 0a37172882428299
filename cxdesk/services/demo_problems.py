"""Demo step of the problems area: in every territorial centre a dozen problems found in its own negative
feedback (the topics with most negative records and complaints over two years, at the touchpoint most of them name;
those records linked as evidence), and a dozen regional problems at the УЦЗН resting on records of several offices. Problems are
in every status and severity, with owners from the office's staff; each has one to three
recommendations in every status, some of them overdue; the first improvement measures of each office
are linked to its problems. Rows are written directly, one unit of work per office, with the office's
``origin`` as if they had arrived by exchange (the services' rules are kept).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import or_, select

from cxdesk.core.text import search_key
from cxdesk.services import audit
from cxdesk.services.problems_terms import CLOSED_STATUSES
from cxdesk.store.feedback import FeedbackRecord as R
from cxdesk.store.journeys import Touchpoint
from cxdesk.store.problems import Problem, ProblemEvidence, Recommendation
from cxdesk.store.staff import StaffMember
from cxdesk.store.working_group import Initiative

if TYPE_CHECKING:
    from cxdesk.services.demo import DemoContext, DemoSpec

PER_OFFICE = 12
EVIDENCE_LIMIT = 40
WINDOW_DAYS = 730
TITLES = {
    "queue": "Длительное ожидание в очереди",
    "politeness": "Невежливое общение специалистов с посетителями",
    "competence": "Противоречивые и неполные консультации",
    "benefits": "Задержки начисления и выплаты пособия",
    "vacancies": "Неактуальные вакансии в банке вакансий",
    "portal": "Сбои при подаче заявлений через портал «Работа России»",
    "appointment": "Нет свободного времени для записи на приём",
    "phone": "Невозможно дозвониться в центр занятости",
    "premises": "Неудобства в зале ожидания",
    "accessibility": "Помещения недоступны для маломобильных граждан",
    "training": "Курсы обучения отменяют и переносят без объяснений",
    "documents": "Избыточные требования к документам",
    "information": "Устаревшая информация на стендах и сайте",
    "timing": "Нарушение сроков ответа на обращения",
}
RECOMMENDATIONS = [
    ("Открыть дополнительное окно приёма в часы пик", "Начальник отдела содействия занятости"),
    ("Провести обучение специалистов приёма стандартам вежливого общения", "Отдел кадров"),
    ("Обновить информационные стенды и раздел сайта", "Специалист по информированию"),
    ("Настроить электронную запись на приём через портал", "Отдел информационных технологий"),
    ("Разработать памятку для граждан о порядке получения услуги", "Служба дизайна клиентского опыта"),
    ("Проверить актуальность вакансий и снять закрытые", "Отдел работы с работодателями"),
    ("Организовать обратный звонок для граждан, не дозвонившихся на горячую линию", "Заместитель директора"),
    ("Направить в УЦЗН предложение по изменению регламента", "Директор"),
]
STATUS_CYCLE = ("identified", "in_progress", "in_progress", "solved", "identified", "rejected")
SEVERITY_CYCLE = ("high", "medium", "critical", "low", "medium", "high")
REC_STATUS_CYCLE = ("new", "in_progress", "done", "cancelled", "in_progress", "done", "new")


def units(spec: DemoSpec) -> int:
    return spec.territorial_offices + 1


def _negative_records(ctx: DemoContext) -> dict[str, list[tuple]]:
    """Negative records and complaints of the window per office, in one pass over the register."""
    since = ctx.today - timedelta(days=WINDOW_DAYS)
    by_office: dict[str, list[tuple]] = defaultdict(list)
    query = select(R.office_code, R.id, R.touchpoint_id, R.topics, R.received_on).where(
        R.deleted.is_(False), R.received_on >= since, or_(R.sentiment == "negative", R.kind == "complaint"))
    with ctx.db.uow() as uow:
        for office, *row in uow.session.execute(query.order_by(R.received_on, R.id)):
            by_office[office].append(tuple(row))
    return by_office


def _groups(records: list[tuple]) -> list[tuple[str | None, str, list]]:
    """(the touchpoint most of them name, topic, [(record id, received on)]) of the records of one topic,
    the biggest topics first."""
    groups: dict[str, list] = defaultdict(list)
    points: dict[str, Counter] = defaultdict(Counter)
    for record_id, touchpoint_id, topics, received in records:
        topic = next((c for c in topics.split("|") if c in TITLES), None)
        if topic:
            groups[topic].append((record_id, received))
            if touchpoint_id:
                points[topic][touchpoint_id] += 1
    ranked = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))[:PER_OFFICE]
    return [(min(points[t].items(), key=lambda kv: (-kv[1], kv[0]))[0] if points[t] else None, t, rows)
            for t, rows in ranked]


def _office(ctx: DemoContext, code: str, records: list[tuple], regional: bool) -> None:
    rng, today = ctx.rng, ctx.today
    with ctx.db.uow() as uow:
        s = uow.session

        def add(row):
            row.origin = code
            s.add(row)
            return row

        people = list(s.scalars(select(StaffMember.id).where(StaffMember.office_code == code)
                                .order_by(StaffMember.full_name)))
        groups = _groups(records)
        points = dict(s.execute(select(Touchpoint.id, Touchpoint.journey_id).where(
            Touchpoint.id.in_({g[0] for g in groups if g[0]}))).all())
        made: list[Problem] = []
        for n, (touchpoint_id, topic, rows) in enumerate(groups):
            status = STATUS_CYCLE[n % len(STATUS_CYCLE)]
            title = TITLES[topic] + (" в центрах занятости области" if regional else "")
            identified = min(today - timedelta(days=7), rows[0][1] + timedelta(days=rng.randint(3, 20)))
            closed = min(today, identified + timedelta(days=rng.randint(20, 90))) if status in CLOSED_STATUSES \
                else None
            description = (f"Выявлена по {len(rows)} отрицательным отзывам и жалобам. Повторяющиеся жалобы граждан "
                           f"требуют мер со стороны центра занятости.")
            problem = add(Problem(
                office_code=code, title=title, description=description, journey_id=points.get(touchpoint_id) if touchpoint_id else None,
                touchpoint_id=touchpoint_id, severity=SEVERITY_CYCLE[n % len(SEVERITY_CYCLE)], status=status,
                owner_staff_id=people[n % len(people)] if people else None, identified_on=identified,
                closed_on=closed, status_note="Не подтвердилась при проверке: единичные случаи" if status == "rejected"
                else "", created_by="demo", search_text=search_key(title, description)))
            s.flush()
            for record_id, _received in rows[-EVIDENCE_LIMIT:]:
                add(ProblemEvidence(problem_id=problem.id, record_id=record_id, added_by="demo"))
            for k in range(1 + n % 3):
                text, addressee = RECOMMENDATIONS[(n + k) % len(RECOMMENDATIONS)]
                rec_status = REC_STATUS_CYCLE[(n + k) % len(REC_STATUS_CYCLE)]
                # done and cancelled ones came due before today; open ones around today (some overdue)
                due = today + timedelta(days=rng.randint(-120, -10) if rec_status in ("done", "cancelled")
                                        else rng.randint(-45, 120))
                add(Recommendation(problem_id=problem.id, text=text, addressee=addressee, due_on=due, status=rec_status,
                                   done_on=min(today, due) if rec_status == "done" else None))
            made.append(problem)
        s.flush()
        measures = list(s.scalars(select(Initiative).where(Initiative.office_code == code, Initiative.deleted.is_(False))
                                  .order_by(Initiative.title)))
        for k, measure in enumerate(measures[:4]):
            linked = [p.id for p in made[k * 2:k * 2 + 2]]
            if linked:
                measure.problem_ids = json.dumps(linked)
        audit.append(s, ctx.actor, "demo.problems", office=ctx.db.office_code, entity="problem",
                     details={"office": code, "problems": len(made)})
        uow.commit()


def run(ctx: DemoContext) -> None:
    assert ctx.office is not None
    records = _negative_records(ctx)
    # the УЦЗН's regional problems rest on a sample of every office's records
    regional = sorted((r for rows in records.values() for r in rows[::len(records) or 1]), key=lambda r: (r[3], r[0]))
    _office(ctx, ctx.office.code, regional, regional=True)
    ctx.advance(1)
    for office in ctx.offices:
        _office(ctx, office.code, records.get(office.code, []), regional=False)
        ctx.advance(1)
