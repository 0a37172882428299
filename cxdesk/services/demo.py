"""The demo database: a fictional region's managing centre (УЦЗН) with its territorial centres and staff.

``build_demo`` creates a new database through the same services as the program itself and fills
it step by step. Every step is one function taking a :class:`DemoContext`, listed in :data:`STEPS`
with a title and the amount of work it reports (for the progress bar). An area that needs demo data
(feedback, journeys, KPI values, meetings …) writes its step in ``cxdesk/services/demo_<area>.py``
(importing ``DemoContext`` only under ``TYPE_CHECKING``, so there is no import cycle), puts its
volumes per size into ``DemoSpec.volumes`` (e.g. ``"feedback": 1_000_000`` for ``large``) and adds one
line to :data:`STEPS`. Everything random comes from ``ctx.rng`` — one ``random.Random(seed)`` — so a
seed always gives the same offices, people, logins and passwords (password hashes differ: argon2
salts are random); dates should be counted back from ``ctx.today``.
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cxdesk.services import (
    demo_feedback,
    demo_journeys,
    demo_knowledge,
    demo_kpi,
    demo_problems,
    demo_reports,
    demo_working_group,
    info,
    offices,
    users,
)
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ServiceError, ValidationError
from cxdesk.services.offices import OfficeInfo, OfficeKind
from cxdesk.services.passwords import check_policy
from cxdesk.services.roles import ROLE_TITLES, Role
from cxdesk.store import backup as store_backup
from cxdesk.store.database import Database, open_database

Progress = Callable[[int, int, str], None]

REGION = "Энская область"
UCZN_CODE = "UCZN"
UCZN_NAME = "ГКУ «Центр занятости населения Энской области»"
CAPITAL = "Энск"


@dataclass(frozen=True)
class DemoSpec:
    """How much a demo of one size holds."""

    size: str
    territorial_offices: int
    users: dict[Role, int]
    volumes: dict[str, int] = field(default_factory=dict)  # how much each area step makes, by name

    @property
    def user_count(self) -> int:
        return sum(self.users.values())


SIZES: dict[str, DemoSpec] = {
    "small": DemoSpec(
        "small", 6,
        {Role.ADMIN: 1, Role.HEAD: 2, Role.CX_SPECIALIST: 2, Role.OPERATOR: 3, Role.READER: 2},
    ),
    # The director and deputy of the УЦЗН plus a head for every ТЦЗН; the CX design service and a
    # specialist in the larger centres; operators at every front desk.
    "large": DemoSpec(
        "large", 40,
        {Role.ADMIN: 3, Role.HEAD: 42, Role.CX_SPECIALIST: 25, Role.OPERATOR: 80, Role.READER: 50},
    ),
}


@dataclass(frozen=True)
class DemoUser:
    login: str
    full_name: str
    role: Role
    password: str

    @property
    def role_title(self) -> str:
        return ROLE_TITLES[self.role]

    def as_dict(self) -> dict:
        return {"login": self.login, "full_name": self.full_name, "role": str(self.role),
                "role_title": self.role_title, "password": self.password}


@dataclass(frozen=True)
class DemoResult:
    path: Path
    size: str
    seed: int
    office: OfficeInfo
    offices: list[OfficeInfo]  # the territorial centres added to the directory
    users: list[DemoUser]
    counts: dict[str, int]
    seconds: float

    def as_dict(self) -> dict:
        def office(o: OfficeInfo) -> dict:
            return {"code": o.code, "name": o.name, "kind": str(o.kind), "region": o.region}

        return {
            "path": str(self.path), "size": self.size, "seed": self.seed, "office": office(self.office),
            "offices": [office(o) for o in self.offices], "users": [u.as_dict() for u in self.users],
            "counts": dict(self.counts), "seconds": round(self.seconds, 1),
        }


@dataclass
class DemoContext:
    """What a step works with: the open database, the seeded generator and what earlier steps made."""

    db: Database
    spec: DemoSpec
    rng: random.Random
    people: PersonFactory
    today: date = field(default_factory=date.today)
    actor: Actor | None = None
    office: OfficeInfo | None = None
    offices: list[OfficeInfo] = field(default_factory=list)
    users: list[DemoUser] = field(default_factory=list)
    advance: Callable[[int], None] = lambda _units: None


@dataclass(frozen=True)
class Step:
    title: str
    units: Callable[[DemoSpec], int]  # for the progress bar: how much work the step reports
    run: Callable[[DemoContext], None]


# ---------------------------------------------------------------------------------------------
# Russian names, logins and passwords


def _words(text: str) -> list[str]:
    return text.split()


_SURNAMES = _words("""
Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков
Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин
Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов
Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв
Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов
Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов
Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов
Ефимов Федотов Щербаков Назаров Калинин Исаев Быков Маслов Родионов Коновалов Лазарев Воронин
Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов
Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов
Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов
Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов
Прокофьев Харитонов Князев Цветков Митрофанов Воронов Аксёнов Мальцев Логинов Горшков Савин
Краснов Майоров Демидов Елисеев Рыбаков Сафонов Плотников Хохлов Фадеев Молчанов Литвинов Ершов
Ушаков Рябов Мухин Калашников Лобанов Бородин Некрасов Бобров Жданов Блинов Дроздов Лавров Зуев
Ларин Серов Зотов Устинов Самойлов Шишкин Чистяков Носов Воронцов Зверев Седов Головин Терехов
Шестаков Гордеев Кожевников Пахомов Зимин Широков Ларионов Сазонов Суворов Покровский
Успенский Вишневский Рождественский Сосновский Знаменский
""")

_MALE_NAMES = _words("""
Александр Алексей Андрей Антон Артём Борис Вадим Валерий Василий Виктор Виталий Владимир
Владислав Вячеслав Геннадий Георгий Григорий Дмитрий Денис Евгений Егор Иван Игорь Илья Кирилл
Константин Леонид Максим Михаил Никита Николай Олег Павел Пётр Роман Сергей Станислав Степан
Юрий Ярослав
""")

_FEMALE_NAMES = _words("""
Александра Алина Алёна Анастасия Анна Валентина Валерия Вера Виктория Галина Дарья Евгения
Екатерина Елена Елизавета Жанна Зоя Ирина Карина Кристина Ксения Лариса Людмила Любовь Маргарита
Марина Мария Надежда Наталья Нина Оксана Ольга Полина Светлана Софья Тамара Татьяна Ульяна Юлия
Яна
""")

# Patronymic stems: + «ич» for a man, + «на» for a woman.
_PATRONYMIC_STEMS = _words("""
Александров Алексеев Анатольев Андреев Борисов Валерьев Васильев Викторов Владимиров Геннадьев
Григорьев Дмитриев Евгеньев Иванов Игорев Константинов Леонидов Михайлов Николаев Олегов Павлов
Петров Романов Сергеев Юрьев Вячеславов Станиславов Аркадьев Степанов Фёдоров
""")

_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    _words("a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y _ e iu ia"),
    strict=True,
))
_TRANSLIT["ь"] = ""

# Latin words that read easily aloud; a password is two of them and two digits.
_PASSWORD_WORDS = _words("""
berezka sosna kedr ryabina raduga oblako zarya volna sever rodnik polyana luna zvezda veter
solnce ozero reka kamen tropa pole dubrava klever landysh vasilek romashka sokol lebed orel
""")


def transliterate(text: str) -> str:
    """Russian → Latin as in the Russian passport (ICAO Doc 9303), lower case, letters only."""
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower() if ch.isalpha())


def _feminine_surname(surname: str) -> str:
    if surname.endswith("ский"):
        return surname[:-2] + "ая"
    return surname + "а"


@dataclass(frozen=True)
class Person:
    surname: str
    name: str
    patronymic: str

    @property
    def full_name(self) -> str:
        return f"{self.surname} {self.name} {self.patronymic}"

    @property
    def base_login(self) -> str:
        return f"{transliterate(self.surname)}.{transliterate(self.name)[0]}{transliterate(self.patronymic)[0]}"


class PersonFactory:
    """Distinct people with unique logins (``petrova.ia``, ``petrova.ia2`` …)."""

    FEMALE_SHARE = 0.75  # employment-centre staff are mostly women

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._names: set[str] = set()
        self._logins: set[str] = set()

    def person(self) -> tuple[Person, str]:
        rng = self.rng
        while True:
            female = rng.random() < self.FEMALE_SHARE
            surname = rng.choice(_SURNAMES)
            stem = rng.choice(_PATRONYMIC_STEMS)
            if female:
                person = Person(_feminine_surname(surname), rng.choice(_FEMALE_NAMES), stem + "на")
            else:
                person = Person(surname, rng.choice(_MALE_NAMES), stem + "ич")
            if person.full_name not in self._names:
                break
        self._names.add(person.full_name)
        login, n = person.base_login, 1
        while login in self._logins:
            n += 1
            login = f"{person.base_login}{n}"
        self._logins.add(login)
        return person, login

    def password(self) -> str:
        first, second = self.rng.sample(_PASSWORD_WORDS, 2)
        password = f"{first.capitalize()}-{second}-{self.rng.randint(10, 99)}"
        check_policy(password)
        return password


# ---------------------------------------------------------------------------------------------
# Offices of the fictional region

_TOWNS = _words("""
Заречный Новоборск Верхнеречинск Светлоозёрск Каменногорск Лесногорск Сосновоборск Краснодольск
Северогорск Тихореченск Малоярск Белоярово Озёрный Ключевск
""")

# District names in the dative case, as they stand after «по»: «ТЦЗН по Берёзовскому району».
_DISTRICTS = _words("""
Берёзовскому Ключевскому Михайловскому Покровскому Никольскому Сосновскому Луговскому
Верхнеозёрскому Каменскому Боровскому Дубровскому Ольховскому Липовскому Рябиновскому Кедровскому
Троицкому Успенскому Петровскому Вознесенскому Знаменскому Степному Приозёрному Лесному
Краснополянскому Белоярскому Ясеневскому Светловскому Черноречинскому Журавлёвскому Воронцовскому
Грачёвскому Медведевскому Ивановскому Юрьевскому
""")


def territorial_office_names(rng: random.Random, count: int) -> list[str]:
    """The capital's centre first, then towns, then districts (the order of the codes TC01…)."""
    towns = max(1, round(count * 0.3)) - 1
    districts = count - 1 - towns
    if towns > len(_TOWNS) or districts > len(_DISTRICTS):
        raise ValidationError(f"Для демонстрационной базы можно создать не более "
                              f"{len(_TOWNS) + len(_DISTRICTS) + 1} территориальных центров.")
    names = [f"ТЦЗН по г. {CAPITAL}"]
    names += [f"ТЦЗН по г. {town}" for town in sorted(rng.sample(_TOWNS, towns))]
    names += [f"ТЦЗН по {d} району" for d in sorted(rng.sample(_DISTRICTS, districts))]
    return names


