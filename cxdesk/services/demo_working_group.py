"""Demo step of the working-group area: in the УЦЗН and every ТЦЗН a working group (staff, composition,
regulation, roadmap), a year of monthly meetings with agendas, attendance, decisions and assignments in
every state (one month deliberately missing in one office, so the monthly check has something to
flag), the January decision approving the KPI targets, initiatives at every stage with their history,
and legal-act proposals. Records of other offices carry that office's ``origin`` as if they had arrived
by exchange; rows are written directly in one unit of work per office (the services' rules are kept).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from cxdesk.core import meetings_lifecycle as life
from cxdesk.core.text import search_key
from cxdesk.services import audit
from cxdesk.services.meetings import CONTROL_TITLE
from cxdesk.store.staff import StaffMember
from cxdesk.store.working_group import (
    AgendaItem,
    Assignment,
    Attendance,
    Initiative,
    InitiativeTransition,
    LegalProposal,
    Meeting,
    WgDocument,
    WgMember,
    WgMilestone,
    WorkingGroup,
)

if TYPE_CHECKING:
    from cxdesk.services.demo import DemoContext, DemoSpec

MISSING_OFFICE_INDEX = 1  # the second territorial centre skips one month
MISSING_MONTHS_AGO = 5

POSITIONS = [("chair", "Директор"), ("deputy", "Заместитель директора"),
             ("secretary", "Ведущий специалист службы дизайна клиентского опыта"),
             ("member", "Начальник отдела содействия занятости"), ("member", "Начальник отдела профобучения"),
             ("member", "Главный специалист по работе с работодателями"), ("member", "Специалист по КО")]
TOPICS = [
    ("Об итогах анализа обратной связи от граждан и работодателей за {month}",
     "о жалобах и предложениях за месяц: основная доля замечаний касается ожидания в очереди и сроков ответа.",
     "Информацию принять к сведению.\nОбобщить предложения граждан и включить их в реестр проблем."),
    ("О результатах мониторинга клиентских показателей эффективности",
     "о значениях КПЭ по группам «минимизация усилий» и «внешний комфорт»; два показателя ниже целевых.",
     "Информацию принять к сведению.\nПодготовить меры по показателям, не достигшим целевых значений."),
    ("Об актуализации профилей клиентских групп и карт клиентского пути",
     "о результатах интервью с гражданами 50+ и молодёжью до 35 лет.",
     "Актуализировать профили «Граждане 50+» и «Молодёжь до 35 лет»."),
    ("О ходе пилотного тестирования электронной записи на приём",
     "о первых итогах пилота: среднее время ожидания сократилось с 25 до 9 минут.",
     "Продолжить пилотное тестирование.\nПодготовить предложения по тиражированию в ТЦЗН области."),
    ("О проведении деловой игры «Клиент в центре» для специалистов",
     "о программе и сроках проведения деловой игры.", "Провести деловую игру в следующем месяце."),
    ("О предложениях по совершенствованию нормативных правовых актов",
     "о предложении сократить перечень документов для регистрации в целях поиска работы.",
     "Одобрить предложение и направить его в министерство труда области."),
]
TASKS = [
    "Подготовить аналитическую справку по жалобам за месяц", "Обновить информационные стенды в зале приёма",
    "Провести опрос посетителей о времени ожидания", "Подготовить проект регламента электронной записи",
    "Разработать памятку для работодателей о подаче вакансий", "Провести обучение специалистов приёма",
    "Внести предложения в реестр проблем", "Подготовить отчёт о результатах пилота",
]
INITIATIVES = [
    ("Электронная запись на приём через портал", "optimisation"),
    ("Навигация и зона ожидания в зале приёма", "innovation"),
    ("Реинжиниринг процесса регистрации безработных", "reengineering"),
    ("Сокращение перечня документов для регистрации", "legal_act"),
    ("Стандарт вежливого общения специалистов", "local_act"),
    ("Мониторинг отзывов в социальных сетях", "monitoring"),
    ("Выездные консультации для работодателей", "innovation"),
]


def units(spec: DemoSpec) -> int:
    return spec.territorial_offices + 1


def _month_start(today: date, months_ago: int) -> date:
    index = today.year * 12 + today.month - 1 - months_ago
    return date(index // 12, index % 12 + 1, 1)


def _office(ctx: DemoContext, code: str, index: int) -> None:
    rng, today = ctx.rng, ctx.today
    with ctx.db.uow() as uow:
        s = uow.session

        def add(row):
            row.origin = code
            s.add(row)
            return row

        people = []
        for role, position in POSITIONS:
            person, _login = ctx.people.person()
            member = add(StaffMember(office_code=code, full_name=person.full_name, position=position,
                                     search_text=search_key(person.full_name, position)))
            people.append((role, member))
        s.flush()
        group = add(WorkingGroup(office_code=code, name="Рабочая группа по клиентоцентричности",
                                 place="зал совещаний, каб. 210"))
        s.flush()
        start = _month_start(today, 14)
        for role, member in people:
            add(WgMember(group_id=group.id, staff_id=member.id, role=role, term_from=start))
        add(WgMember(group_id=group.id, role="invited", person_name="Гусева Ольга Павловна",
                     organisation="Представитель местной организации Всероссийского общества инвалидов"))
        add(WgDocument(group_id=group.id, kind="regulation", title="Положение о рабочей группе по клиентоцентричности",
                       number=f"{rng.randint(10, 99)}-од", approved_on=start))
        add(WgDocument(group_id=group.id, kind="roadmap", title="Дорожная карта по организации системы управления "
                       "клиентским опытом", number=f"{rng.randint(100, 199)}-од", approved_on=start + timedelta(days=20)))
        for n, title in enumerate(("Утвердить Положение о рабочей группе", "Сформировать профили клиентских групп",
                                   "Описать клиентские маршруты", "Наладить сбор обратной связи из пяти источников",
                                   "Утвердить целевые значения КПЭ", "Создать базу знаний лучших практик"), start=1):
            due = start + timedelta(days=45 * n)
            status = "done" if due < today - timedelta(days=60) else ("in_progress" if due < today + timedelta(30)
                                                                      else "planned")
            add(WgMilestone(group_id=group.id, position=n, title=title, due_on=due, status=status,
                            owner_staff_id=people[2 + n % 4][1].id, done_on=due if status == "done" else None))
        s.flush()
        _meetings(ctx, s, add, group, people, index)
        _initiatives(ctx, s, add, code, people)
        audit.append(s, ctx.actor, "demo.working_group", office=ctx.db.office_code, entity="wg_group",
                     record_id=group.id)
        uow.commit()


def _meetings(ctx: DemoContext, s, add, group, people, index: int) -> None:
    rng, today = ctx.rng, ctx.today
    staff_ids = [m.id for _r, m in people]
    tasks: list[Assignment] = []
    last_held = None
    numbers: dict[int, int] = {}
    for months_ago in range(12, -2, -1):  # a year back, this month, and the next one (planned)
        if index == MISSING_OFFICE_INDEX and months_ago == MISSING_MONTHS_AGO:
            continue
        first = _month_start(today, months_ago)
        day = first + timedelta(days=rng.randint(8, 20))
        planned = day >= today
        numbers[day.year] = numbers.get(day.year, 0) + 1
        meeting = add(Meeting(group_id=group.id, office_code=group.office_code, number=str(numbers[day.year]),
                              meeting_date=day, start_time="10:00", place=group.place,
                              status="planned" if planned else "held", chair_staff_id=staff_ids[0],
                              secretary_staff_id=staff_ids[2]))
        s.flush()
        for (role, member) in people:
            absent = not planned and role == "member" and rng.random() < 0.2
            add(Attendance(meeting_id=meeting.id, staff_id=member.id, kind="member", present=not absent,
                           absence_reason="отпуск" if absent else ""))
        add(Attendance(meeting_id=meeting.id, person_name="Гусева Ольга Павловна", kind="invited",
                       position="Представитель общества инвалидов", present=rng.random() < 0.5))
        position = 0
        if any(t.status in ("open", "in_progress") or (t.done_on and t.done_on >= day) for t in tasks):
            position += 1
            add(AgendaItem(meeting_id=meeting.id, position=position, title=CONTROL_TITLE, is_control=True,
                           decision="Информацию принять к сведению. Исполненные поручения снять с контроля."))
        month_name = f"{day:%m.%Y}"
        chosen = rng.sample(TOPICS, 2)
        if day.month == 1:
            chosen = [("Об утверждении целевых значений клиентских показателей эффективности на "
                       f"{day.year} год", "о проекте целевых значений КПЭ на год.",
                       f"Утвердить целевые значения КПЭ на {day.year} год.")] + chosen[:1]
        for title, heard, decision in chosen:
            position += 1
            speaker = people[rng.randint(2, 6)][1]
            item = add(AgendaItem(
                meeting_id=meeting.id, position=position, title=title.format(month=month_name),
                speakers=speaker.full_name, heard="" if planned else heard,
                discussion="" if planned else f"{people[1][1].full_name} — поддержала предложения докладчика.",
                decision="" if planned else decision,
                decision_kind="kpi_targets" if title.startswith("Об утверждении целевых") else "regular",
                approves_targets_year=day.year if title.startswith("Об утверждении целевых") else None))
            s.flush()
            if planned:
                continue
            for n in range(rng.randint(1, 2)):
                due = day + timedelta(days=rng.choice((14, 30, 45, 60)))
                task = add(Assignment(meeting_id=meeting.id, item_id=item.id, office_code=group.office_code,
                                      position=len(tasks) + n + 1, text=rng.choice(TASKS),
                                      responsible_staff_id=rng.choice(staff_ids[2:]), due_on=due))
                roll = rng.random()
                if due < today and roll < 0.75:
                    task.status, task.done_on = "done", min(today, due - timedelta(days=rng.randint(-5, 10)))
                    task.report = "Исполнено, справка представлена секретарю."
                elif roll < 0.82:
                    task.status = "cancelled"
                elif roll < 0.92:
                    task.status = "in_progress"
                tasks.append(task)
            last_held = (meeting, item)
    # every deadline state on the control list: one due within a week and one well ahead
    meeting, item = last_held
    for days, status, text in ((3, "in_progress", TASKS[3]), (40, "open", TASKS[5])):
        tasks.append(add(Assignment(meeting_id=meeting.id, item_id=item.id, office_code=group.office_code,
                                    position=90 + days, text=text, responsible_staff_id=rng.choice(staff_ids[2:]),
                                    due_on=today + timedelta(days=days), status=status)))


def _initiatives(ctx: DemoContext, s, add, code: str, people) -> None:
    rng, today = ctx.rng, ctx.today
    path = [life.IDEA, life.DESIGN, life.DEVELOPMENT, life.PILOT, life.IMPLEMENTED]
    for n, (title, kind) in enumerate(INITIATIVES):
        stage = life.STAGES[n % len(life.STAGES)]
        started = today - timedelta(days=rng.randint(90, 300))
        due = started + timedelta(days=rng.choice((120, 180, 240)))
        item = add(Initiative(office_code=code, title=title, kind=kind, stage=stage, started_on=started, due_on=due,
                              description=f"Мера рабочей группы: {title.lower()}.",
                              owner_staff_id=people[rng.randint(1, 6)][1].id,
                              pilot_offices=json.dumps([code], ensure_ascii=False),
                              kpi_codes=json.dumps(["effort_wait_time"]), baseline_period=f"{started.year}-Q1",
                              result_period=f"{due.year}-Q4",
                              finished_on=due if stage in life.FINAL_STAGES else None))
        s.flush()
        steps = path[: path.index(stage) + 1] if stage != life.REJECTED else [life.IDEA, life.DESIGN, life.REJECTED]
        at = datetime.combine(started, datetime.min.time(), tzinfo=UTC)
        previous = ""
        for step in steps:
            add(InitiativeTransition(initiative_id=item.id, from_stage=previous, to_stage=step, at=at,
                                     actor=people[2][1].full_name,
                                     comment="Решение рабочей группы" if step != life.REJECTED
                                     else "Не подтвердилась потребность клиентов"))
            previous, at = step, at + timedelta(days=rng.randint(15, 40))
    for status in ("draft", "sent", "answered", "accepted", "rejected")[: 5 if code == "UCZN" else 2]:
        sent = today - timedelta(days=rng.randint(30, 200))
        add(LegalProposal(
            office_code=code, act="Постановление Правительства Энской области от 10.02.2023 № 55-п",
            level="regional", proposed_change="Сократить перечень документов, представляемых при регистрации.",
            justification="Жалобы граждан на повторное представление документов, имеющихся в ведомствах.",
            status=status, sent_to="" if status == "draft" else "Министерство труда и занятости Энской области",
            sent_on=None if status == "draft" else sent,
            answer="" if status in ("draft", "sent") else "Предложение рассмотрено.",
            answer_on=None if status in ("draft", "sent") else sent + timedelta(days=30)))


def run(ctx: DemoContext) -> None:
    codes = [ctx.office.code] + [o.code for o in ctx.offices]
    for index, code in enumerate(codes):
        _office(ctx, code, index - 1 if index else -1)
        ctx.advance(1)
