"""Demo step of the knowledge base and the competency events: a few hundred Russian articles
assembled from topic templates (practices, information materials, solutions, regulations,
document templates) spread over two years with revisions, views and a review queue, and two years
of events with participants from the staff directory (one past quarter deliberately left empty,
so the quarterly check has something to flag).

Articles are written in one transaction with pre-lemmatised index rows (the service path costs
a transaction per article); events go through the service, which checks them.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from cxdesk.core import knowledge as rules
from cxdesk.core.knowledge_markdown import plain_text
from cxdesk.core.text import index_text, normalise
from cxdesk.services import events, staff
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store import knowledge_fts
from cxdesk.store.knowledge import KnowledgeArticle, KnowledgeRead, KnowledgeRevision

if TYPE_CHECKING:
    from cxdesk.services.demo import DemoContext, DemoSpec

ARTICLES = {"small": 300, "large": 600}

TOPICS = [
    ("запись на приём через портал «Работа России»", "портал, запись"),
    ("консультирование граждан старше 50 лет", "предпенсионеры, консультирование"),
    ("работу с молодёжью без опыта работы", "молодёжь, трудоустройство"),
    ("подбор персонала для работодателей малого бизнеса", "работодатели, подбор"),
    ("организацию ярмарок вакансий", "ярмарка вакансий, работодатели"),
    ("сопровождение инвалидов при трудоустройстве", "инвалиды, сопровождение"),
    ("назначение пособия по безработице", "пособие, выплаты"),
    ("профессиональное обучение безработных граждан", "обучение, переобучение"),
    ("работу с жалобами и предложениями граждан", "обратная связь, жалобы"),
    ("ответы на обращения в срок по 59-ФЗ", "обращения, сроки"),
    ("оформление зоны ожидания в центре занятости", "клиентская зона, комфорт"),
    ("навигацию и информационные стенды", "навигация, стенды"),
    ("телефонное консультирование и колл-центр", "телефон, консультирование"),
    ("выездные консультации в сельских поселениях", "выездная работа, село"),
    ("сопровождение участников СВО и членов их семей", "участники СВО, сопровождение"),
    ("самозанятость и поддержку предпринимательской инициативы", "самозанятость, предпринимательство"),
    ("опросы удовлетворённости клиентов", "опросы, удовлетворённость"),
    ("клиентские маршруты и карты клиентского пути", "клиентский путь, маршрут"),
    ("взаимодействие с МФЦ", "МФЦ, взаимодействие"),
    ("временное трудоустройство несовершеннолетних", "подростки, временная занятость"),
    ("профориентацию школьников", "профориентация, школьники"),
    ("работу с отзывами в открытых источниках", "соцсети, отзывы"),
    ("электронную очередь и время ожидания", "очередь, время ожидания"),
    ("межведомственное взаимодействие с социальной защитой", "соцзащита, взаимодействие"),
    ("работу с работодателями по квотированию рабочих мест", "квотирование, работодатели"),
    ("вежливость и стандарты общения специалистов", "этика, стандарты общения"),
    ("доступность центра для маломобильных граждан", "доступная среда, инвалиды"),
    ("адаптацию новых сотрудников центра", "наставничество, сотрудники"),
    ("цифровые сервисы личного кабинета", "цифровые сервисы, личный кабинет"),
    ("содействие переезду для трудоустройства", "мобильность, переезд"),
]

# {t}: the topic as it follows «про» (accusative); {n}: the same in the nominative, after a colon
TITLES = {
    "practice": ["Успешная практика: {n}", "Опыт ТЦЗН: {n}", "Как мы улучшили {t}"],
    "info": ["Памятка специалисту про {t}", "Что важно знать про {t}", "Информационный материал: {n}"],
    "solution": ["Решение типовой проблемы: {n}", "Меньше жалоб: {n}", "Разбор случая: {n}"],
    "regulation": ["Порядок действий: {n}", "Регламент работы: {n}", "Стандарт обслуживания: {n}"],
    "template": ["Шаблон документа: {n}", "Образец письма про {t}", "Форма отчёта про {t}"],
}
_NOMINATIVE = {"работу": "работа", "организацию": "организация", "навигацию": "навигация",
               "профориентацию": "профориентация", "электронную": "электронная", "адаптацию": "адаптация",
               "поддержку": "поддержка"}


def _nominative(topic: str) -> str:
    return " ".join(_NOMINATIVE.get(w, w) for w in topic.split())

INTROS = [
    "Материал подготовлен по итогам работы группы по клиентоцентричности и обсуждения с коллегами из ТЦЗН.",
    "Клиенты часто обращались к нам с одними и теми же вопросами: здесь собраны ответы и порядок действий.",
    "Практика опробована в нескольких центрах занятости области и дала заметный результат.",
    "Описание составлено по жалобам и предложениям граждан, поступившим за последние полгода.",
]
STEPS = [
    "назначить ответственного специалиста и указать его в графике приёма",
    "подготовить памятку для клиента простым языком, без канцелярских оборотов",
    "проверить, что информация совпадает на сайте, стенде и в ответах по телефону",
    "договориться с работодателями о едином порядке передачи вакансий",
    "собирать обратную связь после каждой консультации (QR-код на стойке)",
    "раз в месяц разбирать жалобы на планёрке и фиксировать решения",
    "сократить число документов, которые клиент приносит повторно",
    "предупреждать клиента о следующем шаге и сроках по СМС",
    "проводить короткий инструктаж новых сотрудников по стандарту общения",
    "назначать повторную встречу сразу, не отпуская клиента без даты",
]
RESULTS = [
    "время ожидания сократилось в среднем на {n} минут",
    "число повторных обращений снизилось на {n} %",
    "удовлетворённость клиентов по опросу выросла на {n} процентных пунктов",
    "жалоб по теме стало меньше в {k} раза",
    "доля записей через портал выросла до {n} %",
]


def units(spec: DemoSpec) -> int:
    return ARTICLES.get(spec.size, 300) // 50 + 8  # articles in batches of 50, then 8 quarters of events


def _body(rng: random.Random, kind: str, topic: str) -> str:
    parts = [f"## Суть\n\n{rng.choice(INTROS)} Речь идёт про {topic}.\n"]
    if kind == "template":
        parts.append("## Текст\n\nУважаемый(ая) **[ФИО]**!\n\nСообщаем, что по вашему обращению от **[дата]** "
                     f"по вопросу про {topic} принято решение: **[решение]**.\n")
    parts.append("## Что делать\n\n" + "\n".join(f"{i}. {s[0].upper()}{s[1:]}."
                                                 for i, s in enumerate(rng.sample(STEPS, rng.randint(3, 5)), 1)) + "\n")
    if kind in ("practice", "solution"):
        parts.append("## Результаты\n\n" + "\n".join(
            "- " + r.format(n=rng.randint(5, 40), k=rng.choice(["1,5", "2", "3"])) for r in rng.sample(RESULTS, 2)) + "\n")
        parts.append("| Показатель | До | После |\n|---|---|---|\n"
                     f"| Среднее ожидание, мин | {rng.randint(20, 45)} | {rng.randint(5, 19)} |\n"
                     f"| Жалоб за квартал | {rng.randint(8, 30)} | {rng.randint(0, 7)} |\n")
    if kind == "regulation":
        parts.append("## Сроки\n\nОтвет на обращение даётся в течение 30 дней со дня регистрации; регистрация — "
                     "в течение 3 дней (59-ФЗ).\n")
    parts.append("Подробнее — у специалиста по клиентскому опыту, см. также [портал «Работа России»]"
                 "(https://trudvsem.ru).\n")
    return "\n".join(parts)


def _stamp(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(6, 14), rng.randint(0, 59)), UTC)


def _articles(ctx: DemoContext, authors: list[tuple[str, str]]) -> None:
    rng, today = ctx.rng, ctx.today
    total = ARTICLES.get(ctx.spec.size, 300)
    combos = [(k, t, f) for k in rules.KINDS for t in TOPICS for f in TITLES[k]]
    rng.shuffle(combos)
    index_rows, batch = [], 0
    with ctx.db.uow() as uow:
        s = uow.session
        for n, (kind, (topic, tags), form) in enumerate(combos[:total]):
            login, name = rng.choice(authors)
            created = today - timedelta(days=rng.randint(3, 730))
            status = rng.choices([rules.PUBLISHED, rules.REVIEW, rules.DRAFT, rules.ARCHIVED], [80, 8, 6, 6])[0]
            title = form.format(t=topic, n=_nominative(topic))
            title = title[0].upper() + title[1:]
            body = _body(rng, kind, topic)
            a = KnowledgeArticle(title=title, kind=kind, status=status, body=body, title_key=normalise(title),
                                 tags=rules.tags_value(rules.clean_tags(tags)), links="[]", author_login=login,
                                 author_name=name, created_at=_stamp(created, rng), revision_no=0)
            s.add(a)
            s.flush()
            base = None
            revisions = 1 + (rng.random() < 0.3) + (rng.random() < 0.1)
            for r in range(revisions):
                day = min(today, created + timedelta(days=r * rng.randint(5, 90)))
                text = body if r == revisions - 1 else body.replace("## Что делать", "## Порядок")
                rev = KnowledgeRevision(article_id=a.id, number=r + 1, base_revision_id=base, title=title,
                                        kind=kind, body=text, tags=a.tags, links="[]", attachments="[]",
                                        author_login=login, author_name=name, saved_at=_stamp(day, rng),
                                        note="Создан материал" if r == 0 else "Уточнён порядок действий")
                s.add(rev)
                s.flush()
                base = rev.id
                a.updated_at = rev.saved_at
            a.revision_no, a.head_revision_id = revisions, base
            if status in (rules.PUBLISHED, rules.ARCHIVED):
                a.published_at = a.updated_at
                s.add(KnowledgeRead(article_id=a.id, views=int(rng.paretovariate(1.3) * 3),
                                    last_read_at=_stamp(today, rng)))
            index_rows.append((a.id, index_text(title), index_text(tags, plain_text(body))))
            if (n + 1) % 50 == 0:
                batch += 1
                ctx.advance(1)
        knowledge_fts.index_many(s, index_rows)
        uow.commit()
    ctx.advance(max(0, total // 50 - batch))


EVENT_TITLES = {
    "business_game": ["Деловая игра «Клиент всегда прав?»", "Деловая игра «Путь соискателя»"],
    "contest": ["Конкурс «Лучший консультант»", "Конкурс идей по улучшению клиентского опыта"],
    "express_meeting": ["Экспресс-встреча по жалобам квартала", "Экспресс-встреча с работодателями"],
    "work_session": ["Рабочая сессия по карте клиентского пути", "Рабочая сессия «Клиентская зона»"],
    "festival": ["Фестиваль клиентоцентричности", "Фестиваль профессий"],
    "training": ["Обучение стандарту общения с клиентами", "Обучение работе с конфликтными ситуациями"],
    "webinar": ["Вебинар «Портал „Работа России“: новые сервисы»", "Вебинар по 59-ФЗ: сроки и ответы"],
}


def _events(ctx: DemoContext, actor: Actor) -> None:
    rng = ctx.rng
    members = staff.list_members(ctx.db, office_code=ctx.db.office_code)
    if len(members) < 12:
        for _ in range(25 - len(members)):
            person, _login = ctx.people.person()
            staff.add_member(ctx.db, actor, staff.StaffFields(person.full_name, rng.choice(
                ["Ведущий инспектор", "Главный специалист", "Консультант", "Специалист по КО"]), "Отдел занятости"))
        members = staff.list_members(ctx.db, office_code=ctx.db.office_code)
    last = rules.quarter_of(ctx.today)
    first = (last[0] - 2, last[1] + 1) if last[1] < 4 else (last[0] - 1, 1)
    quarters = rules.quarters_between(first, last)
    empty = quarters[3] if len(quarters) > 5 else None  # a past quarter with no event: the check flags it
    for year, quarter in quarters:
        if (year, quarter) != empty:
            start, end = rules.quarter_bounds(year, quarter)
            end = min(end, ctx.today)
            for _ in range(rng.randint(1, 4)):
                if end <= start:
                    break
                kind = rng.choice(list(rules.EVENT_KINDS))
                day = start + timedelta(days=rng.randrange((end - start).days))
                people = rng.sample(members, rng.randint(3, min(12, len(members))))
                events.create_event(ctx.db, actor, events.EventData(
                    rng.choice(EVENT_TITLES[kind]), kind, "online" if kind == "webinar" else rng.choice(
                        ["online", "offline", "offline"]), day, rng.choice(members).full_name,
                    "Презентация и раздаточные материалы — в базе знаний.",
                    rng.choice(["Участники отработали сложные случаи обслуживания.",
                                "Выработаны предложения в план мер по улучшению клиентского опыта.",
                                "Определены лучшие практики для распространения в ТЦЗН."]),
                    tuple(m.id for m in people)))
        ctx.advance(1)


def run(ctx: DemoContext) -> None:
    editors = [u for u in ctx.users if u.role in (Role.CX_SPECIALIST, Role.HEAD)]
    authors = [(u.login, u.full_name) for u in ctx.users if u.role != Role.ADMIN] or [("admin", "Администратор")]
    actor = (Actor(editors[0].login, editors[0].full_name, editors[0].role) if editors else ctx.actor)
    _articles(ctx, authors)
    _events(ctx, actor)