# ---------------------------------------------------------------------------------------------
# The steps


def _installation(ctx: DemoContext) -> None:
    """The УЦЗН's own office and its first administrator."""
    person, login = ctx.people.person()
    password = ctx.people.password()
    ctx.office = offices.initialize(
        ctx.db, office_code=UCZN_CODE, office_name=UCZN_NAME, kind=str(OfficeKind.UCZN), region=REGION,
        admin_login=login, admin_full_name=person.full_name, admin_password=password,
    )
    admin = next(u for u in users.list_users(ctx.db, Actor.command_line()) if u.login == login)
    ctx.actor = Actor(admin.login, admin.full_name, Role.ADMIN, admin.id)
    ctx.users.append(DemoUser(login, person.full_name, Role.ADMIN, password))
    ctx.advance(1)


def _offices(ctx: DemoContext) -> None:
    assert ctx.actor is not None
    for number, name in enumerate(territorial_office_names(ctx.rng, ctx.spec.territorial_offices), start=1):
        ctx.offices.append(offices.add_office(
            ctx.db, ctx.actor, code=f"TC{number:02d}", name=name, kind=str(OfficeKind.TCZN), region=REGION,
        ))
        ctx.advance(1)


def _users(ctx: DemoContext) -> None:
    """Every role; the administrator made by the installation step counts towards its role."""
    assert ctx.actor is not None
    for role, wanted in ctx.spec.users.items():
        have = sum(1 for u in ctx.users if u.role == role)
        for _ in range(wanted - have):
            person, login = ctx.people.person()
            password = ctx.people.password()
            users.add_user(ctx.db, ctx.actor, login, person.full_name, role, password)
            ctx.users.append(DemoUser(login, person.full_name, role, password))
            ctx.advance(1)


