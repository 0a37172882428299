"""The printed register of problems: the problems, their recommendations and an overdue mark come out
as readable Cyrillic text (no ■), with the totals; an empty selection says so."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from cxdesk.services import journeys, problems_print
from cxdesk.services import problems as pr
from cxdesk.services import problems_recommendations as recs
from cxdesk.services.problems_lists import ProblemFilter
from tests.services.test_problems import READER, SPECIALIST, add_records


def _text(db, flt: ProblemFilter) -> str:
    buffer = io.BytesIO()
    problems_print.print_register(db, READER, flt, buffer, today=date(2026, 11, 1))
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages)


def test_the_register_prints_problems_recommendations_and_overdue_marks_in_cyrillic(db):
    point = journeys.list_touchpoints(db, SPECIALIST)[0]
    info = pr.create_problem(db, SPECIALIST, pr.ProblemFields(
        "Длительное ожидание в очереди", touchpoint_id=point.id, severity="critical",
        identified_on=date(2026, 7, 1)), add_records(db, 7, day=date(2026, 7, 2)))
    recs.add_recommendation(db, SPECIALIST, info.id, recs.RecommendationFields(
        "Открыть второе окно приёма", "Начальник отдела", date(2026, 9, 1), "in_progress"))
    pr.create_problem(db, SPECIALIST, pr.ProblemFields("Грубость специалиста", status="solved",
                                                       identified_on=date(2026, 6, 1)))
    text = _text(db, ProblemFilter(status="open"))
    assert "■" not in text
    for expected in ("Реестр проблем клиентского опыта", "только нерешённые", "Длительное ожидание в очереди",
                     "критическая", "выявлена", "Открыть второе окно приёма", "ПРОСРОЧЕНА",
                     "Всего проблем: 1", "основании: 7", point.name.split()[0]):
        assert expected in text, expected
    assert "Грубость специалиста" not in text
    assert "Проблем, отвечающих условиям отбора, нет" in _text(db, ProblemFilter(search="пандус"))
