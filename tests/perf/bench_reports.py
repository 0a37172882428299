"""Quarterly report and compliance self-audit on the large demo database (1,000,000 feedback records).

Goals (issue 5): the regional quarterly report PDF in under 10 s. The compliance self-audit of the
region is computed in place by its screen, so it should stay under 1 s. Baselines measured in the
same run: drawing the same PDF from data already gathered (what the report costs beyond layout),
and one raw ``sqlite3`` aggregate of the quarter's records per office and source.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from tests.perf.large_db import large_demo
from tests.perf.measures import Measure, timing


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def run() -> list[Measure]:
    from cxdesk.core.periods import Period
    from cxdesk.reports import quarterly_pdf
    from cxdesk.services import compliance, quarterly_reports
    from cxdesk.services.actor import Actor
    from cxdesk.services.roles import Role
    from cxdesk.store.database import open_database

    bench = large_demo()
    period = Period.containing(date.today(), "quarter").previous()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        shutil.copyfile(bench.path, path)  # the report cache of the KPI area writes: work on a copy
        db = open_database(path)
        actor = Actor("bench", "Замер производительности", Role.CX_SPECIALIST)
        try:
            report, (data, pdf) = _timed(lambda: quarterly_reports.render(db, actor, period, "REGION"))
            again, _ = _timed(lambda: quarterly_reports.render(db, actor, period, "REGION"))
            layout, _ = _timed(lambda: quarterly_pdf.render(data))
            audit, result = _timed(lambda: compliance.evaluate(db, actor, period, "REGION"))
        finally:
            db.close()
        with sqlite3.connect(path) as conn:
            aggregate, _ = _timed(lambda: conn.execute(
                "SELECT office_code, source, count(*) FROM feedback_record WHERE deleted = 0 AND "
                "received_on >= ? AND received_on < ? GROUP BY office_code, source",
                (period.start.isoformat(), period.end.isoformat())).fetchall())
    records = sum(sum(by.values()) for by in data.coverage.values())
    print(f"  {period.title}, регион: {len(data.coverage)} центров, {records} записей за квартал, "
          f"{len(data.problems)} проблем, {len(data.measures)} мер; PDF {len(pdf) // 1024} КБ, "
          f"{quarterly_pdf.page_count(pdf)} стр.; самопроверка: {result.counts}")
    return [
        timing("региональный отчёт за квартал (PDF, первый раз)", report, 10.0, layout,
               "вёрстка того же PDF по готовым данным"),
        timing("тот же отчёт повторно (кэш КПЭ прогрет)", again, 10.0, layout,
               "вёрстка того же PDF по готовым данным"),
        timing("самопроверка R1–R18 по региону", audit, 1.0, aggregate,
               "один агрегат sqlite3 по записям квартала"),
    ]


if __name__ == "__main__":
    for measure in run():
        print(measure)