STEPS: list[Step] = [
    Step("Настройка базы данных УЦЗН", lambda spec: 1, _installation),
    Step("Территориальные центры занятости", lambda spec: spec.territorial_offices, _offices),
    Step("Пользователи", lambda spec: spec.user_count - 1, _users),
    Step("Профили клиентских групп и клиентские маршруты", demo_journeys.units, demo_journeys.run),
    Step("Обратная связь (пять источников)", demo_feedback.units, demo_feedback.run),
    Step("Обратная связь по точкам контакта маршрутов", demo_journeys.link_units, demo_journeys.link_feedback),
    Step("Рабочая группа: заседания, поручения, меры", demo_working_group.units, demo_working_group.run),
    Step("Показатели (КПЭ): каталог, знаменатели, целевые значения", demo_kpi.units, demo_kpi.run),
    Step("Проблемы и рекомендации", demo_problems.units, demo_problems.run),
    Step("База знаний и мероприятия для сотрудников", demo_knowledge.units, demo_knowledge.run),
    Step("Ежеквартальный отчёт за прошлый квартал", demo_reports.units, demo_reports.run),
]


# ---------------------------------------------------------------------------------------------


def build_demo(
    path: Path | str,
    size: str = "small",
    seed: int = 1,
    progress: Progress | None = None,
    *,
    replace: bool = False,
) -> DemoResult:
    """Create the demo database at ``path``; with ``replace`` an existing file is replaced.

    The database is built beside the target under a temporary name and moved into place only when
    complete, so a failure or an interruption leaves an existing file untouched.
    """
    started = time.monotonic()
    path = Path(path)
    spec = SIZES.get(size)
    if spec is None:
        raise ValidationError(f"Неизвестный размер демонстрационной базы «{size}»: small или large.")
    if path.is_dir():
        raise ServiceError(f"{path} — это папка, а не файл базы данных. Укажите путь к файлу.")
    if path.exists() and not replace:
        raise ServiceError(
            f"Файл {path} уже существует. Демонстрационная база создаётся только в новом файле; "
            "укажите другой путь или разрешите замену файла."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f".{path.name}.building")
    _remove_database_file(building)

    rng = random.Random(seed)
    total = sum(step.units(spec) for step in STEPS)
    done = 0

    def report(text: str) -> None:
        if progress is not None:
            progress(done, total, text)

    try:
        db = open_database(building)
        try:
            ctx = DemoContext(db=db, spec=spec, rng=rng, people=PersonFactory(rng))
            for step in STEPS:
                def advance(units: int, _title: str = step.title) -> None:
                    nonlocal done
                    done += units
                    report(_title)

                ctx.advance = advance
                report(step.title)
                step.run(ctx)
            counts = info.database_info(db).counts
        finally:
            db.close()
        _checkpoint(building)
        store_backup.remove_sidecars(path)
        os.replace(building, path)
    except BaseException:
        _remove_database_file(building)
        raise
    assert ctx.office is not None
    done = total
    report("Готово")
    return DemoResult(path, spec.size, seed, ctx.office, list(ctx.offices), list(ctx.users), counts,
                      time.monotonic() - started)


def _checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file so that the file alone is the whole database."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store_backup.remove_sidecars(path)


def _remove_database_file(path: Path) -> None:
    path.unlink(missing_ok=True)
    store_backup.remove_sidecars(path)
