"""The quarterly report PDF drawn from hand-made data: its text (pypdf), contents and honest gaps."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

from pypdf import PdfReader

from cxdesk.reports import quarterly_pdf
from cxdesk.reports.kpi_charts import group_index_figure
from cxdesk.reports.quarterly_pdf import ComplianceLine, MeasureLine, QuarterlyData

GROUPS = (("а", "Дружелюбие и партнёрство"), ("б", "Полезность обращения"))


@dataclass
class Value:
    code: str
    name: str
    group: str
    group_title: str
    audience: str
    unit: str
    value: float | None
    target: float | None
    target_approved: bool
    status: str
    additional: bool = False


@dataclass
class Index:
    group: str
    group_title: str
    audience: str
    index: float | None


@dataclass
class Recommendation:
    text: str
    addressee: str
    due: date | None
    status: str
    overdue: bool


@dataclass
class Problem:
    title: str
    journey_title: str
    touchpoint_title: str
    severity: str
    status: str
    owner: str
    office_code: str
    evidence_total: int
    evidence_in_period: int
    recommendations: list = field(default_factory=list)


def text_of(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split()), len(reader.pages)


def sample(**changes) -> QuarterlyData:
    data = QuarterlyData(
        organisation="ГКУ «Центр занятости населения Энской области»", period_code="2026Q3",
        period_title="III квартал 2026 г.", scope_title="ТЦЗН по г. Энск (TC01)", is_region=False,
        prepared_by="Орлова Мария Петровна", groups=GROUPS,
        sources=(("book", "книга жалоб и предложений"), ("appeal", "обращения"), ("open", "открытые источники"),
                 ("survey", "опросы"), ("metric", "метрики удовлетворённости")),
        coverage={"TC01": {"book": 12, "appeal": 4, "survey": 40, "metric": 15}},
        indicators=[Value("a_friendly_citizen", "Доля граждан, оценивших доброжелательность на 4–5", "а",
                          GROUPS[0][1], "citizen", "%", 81.25, 85.0, True, "amber"),
                    Value("b_useful_citizen", "Доля граждан, решивших вопрос полностью", "б", GROUPS[1][1],
                          "citizen", "%", None, 60.0, False, "none")],
        group_indices=[Index("а", GROUPS[0][1], "citizen", 74.5), Index("all", "Общий индекс", "citizen", 70.0)],
        targets_note="на 2026 год утверждено 1 из 2, в проекте — 1",
        commentary={"а": "Вежливость выросла после тренинга «Трудный посетитель»."},
        problems=[Problem("Очередь к терминалу записи", "Регистрация безработного", "Терминал электронной очереди",
                          "high", "in_progress", "Щукин Ю. Э.", "TC01", 7, 3,
                          [Recommendation("Установить второй терминал", "Отдел закупок", date(2026, 10, 1),
                                          "in_progress", True)])],
        measures=[MeasureLine("Электронная запись на приём", "Оптимизация процесса", "Пилотное тестирование",
                              "Павлова Н. В.", "31.12.2026", "TC01", False)],
        compliance=[ComplianceLine("R1", "Не менее 10 профилей клиентских групп", "met", "выполнено",
                                   "12 профилей при минимуме 10"),
                    ComplianceLine("R16", "Мероприятия не реже раза в квартал", "not_met", "не выполнено",
                                   "мероприятий за квартал: 0")],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_the_report_reads_in_russian_with_every_section_in_the_contents():
    text, pages = text_of(quarterly_pdf.render(sample()))
    assert "■" not in text
    assert "ЕЖЕКВАРТАЛЬНЫЙ ОТЧЁТ" in text and "за III квартал 2026 г." in text
    contents = text[text.index("Содержание"):text.index("1. Краткие итоги", text.index("Содержание") + 20)]
    for heading in ("1. Краткие итоги", "2. Охват источников", "3. Клиентские показатели",
                    "3.1. Дружелюбие и партнёрство", "4. Выявленные проблемы", "5. Рекомендации",
                    "6. Состояние мер", "7. Соответствие требованиям Стандарта"):
        assert heading in contents, heading
    assert f"стр. {pages} из {pages}" in text


def test_targets_values_and_commentary_are_printed():
    text, _ = text_of(quarterly_pdf.render(sample()))
    assert "81,2 % 85 % жёлтая зона" in text or "81,3 % 85 % жёлтая зона" in text
    assert "60 % (проект)" in text  # a target not approved by the working group is marked
    assert "на 2026 год утверждено 1 из 2, в проекте — 1" in text
    assert "Комментарий: Вежливость выросла после тренинга «Трудный посетитель»." in text
    assert "Комментарий: не внесён." in text  # group б has none


def test_problems_with_their_evidence_and_recommendations():
    text, _ = text_of(quarterly_pdf.render(sample()))
    assert "Очередь к терминалу записи" in text and "высокая в работе 3 / 7" in text
    assert "Установить второй терминал" in text and "просрочено" in text
    assert "TC01 12 4 нет 40 15 71" in text  # open sources had no records: «нет», not 0


def test_missing_areas_are_said_in_words():
    data = sample(indicators=[], group_indices=[], kpi_note="нет данных — модуль мониторинга КПЭ не установлен",
                  problems=[], problems_note="нет данных — реестр проблем не установлен")
    text, _ = text_of(quarterly_pdf.render(data))
    assert "Значения показателей: нет данных — модуль мониторинга КПЭ не установлен." in text
    assert text.count("нет данных — реестр проблем не установлен") >= 2  # problems and recommendations


def test_charts_are_drawn_in_as_images():
    data = sample()
    data.charts = [("Индексы групп за III квартал 2026 г.", group_index_figure(data.group_indices))]
    pdf = quarterly_pdf.render(data)
    reader = PdfReader(io.BytesIO(pdf))
    images = [img for page in reader.pages for img in page.images]
    assert len(images) == 1
    assert "3.3. Графики" in text_of(pdf)[0]
