"""Demo step of the feedback area: realistic records of all five sources for every territorial office.

Texts are composed from Russian phrase banks (openers × a core remark about one of the topics ×
closers), so they vary while staying realistic; volumes follow the seasons (more in winter and
autumn) and each office has its own quality and size, so offices differ. Records are written with
raw bulk inserts in batches (change log and full-text index included); topics and sentiment are
computed once per distinct text. ``large`` = 1,000,000 records over 40 offices and 5 years.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from cxdesk.services import feedback_reference, feedback_surveys
from cxdesk.services.feedback_analysis import Analyser, topics_value
from cxdesk.services.feedback_terms import APPEAL_CHANNELS, METRIC_TOOLS, PLATFORMS
from cxdesk.store import feedback_fts
from cxdesk.store.feedback_bulk import insert_records

if TYPE_CHECKING:
    from cxdesk.services.demo import DemoContext, DemoSpec

VOLUMES = {"small": (3_000, 2), "large": (1_000_000, 5)}  # records, years
SHARES = (("survey", 0.52), ("metric", 0.2), ("book", 0.11), ("open", 0.09), ("appeal", 0.08))
BATCH = 20_000
SEASON = (1.3, 1.2, 1.15, 1.0, 0.85, 0.75, 0.7, 0.8, 1.1, 1.2, 1.15, 1.0)

NEGATIVE = [
    "простояла в очереди больше часа, работало одно окно",
    "талоны электронной очереди закончились к десяти утра",
    "сотрудница в окне разговаривала грубо и раздражённо",
    "инспектор нахамил при других посетителях",
    "два специалиста дали разные ответы на один вопрос",
    "консультация была бесполезной, ничего не объяснили",
    "пособие по безработице не начислили уже второй месяц",
    "выплату пособия задерживают без объяснения причин",
    "направили на собеседование, а вакансия давно закрыта",
    "вакансии в базе устаревшие, работодатели не отвечают",
    "портал «Работа России» зависает при подаче заявления",
    "заявление на Госуслугах висит без ответа",
    "записаться на приём невозможно, свободного времени нет",
    "приём перенесли, а меня никто не предупредил",
    "до центра занятости невозможно дозвониться, телефон всё время занят",
    "по горячей линии никто не берёт трубку",
    "в зале ожидания душно и негде сесть",
    "зимой в помещении холодно, сидим в куртках",
    "пандус слишком крутой, на коляске не заехать",
    "лифт не работает, инвалиду на второй этаж не подняться",
    "курс обучения отменили без объяснения",
    "требуют кучу лишних документов, бюрократия",
    "справку о доходах пришлось приносить трижды",
    "информация на стенде устаревшая, непонятно куда идти",
    "ответ на обращение не получил до сих пор",
]
POSITIVE = [
    "приняли без очереди, всё заняло пятнадцать минут",
    "спасибо за доброжелательное отношение и терпение",
    "консультант грамотно объяснила порядок постановки на учёт",
    "пособие начислили вовремя, спасибо",
    "благодаря центру занятости устроился на хорошую работу",
    "подобрали подходящую работу по специальности",
    "подала заявление через Госуслуги, всё удобно и понятно",
    "записалась на удобное время, приняли точно по записи",
    "перезвонили в тот же день и решили вопрос",
    "после ремонта помещение светлое и очень комфортное",
    "сотрудники помогли подняться маме-колясочнице, спасибо",
    "прошла курсы переобучения, получила новую профессию",
    "документы приняли быстро, копии сделали сами сотрудники",
    "спасибо за понятную памятку о пособии",
    "мой вопрос рассмотрели оперативно",
    "на ярмарке вакансий нашла отличное место работы",
]
NEUTRAL = [
    "прошу разъяснить, как рассчитывается размер пособия",
    "есть ли вакансии для водителей категории Е",
    "как записаться на приём к специалисту по профориентации",
    "какие документы нужны для постановки на учёт",
    "предлагаю поставить кулер с водой в зоне ожидания",
    "прошу сообщать о новых вакансиях по смс",
    "когда будет перерасчёт пособия после изменения стажа",
    "прошу организовать сурдопереводчика",
]
OPENERS = [
    "",
    "",
    "Добрый день! ",
    "Здравствуйте. ",
    "Уважаемое руководство! ",
    "Пишу уже не первый раз: ",
    "Хочу отметить, что ",
    "Обращаюсь по поводу того, что ",
]
THANKS = ["", "", "Добрый день! ", "Хочу поблагодарить: ", "Здравствуйте. "]
CLOSERS = [
    "",
    "",
    "",
    " Прошу разобраться.",
    " Спасибо.",
    " Надеюсь на понимание.",
    " Примите меры!",
    " Так держать!",
    " Прошу ответить письменно.",
]
NAMES = [
    "Иванова Н. П.",
    "Петров С. А.",
    "Сидорова Е. В.",
    "Кузнецов И. И.",
    "Смирнова О. Н.",
    "Волков Д. С.",
    "ООО «Заречный хлебозавод»",
    "АО «Энскэнерго»",
    "ИП Морозов А. В.",
    "Фёдорова Т. М.",
]
STREETS = ["ул. Ленина", "ул. Мира", "пр. Победы", "ул. Садовая", "ул. Лесная", "ул. Школьная"]
RESPONSIBLE = ["Смирнова А. А.", "Орлов В. П.", "Белова Н. Н.", "Гусев К. С."]


def volume(spec: DemoSpec) -> tuple[int, int]:
    default = VOLUMES.get(spec.size, VOLUMES["small"])
    return spec.volumes.get("feedback", default[0]), default[1]


def units(spec: DemoSpec) -> int:
    return max(1, volume(spec)[0] // BATCH + 1)


def _text(rng, quality: float) -> str:
    roll = rng.random()
    bank = NEGATIVE if roll > quality else POSITIVE if roll > 0.12 else NEUTRAL
    core = rng.choice(bank)
    opener = rng.choice(OPENERS if bank is NEGATIVE else THANKS if bank is POSITIVE else OPENERS[:5])
    body = core[0].upper() + core[1:] if not opener or opener.endswith(("! ", ". ")) else core
    return f"{opener}{body}.{rng.choice(CLOSERS)}"


def _answers(rng, questions: list[dict], quality: float) -> dict:
    good = rng.random() < quality
    answers: dict = {}
    for q in questions:
        kind = q["type"]
        if kind == "scale5":
            answers[q["code"]] = rng.choice((4, 5, 5, 5, 4, 3) if good else (1, 2, 3, 3, 2, 4))
        elif kind == "nps":
            answers[q["code"]] = rng.choice((8, 9, 10, 10, 9, 7) if good else (2, 4, 5, 6, 7, 3))
        elif kind == "effort":
            answers[q["code"]] = rng.choice((5, 4, 5, 4, 3) if good else (1, 2, 3, 2))
        elif kind == "single":
            answers[q["code"]] = q["options"][
                0 if good and rng.random() < 0.7 else rng.randrange(len(q["options"]))
            ]
        elif kind == "multi":
            answers[q["code"]] = rng.sample(q["options"], k=rng.randint(1, 2))
    return answers


def run(ctx: DemoContext) -> None:
    total, years = volume(ctx.spec)
    offices = [o.code for o in ctx.offices] or [ctx.office.code]
    rng = ctx.rng
    feedback_surveys.ensure_reference_templates(ctx.db, ctx.actor)
    templates = {
        t.audience: t for t in feedback_surveys.list_templates(ctx.db, _reader(ctx)) if t.is_reference
    }
    feedback_reference.calendar(ctx.db)
    analyser = Analyser(ctx.db)
    analysed: dict[str, tuple[str, str, float, str]] = {}
    quality = {code: 0.45 + 0.45 * rng.random() for code in offices}
    size = {code: 0.5 + rng.random() * 1.5 for code in offices}
    size_total = sum(size.values())
    start = ctx.today - timedelta(days=365 * years)
    days = (ctx.today - start).days
    weights = [SEASON[(start + timedelta(days=d)).month - 1] for d in range(days)]
    cumulative = list(_accumulate(weights))
    counters: dict[tuple[str, str, int], int] = {}
    sources = [s for s, _ in SHARES]
    shares = [w for _, w in SHARES]
    rows, bodies = [], []

    def flush() -> None:
        with ctx.db.uow() as uow:
            insert_records(uow.session, rows, bodies, origin_from="office_code")
            uow.commit()
        rows.clear()
        bodies.clear()
        ctx.advance(1)

    office_pick = list(_accumulate([size[c] / size_total for c in offices]))
    for _ in range(total):
        office = offices[_bisect(office_pick, rng.random() * office_pick[-1])]
        day = start + timedelta(days=_bisect(cumulative, rng.random() * cumulative[-1]))
        source = rng.choices(sources, shares)[0]
        row = _record(rng, source, office, day, quality[office], templates, counters, ctx.today)
        text = row.get("text", "")
        if text:
            if text not in analysed:
                subject = row.get("subject", "") if source in ("book", "appeal", "open") else ""
                result = analyser(subject, text, row.get("rating"))
                analysed[text] = (
                    topics_value(result.topics),
                    result.sentiment,
                    result.score,
                    feedback_fts.body(text),
                )
            row["topics"], row["sentiment"], row["sentiment_score"], body = analysed[text]
        else:
            r = row.get("rating") or 3
            row["sentiment"] = "positive" if r >= 4 else "negative" if r <= 2.5 else "neutral"
            body = ""
        rows.append(row)
        bodies.append(body)
        if len(rows) >= BATCH:
            flush()
    if rows:
        flush()


def _reader(ctx: DemoContext):
    from cxdesk.services.actor import Actor
    from cxdesk.services.roles import Role

    return Actor("demo", "Демонстрационные данные", Role.CX_SPECIALIST)


def _accumulate(values):
    total = 0.0
    for v in values:
        total += v
        yield total


def _bisect(cumulative: list[float], x: float) -> int:
    lo, hi = 0, len(cumulative) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cumulative[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _record(
    rng, source: str, office: str, day: date, quality: float, templates, counters, today: date
) -> dict:
    audience = "employer" if rng.random() < 0.18 else "citizen"
    moment = datetime.combine(day, time(9 + rng.randrange(8), rng.randrange(60)), tzinfo=UTC)
    row: dict = {
        "office_code": office,
        "source": source,
        "received_on": day,
        "audience": audience,
        "created_by": "demo",
        "created_at": moment,
        "updated_at": moment,
    }
    if source == "survey":
        template = templates[audience]
        answers = _answers(rng, template.questions, quality)
        if rng.random() < 0.25:
            answers[template.questions[-1]["code"]] = _text(rng, quality)
        row.update(
            feedback_surveys.response_record(template, answers),
            status="accepted",
            channel=rng.choice(("paper", "online", "online")),
        )
        row["ratings"] = json.dumps(row["ratings"], ensure_ascii=False, sort_keys=True)
    elif source == "metric":
        criteria = {
            c: rng.choice((5, 5, 4, 4, 3) if rng.random() < quality else (2, 3, 3, 4, 1))
            for c in ("time", "queue", "staff", "comfort", "info")
        }
        row.update(
            channel=rng.choice((METRIC_TOOLS["vash_kontrol"], METRIC_TOOLS["terminal"])),
            status="accepted",
            ratings=json.dumps(criteria, sort_keys=True),
            rating=round(sum(criteria.values()) / 5, 2),
        )
    elif source == "book":
        key = (office, "book", day.year)
        counters[key] = counters.get(key, 0) + 1
        roll = rng.random()
        kind = "gratitude" if roll < quality * 0.4 else "suggestion" if roll < 0.45 else "complaint"
        row.update(
            kind=kind,
            text=_text(rng, 0.9 if kind == "gratitude" else 0.3 if kind == "complaint" else 0.5),
            book_no=day.year - 2000,
            entry_no=counters[key],
            received_at=moment,
            number=f"{day.year - 2000}-{counters[key]}",
            status="closed" if (today - day).days > 40 else rng.choice(("new", "in_progress", "answered")),
            author=rng.choice(NAMES) if rng.random() < 0.6 else "",
        )
    elif source == "open":
        row.update(
            channel=rng.choice(PLATFORMS),
            text=_text(rng, quality - 0.15),
            status="new",
            url=f"https://example.ru/post/{rng.randrange(10**8)}",
            reach=int(math.exp(rng.uniform(3, 10))),
            author=rng.choice(NAMES[:6]) if rng.random() < 0.5 else "",
        )
    else:
        key = (office, "appeal", day.year)
        counters[key] = counters.get(key, 0) + 1
        from cxdesk.core import deadlines
        from cxdesk.core.calendar import ProductionCalendar

        cal = _calendar_cache.setdefault(
            "cal", ProductionCalendar.from_dict(feedback_reference.default_document("calendar"))
        )
        due = deadlines.answer_due(cal, day)
        age = (today - day).days
        status = (
            "closed"
            if age > 45
            else rng.choice(("answered", "in_progress", "registered", "extended"))
            if age > 20
            else rng.choice(("registered", "in_progress"))
        )
        extended = 30 if status == "extended" else 0
        row.update(
            channel=rng.choice(list(APPEAL_CHANNELS)),
            text=_text(rng, 0.25),
            author=rng.choice(NAMES),
            address=f"г. Энск, {rng.choice(STREETS)}, д. {rng.randint(1, 90)}",
            entry_no=counters[key],
            number=f"{office}-{day.year}/{counters[key]:05d}",
            status=status,
            registered_on=day,
            register_due=deadlines.registration_due(cal, day),
            answer_due=deadlines.extended_due(cal, due, extended) if extended else due,
            extended_days=extended,
            applicant_notified=bool(extended),
            responsible=rng.choice(RESPONSIBLE),
            subject="Обращение гражданина" if audience == "citizen" else "Обращение работодателя",
        )
        if status in ("answered", "closed"):
            row.update(
                answer="Ответ направлен заявителю.",
                answer_on=day + timedelta(days=rng.randint(5, 28)),
                answer_method="written",
            )
    return row


_calendar_cache: dict = {}
